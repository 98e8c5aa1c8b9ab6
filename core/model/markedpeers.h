// The peers a cache keyed by marked ids can hold (Telethon entities, GramJS
// entity files, Pyrogram peers; foreign-formats.md §1.4, App. A): one row
// per marked id, and only peers whose marked id reads back as the same peer.
// Writers and the loss report share this plan, so what is dropped is what
// is reported.
#pragma once

#include "model/session.h"

#include <cstdint>
#include <unordered_map>
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

// planMarkedPeers(session).kept sorted by marked id: the order the SQLite
// caches keep their rows in (the id is the row key) and the fastest order to
// insert them, each row an append. Inserting in the session's order made
// Pyrogram's save grow faster than its row count.
std::vector<const CachedPeer *> keptInMarkedIdOrder(const Session &session);

// The foreign row details (username, phone, date...) of every marked id, for
// the writers to look up per kept peer in constant time: a scan per peer made
// a Telethon -> Telethon conversion of 65,535 entities quadratic. For a
// repeated marked id the last row wins, as for the peers themselves.
std::unordered_map<std::int64_t, const ForeignPeerDetails *> detailsByMarkedId(const Session &session);

} // namespace fero
