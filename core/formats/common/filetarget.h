// What the file and folder targets of other libraries share when they say
// what they drop (one DC, a marked-id peer cache, no counters, a fixed set of
// account fields) and what they are handed to write (the target's overrides
// applied). Each library's codec adds its own losses to these.
#pragma once

#include "base/result.h"
#include "formats/target.h"
#include "model/markedpeers.h"

#include <algorithm>

namespace fero::filetarget {

template <typename List, typename Pred> std::size_t countIf(const List &list, Pred pred)
{
    return std::size_t(std::count_if(list.begin(), list.end(), pred));
}

// A peer flagged both chat and channel is written as the chat.
inline bool plainChannel(const CachedPeer &p)
{
    return p.isChannel && !p.isChat;
}

// The session a writer gets: --user-id, --api-id and --test-mode applied.
Session prepared(const Session &session, const ConvertTarget &target);

// Telethon's and GramJS's one DC row: refused without the home DC's address and port.
Status requireHomeAddress(const Session &session, const ConvertTarget &target);

// A one-DC container: the other entries, their keys, and the kept entry's
// salt, time offset and flags (storesAddress: the address is written, so the
// IPv6 flag it implies survives).
void oneDcLosses(const Session &s, const QString &name, bool storesAddress, LossReport &report);
// What a cache keyed by marked ids does to the peers.
void markedPeerLosses(const MarkedPeers &plan, LossReport &report);
// Telethon and GramJS: no broadcast/megagroup distinction at all.
void noKindLosses(const MarkedPeers &plan, LossReport &report);
// Counters, channel pts, min peers and the future auth token.
void commonLosses(const Session &s, bool keepsCounters, bool keepsChannelPts, LossReport &report);

// Which account values a file format has a field for.
struct AccountFields {
    bool userId = false, isBot = false, testMode = false, apiId = false, takeoutId = false;
};
// Account values the target has no field for, named one by one with their
// values (view has the target's overrides applied).
void accountLosses(const Session &view, Format format, AccountFields kept, LossReport &report);

} // namespace fero::filetarget
