// Pyrofork (Mayuri-Chan/pyrofork, version 4, a lineage of its own): upstream's
// peers.username kept, usernames keyed by the username text for peers with
// more than one, update_state (pyrogram-forks.md §2).
#include "formats/pyrogram/codecs.h"
#include "formats/pyrogram/forkcodec.h"
#include "formats/pyrogram/forkschema.h"

namespace fero::pyrogramsqlite {
namespace {

// The fork's own statements, byte for byte (the vectors' sqlite_schema), in
// the order its code creates them.
// clang-format off
const char *const kDdl[] = {
    ("CREATE TABLE sessions\n"
     "(\n"
     "    dc_id     INTEGER PRIMARY KEY,\n"
     "    api_id    INTEGER,\n"
     "    test_mode INTEGER,\n"
     "    auth_key  BLOB,\n"
     "    date      INTEGER NOT NULL,\n"
     "    user_id   INTEGER,\n"
     "    is_bot    INTEGER\n"
     ")"),
    ("CREATE TABLE peers\n"
     "(\n"
     "    id             INTEGER PRIMARY KEY,\n"
     "    access_hash    INTEGER,\n"
     "    type           INTEGER NOT NULL,\n"
     "    username       TEXT,\n"
     "    phone_number   TEXT,\n"
     "    last_update_on INTEGER NOT NULL DEFAULT (CAST(STRFTIME('%s', 'now') AS INTEGER))\n"
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
    ("CREATE TABLE usernames\n"
     "(\n"
     "    id             TEXT PRIMARY KEY,\n"
     "    peer_id        INTEGER NOT NULL,\n"
     "    last_update_on INTEGER NOT NULL DEFAULT (CAST(STRFTIME('%s', 'now') AS INTEGER))\n"
     ")"),
    ("CREATE INDEX idx_peers_id ON peers (id)"),
    ("CREATE INDEX idx_peers_username ON peers (username)"),
    ("CREATE INDEX idx_peers_phone_number ON peers (phone_number)"),
    ("CREATE TRIGGER trg_peers_last_update_on\n"
     "    AFTER UPDATE\n"
     "    ON peers\n"
     "BEGIN\n"
     "    UPDATE peers\n"
     "    SET last_update_on = CAST(STRFTIME('%s', 'now') AS INTEGER)\n"
     "    WHERE id = NEW.id;\n"
     "END"),
    ("CREATE TRIGGER trg_usernames_last_update_on\n"
     "    AFTER UPDATE\n"
     "    ON usernames\n"
     "BEGIN\n"
     "    UPDATE usernames\n"
     "    SET last_update_on = CAST(STRFTIME('%s', 'now') AS INTEGER)\n"
     "    WHERE id = NEW.id;\n"
     "END"),
};
// clang-format on

} // namespace

const ForkSchema kPyrofork4Schema{
    .layout = Layout::Pyrofork4,
    .version = 4,
    .ddl = kDdl,
    .storesAddress = false,
    .usernames = UsernameStore::ByUsernameTable,
    .updateState = true,
    .newPeerTypes = false,
    .wal = false,
    .writesQts = false,
    .writesSeq = false,
};

} // namespace fero::pyrogramsqlite

namespace fero::pyrogram {

const Codec kPyroforkCodec{
    .format = Format::PyroforkSqlite,
    .readPath = forkcodec::read,
    .losses = forkcodec::losses,
    .preflight = forkcodec::preflight,
    .write = forkcodec::write,
};

} // namespace fero::pyrogram
