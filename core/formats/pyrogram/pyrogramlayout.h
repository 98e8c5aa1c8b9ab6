// Which member of the Pyrogram family wrote a `.session` database, decided by
// tables and columns as pyrogram-forks.md §3 says (never by `version` alone:
// 4 and 6 mean different things in different forks, and Telethon 1 uses 7).
// The forks share one folder with upstream Pyrogram: they keep its core and
// differ only around it, so one reader and one writer serve all four layouts,
// each described by a ForkSchema row (forkschema.h).
#pragma once

#include "formats/format.h"

#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace fero::pyrogramsqlite {

enum class Layout {
    Pyrogram3,   // upstream Pyrogram and Hydrogram (version 3)
    Pyrofork4,   // Pyrofork (version 4, its own lineage)
    PyroTGFork6, // PyroTGFork, and Kurigram before its server-address step (version 6)
    Kurigram7,   // Kurigram (version 7: sessions.server_address/port)
};

struct LayoutVerdict {
    std::optional<Layout> layout; // nullopt: not the Pyrogram family
    QString reason;               // translated: the rule of §3 that decided
};

// tables: the database's table names. Reads nothing but the schema and the
// version row.
LayoutVerdict detectLayout(sqlite3 *db, const QStringList &tables);

// "Kurigram 7", "PyroTGFork 6 / older Kurigram", "Pyrofork 4", "Pyrogram 3 / Hydrogram".
QString layoutText(Layout layout);
Format formatOf(Layout layout);
std::optional<Layout> layoutOf(Format format);

} // namespace fero::pyrogramsqlite
