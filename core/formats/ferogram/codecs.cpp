#include "formats/ferogram/codecs.h"

#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/conflicts.h"
#include "formats/ferogram/losses.h"
#include "formats/ferogram/nativestring.h"
#include "formats/ferogram/sqlitedb.h"

namespace fero::ferogram {
namespace {

// The binary file and the native string (its base64) share generations,
// limits and losses.
void binaryLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    ferogramlosses::binary(session, target.version, report);
}

Status binaryLimits(const Session &session, const ConvertTarget &target)
{
    return binary::checkLimits(session, target.version);
}

Result<QByteArray> encodeBinary(const Session &session, const ConvertTarget &target)
{
    return binary::write(session, target.version);
}

Result<QByteArray> encodeNative(const Session &session, const ConvertTarget &target)
{
    Result<QString> text = native::write(session, target.version);
    if (!text)
        return text.error();
    return text->toLatin1(); // base64: ASCII only
}

void compactLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    ferogramlosses::compact(session, target, report);
}

Result<QByteArray> encodeCompact(const Session &session, const ConvertTarget &target)
{
    compact::WriteOptions options;
    options.version = target.format == Format::FerogramCompactV1 ? 1 : 2;
    options.userId = target.userId;
    Result<QString> text = compact::write(session, options);
    if (!text)
        return text.error();
    return text->toLatin1();
}

Result<DecodedSession> readSqlite(const QString &path, const QString &)
{
    return sqlitedb::read(path);
}

// The entries the conflict policy drops first, then what the database loses
// of the rest (a dropped community is not counted twice).
void sqliteLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    if (target.conflicts == ConflictPolicy::Refuse)
        ferogramlosses::sqlite(session, target.version, report);
    else
        ferogramlosses::sqlite(keepOneOfEach(session, target.conflicts, &report), target.version, report);
}

Status writeSqlite(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (target.conflicts != ConflictPolicy::Refuse)
        return sqlitedb::write(keepOneOfEach(session, target.conflicts), path, target.version, overwrite);
    return sqlitedb::write(session, path, target.version, overwrite);
}

} // namespace

const Codec kBinaryCodec{
    .format = Format::FerogramBinary,
    .readBytes = binary::read,
    .losses = binaryLosses,
    .preflight = binaryLimits,
    .encode = encodeBinary,
};

const Codec kNativeCodec{
    .format = Format::FerogramNative,
    .readText = native::read,
    .losses = binaryLosses,
    .preflight = binaryLimits,
    .encode = encodeNative,
};

const Codec kCompactV1Codec{
    .format = Format::FerogramCompactV1,
    .detect = false, // compact::read reads both versions and is tried once, as V2
    .readText = compact::read,
    .losses = compactLosses,
    .preflight = preflightByEncoding<encodeCompact>, // the writer knows every reason
    .encode = encodeCompact,
};

const Codec kCompactV2Codec{
    .format = Format::FerogramCompactV2,
    .readText = compact::read,
    .losses = compactLosses,
    .preflight = preflightByEncoding<encodeCompact>, // the writer knows every reason
    .encode = encodeCompact,
};

const Codec kSqliteCodec{
    .format = Format::FerogramSqlite,
    .readPath = readSqlite,
    .losses = sqliteLosses,
    .write = writeSqlite,
    .conflicts = sqlitedb::conflicts,
};

} // namespace fero::ferogram
