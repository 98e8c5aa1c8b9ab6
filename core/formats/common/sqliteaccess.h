// Safe access to SQLite files for the readers and writers in this folder.
// Opening a session database must never change a byte or leave a file behind
// (qt64-notes.md: READONLY on a WAL database creates -wal/-shm; immutable=1
// shows stale data while a client has rows in -wal), so reading goes through
// a private snapshot whenever side files exist. Not part of the public API.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

class QTemporaryDir;

namespace fero::sqlite {

// True when bytes start with the 16-byte SQLite 3 magic.
bool hasSqliteMagic(QByteArrayView head);

// One QSqlDatabase connection (unique name, removed on destruction) and its
// raw sqlite3 handle: Qt Sql's per-value cost is too high for 200,000 rows
// (qt64-notes.md), so queries use the C API on the same connection.
class Connection {
public:
    enum class Mode { ReadOnlyImmutable, ReadWrite };
    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode);
    // A read-only database over image, a whole database file held in memory
    // (the caller keeps it alive and unchanged until the connection is gone).
    // path only names it in messages.
    static Result<std::unique_ptr<Connection>> openImage(QByteArray &image, const QString &path);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_handle; }
    // Runs statements without results; returns the SQLite error text on failure.
    bool exec(const char *sql, QString *error = nullptr);

private:
    Connection() = default;
    QString m_name;            // Qt's connection, when opened through Qt's driver
    sqlite3 *m_handle = nullptr;
    bool m_ownHandle = false;  // opened with SQLite's own API (openImage), closed with it
};

// A prepared statement, finalized on destruction.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    operator sqlite3_stmt *() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// What went wrong opening or querying, so callers can word the outcome.
enum class Problem { None, Missing, Empty, NotSqlite, InUse, Damaged, Io };

struct Failure {
    Problem problem = Problem::None;
    QString message; // translated, names the path
};

// Classifies an SQLite error code on a file into a Failure with a message.
Failure failureFromSqlite(int code, const QString &sqliteText, const QString &path);

// A read-only view of a database file: with no side files, an image of the
// file read whole into memory while it did not change (a client in rollback
// journal mode may begin a transaction at any moment: reading the file in
// place showed rows of two versions mixed, tst_livewriter); a file too large
// for that opened immutable; with side files, a private copy of it with its
// -wal/-shm or -journal in a temporary folder (so the newest committed rows a
// running client wrote are seen, and a hot journal is rolled back in the copy
// only). The only lock taken on the original is SQLite's SHARED lock on a
// rollback-journal file while its bytes are read into memory: a client's
// commit waits at most that long.
class ReadView {
public:
    // Failure.problem != None on error (the view is then empty).
    static std::unique_ptr<ReadView> open(const QString &path, Failure &failure);
    ~ReadView();

    sqlite3 *handle() const { return m_connection->handle(); }
    bool isSnapshot() const { return m_dir != nullptr; }

private:
    ReadView() = default;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_image; // the file's bytes for an in-memory view (keys included: wiped)
    std::unique_ptr<Connection> m_connection;
};

// Names of the tables, and the columns of one table, as they are now.
QStringList tableNames(sqlite3 *db, Failure &failure, const QString &path);
QStringList columnNames(sqlite3 *db, const QString &table);

} // namespace fero::sqlite
