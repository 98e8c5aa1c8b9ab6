#include "library/librarypane.h"

#include "library/flaglegend.h"
#include "library/libraryflagdelegate.h"
#include "library/librarymodel.h"
#include "widgets/columnsmenu.h"
#include "window/appsettings.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
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
    , m_view(new QTreeView(this))
    , m_legend(new FlagLegend(this))
    , m_fitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    // Groups and folders open as they appear.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid() || m_model->nodeType(parent) != LibraryModel::NodeType::Entry)
            m_view->expand(parent);
        for (int row = first; row <= last; ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (m_model->nodeType(child) != LibraryModel::NodeType::Entry)
                m_view->expand(child);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryPane::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPane::selectionChanged);
}

QModelIndex LibraryPane::currentIndex() const
{
    return m_view->currentIndex().siblingAtColumn(0);
}

const LibraryEntry *LibraryPane::currentEntry() const
{
    return m_model->entry(currentIndex());
}

QModelIndexList LibraryPane::selectedRows() const
{
    return m_view->selectionModel()->selectedRows(0);
}

bool LibraryPane::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

void LibraryPane::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
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
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
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
    // QTreeView hides sizeHintForColumn(); QAbstractItemView's is public (and virtual).
    const QAbstractItemView *view = m_view;
    const int needed = view->sizeHintForColumn(LibraryModel::Name) + 4;
    const int wanted = qMax(needed, minimumNameWidth() + 4);
    const int chrome = m_view->width() - m_view->viewport()->width() + m_view->verticalScrollBar()->sizeHint().width();
    m_preferredWidth = wanted + others + chrome;
    // Names that need less than the floor (a short name, no folder) take only what they need.
    const int floor = qMin(needed, minimumNameWidth());
    header->resizeSection(LibraryModel::Name, qMax(m_view->viewport()->width() - others, floor));
    emit columnsFitted();
}

} // namespace fero::gui
