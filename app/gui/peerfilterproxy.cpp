#include "peerfilterproxy.h"

namespace feroscope {

PeerFilterProxy::PeerFilterProxy(QObject *parent)
    : IntSortProxy(parent)
{
    // Sorting is re-done on explicit sort only; a filter change rebuilds the
    // mapping in one pass (invalidate) instead of thousands of row removals.
    setDynamicSortFilter(false);
}

void PeerFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_peers = qobject_cast<const PeerTableModel *>(model);
    IntSortProxy::setSourceModel(model);
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

void PeerFilterProxy::refilter()
{
    // invalidate() clears the mapping and emits one layoutChanged, keeping
    // persistent indexes (the selection) valid; invalidateFilter() would emit
    // a rowsRemoved per gap, which is what freezes views on big tables.
    invalidate();
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

bool PeerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_peers || sourceParent.isValid())
        return true;
    if (!kindMatches(m_kind, m_peers->kind(sourceRow)))
        return false;
    if (m_needle.empty())
        return true;
    return m_peers->idText(sourceRow).find(m_needle) != std::string_view::npos
           || m_peers->accessHashText(sourceRow).find(m_needle) != std::string_view::npos;
}

} // namespace feroscope
