// Peer-cache cleaning for debugging: remove chosen peers or min peers, all
// min peers, or the per-channel pts, always into a modified COPY. Nothing is
// written here; the copy is saved only by an explicit "Save"/"Save as…".
#pragma once

#include "model/session.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fero {

// A cached peer's identity: a user and a channel may share a bare id.
struct PeerKey {
    std::int64_t id = 0;
    bool isChannel = false;
    bool operator==(const PeerKey &) const = default;
    auto operator<=>(const PeerKey &) const = default;
};

struct PruneRequest {
    std::vector<std::int64_t> peerIds;        // every cached peer with this id (any kind)
    std::vector<PeerKey> peerKeys;            // exactly these peers (a GUI selection)
    std::vector<std::int64_t> minPeerUserIds; // these min-peer contexts
    bool allMinPeers = false;
    bool channelPts = false;                 // clear the whole per-channel pts table
    std::vector<std::int64_t> channelPtsIds; // or just these channels
};

struct PruneResult {
    Session session; // the modified copy
    std::size_t peersRemoved = 0;
    std::size_t minPeersRemoved = 0;
    std::size_t channelPtsRemoved = 0;
    // Requested ids that matched nothing (so a typo is not silently a no-op).
    std::vector<std::int64_t> missingPeerIds;
    std::vector<std::int64_t> missingMinPeerUserIds;

    bool changed() const { return peersRemoved + minPeersRemoved + channelPtsRemoved > 0; }
    // "Removed 3 peers, 50 min peers and 40 channel pts entries." (translated)
    QString summary() const;
};

PruneResult prune(const Session &session, const PruneRequest &request);

} // namespace fero
