// The peers a cache keyed by marked ids can hold (Telethon entities, GramJS
// entity files, Pyrogram peers; foreign-formats.md §1.4, App. A): one row
// per marked id, and only peers whose marked id reads back as the same peer.
// Writers and the loss report share this plan, so what is dropped is what
// is reported.
#pragma once

#include "session.h"

#include <vector>

namespace fero {

// Whether the peer's marked id unmarks to the same id and kind. A negative
// user id reads back as a chat, chat 0 as user 0, a channel id near 2^63
// wraps: those have no faithful marked form. A peer flagged both chat and
// channel is written as the chat (reported on its own) and counts as faithful.
bool hasFaithfulMarkedId(const CachedPeer &peer);

struct MarkedPeers {
    // In first-seen order; for a repeated marked id the last peer wins, as
    // INSERT OR REPLACE (Telethon, Pyrogram) and a rewritten file (GramJS) do.
    std::vector<const CachedPeer *> kept;
    std::vector<const CachedPeer *> unfaithful; // not written
    std::size_t repeated = 0;                   // replaced by a later peer with the same marked id
};

MarkedPeers planMarkedPeers(const Session &session);

} // namespace fero
