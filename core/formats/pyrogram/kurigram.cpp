// Kurigram (kurigram-org/kurigram, VERSION 7): sessions.server_address and port,
// usernames(id, username) with every username of a peer, update_state, and
// the peer types forum, direct and community (pyrogram-forks.md §2).
#include "formats/pyrogram/codecs.h"
#include "formats/pyrogram/forkcodec.h"
#include "formats/pyrogram/forkschema.h"
#include "formats/pyrogram/pyrogramsqlite.h"

namespace fero::pyrogramsqlite {
namespace {

// The fork's own statements, byte for byte (the vectors' sqlite_schema), in
// the order its code creates them.
// clang-format off
const char *const kDdl[] = {
    ("CREATE TABLE sessions\n"
     "(\n"
     "    dc_id          INTEGER PRIMARY KEY,\n"
     "    server_address TEXT,\n"
     "    port           INTEGER,\n"
     "    api_id         INTEGER,\n"
     "    test_mode      INTEGER,\n"
     "    auth_key       BLOB,\n"
     "    date           INTEGER NOT NULL,\n"
     "    user_id        INTEGER,\n"
     "    is_bot         INTEGER\n"
     ")"),
    ("CREATE TABLE peers\n"
     "(\n"
     "    id             INTEGER PRIMARY KEY,\n"
     "    access_hash    INTEGER,\n"
     "    type           INTEGER NOT NULL,\n"
     "    phone_number   TEXT,\n"
     "    last_update_on INTEGER NOT NULL DEFAULT (CAST(STRFTIME('%s', 'now') AS INTEGER))\n"
     ")"),
    ("CREATE TABLE usernames\n"
     "(\n"
     "    id       INTEGER,\n"
     "    username TEXT,\n"
     "    FOREIGN KEY (id) REFERENCES peers(id)\n"
     ")"),
    ("CREATE TABLE update_state\n"
     "(\n"
     "    id   INTEGER PRIMARY KEY,\n"
     "    pts  INTEGER,\n"
     "    qts  INTEGER,\n"
     "    date INTEGER,\n"
     "    seq  INTEGER\n"
     ")"),
    ("CREATE TABLE version\n"
     "(\n"
     "    number INTEGER PRIMARY KEY\n"
     ")"),
    ("CREATE INDEX idx_peers_id ON peers (id)"),
    ("CREATE INDEX idx_peers_phone_number ON peers (phone_number)"),
    ("CREATE INDEX idx_usernames_id ON usernames (id)"),
    ("CREATE INDEX idx_usernames_username ON usernames (username)"),
    ("CREATE TRIGGER trg_peers_last_update_on\n"
     "    AFTER UPDATE\n"
     "    ON peers\n"
     "BEGIN\n"
     "    UPDATE peers\n"
     "    SET last_update_on = CAST(STRFTIME('%s', 'now') AS INTEGER)\n"
     "    WHERE id = NEW.id;\n"
     "END"),
};
// clang-format on

} // namespace

HostPort kurigramAddress(int dcId, bool testMode, const DcEntry *entry)
{
    if (entry)
        if (const auto stored = splitAddress(entry->addr))
            return *stored;
    // Kurigram's own table (§4, step 6): test DCs 1-3 only.
    static const char *const production[] = {"149.154.175.53", "149.154.167.51", "149.154.175.100", "149.154.167.91",
                                             "91.108.56.130"};
    static const char *const test[] = {"149.154.175.10", "149.154.167.40", "149.154.175.117"};
    if (testMode)
        return dcId >= 1 && dcId <= 3 ? HostPort{QString::fromLatin1(test[dcId - 1]), 80} : HostPort{};
    return dcId >= 1 && dcId <= 5 ? HostPort{QString::fromLatin1(production[dcId - 1]), 443} : HostPort{};
}

const ForkSchema kKurigram7Schema{
    .layout = Layout::Kurigram7,
    .version = 7,
    .ddl = kDdl,
    .storesAddress = true,
    .usernames = UsernameStore::PerPeerTable,
    .updateState = true,
    .newPeerTypes = true,
    .wal = false,
    .writesQts = true,
    .writesSeq = true,
};

} // namespace fero::pyrogramsqlite

namespace fero::pyrogram {

const Codec kKurigramCodec{
    .format = Format::KurigramSqlite,
    .readPath = forkcodec::read,
    .losses = forkcodec::losses,
    .preflight = forkcodec::preflight,
    .write = forkcodec::write,
};

} // namespace fero::pyrogram
