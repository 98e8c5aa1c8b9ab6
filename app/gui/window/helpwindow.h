// Help ▸ Feroscope Help (F1): how to use the app, in the user's language, and
// the keyboard shortcuts, read from the window's own actions so the list is
// never out of date. Shipped in the program: no browser, no network.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace fero::gui {

class HelpWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    // actions: the window's menu actions, for the shortcut table.
    explicit HelpWindow(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The page as HTML (for tests).
    QString html() const;

private:
    QTextBrowser *m_browser;
};

} // namespace fero::gui
