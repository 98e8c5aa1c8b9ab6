#include "session/peerstab.h"

#include "widgets/tablecopy.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fero::gui {

PeersTab::PeersTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new PeerTableModel(this))
    , m_proxy(new PeerFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("peerSearch"));
    m_search->setPlaceholderText(tr("Search id or access hash (digits)…"));
    m_search->setClearButtonEnabled(true);
    // Room for a Bot-API id ("-1001234567890") however narrow the tab gets;
    // the kind box gives way first.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QStringLiteral("-10012345678901")) + 40);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_search->setToolTip(tr("Shows peers whose id or access hash contains these digits; Bot API ids "
                            "(-100… for channels, -… for basic groups) match too"));

    m_kind->setObjectName(QStringLiteral("peerKind"));
    const std::pair<PeerKindFilter, QString> kinds[] = {
        {PeerKindFilter::All, tr("All kinds")},
        {PeerKindFilter::Users, tr("Users")},
        {PeerKindFilter::Chats, tr("Chats (basic groups)")},
        {PeerKindFilter::Channels, tr("Channels (all kinds)")},
        {PeerKindFilter::Broadcasts, tr("Broadcast channels")},
        {PeerKindFilter::Megagroups, tr("Megagroups")},
        {PeerKindFilter::Gigagroups, tr("Gigagroups")},
        {PeerKindFilter::ChannelsNoKind, tr("Channels without kind")},
        {PeerKindFilter::MinChannels, tr("Min channels")},
        {PeerKindFilter::Communities, tr("Communities")},
    };
    for (const auto &[filter, label] : kinds)
        m_kind->addItem(label, int(filter));

    m_count->setObjectName(QStringLiteral("peerCount"));

    m_view->setObjectName(QStringLiteral("peerView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the file's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures 65,535 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    {
        // Widths for the longest values a column can hold (not measured on
        // 65,535 rows); the flags column takes the rest.
        const QFontMetrics fm = m_view->fontMetrics();
        const int pad = 24;
        m_view->setColumnWidth(PeerTableModel::Id, fm.horizontalAdvance(QStringLiteral("-1009999999999")) + pad);
        m_view->setColumnWidth(PeerTableModel::Kind,
                               fm.horizontalAdvance(PeerTableModel::tr("channel (megagroup)")) + pad);
        m_view->setColumnWidth(PeerTableModel::AccessHash,
                               fm.horizontalAdvance(QStringLiteral("-9223372036854775808")) + pad);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_copyText = new QAction(tr("Copy Rows as Text"), this);
    m_copyText->setObjectName(QStringLiteral("actionCopyPeersText"));
    m_copyText->setShortcut(QKeySequence::Copy);
    m_copyText->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyJson = new QAction(tr("Copy Rows as JSON"), this);
    m_copyJson->setObjectName(QStringLiteral("actionCopyPeersJson"));
    m_copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_copyJson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyText);
    m_view->addAction(m_copyJson);
    connect(m_copyText, &QAction::triggered, this, [this] { emit copyRequested(selectedAsText()); });
    connect(m_copyJson, &QAction::triggered, this, [this] { emit copyRequested(selectedAsJson()); });

    // One "Copy" button with both forms in its menu: two buttons with the
    // long words side by side made the tab wider than a laptop screen in Russian.
    auto *copyMenu = new QMenu(this);
    copyMenu->addAction(m_copyText);
    copyMenu->addAction(m_copyJson);
    auto *copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("copyPeersButton"));
    copyButton->setText(tr("Copy Rows"));
    copyButton->setMenu(copyMenu);
    copyButton->setPopupMode(QToolButton::InstantPopup);
    copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_kind, 1);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(copyButton);
    m_empty->setObjectName(QStringLiteral("peersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("<p><b>No peers cached.</b></p><p>A client fills this cache with the access hashes of the "
                        "users, groups and channels it meets; a fresh login has none yet. Sessions of libraries "
                        "that keep no peer cache (string sessions) show none either.</p>"));
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    layout->addWidget(m_empty, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKindFilter(PeerKindFilter(m_kind->currentData().toInt()));
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeersTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PeersTab::updateCount);
    updateCount();
}

void PeersTab::setSession(std::shared_ptr<const fero::Session> session)
{
    m_model->setSession(std::move(session));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_search->setEnabled(!empty);
    m_kind->setEnabled(!empty);
    updateCount();
}

bool PeersTab::isShowingEmptyState() const
{
    return !m_empty->isHidden();
}

QString PeersTab::countText() const
{
    return m_count->text();
}

void PeersTab::updateCount()
{
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2 shown").arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

void PeersTab::clearSearch()
{
    m_search->clear();
}

void PeersTab::showPeer(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_search->clear();
        m_kind->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(proxyIndex);
    m_view->selectRow(proxyIndex.row());
    m_view->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
}

QList<qint64> PeersTab::selectedPeerIds() const
{
    QList<qint64> ids;
    for (int row : selectedRows(m_view))
        ids << m_model->peer(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).id;
    return ids;
}

QList<int> PeersTab::selectedPeerRows() const
{
    QList<int> rows;
    for (int row : selectedRows(m_view))
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return rows;
}

QString PeersTab::selectedAsText() const
{
    return rowsAsText(m_proxy, selectedRows(m_view));
}

QString PeersTab::selectedAsJson() const
{
    QList<int> sourceRows;
    for (int row : selectedRows(m_view))
        sourceRows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return QString::fromUtf8(QJsonDocument(m_model->rowsToJson(sourceRows)).toJson(QJsonDocument::Indented));
}

PeersTab::State PeersTab::saveState() const
{
    return {selectedPeerIds(), m_view->verticalScrollBar()->value()};
}

void PeersTab::restoreState(const State &state)
{
    QItemSelection selection;
    for (qint64 id : state.selectedIds) {
        const int sourceRow = m_model->rowOfId(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (proxyIndex.isValid())
            selection.select(proxyIndex, proxyIndex.siblingAtColumn(PeerTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->verticalScrollBar()->setValue(state.scroll);
}

} // namespace fero::gui
