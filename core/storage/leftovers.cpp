#include "storage/leftovers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fero {
namespace {

const char *const SqliteCompanions[] = {"-wal", "-shm", "-journal"};

int openForLock(const QString &path)
{
    // O_NOFOLLOW: a leftover name that is a link is not ours to lock.
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
}

// True when nobody holds the entry's lock (its writer is gone).
bool abandoned(const QString &path)
{
    const int fd = openForLock(path);
    if (fd < 0)
        return errno == ELOOP; // a symbolic link with our name: nobody writes through it
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // releases the lock taken just now
    return free;
}

} // namespace

QString leftoverPrefix(const QString &targetPath)
{
    return QStringLiteral(".%1.feroscope-tmp-").arg(QFileInfo(targetPath).fileName());
}

QString temporaryTemplate(const QString &targetPath)
{
    const QFileInfo info(targetPath);
    return info.absolutePath() + u'/' + leftoverPrefix(targetPath) + QStringLiteral("XXXXXX");
}

int sweepLeftovers(const QString &targetPath)
{
    const QFileInfo info(targetPath);
    QDir dir(info.absolutePath());
    // readdir and a byte prefix: every save into a folder lists it, and
    // QDir::entryList's wildcard filter cost microseconds per entry, so a
    // batch of 10,000 outputs into one folder spent most of its time here
    // (batch_10k, README Performance).
    const QByteArray prefix = QFile::encodeName(leftoverPrefix(targetPath));
    QStringList names;
    if (DIR *listing = ::opendir(QFile::encodeName(dir.path()).constData())) {
        while (const dirent *entry = ::readdir(listing))
            if (std::strncmp(entry->d_name, prefix.constData(), std::size_t(prefix.size())) == 0)
                names << QFile::decodeName(entry->d_name);
        ::closedir(listing);
    }
    names.sort();
    int removed = 0;
    // Main entries first; companions (-wal, -journal) go with their base.
    for (const QString &name : names) {
        bool companion = false;
        for (const char *suffix : SqliteCompanions)
            companion = companion || name.endsWith(QLatin1String(suffix));
        if (companion)
            continue;
        const QString path = dir.filePath(name);
        if (!abandoned(path))
            continue;
        if (removeTreeNoFollow(path))
            ++removed;
    }
    for (const QString &name : names) {
        for (const char *suffix : SqliteCompanions) {
            if (!name.endsWith(QLatin1String(suffix)))
                continue;
            const QString base = dir.filePath(name.chopped(int(qstrlen(suffix))));
            if (!QFileInfo::exists(base) && QFile::remove(dir.filePath(name)))
                ++removed;
        }
    }
    return removed;
}

OwnerLock::OwnerLock(const QString &path)
{
    m_fd = openForLock(path);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

OwnerLock::~OwnerLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool removeTreeNoFollow(const QString &path)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return ::unlink(native.constData()) == 0;
    const QStringList names =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    bool ok = true;
    for (const QString &name : names)
        ok = removeTreeNoFollow(path + u'/' + name) && ok;
    return ::rmdir(native.constData()) == 0 && ok;
}

} // namespace fero
