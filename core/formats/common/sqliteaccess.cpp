#include "formats/common/sqliteaccess.h"

#include "base/secret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <optional>

namespace fero::sqlite {

namespace {

struct SqliteAccessTr {
    Q_DECLARE_TR_FUNCTIONS(SqliteAccess)
};

QString connectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("feroscope-sqlite-%1").arg(counter.fetch_add(1));
}

// What a file looked like (identity, size, change time to the nanosecond), to
// tell whether a copy taken while a client may be writing is consistent.
struct FileState {
    bool exists = false;
    dev_t dev = 0;
    ino_t ino = 0;
    off_t size = 0;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    bool operator==(const FileState &) const = default;
};

FileState stateOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {true,
            st.st_dev,
            st.st_ino,
            st.st_size,
            qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
            qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

// SQLite counts every allocation in global statistics under one process-wide
// mutex. Threads scanning a folder of databases took turns on it: a fifth
// of scan_10k's time went to lock and futex calls. Nothing reads those
// statistics, so they are switched off before the library's first use
// (sqlite3_config refuses once SQLite is initialised; then nothing changes).
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

// And before main(): a writer opening through Qt's driver (sqlitecreate.cpp),
// or any other first use, initialises SQLite without asking; the scans of
// feroscope-bench ran 30% slower for it, with the statistics' mutex on.
[[maybe_unused]] const bool SqliteConfiguredAtStart = (configureSqliteOnce(), true);

const char *const SideSuffixes[] = {"-wal", "-shm", "-journal"};

std::optional<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// The side files a reader must take with the database: -wal and -shm, and
// a -journal that is hot. A journal of 0 bytes (journal_mode=TRUNCATE) or
// with a zeroed header (PERSIST) is what a client leaves between
// transactions: SQLite ignores it, and so does the reader (farms keep one
// beside many sessions; copying each into a snapshot doubled their cost).
QStringList sideFiles(const QString &path)
{
    QStringList sides;
    for (const char *suffix : SideSuffixes) {
        const QByteArray name = QFile::encodeName(path + QLatin1String(suffix));
        if (::access(name.constData(), F_OK) != 0)
            continue;
        if (qstrcmp(suffix, "-journal") == 0) {
            char header[8] = {};
            const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            const ssize_t n = fd >= 0 ? ::read(fd, header, sizeof header) : -1;
            if (fd >= 0)
                ::close(fd);
            if (n == 0
                || (n == ssize_t(sizeof header) && QByteArrayView(header, 8) == QByteArrayView("\0\0\0\0\0\0\0\0", 8)))
                continue;
        }
        sides << QLatin1String(suffix);
    }
    return sides;
}

// The whole file, through one descriptor, if it did not change while read
// (same size and modification time to the nanosecond before and after: a
// client writing in place changes both); nullopt otherwise.
std::optional<QByteArray> readUnchanged(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct stat before {
    }, after{};
    std::optional<QByteArray> out;
    if (::fstat(fd, &before) == 0 && S_ISREG(before.st_mode)) {
        QByteArray bytes(qsizetype(before.st_size), Qt::Uninitialized);
        qsizetype got = 0;
        for (ssize_t n = 1; got < bytes.size() && n > 0; got += n > 0 ? n : 0)
            n = ::read(fd, bytes.data() + got, std::size_t(bytes.size() - got));
        char extra;
        const bool whole = got == bytes.size() && ::read(fd, &extra, 1) == 0;
        if (whole && ::fstat(fd, &after) == 0 && after.st_size == before.st_size
            && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
            && after.st_ctim.tv_sec == before.st_ctim.tv_sec && after.st_ctim.tv_nsec == before.st_ctim.tv_nsec)
            out = std::move(bytes);
        else
            secureWipe(bytes);
    }
    ::close(fd);
    return out;
}

// SQLite's own SHARED lock on a rollback-journal database, held while its
// bytes are read. A client writes the file only under EXCLUSIVE, which waits
// for it; without it, a commit's page writes can fall within one tick of the
// file's times (a few milliseconds) and the read mix two versions
// (tst_livewriter read the port of one save and the pts of the next). Taken
// through SQLite, read-only: a read of a rollback-journal file makes no side
// file. Waits a moment for a commit under way; held() is false when it could
// not be had, and the read is then not to be trusted.
class SharedLock {
public:
    explicit SharedLock(const QString &path)
    {
        configureSqliteOnce(); // before SQLite's first use, or the statistics' mutex stays on
        // One thread per connection: no per-connection mutex.
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                            nullptr)
            != SQLITE_OK)
            return;
        sqlite3_busy_timeout(m_db, 200);
        // The header's schema cookie: a read transaction, so the SHARED lock,
        // without parsing the schema (a query of sqlite_master parses it all,
        // a second time after the read of the image).
        const int rc = sqlite3_exec(m_db, "BEGIN; PRAGMA schema_version", nullptr, nullptr, nullptr);
        m_held = rc == SQLITE_OK;
        m_busy = (rc & 0xff) == SQLITE_BUSY;
    }
    ~SharedLock()
    {
        if (m_held)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(m_db); // a null handle is a no-op
    }
    SharedLock(const SharedLock &) = delete;
    SharedLock &operator=(const SharedLock &) = delete;
    bool held() const { return m_held; }
    // Not had because a client holds the file for a commit (as opposed to a
    // file system without locks, where the read goes on without it).
    bool busy() const { return m_busy; }

private:
    sqlite3 *m_db = nullptr;
    bool m_held = false;
    bool m_busy = false;
};

bool writePrivate(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

bool hasSqliteMagic(QByteArrayView head)
{
    static constexpr char Magic[] = "SQLite format 3"; // plus its NUL: 16 bytes
    return head.size() >= 16 && QByteArrayView(head.data(), 16) == QByteArrayView(Magic, 16);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, Mode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::io(SqliteAccessTr::tr("The Qt SQLite driver (QSQLITE) is not installed; SQLite files cannot be "
                                            "opened. Install the Qt 6 SQL SQLite plugin."));
    configureSqliteOnce();
    std::unique_ptr<Connection> connection(new Connection);
    connection->m_name = connectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
    const QFileInfo info(path);
    if (mode == Mode::ReadOnlyImmutable) {
        // immutable=1: no locks, no side files; only used when none exist.
        const QString absolute = info.absoluteFilePath();
        db.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    }
    if (!db.open())
        return Error::io(SqliteAccessTr::tr("Cannot open %1 as SQLite: %2").arg(path, db.lastError().text()));
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::io(SqliteAccessTr::tr("The Qt SQLite driver gave no SQLite handle for %1.").arg(path));
    connection->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    // Reading 65,535-row tables: map the file instead of copying every page.
    // Not small files opened to read: unmapping one on close shoots down the
    // TLB on every core, a tenth of the time of a scan of thousands of 40 KB
    // databases. Writers (new, empty files) keep it as before.
    if (mode == Mode::ReadWrite || info.size() >= 512 * 1024)
        connection->exec("PRAGMA mmap_size = 268435456");
    return connection;
}

Result<std::unique_ptr<Connection>> Connection::openImage(QByteArray &image, const QString &path)
{
    // SQLite's own API, not Qt's driver: every database a scan lists is read
    // as an image, and Qt's connection registry (a process-wide lock, a
    // driver object and a name per connection) was a share of each read
    // that grew with the scan's threads. In memory, one thread per
    // connection: no per-connection mutex either.
    configureSqliteOnce();
    std::unique_ptr<Connection> opened(new Connection);
    opened->m_ownHandle = true;
    if (const int rc = sqlite3_open_v2(":memory:", &opened->m_handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
        rc != SQLITE_OK)
        return Error::io(
            SqliteAccessTr::tr("Cannot open %1 as SQLite: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    // A database in WAL mode says so in its header (bytes 18 and 19 = 2); in
    // memory there is no WAL to read, and with no -wal file beside it every
    // row is in the main file: read it as a rollback-journal database.
    if (image.size() >= 100 && image[18] == 2 && image[19] == 2)
        image[18] = image[19] = 1;
    const int rc = sqlite3_deserialize(opened->m_handle, "main", reinterpret_cast<unsigned char *>(image.data()),
                                       image.size(), image.size(), SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return Error::io(
            SqliteAccessTr::tr("Cannot open %1 as SQLite: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    return opened;
}

Connection::~Connection()
{
    if (m_ownHandle) {
        sqlite3_close_v2(m_handle); // a null handle is a no-op
        return;
    }
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Connection::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

Statement::Statement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::Statement(sqlite3 *db, const QString &sql)
    : Statement(db, sql.toUtf8().constData())
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Failure failureFromSqlite(int code, const QString &sqliteText, const QString &path)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Problem::InUse, SqliteAccessTr::tr("%1 is in use by another program (SQLite: \"%2\"). Close the "
                                                   "program that uses it, or try again in a moment.")
                                    .arg(path, sqliteText)};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return {Problem::Damaged, SqliteAccessTr::tr("%1 is damaged (SQLite: \"%2\"). Restore it from a backup; "
                                                     "do not let a client open it, it would start an empty session.")
                                      .arg(path, sqliteText)};
    default:
        return {Problem::Io, SqliteAccessTr::tr("Cannot read %1 (SQLite: \"%2\").").arg(path, sqliteText)};
    }
}

std::unique_ptr<ReadView> ReadView::open(const QString &path, Failure &failure)
{
    failure = {};
    const QFileInfo info(path);
    if (!info.exists()) {
        failure = {Problem::Missing, SqliteAccessTr::tr("%1 does not exist.").arg(path)};
        return nullptr;
    }
    if (!info.isFile()) {
        failure = {Problem::NotSqlite, SqliteAccessTr::tr("%1 is not a regular file.").arg(path)};
        return nullptr;
    }
    QByteArray head;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            failure = {Problem::Io, SqliteAccessTr::tr("Cannot read %1: %2").arg(path, file.errorString())};
            return nullptr;
        }
        head = file.read(100);
        if (head.isEmpty()) {
            failure = {Problem::Empty, SqliteAccessTr::tr("%1 is an empty file: no session saved in it, and not a "
                                                          "ferogram database yet.")
                                           .arg(path)};
            return nullptr;
        }
        if (!hasSqliteMagic(head)) {
            failure = {Problem::NotSqlite, SqliteAccessTr::tr("%1 is not a SQLite file.").arg(path)};
            return nullptr;
        }
    }

    std::unique_ptr<ReadView> view(new ReadView);
    QStringList sides = sideFiles(path);

    // No side files: the whole file into memory, read again until it did not
    // change while read and no side file appeared (a writer began). A
    // rollback-journal file is read under SQLite's SHARED lock (SharedLock);
    // a WAL file without its -wal has no writer (and opening it through
    // SQLite would make the side files).
    constexpr int Attempts = 8;
    constexpr qint64 ImageLimit = 64 * 1024 * 1024;
    const bool rollbackJournal = head.size() >= 20 && head[18] == 1 && head[19] == 1;
    if (sides.isEmpty() && info.size() <= ImageLimit) {
        bool stable = false, sideAppeared = false;
        for (int attempt = 0; attempt < Attempts && !stable && !sideAppeared; ++attempt) {
            std::optional<SharedLock> lock;
            if (rollbackJournal)
                lock.emplace(path);
            std::optional<QByteArray> bytes = readUnchanged(path);
            // Under the lock a journal may appear (a client began a
            // transaction) without the file changing: the read stands.
            const bool locked = lock && lock->held();
            const bool committing = lock && lock->busy();
            lock.reset();
            sideAppeared = !locked && !sideFiles(path).isEmpty();
            stable = bytes && !committing && (locked || !sideAppeared);
            if (stable)
                view->m_image = std::move(*bytes);
            else if (bytes)
                secureWipe(*bytes);
        }
        if (stable) {
            auto connection = Connection::openImage(view->m_image, path);
            if (!connection) {
                failure = {Problem::Io, connection.error().message};
                return nullptr;
            }
            view->m_connection = std::move(connection.value());
            return view;
        }
        if (!sideAppeared) {
            failure = {Problem::InUse, SqliteAccessTr::tr("%1 is in use by another program: it kept changing while "
                                                          "it was read. Close the program that uses it, or try "
                                                          "again in a moment.")
                                           .arg(path)};
            return nullptr;
        }
        sides = sideFiles(path);
    }

    if (sides.isEmpty()) {
        auto connection = Connection::open(path, Connection::Mode::ReadOnlyImmutable);
        if (!connection) {
            failure = {Problem::Io, connection.error().message};
            return nullptr;
        }
        view->m_connection = std::move(connection.value());
        return view;
    }

    // Side files exist: a client has the database open (or crashed). Copy the
    // set while nothing changes, and read the copy: the original stays untouched.
    view->m_dir = std::make_unique<QTemporaryDir>();
    if (!view->m_dir->isValid()) {
        failure = {Problem::Io, SqliteAccessTr::tr("Cannot create a temporary folder to read a snapshot of %1: %2")
                                    .arg(path, view->m_dir->errorString())};
        return nullptr;
    }
    const QString copy = view->m_dir->filePath(QStringLiteral("snapshot.sqlite"));
    bool stable = false;
    for (int attempt = 0; attempt < Attempts && !stable; ++attempt) {
        QStringList names = {QString()};
        names += sides;
        std::vector<FileState> before;
        for (const QString &suffix : names)
            before.push_back(stateOf(path + suffix));
        std::vector<std::optional<QByteArray>> contents;
        for (const QString &suffix : names)
            contents.push_back(before[contents.size()].exists ? readWhole(path + suffix) : std::nullopt);
        std::vector<FileState> after;
        for (const QString &suffix : names)
            after.push_back(stateOf(path + suffix));
        if (before != after)
            continue;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QFile::remove(copy + names[i]);
            if (contents[i] && !writePrivate(copy + names[i], *contents[i])) {
                failure = {Problem::Io, SqliteAccessTr::tr("Cannot write a private snapshot of %1 into %2.")
                                            .arg(path, view->m_dir->path())};
                return nullptr;
            }
        }
        stable = contents[0].has_value();
    }
    if (!stable) {
        failure = {Problem::InUse, SqliteAccessTr::tr("%1 is in use by another program: it kept changing while a "
                                                      "snapshot was taken. Close the program that uses it, or try "
                                                      "again in a moment.")
                                       .arg(path)};
        return nullptr;
    }
    // The copy is ours: open it read-write so SQLite can replay the WAL or
    // roll back a hot journal, in the copy only.
    auto connection = Connection::open(copy, Connection::Mode::ReadWrite);
    if (!connection) {
        failure = {Problem::Io, connection.error().message};
        return nullptr;
    }
    view->m_connection = std::move(connection.value());
    return view;
}

ReadView::~ReadView()
{
    m_connection.reset(); // close before the folder and the image go
    secureWipe(m_image);
}

QStringList tableNames(sqlite3 *db, Failure &failure, const QString &path)
{
    QStringList names;
    Statement query(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    int rc = query.ok() ? SQLITE_ROW : sqlite3_errcode(db);
    while (query.ok() && (rc = sqlite3_step(query)) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
    if (rc != SQLITE_DONE)
        failure = failureFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)), path);
    return names;
}

QStringList columnNames(sqlite3 *db, const QString &table)
{
    QStringList names;
    Statement query(db, "SELECT name FROM pragma_table_info(?1)");
    if (!query.ok())
        return names;
    const QByteArray utf8 = table.toUtf8();
    sqlite3_bind_text(query, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(query) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
    return names;
}

} // namespace fero::sqlite
