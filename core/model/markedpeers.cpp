#include "model/markedpeers.h"

#include "model/markedid.h"

#include <algorithm>
#include <unordered_map>

namespace fero {

bool hasFaithfulMarkedId(const CachedPeer &peer)
{
    const CachedPeer back = unmarkPeerId(markedPeerId(peer));
    return back.id == peer.id && back.isChat == peer.isChat && back.isChannel == (peer.isChannel && !peer.isChat);
}

MarkedPeers planMarkedPeers(const Session &session)
{
    MarkedPeers plan;
    plan.kept.reserve(session.peers.size());
    std::unordered_map<std::int64_t, std::size_t> slot; // marked id -> index in kept
    for (const CachedPeer &peer : session.peers) {
        if (!hasFaithfulMarkedId(peer)) {
            plan.unfaithful.push_back(&peer);
            continue;
        }
        const auto [it, fresh] = slot.try_emplace(markedPeerId(peer), plan.kept.size());
        if (fresh) {
            plan.kept.push_back(&peer);
        } else {
            plan.kept[it->second] = &peer;
            ++plan.repeated;
        }
    }
    return plan;
}

std::vector<const CachedPeer *> keptInMarkedIdOrder(const Session &session)
{
    std::vector<const CachedPeer *> kept = planMarkedPeers(session).kept;
    std::sort(kept.begin(), kept.end(),
              [](const CachedPeer *a, const CachedPeer *b) { return markedPeerId(*a) < markedPeerId(*b); });
    return kept;
}

std::unordered_map<std::int64_t, const ForeignPeerDetails *> detailsByMarkedId(const Session &session)
{
    std::unordered_map<std::int64_t, const ForeignPeerDetails *> details;
    details.reserve(session.foreign.peers.size());
    for (const ForeignPeerDetails &d : session.foreign.peers)
        details[d.markedId] = &d;
    return details;
}

} // namespace fero
