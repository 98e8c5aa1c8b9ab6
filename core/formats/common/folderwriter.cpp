#include "formats/common/folderwriter.h"

#include "storage/leftovers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FolderWriter)
};

constexpr auto kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

Status writeOne(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString full = root + u'/' + relative;
    const QString parent = QFileInfo(full).absolutePath();
    if (!QDir().mkpath(parent) || !QFile::setPermissions(parent, kOwnerDir))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(parent));
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::io(Tr::tr("Cannot create %1: %2").arg(full, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // before any byte is written
    const qint64 written = file.write(content);
    if (written >= 0 && written < content.size())
        return Error::io(Tr::tr("Cannot write %1: only %2 of %3 bytes could be written (is the disk full?)")
                             .arg(full)
                             .arg(written)
                             .arg(content.size()));
    if (written < 0 || !file.flush())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(full, file.errorString()));
    if (::fsync(file.handle()) != 0)
        return Error::io(Tr::tr("Cannot write %1: %2").arg(full, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

bool renamePath(const QString &from, const QString &to, unsigned flags = 0)
{
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    if (flags == 0)
        return std::rename(a.constData(), b.constData()) == 0;
    return ::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), flags) == 0;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// File systems without renameat2 flags (EINVAL) or kernels without the call
// (ENOSYS): the two-rename fallback, with a moment where path is missing.
bool flagsUnsupported()
{
    return errno == EINVAL || errno == ENOSYS;
}

} // namespace

Status writeFolderAtomically(const QString &path, const FolderFiles &files, bool overwrite)
{
    const QFileInfo target(path);
    const bool exists = target.exists() || target.isSymLink();
    if (exists && !overwrite)
        return Error::refused(Tr::tr("%1 already exists; choose another name or allow overwriting.").arg(path));
    if (target.isSymLink())
        return Error::refused(Tr::tr("%1 is a symbolic link; it is left alone (write to the folder it points to, or "
                                     "choose another name).")
                                  .arg(path));
    if (exists && !target.isDir())
        return Error::refused(Tr::tr("%1 exists and is not a folder.").arg(path));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(parent));
    // What a writer killed earlier left here goes first.
    sweepLeftovers(path);

    QTemporaryDir temp(temporaryTemplate(path));
    if (!temp.isValid())
        return Error::io(Tr::tr("Cannot create a temporary folder in %1: %2").arg(parent, temp.errorString()));
    const OwnerLock lock(temp.path()); // tells a concurrent sweep this folder is in use
    QFile::setPermissions(temp.path(), kOwnerDir);
    for (const auto &[relative, content] : files)
        if (Status s = writeOne(temp.path(), relative, content); !s.ok())
            return s;
    syncFolder(temp.path());

    if (!exists) {
        // NOREPLACE: a folder that appeared meanwhile is not ours to replace.
        if (!renamePath(temp.path(), path, RENAME_NOREPLACE) && !(flagsUnsupported() && renamePath(temp.path(), path)))
            return Error::io(Tr::tr("Cannot move the new folder into place at %1: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        temp.setAutoRemove(false);
        syncFolder(parent);
        return {};
    }
    // One atomic step: the new folder takes the name, the old one takes the
    // temporary's name (a leftover the next write sweeps if we die here).
    if (renamePath(temp.path(), path, RENAME_EXCHANGE)) {
        syncFolder(parent);
        temp.setAutoRemove(false);
        removeTreeNoFollow(temp.path());
        return {};
    }
    if (!flagsUnsupported())
        return Error::io(Tr::tr("Cannot swap the new folder into place at %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const QString old = temp.path() + QStringLiteral("-old");
    if (!renamePath(path, old))
        return Error::io(Tr::tr("Cannot move the old %1 aside.").arg(path));
    if (!renamePath(temp.path(), path)) {
        renamePath(old, path);
        return Error::io(Tr::tr("Cannot move the new folder into place at %1.").arg(path));
    }
    temp.setAutoRemove(false);
    syncFolder(parent);
    removeTreeNoFollow(old);
    return {};
}

} // namespace fero
