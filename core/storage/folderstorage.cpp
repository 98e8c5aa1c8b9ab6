#include "storage/folderstorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fero {

namespace {

struct FolderTr {
    Q_DECLARE_TR_FUNCTIONS(FolderStorage)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Opens a folder relative to `parent` without following a symbolic link
// (O_NOFOLLOW) and refuses to cross into another file system (a mount point
// inside a tdata folder is not part of the session).
int openFolderAt(int parent, const char *name, dev_t device)
{
    const int fd = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || st.st_dev != device) {
        ::close(fd);
        errno = EXDEV;
        return -1;
    }
    return fd;
}

// Calls visit(parentFd, name, stat) for every entry under the open folder
// `fd`, children before their folder (so a folder is empty when it is
// visited). Returns an empty string or what went wrong.
template <typename Visit> QString walk(int fd, const QString &shownPath, dev_t device, Visit &&visit)
{
    const int dupFd = ::dup(fd);
    DIR *dir = dupFd >= 0 ? ::fdopendir(dupFd) : nullptr;
    if (!dir) {
        if (dupFd >= 0)
            ::close(dupFd);
        return FolderTr::tr("Cannot read the folder %1: %2").arg(shownPath, systemError(errno));
    }
    QString problem;
    while (problem.isEmpty()) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0)
                problem = FolderTr::tr("Cannot read the folder %1: %2").arg(shownPath, systemError(errno));
            break;
        }
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        const QString childPath = shownPath + QLatin1Char('/') + QFile::decodeName(name);
        struct stat st {};
        if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            problem = FolderTr::tr("Cannot inspect %1: %2").arg(childPath, systemError(errno));
            break;
        }
        if (S_ISDIR(st.st_mode)) {
            const int child = openFolderAt(fd, name, device);
            if (child < 0) {
                problem = FolderTr::tr("Cannot open the folder %1: %2").arg(childPath, systemError(errno));
                break;
            }
            problem = walk(child, childPath, device, visit);
            ::close(child);
            if (!problem.isEmpty())
                break;
        }
        problem = visit(fd, name, st, childPath);
    }
    ::closedir(dir);
    return problem;
}

// Opens the top folder itself, refusing a symbolic link.
Result<int> openTop(const QString &path, dev_t *device)
{
    struct stat st {};
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &st) != 0)
        return Error::io(FolderTr::tr("%1 does not exist.").arg(path));
    if (S_ISLNK(st.st_mode))
        return Error::refused(
            FolderTr::tr("%1 is a symbolic link; open the folder it points to instead. Nothing was changed.")
                .arg(path));
    if (!S_ISDIR(st.st_mode))
        return Error::refused(FolderTr::tr("%1 is not a folder.").arg(path));
    *device = st.st_dev;
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return Error::io(FolderTr::tr("Cannot open the folder %1: %2").arg(path, systemError(errno)));
    return fd;
}

Result<QStringList> trashFolder(const QString &path)
{
    // Qt 6.4 "succeeds" into a relative ./files/ folder when the data location
    // does not exist (qt64-notes.md, as in storage.cpp): create it, check the result.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty() || !QDir().mkpath(data))
        return Error::io(
            FolderTr::tr("Cannot create the data folder %1 that holds the trash; nothing was moved.").arg(data));
    QString inTrash;
    if (!QFile::moveToTrash(path, &inTrash) || inTrash.isEmpty() || QDir::isRelativePath(inTrash)
        || !QFileInfo::exists(inTrash))
        return Error::io(FolderTr::tr("Cannot move the folder %1 to the trash; nothing was moved. Delete it "
                                      "permanently instead if that is what you want.")
                             .arg(path));
    return QStringList{inTrash};
}

Result<QStringList> removeFolder(const QString &path)
{
    dev_t device = 0;
    Result<int> top = openTop(path, &device);
    if (!top)
        return top.error();
    QStringList removed;
    const QString problem =
        walk(*top, path, device, [&](int parent, const char *name, const struct stat &st, const QString &shown) {
            if (::unlinkat(parent, name, S_ISDIR(st.st_mode) ? AT_REMOVEDIR : 0) != 0)
                return FolderTr::tr("Cannot delete %1: %2").arg(shown, systemError(errno));
            removed << shown;
            return QString();
        });
    ::close(*top);
    if (!problem.isEmpty())
        return Error::io(problem
                         + (removed.isEmpty() ? QString()
                                              : FolderTr::tr(" %n item(s) inside were already deleted.", nullptr,
                                                             int(removed.size()))));
    if (::rmdir(QFile::encodeName(path).constData()) != 0)
        return Error::io(FolderTr::tr("Cannot delete the folder %1: %2").arg(path, systemError(errno)));
    return QStringList{path};
}

} // namespace

bool isSessionFolder(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

Result<QStringList> deleteSessionFolder(const QString &path, DeleteMode mode)
{
    switch (mode) {
    case DeleteMode::Trash: {
        // The same checks as a permanent delete: never trash through a symlink.
        dev_t device = 0;
        Result<int> top = openTop(path, &device);
        if (!top)
            return top.error();
        ::close(*top);
        return trashFolder(path);
    }
    case DeleteMode::Permanent:
        return removeFolder(path);
    case DeleteMode::RowsOnly:
        break;
    }
    return Error::refused(FolderTr::tr("%1 is a folder, not a database; it has no session rows to clear.").arg(path));
}

Status restrictFolderPermissions(const QString &path)
{
    dev_t device = 0;
    Result<int> top = openTop(path, &device);
    if (!top)
        return top.error();
    const QString problem =
        walk(*top, path, device, [](int parent, const char *name, const struct stat &st, const QString &shown) {
            if (S_ISLNK(st.st_mode) || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
                return QString(); // links and special files: left alone, never followed
            const mode_t wanted = S_ISDIR(st.st_mode) ? S_IRWXU : (S_IRUSR | S_IWUSR);
            // AT_SYMLINK_NOFOLLOW is not supported for fchmodat on Linux; the
            // entry was checked not to be a link just before (same parent fd).
            if (::fchmodat(parent, name, wanted, 0) != 0)
                return FolderTr::tr("Cannot change the permissions of %1: %2").arg(shown, systemError(errno));
            return QString();
        });
    int code = 0;
    if (problem.isEmpty() && ::fchmod(*top, S_IRWXU) != 0)
        code = errno;
    ::close(*top);
    if (!problem.isEmpty())
        return Error::io(problem);
    if (code != 0)
        return Error::io(FolderTr::tr("Cannot change the permissions of %1: %2").arg(path, systemError(code)));
    return {};
}

} // namespace fero
