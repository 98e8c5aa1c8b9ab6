// ferogram's SQLite database (feature `sqlite-session`; libSQL local files use
// the same schema). Schema generations and rows: ferogram-formats.md §4.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringList>

namespace fero::sqlitedb {

// What a SQLite file turned out to be, for detection and clear errors.
// Empty: a zero-byte file or a database without tables (no session saved).
// Unreadable: SQLite header present, but damaged, in use or not readable.
enum class Kind {
    NotSqlite,
    Ferogram,
    Telethon,
    Pyrogram,
    OtherProgram,
    Empty,
    Unreadable,
    // issue 15 part 2
    Telethon2,
    MtcuteSqlite,
};
// inUse: set to why, when the file could not be read because a client kept
// writing it (Unreadable then means "try again", not "damaged").
Kind identify(const QString &path, QString *inUse = nullptr);

// Reads without changing a byte or leaving a file behind: with a -wal present
// it reads a private snapshot copy (db + -wal + -shm); with a -journal, a copy
// of db + -journal; otherwise the file itself opened read-only and immutable.
// Never opens a path without READONLY. format = FerogramSqlite; version =
// 5 (generations A and B), 6 (C), 7 (C + token row), 8 (E); layout names the
// generation. Errors: not a SQLite file, another program's database (naming
// Telethon/Pyrogram), no session saved yet, in use, damaged.
Result<DecodedSession> read(const QString &path);

// identify() and the reader of what it found, on one connection (a scan of
// thousands of databases: every open costs a connection and a schema parse).
// kind is what identify() would say; the result is sqlitedb::read()'s for
// Ferogram and Unreadable, telethonsqlite::read()'s or pyrogramsqlite::read()'s
// for theirs, and an error naming the kind otherwise.
Result<DecodedSession> identifyAndRead(const QString &path, Kind &kind);

// Rows the schema cannot hold (same dc_id+flags, same peer id, ...): one
// sentence each. Empty = writable.
QStringList conflicts(const Session &session);

// Writes a NEW database at path (refuses an existing path unless overwrite),
// generation by version (5 B, 6 C, 7 C + token row, 8 E), WAL as upstream,
// one transaction, 0600 from the first byte, atomically (a temp file renamed
// into place). Refuses conflicts() with the list.
Status write(const Session &session, const QString &path, int version = 8, bool overwrite = false);

// The CREATE statements for a generation, equal to upstream's sqlite_master text.
QStringList schemaFor(int version);

} // namespace fero::sqlitedb
