// The Peers tab: the peer cache with a search box, a kind filter, a count of
// what is shown, sorting, and copying rows as text or JSON.
#pragma once

#include "session/peerfilterproxy.h"
#include "session/peertablemodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fero::gui {

class PeersTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeersTab)

public:
    explicit PeersTab(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const fero::Session> session);

    PeerTableModel *model() const { return m_model; }
    PeerFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *kindBox() const { return m_kind; }
    QString countText() const;

    // Empties the search box: another session is shown, and a search typed
    // for the last one would hide its rows ("0 of 12 shown").
    void clearSearch();
    // Selects and scrolls to the peer at this source row, clearing filters that hide it.
    void showPeer(int sourceRow);
    // Ids of the selected peers.
    QList<qint64> selectedPeerIds() const;
    // The selected peers as indexes into the session's peers (for cleaning:
    // a user and a channel may share an id, a row may not).
    QList<int> selectedPeerRows() const;
    // True while the session has no cached peers at all (a hint replaces the table).
    bool isShowingEmptyState() const;
    QString selectedAsText() const;
    QString selectedAsJson() const;

    // Kept across a reload of the same session.
    struct State {
        QList<qint64> selectedIds;
        int scroll = 0;
    };
    State saveState() const;
    void restoreState(const State &state);

signals:
    void copyRequested(const QString &text);

private:
    void updateCount();

    PeerTableModel *m_model;
    PeerFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QLabel *m_count;
    QLabel *m_empty;
    QAction *m_copyText;
    QAction *m_copyJson;
};

} // namespace fero::gui
