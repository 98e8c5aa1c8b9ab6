#include "edit/prune.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace fero {
namespace {

// Removes the rows matching `remove` and returns how many went; also notes
// which requested ids matched nothing.
template <typename Row, typename Id, typename IdOf>
std::size_t eraseIds(std::vector<Row> &rows, const std::vector<Id> &ids, IdOf idOf, std::vector<Id> *missing)
{
    if (ids.empty())
        return 0;
    const std::set<Id> wanted(ids.begin(), ids.end());
    std::set<Id> seen;
    const auto before = rows.size();
    std::erase_if(rows, [&](const Row &row) {
        const Id id = idOf(row);
        if (!wanted.contains(id))
            return false;
        seen.insert(id);
        return true;
    });
    if (missing) {
        for (const Id &id : wanted)
            if (!seen.contains(id))
                missing->push_back(id);
    }
    return before - rows.size();
}

// The id Telethon/GramJS key a peer by (foreign-formats.md §1.4).
std::int64_t markedId(const CachedPeer &p)
{
    if (p.isChannel)
        return -(1000000000000LL + p.id);
    return p.isChat ? -p.id : p.id;
}

// A removed peer must not survive in the foreign details either, or a
// Telethon round trip would bring it back.
void dropForeignDetails(Session &s, const Session &original)
{
    if (s.foreign.peers.empty() || s.peers.size() == original.peers.size())
        return;
    std::set<std::int64_t> kept;
    for (const CachedPeer &p : s.peers)
        kept.insert(markedId(p));
    std::set<std::int64_t> removed;
    for (const CachedPeer &p : original.peers)
        if (!kept.contains(markedId(p)))
            removed.insert(markedId(p));
    std::erase_if(s.foreign.peers, [&](const ForeignPeerDetails &d) { return removed.contains(d.markedId); });
}

} // namespace

PruneResult prune(const Session &session, const PruneRequest &request)
{
    PruneResult r;
    r.session = session;
    Session &s = r.session;

    r.peersRemoved += eraseIds(
        s.peers, request.peerIds, [](const CachedPeer &p) { return p.id; }, &r.missingPeerIds);
    r.peersRemoved += eraseIds(
        s.peers, request.peerKeys,
        [](const CachedPeer &p) {
            return PeerKey{p.id, p.isChannel};
        },
        static_cast<std::vector<PeerKey> *>(nullptr));
    dropForeignDetails(s, session);

    if (request.allMinPeers) {
        r.minPeersRemoved = s.minPeers.size();
        s.minPeers.clear();
    } else {
        r.minPeersRemoved = eraseIds(
            s.minPeers, request.minPeerUserIds, [](const MinPeer &m) { return m.userId; }, &r.missingMinPeerUserIds);
    }

    if (request.channelPts) {
        r.channelPtsRemoved = s.updates.channels.size();
        s.updates.channels.clear();
    } else {
        r.channelPtsRemoved = eraseIds(
            s.updates.channels, request.channelPtsIds, [](const ChannelPts &c) { return c.channelId; },
            static_cast<std::vector<std::int64_t> *>(nullptr));
    }
    return r;
}

QString PruneResult::summary() const
{
    if (!changed())
        return QCoreApplication::translate("Prune", "Nothing was removed.");
    return QCoreApplication::translate("Prune", "Removed %n peer(s), ", nullptr, int(peersRemoved))
           + QCoreApplication::translate("Prune", "%n min peer(s) and ", nullptr, int(minPeersRemoved))
           + QCoreApplication::translate("Prune", "%n channel pts entries.", nullptr, int(channelPtsRemoved));
}

} // namespace fero
