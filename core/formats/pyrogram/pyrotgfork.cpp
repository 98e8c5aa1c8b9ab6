// PyroTGFork (TelegramPlayground/PyroTGFork, version 6; Kurigram's releases
// before the server-address step had the same tables): usernames(id, username),
// update_state, WAL in the header even after a clean close (pyrogram-forks.md §2).
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

const ForkSchema kPyroTGFork6Schema{
    .layout = Layout::PyroTGFork6,
    .version = 6,
    .ddl = kDdl,
    .storesAddress = false,
    .usernames = UsernameStore::PerPeerTable,
    .updateState = true,
    .newPeerTypes = false,
    .wal = true,
    .writesQts = false,
    .writesSeq = true,
};

} // namespace fero::pyrogramsqlite

namespace fero::pyrogram {

const Codec kPyrotgforkCodec{
    .format = Format::PyrotgforkSqlite,
    .readPath = forkcodec::read,
    .losses = forkcodec::losses,
    .preflight = forkcodec::preflight,
    .write = forkcodec::write,
};

} // namespace fero::pyrogram
