#include "session/minpeerstab.h"

#include "session/peertablemodel.h"
#include "widgets/tablecopy.h"

#include <algorithm>

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fero::gui {

MinPeersTab::MinPeersTab(const PeerTableModel *peers, QWidget *parent)
    : QWidget(parent)
    , m_model(new MinPeerTableModel(peers, this))
    , m_proxy(new IntSortProxy(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(false);
    m_view->setObjectName(QStringLiteral("minPeerView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu); // the window adds Remove Selected Min Peers

    // A filter like the Peers tab's: digits of a user, peer or message id.
    m_search->setObjectName(QStringLiteral("minPeerSearch"));
    m_search->setPlaceholderText(tr("Search user, peer or message id (digits)…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setFilterKeyColumn(-1); // any column
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_count->setObjectName(QStringLiteral("minPeerCount"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int target = jumpTarget(index);
        if (target >= 0)
            emit jumpToPeer(target);
    });
}

void MinPeersTab::clearSearch()
{
    m_search->clear();
}

void MinPeersTab::updateCount()
{
    m_count->setText(tr("%1 of %2 shown")
                         .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
}

void MinPeersTab::fitColumns(const fero::Session *session)
{
    // Each column as wide as its widest value or its title, whichever is
    // wider: fixed 200 px columns pushed the last ones out of sight at
    // 1024 px. Ids are measured by their digits (one pass over the rows, no
    // text laid out per row), the cache columns by their longest word.
    std::size_t digits[3] = {1, 1, 1};
    auto width = [](std::int64_t v) {
        std::size_t n = v < 0 ? 2 : 1;
        for (std::uint64_t u = v < 0 ? 0 - std::uint64_t(v) : std::uint64_t(v); u >= 10; u /= 10)
            ++n;
        return n;
    };
    if (session) {
        for (const fero::MinPeer &m : session->minPeers) {
            digits[0] = std::max(digits[0], width(m.userId));
            digits[1] = std::max(digits[1], width(m.peerId));
            digits[2] = std::max(digits[2], width(m.msgId));
        }
    }
    const QFontMetrics values = m_view->fontMetrics();
    const QFontMetrics titles = m_view->horizontalHeader()->fontMetrics();
    const int pad = 24;
    int kindWidth = values.horizontalAdvance(MinPeerTableModel::tr("not cached"));
    for (PeerKind kind : {PeerKind::User, PeerKind::Chat, PeerKind::Broadcast, PeerKind::Megagroup,
                          PeerKind::Gigagroup, PeerKind::ChannelNoKind, PeerKind::MinChannel, PeerKind::Community})
        kindWidth = std::max(kindWidth, values.horizontalAdvance(peerKindName(kind)));
    const int widest[] = {values.horizontalAdvance(QString(qsizetype(digits[0]), u'0')),
                          values.horizontalAdvance(QString(qsizetype(digits[1]), u'0')),
                          values.horizontalAdvance(QString(qsizetype(digits[2]), u'0')), kindWidth, kindWidth};
    for (int c = 0; c < MinPeerTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_view->setColumnWidth(c, std::max(widest[c], titles.horizontalAdvance(title) + 12) + pad);
    }
}

void MinPeersTab::setSession(std::shared_ptr<const fero::Session> session)
{
    fitColumns(session.get());
    m_model->setSession(std::move(session));
    m_search->setEnabled(m_model->rowCount() > 0);
    updateCount();
    m_summary->setText(
        m_model->rowCount() == 0
            ? tr("No min peers stored. Min peers are users the client saw only inside a message (\"min\" users).")
            : tr("%1 min-user contexts: the user was seen in message \"Message id\" of \"Seen in peer id\". "
                 "Double-click a row to jump to the cached peer.")
                  .arg(QLocale().toString(m_model->rowCount())));
}

QList<int> MinPeersTab::selectedMinPeerRows() const
{
    QList<int> rows;
    for (int row : selectedRows(m_view))
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

int MinPeersTab::jumpTarget(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return -1;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const int row = source.row();
    // The user columns jump to the user; everything else to the chat it was seen in.
    if (source.column() == MinPeerTableModel::UserId || source.column() == MinPeerTableModel::UserCached) {
        if (m_model->cachedUserRow(row) >= 0)
            return m_model->cachedUserRow(row);
    }
    return m_model->cachedPeerRow(row) >= 0 ? m_model->cachedPeerRow(row) : m_model->cachedUserRow(row);
}

} // namespace fero::gui
