#include "formats/pyrogram/pyrogramlayout.h"

#include "formats/common/sqliterows.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace fero::pyrogramsqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PyrogramLayout)
};

// From the schema SQLite parsed on opening: no statement to prepare.
bool hasColumn(sqlite3 *db, const char *table, const char *column)
{
    return sqlite3_table_column_metadata(db, "main", table, column, nullptr, nullptr, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

} // namespace

LayoutVerdict detectLayout(sqlite3 *db, const QStringList &tables)
{
    const auto has = [&](const char *table) { return tables.contains(QLatin1String(table)); };
    // §3 rule 1: Telethon's version table has a `version` column, not `number`.
    if (has("version") && hasColumn(db, "version", "version"))
        return {std::nullopt, Tr::tr("the version table has a \"version\" column: a Telethon session")};
    // §3 rule 2: the Pyrogram family.
    if (!has("version") || !hasColumn(db, "version", "number") || !has("sessions") || !has("peers"))
        return {std::nullopt, Tr::tr("no sessions, peers and version(number) tables")};
    if (hasColumn(db, "sessions", "server_address") && hasColumn(db, "sessions", "port"))
        return {Layout::Kurigram7, Tr::tr("sessions has server_address and port columns")};
    const bool usernames = has("usernames");
    if (usernames && hasColumn(db, "usernames", "username") && !hasColumn(db, "usernames", "peer_id"))
        return {Layout::PyroTGFork6, Tr::tr("a usernames(id, username) table without server_address")};
    if (usernames && hasColumn(db, "usernames", "peer_id"))
        return {Layout::Pyrofork4, Tr::tr("a usernames table keyed by username, with peer_id")};
    int version = 0;
    {
        sqlite::Rows row(db, QStringLiteral("SELECT number FROM version"));
        if (row.next())
            version = row.value(0).toInt();
    }
    const bool updateState = has("update_state");
    const bool peersUsername = hasColumn(db, "peers", "username");
    if (version == 4 && updateState && peersUsername)
        return {Layout::Pyrofork4, Tr::tr("version 4 with update_state and peers.username (no usernames table yet)")};
    if (peersUsername && !usernames && !updateState)
        return {Layout::Pyrogram3, Tr::tr("peers.username, no usernames and no update_state table")};
    // None of §3's rules: read it as upstream's layout, which every fork
    // extends; the reader names the tables it leaves unread.
    return {Layout::Pyrogram3, Tr::tr("sessions, peers and version(number) tables, none of a fork's marks")};
}

QString layoutText(Layout layout)
{
    switch (layout) {
    case Layout::Pyrogram3:
        return QStringLiteral("Pyrogram 3 / Hydrogram");
    case Layout::Pyrofork4:
        return QStringLiteral("Pyrofork 4");
    case Layout::PyroTGFork6:
        return QStringLiteral("PyroTGFork 6 / older Kurigram");
    case Layout::Kurigram7:
        return QStringLiteral("Kurigram 7");
    }
    Q_UNREACHABLE();
}

Format formatOf(Layout layout)
{
    switch (layout) {
    case Layout::Pyrogram3:
        return Format::PyrogramSqlite;
    case Layout::Pyrofork4:
        return Format::PyroforkSqlite;
    case Layout::PyroTGFork6:
        return Format::PyrotgforkSqlite;
    case Layout::Kurigram7:
        return Format::KurigramSqlite;
    }
    Q_UNREACHABLE();
}

std::optional<Layout> layoutOf(Format format)
{
    for (Layout l : {Layout::Pyrogram3, Layout::Pyrofork4, Layout::PyroTGFork6, Layout::Kurigram7})
        if (formatOf(l) == format)
            return l;
    return std::nullopt;
}

} // namespace fero::pyrogramsqlite
