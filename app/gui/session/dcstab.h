// The DCs tab: the DC table, the home DC marked, keys masked until revealed
// one row at a time. A revealed key is shown whole in a selectable monospace
// field under the table, and hidden again when its countdown runs out.
#pragma once

#include "session/dctablemodel.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QTableView;
class QAction;
class QLabel;

namespace fero::gui {

class SecretTextEdit;

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
    // The field that shows the current row's revealed key, and its countdown.
    SecretTextEdit *keyField() const { return m_keyField; }
    QLabel *keyCountdown() const { return m_countdown; }
    // How long a revealed key stays shown (60 s; tests shorten it).
    void setRevealTimeout(std::chrono::milliseconds timeout) { m_revealTimeout = timeout; }

signals:
    // Ctrl+C copies the current cell; a revealed key goes out as a secret
    // (the window routes it through the clipboard guard), never as plain text.
    void copyRequested(const QString &text);
    void copySecretRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateKeyField();
    void fitKeyField(); // tall enough for every wrapped line of the key
    void updateCountdown();
    void toggleReveal();
    void hideAll();
    void copyCurrent();
    void copyKey();

    DcTableModel *m_model;
    QTableView *m_view;
    QAction *m_reveal;
    QAction *m_hideAll;
    QAction *m_copy;
    QAction *m_copyKey;
    QLabel *m_hint;
    QWidget *m_keyPanel;
    QLabel *m_countdown;
    SecretTextEdit *m_keyField;
    QTimer m_tick;
    QDeadlineTimer m_hideAt;
    std::chrono::milliseconds m_revealTimeout{std::chrono::seconds(60)};
};

} // namespace fero::gui
