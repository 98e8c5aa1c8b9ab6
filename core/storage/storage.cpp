#include "storage/storage.h"

#include "storage/leftovers.h"

#include "formats/common/sqliteaccess.h"
#include "formats/ferogram/sqlitedb.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fero {

namespace {

struct StorageTr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const char *const CompanionSuffixes[] = {"-wal", "-shm", "-journal"};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool lstatOf(const QString &path, struct stat &st)
{
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// Where a file went in the trash, moved back when the rest of its unit fails.
struct Trashed {
    QString original;
    QString inTrash;
};

void restoreFromTrash(const Trashed &item)
{
    if (QFile::rename(item.inTrash, item.original)) {
        // The .trashinfo beside Trash/files/<name> is Trash/info/<name>.trashinfo.
        const QFileInfo info(item.inTrash);
        QFile::remove(info.dir().absoluteFilePath(QStringLiteral("../info/%1.trashinfo").arg(info.fileName())));
    }
}

Result<QStringList> moveUnitToTrash(const QStringList &unit)
{
    // Qt 6.4 "succeeds" into a relative ./files/ folder when the data location
    // does not exist (qt64-notes.md): create it first, and check the result.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty() || !QDir().mkpath(data))
        return Error::io(
            StorageTr::tr("Cannot create the data folder %1 that holds the trash; nothing was moved.").arg(data));
    std::vector<Trashed> done;
    QStringList out;
    for (const QString &file : unit) {
        QString inTrash;
        const bool moved = QFile::moveToTrash(file, &inTrash);
        if (moved)
            done.push_back({file, inTrash});
        if (!moved || inTrash.isEmpty() || QDir::isRelativePath(inTrash) || !QFileInfo::exists(inTrash)) {
            for (auto it = done.rbegin(); it != done.rend(); ++it)
                restoreFromTrash(*it);
            return Error::io(StorageTr::tr("Cannot move %1 to the trash; nothing was moved. Delete it permanently "
                                           "instead if that is what you want.")
                                 .arg(file));
        }
        out << inTrash;
    }
    return out;
}

Result<QStringList> removeUnit(const QStringList &unit)
{
    QStringList out;
    for (const QString &file : unit) {
        if (::unlink(QFile::encodeName(file).constData()) != 0) {
            const int code = errno;
            return Error::io(
                StorageTr::tr("Cannot delete %1: %2.%3")
                    .arg(file, systemError(code),
                         out.isEmpty() ? QString()
                                       : StorageTr::tr(" Already deleted: %1.").arg(out.join(QStringLiteral(", ")))));
        }
        out << file;
    }
    return out;
}

Result<QStringList> clearRows(const QString &path)
{
    if (sqlitedb::identify(path) != sqlitedb::Kind::Ferogram)
        return Error::refused(StorageTr::tr("%1 is not a ferogram database; only those can have their session "
                                            "rows cleared.")
                                  .arg(path));
    // The user asked to change this database: a normal locking connection,
    // so a running client and we never write at the same time.
    auto connection = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadWrite);
    if (!connection)
        return connection.error();
    sqlite3 *db = connection.value()->handle();
    QString error;
    // secure_delete overwrites the freed pages, so the keys do not linger in
    // the file's free list.
    if (!connection.value()->exec("PRAGMA secure_delete = ON; BEGIN IMMEDIATE", &error)) {
        const auto failure = sqlite::failureFromSqlite(sqlite3_errcode(db), error, path);
        return failure.problem == sqlite::Problem::InUse ? Error::refused(failure.message) : Error::io(failure.message);
    }
    sqlite::Failure failure;
    const QStringList tables = sqlite::tableNames(db, failure, path);
    QStringList out;
    for (const char *table : {"meta", "dcs", "update_state", "channel_pts", "peers", "min_peers"}) {
        if (!tables.contains(QLatin1String(table)))
            continue;
        const QByteArray sql = QByteArray("DELETE FROM ") + table;
        if (!connection.value()->exec(sql.constData(), &error)) {
            connection.value()->exec("ROLLBACK");
            return Error::io(StorageTr::tr("Cannot clear %1 in %2: %3; nothing was changed.")
                                 .arg(QLatin1String(table), path, error));
        }
        out << StorageTr::tr("%n row(s) from %1", nullptr, sqlite3_changes(db)).arg(QLatin1String(table));
    }
    if (!connection.value()->exec("COMMIT", &error)) {
        connection.value()->exec("ROLLBACK");
        return Error::io(
            StorageTr::tr("Cannot clear the session rows of %1: %2; nothing was changed.").arg(path, error));
    }
    return out;
}

} // namespace

Status saveFileAtomic(const QString &path, QByteArrayView bytes, Overwrite overwrite)
{
    struct stat st;
    const bool exists = lstatOf(path, st);
    if (exists && overwrite == Overwrite::Refuse)
        return Error::refused(StorageTr::tr("%1 already exists; choose another name or ask to replace it.").arg(path));
    // A link is never written through: saving must not overwrite whatever
    // file it points to.
    if (exists && S_ISLNK(st.st_mode))
        return Error::refused(StorageTr::tr("%1 is a symbolic link; it is left alone, and so is the file it points "
                                            "to. Save to that file's own path or choose another name.")
                                  .arg(path));
    if (exists && !S_ISREG(st.st_mode))
        return Error::refused(StorageTr::tr("%1 exists and is not a regular file; it is left alone.").arg(path));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error::io(
            StorageTr::tr("Cannot write %1: the folder %2 does not exist.").arg(path, info.absolutePath()));
    // What a writer killed earlier left here goes first.
    sweepLeftovers(path);

    // QTemporaryFile creates the file 0600: owner-only before the first byte.
    QTemporaryFile temp(temporaryTemplate(path));
    if (!temp.open())
        return Error::io(StorageTr::tr("Cannot write %1: %2").arg(path, temp.errorString()));
    const OwnerLock lock(temp.fileName()); // a concurrent sweep leaves it alone
    const auto failed = [&](const QString &reason) {
        return Error::io(StorageTr::tr("Cannot write %1: %2; the original is unchanged.")
                             .arg(path, reason.isEmpty() ? systemError(errno) : reason));
    };
    const qint64 written = temp.write(bytes.data(), bytes.size());
    if (written >= 0 && written < bytes.size())
        return failed(
            StorageTr::tr("only %1 of %2 bytes could be written (is the disk full?)").arg(written).arg(bytes.size()));
    if (written < 0 || !temp.flush())
        return failed(temp.errorString());
    if (::fsync(temp.handle()) != 0)
        return failed(QString());
    // Replacing keeps the old file's mode.
    if (exists && ::fchmod(temp.handle(), st.st_mode & 07777) != 0)
        return failed(QString());
    const QByteArray from = QFile::encodeName(temp.fileName()), to = QFile::encodeName(path);
    bool moved = false;
    if (overwrite == Overwrite::Replace) {
        moved = ::rename(from.constData(), to.constData()) == 0;
    } else {
        // NOREPLACE: a file that appeared meanwhile is not ours to replace.
        moved = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0;
        if (!moved && (errno == EINVAL || errno == ENOSYS) && ::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
            moved = true;
        }
        if (!moved && errno == EEXIST)
            return Error::refused(
                StorageTr::tr("%1 already exists; choose another name or ask to replace it.").arg(path));
    }
    if (!moved)
        return Error::io(StorageTr::tr("Cannot save %1: %2").arg(path, systemError(errno)));
    temp.setAutoRemove(false);
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

FileStamp stampOf(const QString &path)
{
    FileStamp stamp;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return stamp;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return stamp;
    stamp.size = info.size();
    stamp.modified = info.lastModified();
    stamp.sha256 = hash.result();
    return stamp;
}

Status saveOver(const QString &path, QByteArrayView bytes, const FileStamp &stamp)
{
    const FileStamp now = stampOf(path);
    if (now.size < 0)
        return Error::refused(StorageTr::tr("%1 no longer exists; it was not recreated. Save it as a new file "
                                            "instead.")
                                  .arg(path));
    if (!(now == stamp))
        return Error::refused(StorageTr::tr("%1 changed on disk since it was read (a running client may have "
                                            "saved it); nothing was written. Open it again to see the new "
                                            "content.")
                                  .arg(path));
    return saveFileAtomic(path, bytes, Overwrite::Replace);
}

QStringList companionFiles(const QString &path)
{
    QStringList out;
    for (const char *suffix : CompanionSuffixes) {
        const QString companion = path + QLatin1String(suffix);
        struct stat st {};
        if (lstatOf(companion, st))
            out << companion;
    }
    return out;
}

QStringList relatedFiles(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // Upstream's atomic save writes <name>.<n>.tmp; its loader renames an
    // unreadable file to <name>.bak (ferogram-formats.md §2).
    static const QRegularExpression tmp(QStringLiteral("^\\.(\\d+)\\.tmp$"));
    QStringList out;
    const QStringList entries =
        info.dir().entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        if (entry.size() <= name.size() || !entry.startsWith(name))
            continue;
        const QStringView rest = QStringView(entry).mid(name.size());
        if (rest == QLatin1String(".bak") || tmp.match(rest).hasMatch())
            out << info.dir().filePath(entry);
    }
    return out;
}

QStringList sideFiles(const QString &path)
{
    return companionFiles(path) + relatedFiles(path);
}

Result<QStringList> deleteSession(const QString &path, DeleteMode mode)
{
    struct stat st {};
    if (!lstatOf(path, st))
        return Error::io(StorageTr::tr("%1 does not exist.").arg(path));
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
        return Error::refused(StorageTr::tr("%1 is not a regular file; it is left alone.").arg(path));
    if (mode == DeleteMode::RowsOnly)
        return clearRows(path);
    // The database and its -wal/-shm/-journal are one unit: a -wal left
    // behind would be replayed into the next database of that name.
    QStringList unit = {path};
    unit += companionFiles(path);
    return mode == DeleteMode::Trash ? moveUnitToTrash(unit) : removeUnit(unit);
}

bool readableByOthers(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) != 0;
}

namespace {

// chmod 0600 of one file. O_NOFOLLOW + fchmod: the check and the change hit
// the same inode, so a symlink swapped in between cannot redirect the chmod
// elsewhere.
Status restrictOne(const QString &file)
{
    const QByteArray name = QFile::encodeName(file);
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0 && errno == EACCES) {
        // Unreadable even by its owner (mode 0200 and the like): fall back
        // to lstat + chmod, still refusing a symlink.
        struct stat st {};
        if (!lstatOf(file, st))
            return Error::io(StorageTr::tr("Cannot inspect %1: %2").arg(file, systemError(errno)));
        if (S_ISLNK(st.st_mode))
            return Error::refused(StorageTr::tr("%1 is a symbolic link; restrict the file it points to "
                                                "instead. Nothing was changed.")
                                      .arg(file));
        if (!S_ISREG(st.st_mode))
            return Error::refused(
                StorageTr::tr("%1 is not a regular file; its permissions were left alone.").arg(file));
        if (::chmod(name.constData(), S_IRUSR | S_IWUSR) != 0)
            return Error::io(StorageTr::tr("Cannot change the permissions of %1: %2").arg(file, systemError(errno)));
        return {};
    }
    if (fd < 0) {
        const int code = errno;
        if (code == ELOOP)
            return Error::refused(StorageTr::tr("%1 is a symbolic link; restrict the file it points to "
                                                "instead. Nothing was changed.")
                                      .arg(file));
        return Error::io(StorageTr::tr("Cannot open %1 to change its permissions: %2").arg(file, systemError(code)));
    }
    struct stat st {};
    int code = 0;
    if (::fstat(fd, &st) != 0)
        code = errno;
    else if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error::refused(StorageTr::tr("%1 is not a regular file; its permissions were left alone.").arg(file));
    } else if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        code = errno;
    ::close(fd);
    if (code != 0)
        return Error::io(StorageTr::tr("Cannot change the permissions of %1: %2").arg(file, systemError(code)));
    return {};
}

} // namespace

Result<std::vector<ModeChange>> restrictPermissions(const QString &path)
{
    // A .bak or .<n>.tmp leftover is a full copy of the session, keys and
    // all: left at 0644 it gives away what restricting the session protects.
    const QStringList files = QStringList{path} + sideFiles(path);
    // Checked before the first change, so a refusal changes nothing.
    for (const QString &file : files) {
        struct stat st {};
        if (!lstatOf(file, st))
            continue; // the session itself: restrictOne says why; a vanished leftover holds nothing
        if (S_ISLNK(st.st_mode))
            return Error::refused(StorageTr::tr("%1 is a symbolic link; restrict the file it points to "
                                                "instead. Nothing was changed.")
                                      .arg(file));
        if (!S_ISREG(st.st_mode))
            return Error::refused(StorageTr::tr("%1 is not a regular file; no permissions were changed.").arg(file));
    }
    std::vector<ModeChange> changes;
    for (const QString &file : files) {
        struct stat st {};
        if (&file != &files.front() && !lstatOf(file, st) && errno == ENOENT)
            continue; // a .tmp renamed away meanwhile by a running client
        ModeChange change{file, modeText(file), {}};
        if (Status ok = restrictOne(file); !ok) {
            QStringList done;
            for (const ModeChange &c : changes)
                done << c.path;
            return done.isEmpty()
                       ? ok.error()
                       : Error{ok.error().kind, StorageTr::tr("%1 Already restricted: %2.")
                                                    .arg(ok.error().message, done.join(QStringLiteral(", ")))};
        }
        change.after = modeText(file);
        changes.push_back(std::move(change));
    }
    return changes;
}

QString modeText(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return modeTextOf(st.st_mode);
}

QString modeTextOf(unsigned mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace fero
