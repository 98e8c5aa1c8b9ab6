#include "folderwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace fero {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FolderWriter", text);
}

constexpr auto kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

Status writeOne(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString full = root + u'/' + relative;
    const QString parent = QFileInfo(full).absolutePath();
    if (!QDir().mkpath(parent) || !QFile::setPermissions(parent, kOwnerDir))
        return Error::io(tr("Cannot create the folder %1.").arg(parent));
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::io(tr("Cannot create %1: %2").arg(full, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // before any byte is written
    if (file.write(content) != content.size() || !file.flush())
        return Error::io(tr("Cannot write %1: %2").arg(full, file.errorString()));
    return {};
}

bool renamePath(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

Status writeFolderAtomically(const QString &path, const FolderFiles &files, bool overwrite)
{
    const QFileInfo target(path);
    if (target.exists() && !overwrite)
        return Error::refused(tr("%1 already exists; choose another name or allow overwriting.").arg(path));
    if (target.exists() && !target.isDir())
        return Error::refused(tr("%1 exists and is not a folder.").arg(path));
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return Error::io(tr("Cannot create the folder %1.").arg(parent));

    QTemporaryDir temp(parent + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.tmp"));
    if (!temp.isValid())
        return Error::io(tr("Cannot create a temporary folder in %1: %2").arg(parent, temp.errorString()));
    QFile::setPermissions(temp.path(), kOwnerDir);
    for (const auto &[relative, content] : files)
        if (Status s = writeOne(temp.path(), relative, content); !s.ok())
            return s;

    QString old;
    if (target.exists()) {
        old = temp.path() + QStringLiteral(".old");
        if (!renamePath(path, old))
            return Error::io(tr("Cannot move the old %1 aside.").arg(path));
    }
    if (!renamePath(temp.path(), path)) {
        if (!old.isEmpty())
            renamePath(old, path);
        return Error::io(tr("Cannot move the new folder into place at %1.").arg(path));
    }
    temp.setAutoRemove(false);
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return {};
}

} // namespace fero
