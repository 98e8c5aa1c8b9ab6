#if 0 // Never compiled: tells lupdate that tr() in this file is the "ForeignFileConvert" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert) }
#endif
#include "convert/foreignfilelosses.h"

#include "base/address.h"
#include "convert/foreignfileconvert.h"
#include "formats/common/foreignhelpers.h"
#include "formats/tdesktop/tdata.h"
#include "model/knowndcs.h"
#include "model/markedpeers.h"
#include "inspect/report.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace fero {
namespace {

// The context these sentences had before they moved here, so translations stay.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ForeignFileConvert", text, disambiguation, n);
}

template <typename List, typename Pred> std::size_t countIf(const List &list, Pred pred)
{
    return std::size_t(std::count_if(list.begin(), list.end(), pred));
}

bool countersSet(const UpdatesState &u)
{
    return u.pts || u.qts || u.date || u.seq;
}

bool plainChannel(const CachedPeer &p)
{
    return p.isChannel && !p.isChat; // a peer flagged both is written as the chat
}

// The flags a one-DC file reads back: Telethon and GramJS set IPv6 for an
// address with ':', Pyrogram has no address and no flags.
std::uint8_t readBackFlags(const DcEntry &kept, bool storesAddress)
{
    const auto address = storesAddress ? splitAddress(kept.addr) : std::nullopt;
    return address && address->host.contains(u':') ? DcFlag::Ipv6 : 0;
}

void oneDcLosses(const Session &s, const QString &name, bool storesAddress, LossReport &report)
{
    const DcEntry *kept = keptHomeEntry(s);
    const std::size_t others = s.dcs.size() - (kept ? 1 : 0);
    if (others)
        report.add(
            LossKind::OtherDcs, others,
            tr("%n DC entry(ies) besides the home DC's are dropped: %1 keeps one DC.", nullptr, int(others)).arg(name));
    if (const std::size_t keys = countIf(s.dcs, [&](const DcEntry &dc) { return dc.authKey && &dc != kept; }))
        report.add(LossKind::OtherKeys, keys,
                   tr("%n auth key(s) of other DC entries are dropped.", nullptr, int(keys)));
    if (kept && (kept->firstSalt || kept->timeOffset || kept->flags != readBackFlags(*kept, storesAddress)))
        report.add(LossKind::DcDetails, 1, tr("The kept DC entry's salt, time offset and flags are dropped."));
}

QString peerList(const std::vector<const CachedPeer *> &peers)
{
    QStringList shown;
    for (std::size_t i = 0; i < peers.size() && i < 3; ++i)
        shown << tr("%1 %2").arg(peerKindText(*peers[i])).arg(peers[i]->id);
    if (peers.size() > 3)
        shown << tr("...");
    return shown.join(QStringLiteral(", "));
}

// What a cache keyed by marked ids (§1.4) does to the peers: drops those
// without a faithful marked id, keeps one per id, and has no community flag.
void markedPeerLosses(const MarkedPeers &plan, LossReport &report)
{
    if (const std::size_t n = plan.unfaithful.size())
        report.add(LossKind::PeerIds, n,
                   tr("%n peer(s) are dropped: no marked id reads back as the same peer (%1).", nullptr, int(n))
                       .arg(peerList(plan.unfaithful)));
    if (plan.repeated)
        report.add(LossKind::PeerIds, plan.repeated,
                   tr("%n peer(s) have the same marked id as a later peer, which replaces them: one row per id.",
                      nullptr, int(plan.repeated)));
    const auto &kept = plan.kept;
    if (const std::size_t n = countIf(kept, [](const CachedPeer *p) { return p->isCommunity; }))
        report.add(LossKind::Communities, n, tr("%n community peer(s) are stored as plain peers.", nullptr, int(n)));
    if (const std::size_t n = countIf(kept, [](const CachedPeer *p) { return p->isChat && p->isChannel; }))
        report.add(LossKind::ChatAndChannel, n,
                   tr("%n peer(s) flagged both chat and channel are stored as chats.", nullptr, int(n)));
    const auto strayKind = [](const CachedPeer *p) {
        return !p->isChannel && p->channelKind != ChannelKind::None; // a kind on a user or chat
    };
    if (const std::size_t n = countIf(kept, strayKind))
        report.add(LossKind::ChannelKinds, n,
                   tr("%n peer(s) that are not channels carry a channel kind, which is dropped.", nullptr, int(n)));
}

// Telethon and GramJS (§1.4): no broadcast/megagroup distinction at all.
void noKindLosses(const MarkedPeers &plan, LossReport &report)
{
    const std::size_t n =
        countIf(plan.kept, [](const CachedPeer *p) { return plainChannel(*p) && p->channelKind != ChannelKind::None; });
    if (n)
        report.add(LossKind::ChannelKinds, n,
                   tr("The broadcast/megagroup kind of %n channel(s) is dropped.", nullptr, int(n)));
}

// Pyrogram (App. A): "channel" or "supergroup", nothing else.
void pyrogramKindLosses(const MarkedPeers &plan, LossReport &report)
{
    const auto &kept = plan.kept;
    const std::size_t giga =
        countIf(kept, [](const CachedPeer *p) { return plainChannel(*p) && p->channelKind == ChannelKind::Gigagroup; });
    if (giga)
        report.add(LossKind::ChannelKinds, giga,
                   tr("%n gigagroup(s) are stored as \"supergroup\" and read back as megagroups: Pyrogram has no "
                      "gigagroup type.",
                      nullptr, int(giga)));
    const auto unknownKind = [](const CachedPeer *p) {
        return plainChannel(*p) && p->channelKind == ChannelKind::None;
    };
    if (const std::size_t n = countIf(kept, unknownKind)) {
        const std::size_t noHash = countIf(kept, [&](const CachedPeer *p) { return unknownKind(p) && !p->accessHash; });
        report.add(LossKind::ChannelKinds, n,
                   tr("%n channel(s) of unknown kind (%1 of them without an access hash) are stored as \"channel\" "
                      "and read back as broadcast channels: Pyrogram's peer type has no unknown kind.",
                      nullptr, int(n))
                       .arg(noHash));
    }
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

// Telethon's update_state (§3): row 0 is the account's own state, channels
// are keyed by their positive bare id, one row each.
void telethonChannelLosses(const Session &s, LossReport &report)
{
    std::set<std::int64_t> seen;
    std::size_t notPositive = 0, repeated = 0;
    for (const ChannelPts &c : s.updates.channels) {
        if (c.channelId <= 0)
            ++notPositive;
        else if (!seen.insert(c.channelId).second)
            ++repeated;
    }
    if (notPositive)
        report.add(LossKind::ChannelPts, notPositive,
                   tr("%n channel pts value(s) with a channel id of 0 or below are not written: Telethon keeps the "
                      "account's own state in update_state row 0 and channels under their positive ids.",
                      nullptr, int(notPositive)));
    if (repeated)
        report.add(LossKind::ChannelPts, repeated,
                   tr("%n channel pts value(s) repeat the id of an earlier entry; Telethon keeps one row per "
                      "channel (the last).",
                      nullptr, int(repeated)));
}

// Which account values a file format has a field for.
struct AccountFields {
    bool userId = false, isBot = false, testMode = false, apiId = false, takeoutId = false;
};

// Account values the target has no field for, named one by one with their
// values. `view` has the target's overrides (--test-mode, --api-id, --user-id)
// applied: a value the caller asked for and the format cannot hold is lost too.
void accountLosses(const Session &view, Format format, AccountFields kept, LossReport &report)
{
    const AccountInfo &a = view.account;
    QStringList values;
    if (a.userId && !kept.userId)
        values << tr("user id %1").arg(*a.userId);
    if (a.isBot && !kept.isBot)
        values << tr("bot flag (%1)").arg(*a.isBot ? tr("bot") : tr("not a bot"));
    if (a.testMode && !kept.testMode)
        values << tr("test mode flag (%1)").arg(*a.testMode ? tr("test servers") : tr("production"));
    if (a.apiId && !kept.apiId)
        values << tr("api id %1").arg(*a.apiId);
    if (a.takeoutId && !kept.takeoutId)
        values << tr("takeout id %1").arg(*a.takeoutId);
    if (a.serverSalt) // compact V1 strings only; no foreign file has a field for them
        values << tr("server salt %1").arg(*a.serverSalt);
    if (a.seqNo)
        values << tr("seq_no %1").arg(*a.seqNo);
    if (a.layer)
        values << tr("layer %1").arg(*a.layer);
    if (!values.isEmpty())
        report.add(LossKind::AccountValues, std::size_t(values.size()),
                   tr("%1 has no field for these account values, they are dropped: %2.")
                       .arg(formatDisplayName(format), values.join(QStringLiteral(", "))));
}

void pyrogramLosses(const Session &s, const ConvertTarget &t, LossReport &report)
{
    const MarkedPeers plan = planMarkedPeers(s);
    oneDcLosses(s, formatDisplayName(t.format), false, report);
    // Reading gives the home DC's usual address (App. A); only another one is lost.
    const bool test = s.account.testMode.value_or(false);
    if (const DcEntry *kept = keptHomeEntry(s); kept && kept->addr != knownDcAddress(s.homeDcId, test))
        report.add(LossKind::DcDetails, 1,
                   tr("The address %1 is not stored: Pyrogram uses its own table.").arg(kept->addr));
    markedPeerLosses(plan, report);
    pyrogramKindLosses(plan, report);
    commonLosses(s, false, false, report);
    accountLosses(s, t.format, {true, true, true, true, false}, report);
    if (!s.account.userId)
        report.add(LossKind::UserIdUnknown, 1,
                   tr("The user id is not known: Pyrogram treats a session without one as logged out "
                      "(give the account's user id)."));
}

void tdataLosses(const Session &s, Format format, LossReport &report)
{
    const std::vector<const DcEntry *> kept = tdata::keptKeys(s);
    if (const std::size_t dropped = s.dcs.size() - kept.size())
        report.add(LossKind::OtherDcs, dropped,
                   tr("%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.", nullptr,
                      int(dropped)));
    // Reading gives each DC its usual production address and nothing else
    // (§9.5): only an entry that had more than that loses something.
    const std::size_t changed = countIf(kept, [](const DcEntry *dc) {
        return dc->addr != knownDcAddress(dc->dcId, false) || dc->firstSalt || dc->timeOffset || dc->flags;
    });
    if (changed)
        report.add(LossKind::DcDetails, changed,
                   tr("%n kept DC entry(ies) have an address, salt, time offset or flags that tdata does not store: "
                      "they read back with the DC's usual address and none of the others.",
                      nullptr, int(changed)));
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(), tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
    commonLosses(s, false, false, report);
    accountLosses(s, format, {true, false, false, false, false}, report);
}

} // namespace

void foreignFileLosses(const Session &session, const ConvertTarget &t, LossReport &report)
{
    const Session s = preparedForTarget(session, t); // what the writer gets
    switch (t.format) {
    case Format::TelethonSqlite: { // §3: one DC row, entities, update_state, takeout id
        const MarkedPeers plan = planMarkedPeers(s);
        oneDcLosses(s, formatDisplayName(t.format), true, report);
        markedPeerLosses(plan, report);
        noKindLosses(plan, report);
        commonLosses(s, true, true, report);
        telethonChannelLosses(s, report);
        accountLosses(s, t.format, {false, false, false, false, true}, report);
        break;
    }
    case Format::GramjsStore: { // §5: one DC, entity rows
        const MarkedPeers plan = planMarkedPeers(s);
        oneDcLosses(s, formatDisplayName(t.format), true, report);
        markedPeerLosses(plan, report);
        noKindLosses(plan, report);
        commonLosses(s, false, false, report);
        accountLosses(s, t.format, {}, report);
        break;
    }
    case Format::PyrogramSqlite: // Appendix A: DC id + key, account values, peers with kinds
        pyrogramLosses(s, t, report);
        break;
    case Format::TdesktopTdata: // §9: main DC, one key per DC id, user id; every account of the source
        tdataLosses(s, t.format, report);
        for (std::size_t i = 0; i < t.moreAccounts.size(); ++i) { // written as they are, without the overrides
            LossReport account;
            tdataLosses(t.moreAccounts[i], t.format, account);
            for (const LossItem &item : account.items)
                report.add(item.kind, item.count, tr("Account %1: %2").arg(i + 1).arg(item.text));
        }
        break;
    default:
        break;
    }
}

} // namespace fero
