// Telethon 2's SqliteSession database, schema version 10
// (pyrogram-forks.md §6): version, datacenter, user, state, channelstate.
// No peer cache, no api_id, no test flag.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fero::telethon2sqlite {

inline constexpr int SchemaVersion = 10;
// Without a user row Telethon 2 connects to this DC (its default).
inline constexpr int FallbackDcId = 2;

// Telethon 2's tables (§3 rule 1): a version table whose column is named
// `version` beside datacenter and channelstate, and no Telethon 1 sessions.
bool hasTelethon2Tables(sqlite3 *db, const QStringList &tables);

// Reads without changing a byte (sqlite::ReadView). One DC entry per
// address (ipv4_addr, then ipv6_addr, each "host:port" split at the last
// colon), the DC's key on the first of them; home DC = user.dc, else DC 2
// with a warning (not logged in); state -> counters, channelstate -> channel
// pts; user.username -> foreign.selfUsernames.
Result<DecodedSession> read(const QString &path);
Result<DecodedSession> read(sqlite3 *db, const QStringList &tables, const QString &path);

// Writes a NEW database as Telethon 2 creates one: its five tables in its
// text, version 10, one datacenter row per DC id, a user row when the user
// id is known (bot 0 when unknown), a state row when there are counters,
// channelstate rows. Refuses a home DC other than 2 without a user id.
Status write(const Session &session, const QString &path, bool overwrite = false);
// What write() refuses, before anything is written.
Status preflight(const Session &session);

// Telethon 2's CREATE TABLE statements, in creation order.
QStringList schema();

} // namespace fero::telethon2sqlite
