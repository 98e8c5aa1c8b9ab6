#include "formats/ferogram/conflicts.h"

#include <QCoreApplication>

#include <unordered_set>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
};

struct PairHash {
    std::size_t operator()(const std::pair<std::int64_t, int> &key) const
    {
        return std::hash<std::int64_t>()(key.first) * 31 + std::size_t(key.second);
    }
};

// Keeps one item per key (the first or the last in source order) and hands
// every other one to `drop`, in source order.
template <typename Item, typename KeyOf, typename Drop, typename Hash = std::hash<std::int64_t>>
std::vector<Item> keepOne(const std::vector<Item> &items, bool keepLast, KeyOf keyOf, Drop drop, Hash hash = {})
{
    using Key = decltype(keyOf(items.front()));
    std::vector<bool> kept(items.size(), false);
    std::unordered_set<Key, Hash> seen(items.size(), hash);
    for (std::size_t n = 0; n < items.size(); ++n) {
        const std::size_t i = keepLast ? items.size() - 1 - n : n;
        kept[i] = seen.insert(keyOf(items[i])).second;
    }
    std::vector<Item> out;
    out.reserve(seen.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (kept[i])
            out.push_back(items[i]);
        else
            drop(items[i]);
    }
    return out;
}

QString peerKindText(const CachedPeer &p)
{
    if (p.isCommunity)
        return Tr::tr("community");
    if (p.isChat)
        return Tr::tr("basic group");
    if (p.isChannel)
        return Tr::tr("channel");
    return Tr::tr("user");
}

} // namespace

Session keepOneOfEach(const Session &session, ConflictPolicy policy, LossReport *dropped)
{
    if (policy == ConflictPolicy::Refuse)
        return session;
    const bool last = policy == ConflictPolicy::KeepLast;
    // Which one survives, said in every line so a report read alone is clear.
    const QString which = last ? Tr::tr("the last one is kept") : Tr::tr("the first one is kept");
    const auto report = [&](QString text) {
        if (dropped)
            dropped->add(LossKind::Duplicate, 1, std::move(text));
    };

    Session out = session;
    out.dcs = keepOne(
        session.dcs, last, [](const DcEntry &dc) { return std::pair<std::int64_t, int>(dc.dcId, dc.flags); },
        [&](const DcEntry &dc) {
            report(Tr::tr("A DC %1 entry with flags 0x%2 (%3, %4) is dropped: the database keeps one entry per dc_id "
                          "and flags, and %5.")
                       .arg(dc.dcId)
                       .arg(int(dc.flags), 2, 16, QLatin1Char('0'))
                       .arg(dc.addr,
                            dc.authKey ? Tr::tr("auth key id %1").arg(dc.authKey->idHex()) : Tr::tr("no auth key"),
                            which));
        },
        PairHash());
    out.peers = keepOne(
        session.peers, last, [](const CachedPeer &p) { return p.id; },
        [&](const CachedPeer &p) {
            report(Tr::tr("Peer %1 (a %2) is dropped: the database keeps one peer per id, and %3.")
                       .arg(p.id)
                       .arg(peerKindText(p), which));
        });
    out.minPeers = keepOne(
        session.minPeers, last, [](const MinPeer &m) { return m.userId; },
        [&](const MinPeer &m) {
            report(Tr::tr("Min peer %1 (seen in peer %2, message %3) is dropped: the database keeps one min peer per "
                          "user_id, and %4.")
                       .arg(m.userId)
                       .arg(m.peerId)
                       .arg(m.msgId)
                       .arg(which));
        });
    out.updates.channels = keepOne(
        session.updates.channels, last, [](const ChannelPts &c) { return c.channelId; },
        [&](const ChannelPts &c) {
            report(Tr::tr("The pts %1 of channel %2 is dropped: the database keeps one pts per channel, and %3.")
                       .arg(c.pts)
                       .arg(c.channelId)
                       .arg(which));
        });
    return out;
}

} // namespace fero
