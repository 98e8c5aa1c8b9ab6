// Pyrogram's `.session` database (foreign-formats.md Appendix A): sessions,
// peers and version tables, schema version 3; peers keyed by marked ids.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fero::pyrogramsqlite {

inline constexpr int SchemaVersion = 3;

bool hasPyrogramTables(const QStringList &tables);

// Reads the first sessions row and every peer without changing a byte.
// Addresses come from knownDcAddress() (the format stores none). Versions 1
// and 2 and forks' extra tables are read tolerantly and named in warnings.
Result<DecodedSession> read(const QString &path);
// The same on a database the caller opened read-only (sqlite::ReadView) and
// listed the tables of: sqlitedb::identifyAndRead classifies and reads on one
// connection.
Result<DecodedSession> read(sqlite3 *db, const QStringList &tables, const QString &path);

// Writes a NEW database as Pyrogram's FileStorage creates it (tables, indexes,
// trigger, version 3) with one sessions row: home DC, api_id (NULL when the
// session has none), test_mode, key, date = now, user_id, is_bot.
Status write(const Session &session, const QString &path, bool overwrite = false);

QStringList schema();

} // namespace fero::pyrogramsqlite
