#include "session/minpeertablemodel.h"

namespace fero::gui {

MinPeerTableModel::MinPeerTableModel(const PeerTableModel *peers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_peers(peers)
{
}

void MinPeerTableModel::setSession(std::shared_ptr<const fero::Session> session)
{
    beginResetModel();
    m_session = std::move(session);
    const std::size_t n = m_session ? m_session->minPeers.size() : 0;
    m_peerRows.resize(n);
    m_userRows.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        m_peerRows[i] = m_peers->rowOfId(m_session->minPeers[i].peerId);
        m_userRows[i] = m_peers->rowOfId(m_session->minPeers[i].userId);
    }
    endResetModel();
}

int MinPeerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_peerRows.size());
}

int MinPeerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MinPeerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const fero::MinPeer &m = minPeer(row);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case UserId:
            return QString::number(m.userId);
        case PeerId:
            return QString::number(m.peerId);
        case MsgId:
            return m.msgId;
        case PeerCached:
            return cachedPeerRow(row) >= 0 ? peerKindName(m_peers->kind(cachedPeerRow(row))) : tr("not cached");
        case UserCached:
            return cachedUserRow(row) >= 0 ? peerKindName(m_peers->kind(cachedUserRow(row))) : tr("not cached");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == PeerCached || index.column() == UserCached)) {
        const bool cached = (index.column() == PeerCached ? cachedPeerRow(row) : cachedUserRow(row)) >= 0;
        return cached ? tr("Double-click to show this peer in the Peers tab.")
                      : tr("The peer cache holds no peer with this id.");
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() <= MsgId ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

QVariant MinPeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UserId:
        return tr("User id");
    case PeerId:
        return tr("Seen in peer id");
    case MsgId:
        return tr("Message id");
    case PeerCached:
        return tr("Peer in cache");
    case UserCached:
        return tr("User in cache");
    case ColumnCount:
        break;
    }
    return {};
}

qint64 MinPeerTableModel::sortKey(int row, int column) const
{
    const fero::MinPeer &m = minPeer(row);
    switch (Column(column)) {
    case UserId:
        return m.userId;
    case PeerId:
        return m.peerId;
    case MsgId:
        return m.msgId;
    case PeerCached:
        return cachedPeerRow(row) >= 0 ? qint64(m_peers->kind(cachedPeerRow(row))) : -1;
    case UserCached:
        return cachedUserRow(row) >= 0 ? qint64(m_peers->kind(cachedUserRow(row))) : -1;
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace fero::gui
