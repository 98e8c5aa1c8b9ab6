// Pyrogram's `.session` database (foreign-formats.md Appendix A): sessions,
// peers and version tables, schema version 3; peers keyed by marked ids. Its
// forks' databases too (pyrogram-forks.md): the layout (pyrogramlayout.h)
// decides which tables and columns are read and written.
#pragma once

#include "base/address.h"
#include "base/result.h"
#include "formats/pyrogram/pyrogramlayout.h"
#include "model/decoded.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fero::pyrogramsqlite {

inline constexpr int SchemaVersion = 3;

bool hasPyrogramTables(const QStringList &tables);

// Reads the first sessions row and every peer without changing a byte, in the
// layout detectLayout() finds: format = that layout's (PyrogramSqlite,
// KurigramSqlite, ...), layout = layoutText(). Addresses come from
// knownDcAddress() except in Kurigram's files; usernames and update_state
// where the layout has them (§2). Versions 1 and 2 and extra tables are read
// tolerantly and named in warnings.
Result<DecodedSession> read(const QString &path);
// The same on a database the caller opened read-only (sqlite::ReadView) and
// listed the tables of: sqlitedb::identifyAndRead classifies and reads on one
// connection.
Result<DecodedSession> read(sqlite3 *db, const QStringList &tables, const QString &path);

// Writes a NEW database as Pyrogram's FileStorage creates it (tables, indexes,
// trigger, version 3) with one sessions row: home DC, api_id (NULL when the
// session has none), test_mode, key, date = now, user_id, is_bot.
Status write(const Session &session, const QString &path, bool overwrite = false);
// The same in a fork's layout: its DDL byte for byte, its version, its
// journal mode (PyroTGFork: WAL), usernames and update_state as it keeps them.
Status write(const Session &session, const QString &path, Layout layout, bool overwrite = false);

// Where Kurigram connects for a DC: the kept entry's address, else its own
// table (pyrogram-forks.md §4 step 6). Port 0: no address known (test DC 4/5).
HostPort kurigramAddress(int dcId, bool testMode, const DcEntry *entry);

QStringList schema();
QStringList schema(Layout layout);

} // namespace fero::pyrogramsqlite
