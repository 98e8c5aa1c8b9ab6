// "Restrict permissions" for sessions others can read: a confirmation
// naming them (one: its current mode), then fero::restrictPermissions (a
// file: 0600) or fero::restrictFolderPermissions (a tdata or GramJS store
// folder: every file in it 0600, its folders 0700) for each, and one report
// of what was done.
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

    // What restricting several sessions did, path by path.
    struct Report {
        QStringList restricted;
        QStringList alreadyPrivate;                // nobody else could read them: left alone
        QList<std::pair<QString, QString>> failed; // path, why
        // One status-bar sentence ("3 sessions are now readable by you only. 1 already was.").
        QString summary() const;
    };
    static QString confirmationText(const QStringList &paths);
    static Report applyAll(const QStringList &paths);
    // Asks once for the paths others can read, restricts each, shows what
    // failed in a message box. Returns the report; nothing is done (an empty
    // report) when the question is cancelled or no path needs it.
    static Report run(QWidget *parent, const QStringList &paths);
};

} // namespace fero::gui
