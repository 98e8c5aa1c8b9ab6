// Shared helpers for the QtTest suites: the copied vectors and their
// manifests, JSON comparison exact to 64 bits, folder fingerprints.
#pragma once

#include "model/decoded.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace fero::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
QByteArray readFile(const QString &path);
// Copies a folder's files (hidden ones too) and sub-folders into `to`.
bool copyFolder(const QString &from, const QString &to);

// The `vectors` array of tests/data/vectors/<set>/manifest.json.
QJsonArray manifestVectors(const QString &set);
// The entries of a set whose "kind" equals kind (e.g. "binary").
QList<QJsonObject> vectorsOfKind(const QString &set, const QString &kind);

// Our canonical JSON of a decoded session, parsed back (secrets revealed).
QJsonObject canonicalObject(const DecodedSession &decoded);

// The first difference between two JSON values as "path: expected X, got Y",
// or an empty string when equal. Integers compare exactly (64-bit); keys
// listed in `ignoreKeys` are skipped wherever they appear. By default those
// are the keys `inspect --json` adds about the source, which the manifests'
// `expected` sessions do not have.
QString jsonDiff(const QJsonValue &expected, const QJsonValue &actual,
                 const QStringList &ignoreKeys = {QStringLiteral("format"), QStringLiteral("warnings"),
                                                  QStringLiteral("auth_key_id"), QStringLiteral("generation"),
                                                  QStringLiteral("related")});

// session-json.md's order-insensitive form for SQLite-sourced sessions:
// dcs by (dc_id, flags), peers by (id, is_channel), channels by channel_id,
// min peers by user_id.
QJsonObject sortedForComparison(QJsonObject session);

// A session a ferogram database cannot hold as it is: a second entry for the
// first DC's (dc_id, flags) with the address "10.9.8.7:443" and another key, a
// second min peer for the first min peer's user_id (peer_id 777) and a second
// pts (999) for the first channel. The copies come last in their lists, so
// keeping the first of each keeps the originals.
Session sessionWithConflicts();

// Every file below a folder (recursively, hidden ones too) with its SHA-256:
// equal fingerprints before and after = nothing was written, created or removed.
QMap<QString, QByteArray> folderFingerprint(const QString &folder);

} // namespace fero::test
