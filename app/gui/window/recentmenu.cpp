#include "window/recentmenu.h"

#include "window/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace fero::gui {

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_paths(AppSettings::openedHistory())
{
    setObjectName(QStringLiteral("recentMenu"));
    // Built when shown: a file that went missing since is greyed out then.
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::rebuild);
    rebuild();
}

void RecentMenu::noteOpened(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        m_paths.removeAll(absolute);
        m_paths.prepend(absolute);
    }
    m_paths = m_paths.mid(0, AppSettings::MaxOpenedHistory);
    save();
}

void RecentMenu::forget(const QString &path)
{
    if (m_paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        save();
}

void RecentMenu::save()
{
    // Not rebuilt here: Clear Menu's own action would be deleted while it
    // runs. The menu is built anew each time it opens.
    AppSettings::setOpenedHistory(m_paths);
}

void RecentMenu::rebuild()
{
    clear();
    int number = 0;
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        // "1 name  (folder)": the number is the mnemonic, the folder tells two
        // sessions of the same name apart; the tooltip has the whole path.
        const QString shown = tr("&%1 %2  (%3)")
                                  .arg(++number % 10)
                                  .arg(info.fileName().replace(QLatin1Char('&'), QStringLiteral("&&")),
                                       QDir::toNativeSeparators(info.absolutePath()).replace(QLatin1Char('&'),
                                                                                             QStringLiteral("&&")));
        QAction *action = addAction(shown);
        action->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            action->setEnabled(false);
            action->setText(tr("%1 (missing)").arg(shown));
        }
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (m_paths.isEmpty())
        addAction(tr("No Recent Sessions"))->setEnabled(false);
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"));
    clearAction->setObjectName(QStringLiteral("recentClear"));
    clearAction->setEnabled(!m_paths.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        m_paths.clear();
        save();
    });
    setToolTipsVisible(true);
}

} // namespace fero::gui
