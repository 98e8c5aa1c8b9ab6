#include "formats/common/filetarget.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"
#include "inspect/report.h"

#include <QCoreApplication>

namespace fero::filetarget {
namespace {

// The context these sentences had before they moved here, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

bool countersSet(const UpdatesState &u)
{
    return u.pts || u.qts || u.date || u.seq;
}

// The flags a one-DC file reads back: Telethon and GramJS set IPv6 for an
// address with ':', Pyrogram has no address and no flags.
std::uint8_t readBackFlags(const DcEntry &kept, bool storesAddress)
{
    const auto address = storesAddress ? splitAddress(kept.addr) : std::nullopt;
    return address && address->host.contains(u':') ? DcFlag::Ipv6 : 0;
}

QString peerList(const std::vector<const CachedPeer *> &peers)
{
    QStringList shown;
    for (std::size_t i = 0; i < peers.size() && i < 3; ++i)
        shown << Tr::tr("%1 %2").arg(peerKindText(*peers[i])).arg(peers[i]->id);
    if (peers.size() > 3)
        shown << Tr::tr("...");
    return shown.join(QStringLiteral(", "));
}

} // namespace

Status requireHomeAddress(const Session &session, const ConvertTarget &target)
{
    const Session s = prepared(session, target);
    const DcEntry *kept = keptHomeEntry(s);
    const auto hostPort = kept ? splitAddress(kept->addr) : std::nullopt;
    if (!hostPort || hostPort->host.isEmpty())
        return Error::refused(Tr::tr("%1 needs the home DC's address and port, and DC %2 has none.")
                                  .arg(formatDisplayName(target.format))
                                  .arg(s.homeDcId));
    return {};
}

Session prepared(const Session &session, const ConvertTarget &target)
{
    // --api-id and --test-mode reach the file targets too (Pyrogram's
    // sessions table has both columns), as they do the string targets.
    Session out = session;
    target.applyOverrides(out.account);
    return out;
}

void oneDcLosses(const Session &s, const QString &name, bool storesAddress, LossReport &report)
{
    const DcEntry *kept = keptHomeEntry(s);
    const std::size_t others = s.dcs.size() - (kept ? 1 : 0);
    if (others)
        report.add(LossKind::OtherDcs, others,
                   Tr::tr("%n DC entry(ies) besides the home DC's are dropped: %1 keeps one DC.", nullptr, int(others))
                       .arg(name));
    if (const std::size_t keys = countIf(s.dcs, [&](const DcEntry &dc) { return dc.authKey && &dc != kept; }))
        report.add(LossKind::OtherKeys, keys,
                   Tr::tr("%n auth key(s) of other DC entries are dropped.", nullptr, int(keys)));
    if (kept && (kept->firstSalt || kept->timeOffset || kept->flags != readBackFlags(*kept, storesAddress)))
        report.add(LossKind::DcDetails, 1, Tr::tr("The kept DC entry's salt, time offset and flags are dropped."));
}

// What a cache keyed by marked ids (§1.4) does to the peers: drops those
// without a faithful marked id, keeps one per id, and has no community flag.
void markedPeerLosses(const MarkedPeers &plan, LossReport &report)
{
    if (const std::size_t n = plan.unfaithful.size())
        report.add(LossKind::PeerIds, n,
                   Tr::tr("%n peer(s) are dropped: no marked id reads back as the same peer (%1).", nullptr, int(n))
                       .arg(peerList(plan.unfaithful)));
    if (plan.repeated)
        report.add(LossKind::PeerIds, plan.repeated,
                   Tr::tr("%n peer(s) have the same marked id as a later peer, which replaces them: one row per id.",
                          nullptr, int(plan.repeated)));
    const auto &kept = plan.kept;
    if (const std::size_t n = countIf(kept, [](const CachedPeer *p) { return p->isCommunity; }))
        report.add(LossKind::Communities, n,
                   Tr::tr("%n community peer(s) are stored as plain peers.", nullptr, int(n)));
    if (const std::size_t n = countIf(kept, [](const CachedPeer *p) { return p->isChat && p->isChannel; }))
        report.add(LossKind::ChatAndChannel, n,
                   Tr::tr("%n peer(s) flagged both chat and channel are stored as chats.", nullptr, int(n)));
    const auto strayKind = [](const CachedPeer *p) {
        return !p->isChannel && p->channelKind != ChannelKind::None; // a kind on a user or chat
    };
    if (const std::size_t n = countIf(kept, strayKind))
        report.add(LossKind::ChannelKinds, n,
                   Tr::tr("%n peer(s) that are not channels carry a channel kind, which is dropped.", nullptr, int(n)));
}

// Telethon and GramJS (§1.4): no broadcast/megagroup distinction at all.
void noKindLosses(const MarkedPeers &plan, LossReport &report)
{
    const std::size_t n =
        countIf(plan.kept, [](const CachedPeer *p) { return plainChannel(*p) && p->channelKind != ChannelKind::None; });
    if (n)
        report.add(LossKind::ChannelKinds, n,
                   Tr::tr("The broadcast/megagroup kind of %n channel(s) is dropped.", nullptr, int(n)));
}

void commonLosses(const Session &s, bool keepsCounters, bool keepsChannelPts, LossReport &report)
{
    if (!keepsCounters && countersSet(s.updates))
        report.add(LossKind::Counters, 1, Tr::tr("The update counters (pts, qts, date, seq) are dropped."));
    if (!keepsChannelPts && !s.updates.channels.empty())
        report.add(LossKind::ChannelPts, s.updates.channels.size(),
                   Tr::tr("%n channel pts value(s) are dropped.", nullptr, int(s.updates.channels.size())));
    if (!s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   Tr::tr("%n min peer(s) are dropped.", nullptr, int(s.minPeers.size())));
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1, Tr::tr("The future auth token is dropped."));
}

// Account values the target has no field for, named one by one with their
// values. `view` has the target's overrides (--test-mode, --api-id, --user-id)
// applied: a value the caller asked for and the format cannot hold is lost too.
void accountLosses(const Session &view, Format format, AccountFields kept, LossReport &report)
{
    const AccountInfo &a = view.account;
    QStringList values;
    if (a.userId && !kept.userId)
        values << Tr::tr("user id %1").arg(*a.userId);
    if (a.isBot && !kept.isBot)
        values << Tr::tr("bot flag (%1)").arg(*a.isBot ? Tr::tr("bot") : Tr::tr("not a bot"));
    if (a.testMode && !kept.testMode)
        values << Tr::tr("test mode flag (%1)").arg(*a.testMode ? Tr::tr("test servers") : Tr::tr("production"));
    if (a.apiId && !kept.apiId)
        values << Tr::tr("api id %1").arg(*a.apiId);
    if (a.takeoutId && !kept.takeoutId)
        values << Tr::tr("takeout id %1").arg(*a.takeoutId);
    if (a.serverSalt) // compact V1 strings only; no foreign file has a field for them
        values << Tr::tr("server salt %1").arg(*a.serverSalt);
    if (a.seqNo)
        values << Tr::tr("seq_no %1").arg(*a.seqNo);
    if (a.layer)
        values << Tr::tr("layer %1").arg(*a.layer);
    if (!values.isEmpty())
        report.add(LossKind::AccountValues, std::size_t(values.size()),
                   Tr::tr("%1 has no field for these account values, they are dropped: %2.")
                       .arg(formatDisplayName(format), values.join(QStringLiteral(", "))));
}

} // namespace fero::filetarget
