// Typed filters and sorting over the peer cache, built for 65,535 rows: the
// sorted order is computed once per sort (std::sort on 64-bit keys), and a
// keystroke is one linear pass over it reading the source model's
// precomputed kinds and decimal texts. QSortFilterProxyModel re-sorted the
// survivors through QModelIndex comparisons on every keystroke (~100 ms here).
#pragma once

#include "session/peertablemodel.h"

#include <QAbstractProxyModel>

#include <string>
#include <vector>

namespace fero::gui {

enum class PeerKindFilter {
    All,
    Users,
    Chats,
    Channels, // every channel: broadcast, megagroup, gigagroup, no kind, min
    Broadcasts,
    Megagroups,
    Gigagroups,
    ChannelsNoKind,
    MinChannels,
    Communities,
};

class PeerFilterProxy final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerFilterProxy)

public:
    explicit PeerFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setKindFilter(PeerKindFilter filter);
    PeerKindFilter kindFilter() const { return m_kind; }
    // Matches anywhere in the decimal id, the Bot-API marked id ("-100…" for
    // channels, "-…" for basic chats) or the access hash ("-12", "4455").
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    static bool kindMatches(PeerKindFilter filter, PeerKind kind);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 = the file's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }

private:
    bool accepts(int sourceRow) const;
    void rebuildOrder(); // sorted order of all rows
    void rebuildShown(); // filtered rows, in sorted order
    void refilter();     // rebuildShown with layoutChanged + persistent index update

    const PeerTableModel *m_peers = nullptr;
    PeerKindFilter m_kind = PeerKindFilter::All;
    QString m_searchText;
    std::string m_needle;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;         // all source rows, sorted
    std::vector<int> m_shown;         // proxy row -> source row
    std::vector<int> m_proxyOfSource; // source row -> proxy row or -1
};

} // namespace fero::gui
