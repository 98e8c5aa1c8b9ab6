#include "session/peerfilterproxy.h"

#include <algorithm>
#include <numeric>

namespace fero::gui {

PeerFilterProxy::PeerFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void PeerFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_peers = qobject_cast<const PeerTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // The peer model only ever resets (a new or reloaded session).
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuildOrder();
            rebuildShown();
            endResetModel();
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                    for (int row = tl.row(); row <= br.row(); ++row) {
                        const QModelIndex p = mapFromSource(tl.siblingAtRow(row));
                        if (p.isValid())
                            emit dataChanged(p.siblingAtColumn(tl.column()), p.siblingAtColumn(br.column()), roles);
                    }
                });
    }
    rebuildOrder();
    rebuildShown();
    endResetModel();
}

bool PeerFilterProxy::kindMatches(PeerKindFilter filter, PeerKind kind)
{
    switch (filter) {
    case PeerKindFilter::All:
        return true;
    case PeerKindFilter::Users:
        return kind == PeerKind::User;
    case PeerKindFilter::Chats:
        return kind == PeerKind::Chat;
    case PeerKindFilter::Channels:
        return kind == PeerKind::Broadcast || kind == PeerKind::Megagroup || kind == PeerKind::Gigagroup
               || kind == PeerKind::ChannelNoKind || kind == PeerKind::MinChannel;
    case PeerKindFilter::Broadcasts:
        return kind == PeerKind::Broadcast;
    case PeerKindFilter::Megagroups:
        return kind == PeerKind::Megagroup;
    case PeerKindFilter::Gigagroups:
        return kind == PeerKind::Gigagroup;
    case PeerKindFilter::ChannelsNoKind:
        return kind == PeerKind::ChannelNoKind;
    case PeerKindFilter::MinChannels:
        return kind == PeerKind::MinChannel;
    case PeerKindFilter::Communities:
        return kind == PeerKind::Community;
    }
    return false;
}

bool PeerFilterProxy::accepts(int sourceRow) const
{
    if (!kindMatches(m_kind, m_peers->kind(sourceRow)))
        return false;
    if (m_needle.empty())
        return true;
    // The marked form too: ids copied from a bot or a Telethon/Pyrogram cache
    // ("-1001234567890", "-123456") name channels and chats that way.
    return m_peers->idText(sourceRow).find(m_needle) != std::string_view::npos
           || m_peers->markedIdText(sourceRow).find(m_needle) != std::string_view::npos
           || m_peers->accessHashText(sourceRow).find(m_needle) != std::string_view::npos;
}

void PeerFilterProxy::rebuildOrder()
{
    const int n = m_peers ? m_peers->rowCount() : 0;
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || !m_peers)
        return;
    std::vector<std::pair<qint64, int>> keyed(static_cast<std::size_t>(n));
    for (int row = 0; row < n; ++row)
        keyed[std::size_t(row)] = {m_peers->sortKey(row, m_sortColumn), row};
    // Ties keep the file's order (the row is the second key).
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
    for (int i = 0; i < n; ++i)
        m_order[std::size_t(i)] = keyed[std::size_t(i)].second;
}

void PeerFilterProxy::rebuildShown()
{
    m_shown.clear();
    m_proxyOfSource.assign(m_order.size(), -1);
    if (!m_peers)
        return;
    m_shown.reserve(m_order.size());
    for (int source : m_order) {
        if (accepts(source)) {
            m_proxyOfSource[std::size_t(source)] = int(m_shown.size());
            m_shown.push_back(source);
        }
    }
}

void PeerFilterProxy::refilter()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows << m_shown[std::size_t(index.row())];
    rebuildShown();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = m_proxyOfSource[std::size_t(sourceRows[i])];
        after << (row >= 0 ? createIndex(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PeerFilterProxy::setKindFilter(PeerKindFilter filter)
{
    if (m_kind == filter)
        return;
    m_kind = filter;
    refilter();
}

void PeerFilterProxy::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_needle = text.trimmed().toLatin1().toStdString();
    refilter();
}

void PeerFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    refilter();
}

QModelIndex PeerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_shown.size()))
        return {};
    return sourceModel()->index(m_shown[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PeerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyOfSource.size()))
        return {};
    const int row = m_proxyOfSource[std::size_t(sourceIndex.row())];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

QModelIndex PeerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PeerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int PeerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PeerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool PeerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QModelIndex PeerFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QVariant PeerFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace fero::gui
