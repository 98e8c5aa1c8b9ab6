// "Restrict permissions" for a session others can read: a confirmation
// naming it and its current mode, then fero::restrictPermissions (a file:
// 0600) or fero::restrictFolderPermissions (a tdata or GramJS store folder:
// every file in it 0600, its folders 0700).
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace fero::gui {

class PermissionsAction final {
    Q_DECLARE_TR_FUNCTIONS(PermissionsAction)

public:
    // Only offered for a file whose group/other bits are set, or a folder
    // session with such a file (or such bits on the folder itself).
    static bool applies(const QString &path);
    static QString confirmationText(const QString &path);
    static Status apply(const QString &path);
    // Asks, applies, reports errors in a message box. Returns a status-bar
    // sentence on success, empty when cancelled or failed.
    static QString run(QWidget *parent, const QString &path);
    // Several files and folders (a multi-selection, or the sessions under a
    // folder): one question naming how many, then each in turn; failures are
    // listed together. Same return as run().
    static QString run(QWidget *parent, const QStringList &paths);
    static QString confirmationText(const QStringList &paths);
};

} // namespace fero::gui
