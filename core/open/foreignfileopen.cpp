#include "open/foreignfileopen.h"

#include "formats/ferogram/sqlitedb.h"
#include "formats/registry.h"
#include "formats/traits.h"

#include <QFileInfo>

namespace fero {

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
    // One look at the table list (read only) tells which library's database it is.
    switch (sqlitedb::identify(path)) {
    case sqlitedb::Kind::Telethon:
        return codec(Format::TelethonSqlite).readPath(path, passcode);
    case sqlitedb::Kind::Pyrogram:
        return codec(Format::PyrogramSqlite).readPath(path, passcode);
    case sqlitedb::Kind::Telethon2:
        return codec(Format::Telethon2Sqlite).readPath(path, passcode);
    case sqlitedb::Kind::MtcuteSqlite:
        return codec(Format::MtcuteSqlite).readPath(path, passcode);
    case sqlitedb::Kind::NotSqlite:
    case sqlitedb::Kind::Ferogram:
    case sqlitedb::Kind::OtherProgram:
    case sqlitedb::Kind::Empty:
    case sqlitedb::Kind::Unreadable:
        return std::nullopt; // the opener's own rules and errors
    }
    return std::nullopt;
}

} // namespace fero
