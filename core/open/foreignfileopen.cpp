#include "open/foreignfileopen.h"

#include "detect/detect.h"
#include "formats/ferogram/sqlitedb.h"
#include "open/opener.h"
#include "formats/registry.h"
#include "formats/traits.h"
#include "open/opener.h"

#include <QCoreApplication>

#include <QFileInfo>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileOpen)
};

// A file another library's codec claims by its header (WTelegramClient's
// session file). Such a header can also begin a ferogram binary file (the
// version byte 8, then the home DC): the file is ferogram's when its reader
// takes the whole file, and the claiming format's otherwise.
std::optional<Result<DecodedSession>> claimedFile(const QString &path, const QString &passcode)
{
    for (const Codec *c : codecs()) {
        if (!c->claims || !c->claims(path))
            continue;
        Result<QByteArray> bytes = readSessionFile(path);
        if (!bytes)
            return std::nullopt;
        Result<DecodedSession> binary = codec(Format::FerogramBinary).readBytes(bytes.value());
        secureWipe(bytes.value());
        if (binary)
            return std::nullopt; // the opener reads it as ferogram's again, with its own warnings
        Result<DecodedSession> read = c->readPath(path, passcode);
        const QString why = Tr::tr("%1 (by its header); as a ferogram binary file: %2")
                                .arg(formatDisplayName(c->format), binary.error().message);
        if (read)
            read->explanation << why;
        return read;
    }
    return std::nullopt;
}

} // namespace

Result<DecodedSession> readRecognised(const Codec &c, const QString &path, const QString &passcode)
{
    if (c.readPath)
        return c.readPath(path, passcode);
    Result<QByteArray> bytes = readSessionFile(path);
    if (!bytes)
        return bytes.error();
    Result<DecodedSession> decoded = c.readBytes ? c.readBytes(bytes.value()) : readAs(c.format, bytes.value());
    secureWipe(bytes.value());
    return decoded;
}

QStringList recognisedExplanation(const DecodedSession &decoded, const QString &why)
{
    const QString what = decoded.layout.isEmpty()
                             ? formatDisplayName(decoded.format)
                             : QStringLiteral("%1, %2").arg(formatDisplayName(decoded.format), decoded.layout);
    return {what + u'.', why};
}

std::optional<Result<DecodedSession>> openForeignFile(const QString &path, std::optional<Format> forced,
                                                      const QString &passcode)
{
    if (forced) {
        const Codec &c = codec(*forced);
        if (traits(*forced).isForeign() && c.readPath)
            return c.readPath(path, passcode);
        return std::nullopt;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const Codec *c : codecs())
            if (c->claims && c->claims(path))
                return c->readPath(path, passcode);
        return std::nullopt;
    }
    if (!info.isFile())
        return std::nullopt;
    // Formats whose content names them (grammers, gotd, bbolt): the codec
    // says why, and that sentence is the detection's explanation.
    for (const Codec *c : codecs()) {
        if (!c->recognise)
            continue;
        const QString why = c->recognise(path);
        if (why.isEmpty())
            continue;
        Result<DecodedSession> decoded = readRecognised(*c, path, passcode);
        if (decoded)
            decoded->explanation = recognisedExplanation(*decoded, why);
        return decoded;
    }
    // One look at the table list (read only) tells which library's database
    // it is. A file a client kept writing while it was looked at is "in use"
    // now: left to the opener, a second look could find another library's
    // tables and call it "not a ferogram database" (tst_livewriter).
    QString inUse;
    const sqlitedb::Kind kind = sqlitedb::identify(path, &inUse);
    if (kind == sqlitedb::Kind::Unreadable && !inUse.isEmpty())
        return Error::invalid(inUse);
    switch (kind) {
    case sqlitedb::Kind::Telethon:
        return codec(Format::TelethonSqlite).readPath(path, passcode);
    case sqlitedb::Kind::Pyrogram:
        return codec(Format::PyrogramSqlite).readPath(path, passcode);
    case sqlitedb::Kind::Telethon2:
        return codec(Format::Telethon2Sqlite).readPath(path, passcode);
    case sqlitedb::Kind::MtcuteSqlite:
        return codec(Format::MtcuteSqlite).readPath(path, passcode);
    case sqlitedb::Kind::NotSqlite:
        return claimedFile(path, passcode);
    case sqlitedb::Kind::Ferogram:
    case sqlitedb::Kind::OtherProgram:
    case sqlitedb::Kind::Empty:
    case sqlitedb::Kind::Unreadable:
        return std::nullopt; // the opener's own rules and errors
    }
    return std::nullopt;
}

} // namespace fero
