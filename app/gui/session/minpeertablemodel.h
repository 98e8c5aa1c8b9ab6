// The min-peer contexts of one session (a user seen only as "min", addressed
// through message msg_id in chat peer_id), each linked to the cached peers it
// refers to when the peer cache holds them.
#pragma once

#include "widgets/intsortproxy.h"
#include "session/peertablemodel.h"

#include <QAbstractTableModel>

#include <memory>

namespace fero::gui {

class MinPeerTableModel final : public QAbstractTableModel, public SortKeySource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MinPeerTableModel)

public:
    enum Column { UserId, PeerId, MsgId, PeerCached, UserCached, ColumnCount };

    // `peers` resolves ids to cached peers; it must outlive this model.
    explicit MinPeerTableModel(const PeerTableModel *peers, QObject *parent = nullptr);

    // Call after the peer model got the same session.
    void setSession(std::shared_ptr<const fero::Session> session);

    const fero::MinPeer &minPeer(int row) const { return m_session->minPeers[std::size_t(row)]; }
    // Row of the cached chat (peer_id) / user (user_id) in the peer model, or -1.
    int cachedPeerRow(int row) const { return m_peerRows[std::size_t(row)]; }
    int cachedUserRow(int row) const { return m_userRows[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 sortKey(int row, int column) const override;

private:
    const PeerTableModel *m_peers;
    std::shared_ptr<const fero::Session> m_session;
    std::vector<int> m_peerRows;
    std::vector<int> m_userRows;
};

} // namespace fero::gui
