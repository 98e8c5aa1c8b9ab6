// Derived views of a session: stats, health warnings, compatibility.
#pragma once

#include "decoded.h"

#include <QString>
#include <QStringList>

#include <cstddef>

namespace fero {

struct SessionStats {
    std::size_t dcEntries = 0;
    std::size_t authKeys = 0;
    std::size_t users = 0;
    std::size_t chats = 0;            // basic groups
    std::size_t broadcasts = 0;
    std::size_t megagroups = 0;
    std::size_t gigagroups = 0;
    std::size_t channelsNoKind = 0;   // channel with a hash but no kind
    std::size_t minChannels = 0;      // channel with access_hash 0 and no kind
    std::size_t communities = 0;
    std::size_t minPeers = 0;
    std::size_t channelPts = 0;
    std::size_t binaryBytes = 0;      // size as a binary file of the source version (or v8)
};

SessionStats computeStats(const Session &session, int binaryVersion = 8);

// Sentences a user would want: home DC without a key, duplicate DC entries,
// counts near a format limit, large min-peer cache, uninitialised update
// state, legacy v1 ambiguity, which releases can open it.
QStringList healthWarnings(const DecodedSession &decoded, std::size_t account = 0);

// "ferogram 0.6.5 and newer" / "ferogram 0.3.0 and newer" ...
QString releasesThatCanOpen(Format format, int version);

// The DC entry that carries the account: home DC, IPv4 with key preferred.
const DcEntry *homeDcEntry(const Session &session);

} // namespace fero
