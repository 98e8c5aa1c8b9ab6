// Writing ferogram databases: the schema text of each generation, the rows
// the schema cannot hold, and an atomic, owner-only write.
#include "formats/ferogram/sqlitedb.h"

#include "storage/leftovers.h"
#include "formats/common/sqliteaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <unistd.h>

namespace fero::sqlitedb {

namespace {

using sqlite::Statement;

struct SqliteDbWriteTr {
    Q_DECLARE_TR_FUNCTIONS(SqliteDbWrite)
};

// The CREATE statements exactly as upstream's sqlite_master shows them:
// generation C from the fg052-*.sqlite vectors (ferogram 0.5.2), generation E
// from fg065-*.sqlite (0.6.5). E differs from C only by the is_community line.
// Generation B (0.4.1-0.5.1) has no channel_kind column (ferogram-formats.md
// §2/§4); no upstream B vector exists, so B is C with the channel_kind line
// removed, keeping C's alignment.
const char *const MetaDdl = "CREATE TABLE meta (\n"
                            "            key   TEXT    PRIMARY KEY,\n"
                            "            value INTEGER NOT NULL DEFAULT 0\n"
                            "        )";
const char *const DcsDdl = "CREATE TABLE dcs (\n"
                           "            dc_id       INTEGER NOT NULL,\n"
                           "            flags       INTEGER NOT NULL DEFAULT 0,\n"
                           "            addr        TEXT    NOT NULL,\n"
                           "            auth_key    BLOB,\n"
                           "            first_salt  INTEGER NOT NULL DEFAULT 0,\n"
                           "            time_offset INTEGER NOT NULL DEFAULT 0,\n"
                           "            PRIMARY KEY (dc_id, flags)\n"
                           "        )";
const char *const UpdateStateDdl = "CREATE TABLE update_state (\n"
                                   "            id   INTEGER PRIMARY KEY CHECK (id = 1),\n"
                                   "            pts  INTEGER NOT NULL DEFAULT 0,\n"
                                   "            qts  INTEGER NOT NULL DEFAULT 0,\n"
                                   "            date INTEGER NOT NULL DEFAULT 0,\n"
                                   "            seq  INTEGER NOT NULL DEFAULT 0\n"
                                   "        )";
const char *const ChannelPtsDdl = "CREATE TABLE channel_pts (\n"
                                  "            channel_id INTEGER PRIMARY KEY,\n"
                                  "            pts        INTEGER NOT NULL\n"
                                  "        )";
const char *const PeersHead = "CREATE TABLE peers (\n"
                              "            id           INTEGER PRIMARY KEY,\n"
                              "            access_hash  INTEGER NOT NULL,\n"
                              "            is_channel   INTEGER NOT NULL DEFAULT 0,\n"
                              "            is_chat      INTEGER NOT NULL DEFAULT 0";
const char *const PeersKind = ",\n            channel_kind INTEGER";
const char *const PeersCommunity = ",\n            is_community INTEGER NOT NULL DEFAULT 0";
const char *const PeersTail = "\n        )";
const char *const MinPeersDdl = "CREATE TABLE min_peers (\n"
                                "            user_id INTEGER PRIMARY KEY,\n"
                                "            peer_id INTEGER NOT NULL,\n"
                                "            msg_id  INTEGER NOT NULL\n"
                                "        )";

bool hasKind(int version)
{
    return version >= 6;
}
bool hasCommunity(int version)
{
    return version >= 8;
}
bool hasTokenRow(int version)
{
    return version >= 7;
}

// "DC 2 flags 0x01 (2 entries)" lines for every key used more than once.
template <typename Item, typename KeyOf, typename Describe>
void collectDuplicates(const std::vector<Item> &items, KeyOf keyOf, Describe describe, QStringList &out)
{
    using Key = decltype(keyOf(items.front()));
    std::vector<Key> keys;
    keys.reserve(items.size());
    for (const Item &item : items)
        keys.push_back(keyOf(item));
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i + 1;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        if (j - i > 1)
            out << describe(keys[i], int(j - i));
        i = j;
    }
}

struct Binder {
    sqlite3_stmt *stmt;
    int index = 0;
    Binder &i64(qint64 v)
    {
        sqlite3_bind_int64(stmt, ++index, v);
        return *this;
    }
    Binder &null()
    {
        sqlite3_bind_null(stmt, ++index);
        return *this;
    }
    Binder &blob(QByteArrayView bytes)
    {
        // An empty view may have no data pointer, which SQLite binds as
        // NULL: bind a zero-length BLOB instead (a present but empty token
        // is not an absent one, and meta.value is NOT NULL).
        if (bytes.isEmpty())
            sqlite3_bind_zeroblob(stmt, ++index, 0);
        else
            sqlite3_bind_blob(stmt, ++index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
        return *this;
    }
    Binder &text(const QByteArray &utf8)
    {
        sqlite3_bind_text(stmt, ++index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
};

// Steps and resets a bound insert; false on an SQLite error.
bool stepInsert(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE;
}

// Inserts rows many at a time: "INSERT ... VALUES (?, ?), (?, ?), ...".
// One statement per row re-opened the table cursor and searched the b-tree
// for every row (sqlite3BtreeTableMoveto and sqlite3GetVarint were a third
// of the save under callgrind); within one multi-row statement the cursor
// stays at the end and each key-ordered row is a plain append.
template <typename Row, typename BindRow>
bool insertRows(sqlite3 *db, const char *head, int columns, const std::vector<Row> &rows, BindRow bindRow)
{
    const int maxRows = std::max(1, std::min(256, sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / columns));
    QByteArray tuple = "(?";
    for (int c = 1; c < columns; ++c)
        tuple += ",?";
    tuple += ')';
    const auto sqlFor = [&](std::size_t count) {
        QByteArray sql = head;
        sql.reserve(sql.size() + qsizetype(count) * (tuple.size() + 1));
        for (std::size_t r = 0; r < count; ++r) {
            if (r)
                sql += ',';
            sql += tuple;
        }
        return sql;
    };
    std::optional<Statement> full;
    for (std::size_t done = 0; done < rows.size();) {
        const std::size_t count = std::min<std::size_t>(std::size_t(maxRows), rows.size() - done);
        std::optional<Statement> last;
        if (count == std::size_t(maxRows) && !full)
            full.emplace(db, sqlFor(count).constData());
        Statement &stmt = count == std::size_t(maxRows) ? *full : last.emplace(db, sqlFor(count).constData());
        if (!stmt.ok())
            return false;
        Binder b{stmt};
        for (std::size_t r = 0; r < count; ++r)
            bindRow(b, rows[done + r]);
        if (!stepInsert(stmt))
            return false;
        done += count;
    }
    return true;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Creates the tables and inserts every row; the caller wraps it in one transaction.
bool insertAll(sqlite3 *db, const Session &session, int version, QString &error)
{
    for (const QString &ddl : schemaFor(version)) {
        char *message = nullptr;
        if (sqlite3_exec(db, ddl.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = QString::fromUtf8(message);
            sqlite3_free(message);
            return false;
        }
    }
    const auto failed = [&] {
        error = sqliteError(db);
        return false;
    };

    Statement meta(db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!meta.ok())
        return failed();
    static const QByteArray home("home_dc_id"), token("future_auth_token");
    Binder{meta}.text(home).i64(session.homeDcId);
    if (!stepInsert(meta))
        return failed();
    if (hasTokenRow(version) && session.futureAuthToken) {
        // A BLOB in the INTEGER value column, as upstream stores it (§4).
        Binder{meta}.text(token).blob(*session.futureAuthToken);
        if (!stepInsert(meta))
            return failed();
    }

    Statement dcs(db, "INSERT INTO dcs (dc_id, flags, addr, auth_key, first_salt, time_offset) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!dcs.ok())
        return failed();
    for (const DcEntry &dc : session.dcs) {
        Binder b{dcs};
        b.i64(dc.dcId).i64(dc.flags).text(dc.addr.toUtf8());
        dc.authKey ? b.blob(dc.authKey->view()) : b.null();
        b.i64(dc.firstSalt).i64(dc.timeOffset);
        if (!stepInsert(dcs))
            return failed();
    }

    Statement state(db, "INSERT INTO update_state (id, pts, qts, date, seq) VALUES (1, ?1, ?2, ?3, ?4)");
    if (!state.ok())
        return failed();
    const UpdatesState &u = session.updates;
    Binder{state}.i64(u.pts).i64(u.qts).i64(u.date).i64(u.seq);
    if (!stepInsert(state))
        return failed();

    // Rows go in key order: appending to a b-tree is the fastest insert, and
    // it is the order upstream reads them back in anyway.
    std::vector<ChannelPts> sortedChannels = u.channels;
    std::sort(sortedChannels.begin(), sortedChannels.end(),
              [](const ChannelPts &a, const ChannelPts &b) { return a.channelId < b.channelId; });
    if (!insertRows(db, "INSERT INTO channel_pts (channel_id, pts) VALUES ", 2, sortedChannels,
                    [](Binder &b, const ChannelPts &c) { b.i64(c.channelId).i64(c.pts); }))
        return failed();

    QByteArray peerSql = "INSERT INTO peers (id, access_hash, is_channel, is_chat";
    if (hasKind(version))
        peerSql += ", channel_kind";
    if (hasCommunity(version))
        peerSql += ", is_community";
    peerSql += ") VALUES ";
    const int peerColumns = 4 + (hasKind(version) ? 1 : 0) + (hasCommunity(version) ? 1 : 0);
    std::vector<CachedPeer> sortedPeers = session.peers;
    std::sort(sortedPeers.begin(), sortedPeers.end(),
              [](const CachedPeer &a, const CachedPeer &b) { return a.id < b.id; });
    if (!insertRows(db, peerSql.constData(), peerColumns, sortedPeers, [version](Binder &b, const CachedPeer &p) {
            b.i64(p.id).i64(p.accessHash).i64(p.isChannel).i64(p.isChat);
            if (hasKind(version))
                p.channelKind == ChannelKind::None ? b.null() : b.i64(int(p.channelKind));
            if (hasCommunity(version))
                b.i64(p.isCommunity);
        }))
        return failed();

    std::vector<MinPeer> sortedMin = session.minPeers;
    std::sort(sortedMin.begin(), sortedMin.end(),
              [](const MinPeer &a, const MinPeer &b) { return a.userId < b.userId; });
    if (!insertRows(db, "INSERT INTO min_peers (user_id, peer_id, msg_id) VALUES ", 3, sortedMin,
                    [](Binder &b, const MinPeer &m) { b.i64(m.userId).i64(m.peerId).i64(m.msgId); }))
        return failed();
    return true;
}

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Moves the finished temp file into place; without overwrite it never
// replaces a file that appeared in the meantime.
bool publish(const QString &temp, const QString &target, bool overwrite)
{
    const QByteArray from = QFile::encodeName(temp), to = QFile::encodeName(target);
    if (overwrite)
        return ::rename(from.constData(), to.constData()) == 0;
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // File systems without RENAME_NOREPLACE: link() refuses an existing name too.
    if (::link(from.constData(), to.constData()) != 0)
        return false;
    ::unlink(from.constData());
    return true;
}

} // namespace

QStringList schemaFor(int version)
{
    if (version < 5 || version > 8)
        return {};
    QByteArray peers = PeersHead;
    if (hasKind(version))
        peers += PeersKind;
    if (hasCommunity(version))
        peers += PeersCommunity;
    peers += PeersTail;
    return {QString::fromLatin1(MetaDdl),       QString::fromLatin1(DcsDdl), QString::fromLatin1(UpdateStateDdl),
            QString::fromLatin1(ChannelPtsDdl), QString::fromLatin1(peers),  QString::fromLatin1(MinPeersDdl)};
}

QStringList conflicts(const Session &session)
{
    QStringList out;
    collectDuplicates(
        session.dcs, [](const DcEntry &dc) { return std::pair<qint64, int>(dc.dcId, dc.flags); },
        [](const std::pair<qint64, int> &key, int n) {
            return SqliteDbWriteTr::tr("%1 DC entries with dc_id %2 and flags 0x%3 (the dcs table keeps one per "
                                       "dc_id and flags)")
                .arg(n)
                .arg(key.first)
                .arg(key.second, 2, 16, QLatin1Char('0'));
        },
        out);
    collectDuplicates(
        session.peers, [](const CachedPeer &p) { return p.id; },
        [](qint64 id, int n) {
            return SqliteDbWriteTr::tr("%1 peers with id %2 (for example a user and a channel sharing a bare id; the "
                                       "peers table keeps one per id)")
                .arg(n)
                .arg(id);
        },
        out);
    collectDuplicates(
        session.minPeers, [](const MinPeer &m) { return m.userId; },
        [](qint64 id, int n) {
            return SqliteDbWriteTr::tr("%1 min peers with user_id %2 (the min_peers table keeps one per user_id)")
                .arg(n)
                .arg(id);
        },
        out);
    collectDuplicates(
        session.updates.channels, [](const ChannelPts &c) { return c.channelId; },
        [](qint64 id, int n) {
            return SqliteDbWriteTr::tr("%1 channel pts entries with channel_id %2 (the channel_pts table keeps one "
                                       "per channel_id)")
                .arg(n)
                .arg(id);
        },
        out);
    return out;
}

Status write(const Session &session, const QString &path, int version, bool overwrite)
{
    if (version < 5 || version > 8)
        return Error::usage(
            SqliteDbWriteTr::tr("ferogram databases are written in format versions 5 to 8, not %1.").arg(version));
    if (const QStringList found = conflicts(session); !found.isEmpty()) {
        constexpr int Listed = 20;
        QStringList lines = found.mid(0, Listed);
        if (found.size() > Listed)
            lines << SqliteDbWriteTr::tr("and %n more", nullptr, int(found.size() - Listed));
        return Error::refused(SqliteDbWriteTr::tr("Cannot write %1 as a ferogram database: its schema cannot hold "
                                                  "these entries:\n- %2\nKeep one of each, or write a binary file, "
                                                  "which keeps them all.")
                                  .arg(path, lines.join(QStringLiteral("\n- "))));
    }
    const QFileInfo target(path);
    const bool exists = target.exists() || target.isSymLink();
    if (exists && !overwrite)
        return Error::refused(
            SqliteDbWriteTr::tr("%1 already exists; choose another name or ask to replace it.").arg(path));
    if (exists && !target.isFile())
        return Error::refused(SqliteDbWriteTr::tr("%1 exists and is not a regular file; it is left alone.").arg(path));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return Error::refused(SqliteDbWriteTr::tr("%1 has a %2 file beside it: a program has the database open "
                                                      "(or crashed with it open). Replacing it now would mix two "
                                                      "databases; close that program first.")
                                      .arg(path, QLatin1String(suffix)));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return Error::io(SqliteDbWriteTr::tr("The folder %1 does not exist.").arg(folder.path()));

    // QTemporaryFile creates the file 0600 before SQLite ever opens it, so
    // no readable copy of the keys exists at any moment.
    sweepLeftovers(path); // what a writer killed earlier left here
    QTemporaryFile temp(temporaryTemplate(path));
    if (!temp.open())
        return Error::io(
            SqliteDbWriteTr::tr("Cannot create a temporary file in %1: %2").arg(folder.path(), temp.errorString()));
    const OwnerLock lock(temp.fileName()); // a concurrent sweep leaves it alone
    // From here on the temp file is ours to remove (removeTemp) or rename.
    temp.setAutoRemove(false);
    const QString tempPath = temp.fileName();
    temp.close();
    const auto removeTemp = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(tempPath + QLatin1String(suffix));
    };

    QString error;
    {
        auto connection = sqlite::Connection::open(tempPath, sqlite::Connection::Mode::ReadWrite);
        if (!connection) {
            removeTemp();
            return connection.error();
        }
        sqlite3 *db = connection.value()->handle();
        // The temp file is private until renamed and synced before that, so a
        // journal on disk adds nothing; WAL is switched on after the rows are in.
        // A cache larger than the database avoids spilling pages mid-transaction.
        bool ok = connection.value()->exec(
            "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; BEGIN", &error);
        if (ok && !insertAll(db, session, version, error)) {
            ok = false;
            connection.value()->exec("ROLLBACK");
        }
        ok = ok && connection.value()->exec("COMMIT", &error);
        // As upstream: the file says WAL in its header (bytes 18/19 = 2).
        // Closing the only connection checkpoints and removes -wal/-shm.
        ok = ok && connection.value()->exec("PRAGMA journal_mode = WAL", &error);
        if (!ok) {
            connection.value().reset();
            removeTemp();
            return Error::io(SqliteDbWriteTr::tr("Cannot write the database %1: %2").arg(path, error));
        }
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(tempPath + QLatin1String(suffix));

    if (exists) {
        // Replacing keeps the old file's mode, as QSaveFile does.
        QFile::setPermissions(tempPath, QFileInfo(path).permissions());
    }
    if (!syncPath(tempPath, O_RDONLY) || !publish(tempPath, path, overwrite)) {
        const int code = errno;
        const QString reason = QString::fromLocal8Bit(std::strerror(code));
        removeTemp();
        if (code == EEXIST)
            return Error::refused(
                SqliteDbWriteTr::tr("%1 already exists; choose another name or ask to replace it.").arg(path));
        return Error::io(SqliteDbWriteTr::tr("Cannot move the new database into place at %1: %2").arg(path, reason));
    }
    syncPath(folder.absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace fero::sqlitedb
