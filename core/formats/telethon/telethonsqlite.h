// Telethon's SQLiteSession `.session` database, schema version 7
// (foreign-formats.md §3): sessions, entities, sent_files, update_state, version.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fero::telethonsqlite {

inline constexpr int SchemaVersion = 7;

// Tables that make a database Telethon's (for detection by content).
bool hasTelethonTables(const QStringList &tables);

// Reads without changing a byte (SqliteSnapshot). Accepts older schema
// versions as they are (no migration) and says so in warnings. version =
// the schema version; the session's foreign block keeps entity usernames,
// phones, names and dates, sent_files and update dates for a round trip.
Result<DecodedSession> read(const QString &path);
// The same on a database the caller opened read-only (sqlite::ReadView) and
// listed the tables of: sqlitedb::identifyAndRead classifies and reads on one
// connection.
Result<DecodedSession> read(sqlite3 *db, const QStringList &tables, const QString &path);

// Writes a NEW database exactly as Telethon 1.25 creates one: the five
// tables in Telethon's order and text, version row 7, one sessions row with
// the home DC's address, port, key (empty blob when none) and takeout id;
// entities from the peers (marked ids); update_state from the counters.
Status write(const Session &session, const QString &path, bool overwrite = false);

// Telethon's CREATE TABLE statements, in creation order.
QStringList schema();

} // namespace fero::telethonsqlite
