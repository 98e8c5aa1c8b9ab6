#include "actions/peercachecleaner.h"

namespace fero::gui {

PeerCacheCleaner::PeerCacheCleaner(const Session &original, QObject *parent)
    : QObject(parent)
    , m_original(original)
    , m_current(original)
{
}

QString PeerCacheCleaner::apply(const PruneRequest &request)
{
    const bool wasModified = isModified();
    PruneResult result = prune(m_current, request);
    if (result.changed()) {
        m_current = std::move(result.session);
        emit sessionChanged();
        if (wasModified != isModified())
            emit modifiedChanged(isModified());
    }
    return result.summary();
}

QString PeerCacheCleaner::removePeers(const std::vector<PeerKey> &peers)
{
    PruneRequest request;
    request.peerKeys = peers;
    return apply(request);
}

QString PeerCacheCleaner::removeMinPeers(const std::vector<std::int64_t> &userIds)
{
    PruneRequest request;
    request.minPeerUserIds = userIds;
    return apply(request);
}

QString PeerCacheCleaner::removeMinPeerRows(const std::vector<int> &rows)
{
    // A mask, not a search per row: linear for 65,535 selected rows.
    std::vector<bool> drop(m_current.minPeers.size(), false);
    std::size_t count = 0;
    for (int row : rows) {
        if (row >= 0 && std::size_t(row) < drop.size() && !drop[std::size_t(row)]) {
            drop[std::size_t(row)] = true;
            ++count;
        }
    }
    if (count == 0)
        return tr("No min peers selected.");
    const bool wasModified = isModified();
    std::vector<MinPeer> kept;
    kept.reserve(m_current.minPeers.size() - count);
    for (std::size_t i = 0; i < m_current.minPeers.size(); ++i) {
        if (!drop[i])
            kept.push_back(m_current.minPeers[i]);
    }
    m_current.minPeers = std::move(kept);
    emit sessionChanged();
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
    return tr("Removed %n min peer(s).", nullptr, int(count));
}

QString PeerCacheCleaner::removeAllMinPeers()
{
    PruneRequest request;
    request.allMinPeers = true;
    return apply(request);
}

QString PeerCacheCleaner::clearChannelPts()
{
    PruneRequest request;
    request.channelPts = true;
    return apply(request);
}

void PeerCacheCleaner::revert()
{
    if (!isModified())
        return;
    m_current = m_original;
    emit sessionChanged();
    emit modifiedChanged(false);
}

void PeerCacheCleaner::markSaved()
{
    const bool wasModified = isModified();
    m_original = m_current;
    if (wasModified)
        emit modifiedChanged(false);
}

} // namespace fero::gui
