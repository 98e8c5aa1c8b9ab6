// "Marked" peer ids as Telethon, GramJS and Pyrogram key their peer caches
// (foreign-formats.md §1.4): users as is, basic chats negated, channels
// -(1000000000000 + id). They record no broadcast/megagroup distinction.
#pragma once

#include "model/session.h"

#include <cstdint>

namespace fero {

inline constexpr std::int64_t kChannelMarkOffset = 1000000000000LL;

inline std::int64_t markedPeerId(const CachedPeer &peer)
{
    // Unsigned arithmetic: any i64 id must survive without overflow UB.
    const std::uint64_t id = std::uint64_t(peer.id);
    if (peer.isChat) // chat wins over channel, as ferogram's binary writer decides
        return std::int64_t(0 - id);
    if (peer.isChannel)
        return std::int64_t(0 - (std::uint64_t(kChannelMarkOffset) + id));
    return peer.id;
}

// A peer with the bare id and kind; the access hash is left for the caller.
inline CachedPeer unmarkPeerId(std::int64_t marked)
{
    CachedPeer peer;
    if (marked >= 0) {
        peer.id = marked;
    } else if (marked < -kChannelMarkOffset) {
        peer.id = std::int64_t(0 - std::uint64_t(marked) - std::uint64_t(kChannelMarkOffset));
        peer.isChannel = true;
    } else {
        peer.id = std::int64_t(0 - std::uint64_t(marked));
        peer.isChat = true;
    }
    return peer;
}

} // namespace fero
