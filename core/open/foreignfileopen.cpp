#include "open/foreignfileopen.h"

#include "formats/gramjs/gramjsstore.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/tdesktop/tdata.h"
#include "formats/telethon/telethonsqlite.h"

#include <QDir>
#include <QFileInfo>

namespace fero {

std::optional<Result<DecodedSession>> openForeignFile(const QString &path, std::optional<Format> forced,
                                                      const QString &passcode)
{
    if (forced) {
        switch (*forced) {
        case Format::TdesktopTdata:
            return tdata::read(path, passcode);
        case Format::GramjsStore:
            return gramjsstore::read(path);
        case Format::TelethonSqlite:
            return telethonsqlite::read(path);
        case Format::PyrogramSqlite:
            return pyrogramsqlite::read(path);
        default:
            return std::nullopt;
        }
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        if (tdata::looksLikeTdata(path) || tdata::looksLikeTdata(QDir(path).filePath(QStringLiteral("tdata"))))
            return tdata::read(path, passcode); // the latter fails with "did you mean .../tdata?"
        if (!gramjsstore::sessionName(path).isEmpty())
            return gramjsstore::read(path);
        return std::nullopt;
    }
    if (!info.isFile())
        return std::nullopt;
    switch (sqlitedb::identify(path)) { // reads the table list only, never writes
    case sqlitedb::Kind::Telethon:
        return telethonsqlite::read(path);
    case sqlitedb::Kind::Pyrogram:
        return pyrogramsqlite::read(path);
    default:
        return std::nullopt;
    }
}

} // namespace fero
