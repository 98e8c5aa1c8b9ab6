#include "session/peertablemodel.h"

#include "inspect/sessionjson.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QFont>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace fero::gui {

PeerKind peerKindOf(const fero::CachedPeer &peer)
{
    // Same precedence as the binary writer: chat wins over channel.
    if (peer.isChat)
        return PeerKind::Chat;
    if (peer.isChannel) {
        switch (peer.channelKind) {
        case fero::ChannelKind::Broadcast:
            return PeerKind::Broadcast;
        case fero::ChannelKind::Megagroup:
            return PeerKind::Megagroup;
        case fero::ChannelKind::Gigagroup:
            return PeerKind::Gigagroup;
        case fero::ChannelKind::None:
            break;
        }
        if (peer.isCommunity) // Kurigram's channel-like "community" (pyrogram-forks.md §2)
            return PeerKind::Community;
        return peer.accessHash == 0 ? PeerKind::MinChannel : PeerKind::ChannelNoKind;
    }
    return peer.isCommunity ? PeerKind::Community : PeerKind::User;
}

QString peerKindName(PeerKind kind)
{
    switch (kind) {
    case PeerKind::User:
        return PeerTableModel::tr("user");
    case PeerKind::Chat:
        return PeerTableModel::tr("chat");
    case PeerKind::Broadcast:
        return PeerTableModel::tr("channel (broadcast)");
    case PeerKind::Megagroup:
        return PeerTableModel::tr("channel (megagroup)");
    case PeerKind::Gigagroup:
        return PeerTableModel::tr("channel (gigagroup)");
    case PeerKind::ChannelNoKind:
        return PeerTableModel::tr("channel (kind not stored)");
    case PeerKind::MinChannel:
        return PeerTableModel::tr("min channel");
    case PeerKind::Community:
        return PeerTableModel::tr("community");
    }
    return {};
}

PeerTableModel::PeerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeerTableModel::setSession(std::shared_ptr<const fero::Session> session)
{
    beginResetModel();
    m_session = std::move(session);
    const std::size_t n = m_session ? m_session->peers.size() : 0;
    m_kinds.resize(n);
    m_texts.resize(n);
    m_byId.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const fero::CachedPeer &p = m_session->peers[i];
        m_kinds[i] = peerKindOf(p);
        RowText &t = m_texts[i];
        t.idLen =
            std::uint8_t(std::to_chars(t.idBuf.data(), t.idBuf.data() + t.idBuf.size(), p.id).ptr - t.idBuf.data());
        t.hashLen = std::uint8_t(std::to_chars(t.hashBuf.data(), t.hashBuf.data() + t.hashBuf.size(), p.accessHash).ptr
                                 - t.hashBuf.data());
        if (const std::int64_t marked = fero::markedPeerId(p); marked != p.id)
            t.markedLen =
                std::uint8_t(std::to_chars(t.markedBuf.data(), t.markedBuf.data() + t.markedBuf.size(), marked).ptr
                             - t.markedBuf.data());
        else
            t.markedLen = 0;
        m_byId[i] = {p.id, int(i)};
    }
    std::sort(m_byId.begin(), m_byId.end());
    m_details.assign(n, nullptr);
    if (m_session && !m_session->foreign.peers.empty()) {
        const auto details = fero::detailsByMarkedId(*m_session);
        for (std::size_t i = 0; i < n; ++i)
            if (const auto found = details.find(fero::markedPeerId(m_session->peers[i])); found != details.end())
                m_details[i] = found->second;
    }
    endResetModel();
}

int PeerTableModel::rowOfId(std::int64_t id) const
{
    const auto it = std::lower_bound(m_byId.begin(), m_byId.end(), std::pair<std::int64_t, int>{id, -1});
    return it != m_byId.end() && it->first == id ? it->second : -1;
}

QJsonArray PeerTableModel::rowsToJson(const QList<int> &rows) const
{
    QJsonArray array;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const fero::CachedPeer &p = peer(row);
        QJsonObject o;
        o.insert(QStringLiteral("id"), qint64(p.id));
        o.insert(QStringLiteral("access_hash"), qint64(p.accessHash));
        o.insert(QStringLiteral("is_channel"), p.isChannel);
        o.insert(QStringLiteral("is_chat"), p.isChat);
        const QString kindName = fero::channelKindName(p.channelKind);
        o.insert(QStringLiteral("channel_kind"), kindName.isEmpty() ? QJsonValue() : QJsonValue(kindName));
        o.insert(QStringLiteral("is_community"), p.isCommunity);
        array.append(o);
    }
    return array;
}

int PeerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

int PeerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const fero::CachedPeer &p = peer(row);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Id:
            return QString::fromLatin1(idText(row).data(), qsizetype(idText(row).size()));
        case Kind:
            return peerKindName(kind(row));
        case AccessHash:
            return QString::fromLatin1(accessHashText(row).data(), qsizetype(accessHashText(row).size()));
        case Stored: {
            // The raw fields, for debugging a cache that looks wrong.
            QStringList parts;
            parts << (p.isChannel ? QStringLiteral("is_channel") : QString())
                  << (p.isChat ? QStringLiteral("is_chat") : QString())
                  << (p.channelKind != fero::ChannelKind::None ? fero::channelKindName(p.channelKind) : QString())
                  << (p.isCommunity ? QStringLiteral("is_community") : QString());
            parts.removeAll(QString());
            return parts.isEmpty() ? tr("—") : parts.join(QStringLiteral(", "));
        }
        case Usernames: {
            const fero::ForeignPeerDetails *d = m_details[std::size_t(row)];
            if (!d)
                return QString();
            // Every username a source keeps: a fork's main and other ones,
            // mtcute's list (its first is also the main one), each once.
            QStringList names;
            if (d->username)
                names << u'@' + *d->username;
            for (const QStringList *list : {&d->otherUsernames, &d->usernames})
                for (const QString &name : *list)
                    if (!names.contains(u'@' + name))
                        names << u'@' + name;
            if (d->isMin)
                names << tr("(min)");
            if (names.isEmpty())
                return d->forkType;
            QString text = names.join(QStringLiteral(", "));
            if (!d->forkType.isEmpty())
                text = d->forkType + QStringLiteral(": ") + text;
            return text;
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == IdRole)
        return qint64(p.id);
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Id || index.column() == AccessHash ? Qt::AlignRight : Qt::AlignLeft)
                   | Qt::AlignVCenter);
    if (role == Qt::FontRole && (index.column() == Id || index.column() == AccessHash)) {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

QVariant PeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Peer id");
    case Kind:
        return tr("Kind");
    case AccessHash:
        return tr("Access hash");
    case Stored:
        return tr("Stored flags");
    case Usernames:
        return tr("Usernames");
    case ColumnCount:
        break;
    }
    return {};
}

qint64 PeerTableModel::sortKey(int row, int column) const
{
    const fero::CachedPeer &p = peer(row);
    switch (Column(column)) {
    case Id:
        return p.id;
    case AccessHash:
        return p.accessHash;
    case Kind:
        return qint64(kind(row));
    case Stored:
        return (p.isChannel ? 1 : 0) | (p.isChat ? 2 : 0) | (p.isCommunity ? 4 : 0) | (qint64(p.channelKind) + 1) << 3;
    case Usernames: { // by how many usernames the source stores
        const fero::ForeignPeerDetails *d = m_details[std::size_t(row)];
        if (!d)
            return 0;
        QStringList names = d->usernames;
        if (d->username && !names.contains(*d->username))
            names << *d->username;
        for (const QString &other : d->otherUsernames)
            if (!names.contains(other))
                names << other;
        return qint64(names.size());
    }
    case ColumnCount:
        break;
    }
    return 0;
}

} // namespace fero::gui
