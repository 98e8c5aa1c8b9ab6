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

QString PermissionsAction::confirmationText(const QStringList &paths)
{
    if (paths.size() == 1)
        return confirmationText(paths.front());
    // The first few by name; a folder of hundreds is summed up.
    constexpr int Listed = 8;
    QStringList lines;
    for (const QString &path : paths.mid(0, Listed))
        lines << QStringLiteral("• ") + QDir::toNativeSeparators(path);
    if (paths.size() > Listed)
        lines << tr("…and %n more", nullptr, int(paths.size() - Listed));
    return tr("%n selected session(s) can be read by other users of this computer:\n\n%1\n\nAnyone who can read "
              "them can use the accounts. Restrict them to you only (files 0600, session folders 0700)?",
              nullptr, int(paths.size()))
        .arg(lines.join(QLatin1Char('\n')));
}

PermissionsAction::Report PermissionsAction::applyAll(const QStringList &paths)
{
    Report report;
    for (const QString &path : paths) {
        if (!applies(path)) {
            report.alreadyPrivate << path;
            continue;
        }
        if (const Status ok = apply(path); ok)
            report.restricted << path;
        else
            report.failed.push_back({path, ok.error().message});
    }
    return report;
}

QString PermissionsAction::Report::summary() const
{
    QStringList parts;
    if (restricted.isEmpty() && failed.isEmpty())
        return tr("The %n selected session(s) are already readable by you only.", nullptr, int(alreadyPrivate.size()));
    if (restricted.size() == 1 && alreadyPrivate.isEmpty() && failed.isEmpty())
        return tr("%1 is now readable by you only.").arg(QDir::toNativeSeparators(restricted.front()));
    if (!restricted.isEmpty())
        parts << tr("%n session(s) are now readable by you only.", nullptr, int(restricted.size()));
    if (!alreadyPrivate.isEmpty())
        parts << tr("%n already were.", nullptr, int(alreadyPrivate.size()));
    if (!failed.isEmpty())
        parts << tr("%n could not be restricted.", nullptr, int(failed.size()));
    return parts.join(QLatin1Char(' '));
}

PermissionsAction::Report PermissionsAction::run(QWidget *parent, const QStringList &paths)
{
    QStringList offered;
    Report report;
    for (const QString &path : paths)
        (applies(path) ? offered : report.alreadyPrivate) << path;
    if (offered.isEmpty())
        return report;
    if (QMessageBox::question(parent, tr("Restrict Permissions"), confirmationText(offered),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return {};
    const Report done = applyAll(offered);
    report.restricted = done.restricted;
    report.alreadyPrivate += done.alreadyPrivate; // made private meanwhile
    report.failed = done.failed;
    if (!report.failed.isEmpty()) {
        QStringList lines;
        for (const auto &[path, why] : std::as_const(report.failed))
            lines << tr("%1: %2").arg(QDir::toNativeSeparators(path), why);
        QMessageBox::warning(parent, tr("Restrict Permissions"),
                             report.summary() + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    }
    return report;
}

} // namespace fero::gui
