// File > Open Recent: the files, databases and folders the user opened, newest
// first, with "Clear Menu". Separate from the library's remembered sources: a
// session removed from the library is still here to open again. Paths only;
// a pasted string is never remembered.
#pragma once

#include <QMenu>

namespace fero::gui {

class RecentMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentMenu)

public:
    explicit RecentMenu(QWidget *parent = nullptr);

    // The user opened these: they move to the top (absolute paths).
    void noteOpened(const QStringList &paths);
    // A session that was deleted: it leaves the menu.
    void forget(const QString &path);
    QStringList paths() const { return m_paths; }

signals:
    void openRequested(const QString &path);

private:
    void rebuild();
    void save();

    QStringList m_paths;
};

} // namespace fero::gui
