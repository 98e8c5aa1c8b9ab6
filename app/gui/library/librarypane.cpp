#include "library/librarypane.h"

#include "library/flaglegend.h"
#include "library/libraryfilter.h"
#include "library/libraryflagdelegate.h"
#include "library/librarymodel.h"
#include "widgets/columnsmenu.h"
#include "window/appsettings.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace fero::gui {

namespace {

} // namespace

int LibraryPane::minimumNameWidth() const
{
    // Two levels of indentation (group, folder), the icon, two flag icons and
    // about twenty characters: narrower, a name inside a folder shows too
    // little to recognise, and the table scrolls sideways instead.
    const int flags = 2 * (LibraryFlagDelegate::IconSize + LibraryFlagDelegate::Spacing);
    return 2 * m_view->indentation() + 22 + flags + m_view->fontMetrics().averageCharWidth() * 20;
}

LibraryPane::LibraryPane(LibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new LibraryFilter(model, this))
    , m_filterField(new QLineEdit(this))
    , m_filterCount(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_legend(new FlagLegend(this))
    , m_fitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    // A header click sorts (by the values, see LibraryFilter::lessThan);
    // until then rows stay in the order they were added.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTextElideMode(Qt::ElideMiddle); // "fg065-…ession" keeps both ends of a name
    m_view->setIndentation(16);
    m_view->setItemDelegateForColumn(LibraryModel::Name, new LibraryFlagDelegate(m_view));
    setInitialColumnWidths();
    setUpColumns();

    m_filterField->setObjectName(QStringLiteral("libraryFilter"));
    m_filterField->setPlaceholderText(tr("Filter by name, format, key id, user id or path"));
    m_filterField->setClearButtonEnabled(true);
    m_filterField->setToolTip(tr("Shows the sessions whose name, format, auth key id, user id or path contain "
                                 "every word typed here. Esc clears it."));
    m_filterField->installEventFilter(this); // Esc clears
    m_filterCount->setObjectName(QStringLiteral("libraryFilterCount"));
    m_filterCount->hide();
    // Typing runs the filter once the typing pauses: a farm's library has
    // thousands of rows and every keystroke would re-filter them all.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_filterField, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &LibraryPane::applyFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 2);
    filterRow->addWidget(m_filterField, 1);
    filterRow->addWidget(m_filterCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    // Groups and folders open as they appear (the view's rows: through the filter).
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        const auto isEntry = [this](const QModelIndex &viewIndex) {
            return m_model->nodeType(m_filter->mapToSource(viewIndex)) == LibraryModel::NodeType::Entry;
        };
        if (!parent.isValid() || !isEntry(parent))
            m_view->expand(parent);
        for (int row = first; row <= last; ++row) {
            const QModelIndex child = m_filter->index(row, 0, parent);
            if (!isEntry(child))
                m_view->expand(child);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryPane::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPane::selectionChanged);
}

QModelIndex LibraryPane::viewIndex(const QModelIndex &libraryIndex) const
{
    return m_filter->mapFromSource(libraryIndex);
}

QModelIndex LibraryPane::currentIndex() const
{
    return m_filter->mapToSource(m_view->currentIndex().siblingAtColumn(0));
}

const LibraryEntry *LibraryPane::currentEntry() const
{
    return m_model->entry(currentIndex());
}

QModelIndexList LibraryPane::selectedRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows(0))
        rows << m_filter->mapToSource(row);
    return rows;
}

bool LibraryPane::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

void LibraryPane::select(const QModelIndex &libraryIndex)
{
    if (!libraryIndex.isValid())
        return;
    QModelIndex index = viewIndex(libraryIndex);
    if (!index.isValid()) { // hidden by the filter: show everything again
        m_filterField->clear();
        applyFilter();
        index = viewIndex(libraryIndex);
    }
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void LibraryPane::applyFilter()
{
    m_filter->setText(m_filterField->text());
    if (m_filter->isActive()) {
        m_view->expandAll(); // matches inside folders show without a click
        m_filterCount->setText(tr("%1 of %2").arg(m_filter->shownEntryCount()).arg(m_model->entryCount()));
    }
    m_filterCount->setVisible(m_filter->isActive());
    m_fitTimer->start();
}

void LibraryPane::setInitialColumnWidths()
{
    // Columns as wide as what they hold (measured on sample values, not on
    // every row: a folder may list thousands), never narrower than the header.
    const QFontMetrics fm = m_view->fontMetrics();
    QFont mono = m_view->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    const QFontMetrics monoFm(mono);
    const int pad = 14;
    auto fit = [&](int column, int contentWidth) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, qMax(fm.horizontalAdvance(header) + 2 * pad, contentWidth + pad));
    };
    // Names: icon and two levels of indentation, then the name (elided in the middle).
    m_view->setColumnWidth(LibraryModel::Name,
                           fm.horizontalAdvance(QStringLiteral("fg065-typical.session")) + 2 * m_view->indentation() + 22);
    fit(LibraryModel::FormatVersion, fm.horizontalAdvance(tr("ferogram SQLite v8")));
    fit(LibraryModel::HomeDc, fm.horizontalAdvance(QStringLiteral("203")));
    fit(LibraryModel::AuthKeyId, monoFm.horizontalAdvance(QStringLiteral("0123456789abcdef")));
    fit(LibraryModel::Peers, fm.horizontalAdvance(QLocale().toString(65535)));
    fit(LibraryModel::Size, fm.horizontalAdvance(QLocale().formattedDataSize(999 * 1024 + 900)));
    fit(LibraryModel::Modified, fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)));
    fit(LibraryModel::Flags, fm.horizontalAdvance(tr("readable by others, in use")));
}

void LibraryPane::setUpColumns()
{
    QHeaderView *header = m_view->header();
    // Name takes the room the other columns leave (fitColumns), so the last
    // column keeps its own width.
    header->setStretchLastSection(false);
    // Peers, Size, Modified and Flags (as text) are hidden by default: the
    // Overview shows the first three, the flag icons beside the names say the
    // last, and without them a name, its format and its key id fit a laptop
    // screen (the header's menu shows any of them again).
    const QList<int> hidden = AppSettings::libraryHiddenColumns(
        {LibraryModel::Peers, LibraryModel::Size, LibraryModel::Modified, LibraryModel::Flags});
    for (int column = 1; column < LibraryModel::ColumnCount; ++column)
        header->setSectionHidden(column, hidden.contains(column));
    installColumnsMenu(header, [this](const QList<int> &now) {
        AppSettings::setLibraryHiddenColumns(now);
        fitColumns();
    });
    header->setSectionsMovable(false);
    // The user widens or narrows another column: Name gives or takes the difference.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != LibraryModel::Name)
            m_fitTimer->start();
    });
    // Rows arrive in bursts (a folder scan): fit once after each burst.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &LibraryPane::fitColumns);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_fitTimer, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::expanded, m_fitTimer, qOverload<>(&QTimer::start));
    m_view->viewport()->installEventFilter(this); // refit when the library gets wider or narrower
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterField && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filterField->text().isEmpty()) {
        m_filterField->clear();
        applyFilter();
        return true;
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

int LibraryPane::nameColumnWidth() const
{
    // What the longest names need, each at its depth: QTreeView's own
    // sizeHintForColumn lays out a thousand rows through the delegate
    // (0.3 s for a folder of 10,000), and a long name is the widest row.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(16, 16);
    int widest = 0;
    for (const QModelIndex &row : m_model->longestNames(24)) {
        const QModelIndex shown = m_filter->mapFromSource(row);
        if (!shown.isValid())
            continue; // hidden by the filter
        int depth = 0;
        for (QModelIndex up = shown.parent(); up.isValid(); up = up.parent())
            ++depth;
        const int indent = m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
        widest = qMax(widest, indent + m_view->itemDelegate()->sizeHint(option, shown).width());
    }
    return widest;
}

void LibraryPane::fitColumns()
{
    m_legend->refresh(*m_model, m_model->release().label);
    // Name takes the room the other columns leave, at least what a name
    // needs to be recognised (narrower, the table scrolls sideways).
    QHeaderView *header = m_view->header();
    int others = 0;
    for (int column = 1; column < LibraryModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int needed = nameColumnWidth() + 4;
    const int wanted = qMax(needed, minimumNameWidth() + 4);
    const int chrome = m_view->width() - m_view->viewport()->width() + m_view->verticalScrollBar()->sizeHint().width();
    m_preferredWidth = wanted + others + chrome;
    // Names that need less than the floor (a short name, no folder) take only what they need.
    const int floor = qMin(needed, minimumNameWidth());
    header->resizeSection(LibraryModel::Name, qMax(m_view->viewport()->width() - others, floor));
    emit columnsFitted();
}

} // namespace fero::gui
