// Conversion between containers, with a loss report computed BEFORE anything
// is written: every piece of data the target cannot hold is named.
#pragma once

#include "base/result.h"
#include "formats/format.h"
#include "formats/target.h"
#include "model/session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fero {

// The file extension a target is written with (".session", ".native.txt",
// ".compact-v2.txt", ".sqlite"): batch output names and save dialogs.
QString targetExtension(Format format);
// Formats this build can write.
bool isWritable(Format format);

LossReport lossReport(const Session &session, const ConvertTarget &target);

// The groups of entries the target cannot hold together, one sentence each
// ("2 peers with id 42 ..."); empty when there are none or the target keeps
// everything. Whatever target.conflicts says: a dialog shows these and offers
// the choice of target.conflicts.
QStringList targetConflicts(const Session &session, const ConvertTarget &target);

// The refusal for entries the target cannot hold together (targetConflicts()).
// `remedy` says how this front end lets the user choose ("pass --keep first or
// --keep last"); empty: generic words.
Error conflictRefusal(const QStringList &conflicts, const QString &remedy = {});

// What makes a conversion impossible, found before anything is written:
// unknown/unwritable target or version (Usage), count/length limits, SQLite
// key conflicts under ConflictPolicy::Refuse, no usable DC for a compact
// string (Refused, with the reason).
Status preflight(const Session &session, const ConvertTarget &target);

// The encoded bytes of a file or string target (string targets: UTF-8 text,
// no trailing newline). SQLite and folder targets are written with writeTo().
Result<QByteArray> encode(const Session &session, const ConvertTarget &target);

// Writes the target at path (atomic, 0600; refuses an existing path unless overwrite).
Status writeTo(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite);

} // namespace fero
