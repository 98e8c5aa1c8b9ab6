#include "session/minpeerstab.h"

#include "widgets/tablecopy.h"

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
    for (int c = 0; c < MinPeerTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, c <= MinPeerTableModel::PeerId ? 200 : 160);
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

void MinPeersTab::setSession(std::shared_ptr<const fero::Session> session)
{
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
