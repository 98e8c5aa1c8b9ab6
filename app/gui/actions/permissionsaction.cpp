#include "permissionsaction.h"

#include "storage.h"

#include <QDir>
#include <QMessageBox>

namespace fero::gui {

bool PermissionsAction::applies(const QString &path)
{
    return !path.isEmpty() && readableByOthers(path);
}

QString PermissionsAction::confirmationText(const QString &path)
{
    const QString mode = modeText(path);
    return tr("%1 can be read by other users of this computer (mode %2). Anyone who can read it can use the "
              "account.\n\nRestrict it to you only (mode 0600)?")
        .arg(QDir::toNativeSeparators(path), mode.isEmpty() ? tr("unknown") : mode);
}

Status PermissionsAction::apply(const QString &path)
{
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

} // namespace fero::gui
