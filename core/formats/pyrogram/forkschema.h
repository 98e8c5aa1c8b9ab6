// What tells the four layouts of the Pyrogram family apart when they are read
// and written (pyrogram-forks.md §2): one row per layout. The reader and the
// writer (pyrogramsqlite.cpp) follow the row; each fork's own file holds its
// row and its DDL, byte for byte the text its own code creates.
#pragma once

#include "formats/pyrogram/pyrogramlayout.h"

#include <span>

namespace fero::pyrogramsqlite {

// Where a layout keeps usernames.
enum class UsernameStore {
    PeersColumn,     // peers.username only (upstream Pyrogram, Hydrogram)
    PerPeerTable,    // usernames(id, username): every username of a peer (Kurigram, PyroTGFork)
    ByUsernameTable, // peers.username = the main one, plus usernames(id = username, peer_id) for
                     // peers with more than one (Pyrofork)
};

struct ForkSchema {
    Layout layout;
    int version;                      // what the fork writes into version.number
    std::span<const char *const> ddl; // sqlite_master text, in the order the fork creates it
    bool storesAddress;               // sessions.server_address and port (Kurigram)
    UsernameStore usernames;
    bool updateState;  // an update_state table
    bool newPeerTypes; // "forum", "direct", "community" (Kurigram)
    bool wal;          // the header says WAL after a clean close (PyroTGFork)
    // The update_state cells the fork's client fills in the account's row
    // (§2: PyroTGFork writes qts NULL, Pyrofork qts and seq NULL).
    bool writesQts, writesSeq;
};

const ForkSchema &forkSchema(Layout layout);

// The rows of each fork, in its own file.
extern const ForkSchema kPyrogram3Schema;
extern const ForkSchema kPyrofork4Schema;
extern const ForkSchema kPyroTGFork6Schema;
extern const ForkSchema kKurigram7Schema;

} // namespace fero::pyrogramsqlite
