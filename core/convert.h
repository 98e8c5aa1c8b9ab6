// Conversion between containers, with a loss report computed BEFORE anything
// is written: every piece of data the target cannot hold is named.
#pragma once

#include "format.h"
#include "result.h"
#include "session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace fero {

struct ConvertTarget {
    Format format = Format::FerogramBinary;
    int version = 8;                    // ferogram generation for binary/native/sqlite
    std::optional<std::int64_t> userId; // compact strings (and later tdata)
};

struct LossReport {
    QStringList losses; // one translated sentence per kind of loss, with counts
    bool lossless() const { return losses.isEmpty(); }
};

LossReport lossReport(const Session &session, const ConvertTarget &target);

// The encoded bytes of a file or string target (string targets: UTF-8 text,
// no trailing newline). SQLite and folder targets are written with writeTo().
Result<QByteArray> encode(const Session &session, const ConvertTarget &target);

// Writes the target at path (atomic, 0600; refuses an existing path unless overwrite).
Status writeTo(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite);

} // namespace fero
