#include "peercachecleaner.h"

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
