// mtcute's SqliteStorage database on Node (more-stores.md §1): auth_keys,
// temp_auth_keys, key_value (dc_main, dc_media, current_user, updates_*,
// salts:<dc>), peers, message_refs, mtcute_migrations. WAL while a client runs.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fero::mtcutesqlite {

// mtcute's tables (more-stores.md §6): its migrations table, auth_keys and key_value.
bool hasMtcuteTables(const QStringList &tables);

// Reads the committed snapshot without changing a byte (sqlite::ReadView
// copies the file with its -wal and -shm when they exist). Home DC = dc_main
// with auth_keys[dc_main.id]; dc_media as a media entry; keys of other DCs
// as entries without an address; current_user -> user id, bot flag,
// foreign.selfUsernames and selfPremium; updates_* -> counters and channel
// pts; salts and temp_auth_keys -> foreign extras (a temporary key is never
// the login); peers with hash text, usernames, phone, min flag and the TL
// object; message_refs -> min peers.
Result<DecodedSession> read(const QString &path);
Result<DecodedSession> read(sqlite3 *db, const QStringList &tables, const QString &path);

// Writes a NEW database as @mtcute/node 0.29.7 leaves one: its DDL in
// migration order, the four migration rows, WAL in the header.
Status write(const Session &session, const QString &path, bool overwrite = false);

QStringList schema();

// The media DC written beside main (dc_media): the string's choice, so Copy
// String Session names the same one; nullptr when none.
const DcEntry *mediaDc(const Session &session, const DcEntry *main);

} // namespace fero::mtcutesqlite
