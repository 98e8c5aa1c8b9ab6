// The DCs tab: the DC table, the home DC marked, keys masked until revealed
// one row at a time.
#pragma once

#include "session/dctablemodel.h"

#include <QWidget>

class QTableView;
class QAction;
class QLabel;

namespace fero::gui {

class DcsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DcsTab)

public:
    explicit DcsTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const fero::Session> session);
    DcTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *revealAction() const { return m_reveal; }
    QAction *hideAllAction() const { return m_hideAll; }
    QAction *copyAction() const { return m_copy; }
    QAction *copyKeyAction() const { return m_copyKey; }

signals:
    // Ctrl+C copies the current cell; a revealed key goes out as a secret
    // (the window routes it through the clipboard guard), never as plain text.
    void copyRequested(const QString &text);
    void copySecretRequested(const QString &text);

private:
    void updateActions();
    void copyCurrent();
    void copyKey();

    DcTableModel *m_model;
    QTableView *m_view;
    QAction *m_reveal;
    QAction *m_hideAll;
    QAction *m_copy;
    QAction *m_copyKey;
    QLabel *m_hint;
};

} // namespace fero::gui
