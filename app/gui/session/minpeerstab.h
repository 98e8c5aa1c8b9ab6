// The Min peers tab: min-user contexts, each linked to the cached peers it
// refers to; double-click jumps to that peer in the Peers tab.
#pragma once

#include "session/minpeertablemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace fero::gui {

class MinPeersTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MinPeersTab)

public:
    MinPeersTab(const PeerTableModel *peers, QWidget *parent = nullptr);

    void setSession(std::shared_ptr<const fero::Session> session);
    MinPeerTableModel *model() const { return m_model; }
    IntSortProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    // Another session is shown: its rows must not be hidden by the last one's search.
    void clearSearch();
    // Selected rows as indexes into the session's min_peers (for cleaning actions).
    QList<int> selectedMinPeerRows() const;
    // What a double-click on this proxy index does: the peer model row to show, or -1.
    int jumpTarget(const QModelIndex &proxyIndex) const;

signals:
    void jumpToPeer(int peerSourceRow);

private:
    void updateCount();
    void fitColumns(const fero::Session *session);

    MinPeerTableModel *m_model;
    IntSortProxy *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLineEdit *m_search;
    QLabel *m_count;
};

} // namespace fero::gui
