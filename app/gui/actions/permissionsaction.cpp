#include "actions/permissionsaction.h"

#include "storage/folderstorage.h"
#include "storage/storage.h"

#include <QDir>
#include <QDirIterator>
#include <QMessageBox>

namespace fero::gui {

namespace {

bool anyReadableByOthers(const QString &folder)
{
    if (readableByOthers(folder))
        return true;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (readableByOthers(it.next()))
            return true;
    }
    return false;
}

} // namespace

bool PermissionsAction::applies(const QString &path)
{
    if (path.isEmpty())
        return false;
    return isSessionFolder(path) ? anyReadableByOthers(path) : readableByOthers(path);
}

QString PermissionsAction::confirmationText(const QString &path)
{
    const QString mode = modeText(path);
    if (isSessionFolder(path))
        return tr("Files in %1 can be read by other users of this computer. Anyone who can read them can use "
                  "the accounts.\n\nRestrict the folder to you only (every file in it 0600, its folders 0700)?")
            .arg(QDir::toNativeSeparators(path));
    return tr("%1 can be read by other users of this computer (mode %2). Anyone who can read it can use the "
              "account.\n\nRestrict it to you only (mode 0600)?")
        .arg(QDir::toNativeSeparators(path), mode.isEmpty() ? tr("unknown") : mode);
}

Status PermissionsAction::apply(const QString &path)
{
    if (isSessionFolder(path))
        return restrictFolderPermissions(path);
    // The session and the leftovers beside it; which files changed is not shown here.
    const Result<std::vector<ModeChange>> changed = restrictPermissions(path);
    if (!changed)
        return changed.error();
    return {};
}

QString PermissionsAction::run(QWidget *parent, const QString &path)
{
    if (QMessageBox::question(parent, tr("Restrict Permissions"), confirmationText(path),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return {};
    if (Status ok = apply(path); !ok) {
        QMessageBox::critical(parent, tr("Restrict Permissions"), ok.error().message);
        return {};
    }
    return tr("%1 is now readable by you only.").arg(QDir::toNativeSeparators(path));
}

QString PermissionsAction::confirmationText(const QStringList &paths)
{
    constexpr int Named = 5; // the list stays short enough for a message box
    QStringList names;
    for (const QString &path : paths.mid(0, Named))
        names << QStringLiteral("• ") + QDir::toNativeSeparators(path);
    if (paths.size() > Named)
        names << tr("and %n more", nullptr, int(paths.size() - Named));
    return tr("%n session(s) can be read by other users of this computer. Anyone who can read them can use the "
              "accounts:\n%1\n\nRestrict them to you only (files 0600, folders 0700)?",
              nullptr, int(paths.size()))
        .arg(names.join(u'\n'));
}

QString PermissionsAction::run(QWidget *parent, const QStringList &paths)
{
    if (paths.size() == 1)
        return run(parent, paths.front());
    if (paths.isEmpty()
        || QMessageBox::question(parent, tr("Restrict Permissions"), confirmationText(paths),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
               != QMessageBox::Yes)
        return {};
    QStringList failures;
    for (const QString &path : paths) {
        if (Status ok = apply(path); !ok)
            failures << ok.error().message;
    }
    if (!failures.isEmpty()) {
        QMessageBox::critical(parent, tr("Restrict Permissions"), failures.join(u'\n'));
        if (failures.size() == paths.size())
            return {};
    }
    const int done = int(paths.size() - failures.size());
    return tr("%n session(s) are now readable by you only.", nullptr, done);
}

} // namespace fero::gui
