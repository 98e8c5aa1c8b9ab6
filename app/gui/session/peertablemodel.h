// The peer cache of one session, straight over the core's vector (no copy, no
// item per row). Precomputes per row what filtering needs, so the filter
// proxy compares integers and short byte strings only.
#pragma once

#include "widgets/intsortproxy.h"
#include "model/session.h"

#include <QAbstractTableModel>
#include <QJsonArray>

#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace fero::gui {

// What a cached peer is, as the client treats it (ferogram-formats.md §1).
enum class PeerKind : std::uint8_t {
    User,
    Chat,          // basic group
    Broadcast,     // channel, kind 0
    Megagroup,     // channel, kind 1
    Gigagroup,     // channel, kind 2
    ChannelNoKind, // channel with an access hash but no kind (older writers)
    MinChannel,    // channel with access hash 0 and no kind
    Community,
};

PeerKind peerKindOf(const fero::CachedPeer &peer);
QString peerKindName(PeerKind kind);

class PeerTableModel final : public QAbstractTableModel, public SortKeySource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerTableModel)

public:
    // Usernames: what a foreign cache stores beside the peer (Pyrogram and
    // its forks: every username, a fork's own type such as "forum").
    enum Column { Id, Kind, AccessHash, Stored, Usernames, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PeerTableModel(QObject *parent = nullptr);

    void setSession(std::shared_ptr<const fero::Session> session);

    const fero::CachedPeer &peer(int row) const { return m_session->peers[std::size_t(row)]; }
    PeerKind kind(int row) const { return m_kinds[std::size_t(row)]; }
    std::string_view idText(int row) const { return m_texts[std::size_t(row)].id(); }
    std::string_view accessHashText(int row) const { return m_texts[std::size_t(row)].hash(); }
    // The id as the Bot API and Telethon/Pyrogram write it ("-100…" for a
    // channel, "-…" for a basic chat); empty for a user, whose marked id is its id.
    std::string_view markedIdText(int row) const { return m_texts[std::size_t(row)].marked(); }
    // The first row holding that id, or -1.
    int rowOfId(std::int64_t id) const;

    // Rows as session-json peer objects (id, access_hash, is_channel, ...).
    QJsonArray rowsToJson(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 sortKey(int row, int column) const override;

private:
    // Decimal text of id and access hash in fixed storage: no allocation per row.
    struct RowText {
        std::array<char, 21> idBuf{};
        std::array<char, 21> hashBuf{};
        std::array<char, 21> markedBuf{};
        std::uint8_t idLen = 0;
        std::uint8_t hashLen = 0;
        std::uint8_t markedLen = 0;
        std::string_view id() const { return {idBuf.data(), idLen}; }
        std::string_view hash() const { return {hashBuf.data(), hashLen}; }
        std::string_view marked() const { return {markedBuf.data(), markedLen}; }
    };

    std::shared_ptr<const fero::Session> m_session;
    std::vector<PeerKind> m_kinds;
    std::vector<RowText> m_texts;
    std::vector<std::pair<std::int64_t, int>> m_byId; // sorted (id, row) for rowOfId
    std::vector<const fero::ForeignPeerDetails *> m_details; // per row, null when the source has none
};

} // namespace fero::gui
