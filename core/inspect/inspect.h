// Derived views of a session: stats, health warnings, compatibility.
#pragma once

// The ferogram release table the compatibility sentences come from: front
// ends list and compare releases through this header.
#include "formats/ferogram/releases.h"
#include "model/decoded.h"

#include <QString>
#include <QStringList>

#include <cstddef>

namespace fero {

struct SessionStats {
    std::size_t dcEntries = 0;
    std::size_t authKeys = 0;
    std::size_t users = 0;
    std::size_t chats = 0; // basic groups
    std::size_t broadcasts = 0;
    std::size_t megagroups = 0;
    std::size_t gigagroups = 0;
    std::size_t channelsNoKind = 0; // channel with a hash but no kind
    std::size_t minChannels = 0;    // channel with access_hash 0 and no kind
    std::size_t communities = 0;
    std::size_t peers = 0; // all of the above
    std::size_t minPeers = 0;
    std::size_t channelPts = 0;
    std::size_t binaryBytes = 0; // size as a binary file of the source version (or v8)
};

// The one kind a cached peer is counted as. Order matters for odd rows: a
// community wins (0.6.5 stores it with both flags clear), then chat (the
// binary writer's "chat wins"), then channel by kind, then user.
enum class PeerKind { User, Chat, Broadcast, Megagroup, Gigagroup, Channel, MinChannel, Community };
PeerKind peerKind(const CachedPeer &peer);
QString peerKindName(PeerKind kind); // translated, plural-neutral: "users", "basic groups", ...

SessionStats computeStats(const Session &session, int binaryVersion = 8);

// Sentences a user would want: home DC without a key, duplicate DC entries,
// counts near a format limit, large min-peer cache, uninitialised update
// state, legacy v1 ambiguity, which releases can open it. File-level facts
// (permissions) are added by the opener, which knows the path.
QStringList healthWarnings(const DecodedSession &decoded, std::size_t account = 0);

// "ferogram 0.6.5 and newer" / "every ferogram release (0.3.0 and newer)" ...
// (ferogram-formats.md §2, compatibility table), or "no ferogram release"
// when the reader found that upstream misreads or rejects this very file.
QString releasesThatCanOpen(const DecodedSession &decoded);
// The same for a file of this format and version as Feroscope writes it (an
// export target); says nothing about a particular source file.
QString releasesThatRead(Format format, int version);

// The DC entry that carries the account: home DC, IPv4 with key preferred,
// then IPv6 with key, then any entry of the home DC. nullptr when none.
const DcEntry *homeDcEntry(const Session &session);

// Above this many min peers the cache is worth pruning (each one is a row the
// client loads at start; ferogram never evicts them).
inline constexpr std::size_t LargeMinPeerCache = 10000;

} // namespace fero
