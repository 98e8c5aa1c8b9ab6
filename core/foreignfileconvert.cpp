#if 0 // Never compiled: tells lupdate that tr() in this file is the "ForeignFileConvert" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert) }
#endif
#include "foreignfileconvert.h"

#include "address.h"
#include "formats/gramjsstore.h"
#include "formats/pyrogramsqlite.h"
#include "formats/tdata.h"
#include "formats/telethonsqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace fero {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ForeignFileConvert", text, disambiguation, n);
}

// The entry a one-DC format keeps: the home DC's, with a key, not media-only.
const DcEntry *keptEntry(const Session &s)
{
    const DcEntry *best = nullptr;
    const auto rank = [](const DcEntry &e) { return (e.authKey ? 2 : 0) + ((e.flags & DcFlag::MediaOnly) ? 0 : 1); };
    for (const DcEntry &dc : s.dcs)
        if (dc.dcId == s.homeDcId && (!best || rank(dc) > rank(*best)))
            best = &dc;
    return best;
}

bool countersSet(const UpdatesState &u)
{
    return u.pts || u.qts || u.date || u.seq;
}

// The session as the writer gets it: values the target needs and the caller
// supplied (ConvertTarget) folded into the account block.
Session prepared(const Session &session, const ConvertTarget &target)
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

void oneDcLosses(const Session &s, const QString &name, LossReport &report)
{
    const DcEntry *kept = keptEntry(s);
    const std::size_t others = s.dcs.size() - (kept ? 1 : 0);
    if (others)
        report.add(
            LossKind::OtherDcs, others,
            tr("%n DC entry(ies) besides the home DC's are dropped: %1 keeps one DC.", nullptr, int(others)).arg(name));
    const auto keys = std::size_t(
        std::count_if(s.dcs.begin(), s.dcs.end(), [&](const DcEntry &dc) { return dc.authKey && &dc != kept; }));
    if (keys)
        report.add(LossKind::OtherKeys, keys,
                   tr("%n auth key(s) of other DC entries are dropped.", nullptr, int(keys)));
    if (kept && (kept->firstSalt || kept->timeOffset || (kept->flags & ~DcFlag::Ipv6)))
        report.add(LossKind::DcDetails, 1, tr("The kept DC entry's salt, time offset and flags are dropped."));
}

void peerLosses(const Session &s, bool keepsKinds, LossReport &report)
{
    const auto kinds = std::size_t(std::count_if(s.peers.begin(), s.peers.end(), [](const CachedPeer &p) {
        return p.isChannel && p.channelKind != ChannelKind::None;
    }));
    if (!keepsKinds && kinds)
        report.add(LossKind::ChannelKinds, kinds,
                   tr("The broadcast/megagroup kind of %n channel(s) is dropped.", nullptr, int(kinds)));
    const auto communities =
        std::size_t(std::count_if(s.peers.begin(), s.peers.end(), [](const CachedPeer &p) { return p.isCommunity; }));
    if (communities)
        report.add(LossKind::Communities, communities,
                   tr("%n community peer(s) are stored as plain peers.", nullptr, int(communities)));
    const auto both = std::size_t(
        std::count_if(s.peers.begin(), s.peers.end(), [](const CachedPeer &p) { return p.isChat && p.isChannel; }));
    if (both)
        report.add(LossKind::ChatAndChannel, both,
                   tr("%n peer(s) flagged both chat and channel are stored as chats.", nullptr, int(both)));
}

void commonLosses(const Session &s, bool keepsCounters, bool keepsChannelPts, LossReport &report)
{
    if (!keepsCounters && countersSet(s.updates))
        report.add(LossKind::Counters, 1, tr("The update counters (pts, qts, date, seq) are dropped."));
    if (!keepsChannelPts && !s.updates.channels.empty())
        report.add(LossKind::ChannelPts, s.updates.channels.size(),
                   tr("%n channel pts value(s) are dropped.", nullptr, int(s.updates.channels.size())));
    if (!s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   tr("%n min peer(s) are dropped.", nullptr, int(s.minPeers.size())));
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1, tr("The future auth token is dropped."));
}

// Account values the target has no field for, named one by one.
void accountLosses(const Session &s, const ConvertTarget &target, bool userId, bool isBot, bool testMode, bool apiId,
                   bool takeout, LossReport &report)
{
    QStringList dropped;
    const AccountInfo &a = s.account;
    if (!userId && (a.userId || target.userId))
        dropped << tr("user id");
    if (!isBot && a.isBot)
        dropped << tr("bot flag");
    if (!testMode && a.testMode)
        dropped << tr("test mode");
    if (!apiId && a.apiId)
        dropped << tr("api id");
    if (!takeout && a.takeoutId)
        dropped << tr("takeout id");
    if (a.serverSalt || a.seqNo || a.layer)
        dropped << tr("compact-string salt, seq_no and layer");
    if (!dropped.isEmpty())
        report.add(
            LossKind::AccountValues, std::size_t(dropped.size()),
            tr("%1 has no field for: %2.").arg(formatDisplayName(target.format), dropped.join(QStringLiteral(", "))));
}

} // namespace

bool isForeignFileFormat(Format format)
{
    return format == Format::TelethonSqlite || format == Format::PyrogramSqlite || format == Format::GramjsStore
           || format == Format::TdesktopTdata;
}

void foreignFileLosses(const Session &s, const ConvertTarget &t, LossReport &report)
{
    const QString name = formatDisplayName(t.format);
    switch (t.format) {
    case Format::TelethonSqlite: // §3: one DC row, entities, update_state, takeout id
        oneDcLosses(s, name, report);
        peerLosses(s, false, report);
        commonLosses(s, true, true, report);
        accountLosses(s, t, false, false, false, false, true, report);
        break;
    case Format::GramjsStore: // §5: one DC, entity rows
        oneDcLosses(s, name, report);
        peerLosses(s, false, report);
        commonLosses(s, false, false, report);
        accountLosses(s, t, false, false, false, false, false, report);
        break;
    case Format::PyrogramSqlite: // Appendix A: DC id + key, account values, peers with kinds
        oneDcLosses(s, name, report);
        if (const DcEntry *kept = keptEntry(s); kept && !kept->addr.isEmpty())
            report.add(LossKind::DcDetails, 1,
                       tr("The address %1 is not stored: Pyrogram uses its own table.").arg(kept->addr));
        peerLosses(s, true, report);
        commonLosses(s, false, false, report);
        accountLosses(s, t, true, true, true, true, false, report);
        if (!s.account.userId && !t.userId)
            report.add(LossKind::UserIdUnknown, 1,
                       tr("The user id is not known: Pyrogram treats a session without one as logged out "
                          "(give the account's user id)."));
        break;
    case Format::TdesktopTdata: { // §9: main DC, one key per DC id, user id
        std::set<std::int32_t> keyed;
        for (const DcEntry &dc : s.dcs)
            if (dc.authKey)
                keyed.insert(dc.dcId);
        const std::size_t dropped = s.dcs.size() - keyed.size();
        if (dropped)
            report.add(LossKind::OtherDcs, dropped,
                       tr("%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.", nullptr,
                          int(dropped)));
        report.add(LossKind::DcDetails, 1, tr("DC addresses, salts and flags are not stored in tdata."));
        if (!s.peers.empty())
            report.add(LossKind::Peers, s.peers.size(),
                       tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
        commonLosses(s, false, false, report);
        accountLosses(s, t, true, false, false, false, false, report);
        break;
    }
    default:
        break;
    }
}

Status foreignFilePreflight(const Session &session, const ConvertTarget &target)
{
    const Session s = prepared(session, target);
    const DcEntry *kept = keptEntry(s);
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
    case Format::TdesktopTdata:
        for (const Session &account : target.moreAccounts) {
            if (!account.account.userId)
                return Error::usage(tr("Telegram Desktop needs every account's user id."));
            // What tdata::write refuses for any account, refused before writing.
            if (const DcEntry *home = keptEntry(account); !home || !home->authKey)
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
    const Session s = prepared(session, target);
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
