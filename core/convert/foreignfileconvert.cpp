#if 0 // Never compiled: tells lupdate that tr() in this file is the "ForeignFileConvert" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert) }
#endif
#include "convert/foreignfileconvert.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/tdesktop/tdata.h"
#include "formats/telethon/telethonsqlite.h"

#include <QCoreApplication>

namespace fero {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ForeignFileConvert", text);
}

} // namespace

Session preparedForTarget(const Session &session, const ConvertTarget &target)
{
    Session out = session;
    if (target.userId)
        out.account.userId = target.userId;
    // --api-id and --test-mode reach the file targets too (Pyrogram's
    // sessions table has both columns), as they do the string targets.
    if (target.apiId)
        out.account.apiId = target.apiId;
    if (target.testMode)
        out.account.testMode = target.testMode;
    return out;
}

bool isForeignFileFormat(Format format)
{
    return format == Format::TelethonSqlite || format == Format::PyrogramSqlite || format == Format::GramjsStore
           || format == Format::TdesktopTdata;
}

Status foreignFilePreflight(const Session &session, const ConvertTarget &target)
{
    const Session s = preparedForTarget(session, target);
    const DcEntry *kept = keptHomeEntry(s);
    switch (target.format) {
    case Format::TelethonSqlite:
    case Format::GramjsStore: {
        const auto hostPort = kept ? splitAddress(kept->addr) : std::nullopt;
        if (!hostPort || hostPort->host.isEmpty())
            return Error::refused(tr("%1 needs the home DC's address and port, and DC %2 has none.")
                                      .arg(formatDisplayName(target.format))
                                      .arg(s.homeDcId));
        return {};
    }
    case Format::PyrogramSqlite: // its one sessions row is the home DC's: without an entry it would be made up
        if (!kept)
            return Error::refused(tr("%1 stores the home DC's entry, and DC %2 has none in this session.")
                                      .arg(formatDisplayName(target.format))
                                      .arg(s.homeDcId));
        return {};
    case Format::TdesktopTdata:
        for (const Session &account : target.moreAccounts) {
            if (!account.account.userId)
                return Error::usage(tr("Telegram Desktop needs every account's user id."));
            // What tdata::write refuses for any account, refused before writing.
            if (const DcEntry *home = keptHomeEntry(account); !home || !home->authKey)
                return Error::refused(tr("tdata needs an auth key for the home DC %1.").arg(account.homeDcId));
        }
        if (!s.account.userId)
            return Error::usage(tr("Telegram Desktop needs the account's user id; give it (--user-id)."));
        if (!kept || !kept->authKey)
            return Error::refused(tr("tdata needs an auth key for the home DC %1.").arg(s.homeDcId));
        return {};
    default:
        return {};
    }
}

Status writeForeignFile(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (Status ok = foreignFilePreflight(session, target); !ok)
        return ok;
    const Session s = preparedForTarget(session, target);
    switch (target.format) {
    case Format::TelethonSqlite:
        return telethonsqlite::write(s, path, overwrite);
    case Format::PyrogramSqlite:
        return pyrogramsqlite::write(s, path, overwrite);
    case Format::GramjsStore:
        return gramjsstore::write(s, path, overwrite);
    case Format::TdesktopTdata: {
        std::vector<Session> accounts{s};
        accounts.insert(accounts.end(), target.moreAccounts.begin(), target.moreAccounts.end());
        return tdata::write(accounts, path, target.passcode, overwrite);
    }
    default:
        return Error::usage(tr("%1 is not a foreign file format.").arg(formatDisplayName(target.format)));
    }
}

} // namespace fero
