#include "library/duplicatekeysdialog.h"

#include "library/librarymodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fero::gui {

namespace {

constexpr int RowRole = Qt::UserRole;

QString keyIdText(std::uint64_t id)
{
    return QStringLiteral("%1").arg(id, 16, 16, QLatin1Char('0'));
}

} // namespace

DuplicateKeysDialog::DuplicateKeysDialog(LibraryModel *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Duplicate Keys"));
    setObjectName(QStringLiteral("duplicateKeysDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("duplicateSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setHeaderLabels({tr("Session"), tr("Format"), tr("Location")});
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keep = buttons->addButton(tr("&Keep This One, Trash the Others…"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepOneButton"));
    m_keep->setToolTip(tr("Keep the selected session and move the others of its group to the trash (you confirm "
                          "the list first)"));
    m_show = buttons->addButton(tr("&Show in Library"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("showInLibraryButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, &DuplicateKeysDialog::keepSelected);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const QModelIndex row = selectedRow(); row.isValid())
            emit showRequested(row);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DuplicateKeysDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QModelIndex row = item->data(0, RowRole).value<QPersistentModelIndex>();
        if (row.isValid())
            emit showRequested(row);
    });
    refresh();
    resize(760, 420);
}

void DuplicateKeysDialog::refresh()
{
    m_tree->clear();
    const std::vector<LibraryModel::KeyGroup> groups = m_library->keyGroups();
    for (const LibraryModel::KeyGroup &group : groups) {
        auto *top = new QTreeWidgetItem(m_tree);
        const int n = int(group.rows.size());
        top->setText(0, group.authKeyIds.size() == 1
                            ? tr("%n session(s) share key %1", nullptr, n).arg(keyIdText(group.authKeyIds.front()))
                            : tr("%n session(s) share %1 keys", nullptr, n).arg(group.authKeyIds.size()));
        QStringList ids;
        for (const std::uint64_t id : group.authKeyIds)
            ids << keyIdText(id);
        top->setToolTip(0, tr("Auth key ids: %1").arg(ids.join(QStringLiteral(", "))));
        top->setFirstColumnSpanned(true);
        for (const QModelIndex &row : group.rows) {
            const LibraryEntry *e = m_library->entry(row);
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, e->name);
            child->setText(1, row.siblingAtColumn(LibraryModel::FormatVersion).data().toString());
            child->setText(2, e->path.isEmpty() ? tr("not stored in a file") : QDir::toNativeSeparators(e->path));
            child->setToolTip(2, child->text(2));
            child->setData(0, RowRole, QVariant::fromValue(QPersistentModelIndex(row)));
        }
        top->setExpanded(true);
    }
    m_summary->setText(groups.empty()
                           ? tr("No two sessions in the library share an auth key.")
                           : tr("%n group(s) of sessions share auth keys. Telegram logs out every copy when one key "
                                "is used from two places: keep one session of each group.",
                                nullptr, int(groups.size())));
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    updateButtons();
}

QModelIndex DuplicateKeysDialog::selectedRow() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return {};
    return selected.front()->data(0, RowRole).value<QPersistentModelIndex>();
}

QList<QPersistentModelIndex> DuplicateKeysDialog::groupOf(const QTreeWidgetItem *item) const
{
    QList<QPersistentModelIndex> rows;
    const QTreeWidgetItem *top = item && item->parent() ? item->parent() : item;
    for (int i = 0; top && i < top->childCount(); ++i)
        rows << top->child(i)->data(0, RowRole).value<QPersistentModelIndex>();
    return rows;
}

DuplicateKeysDialog::Plan DuplicateKeysDialog::planFor(const QModelIndex &keep) const
{
    Plan plan;
    const QTreeWidgetItem *item = nullptr;
    for (int g = 0; g < m_tree->topLevelItemCount() && !item; ++g)
        for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i)
            if (m_tree->topLevelItem(g)->child(i)->data(0, RowRole).value<QPersistentModelIndex>() == keep)
                item = m_tree->topLevelItem(g)->child(i);
    const LibraryEntry *kept = m_library->entry(keep);
    if (!item || !kept)
        return plan;
    const QList<QPersistentModelIndex> group = groupOf(item);
    QHash<QString, int> inGroup; // path -> rows of this group opening it
    for (const QPersistentModelIndex &row : group)
        if (const LibraryEntry *e = m_library->entry(row); e && !e->path.isEmpty())
            ++inGroup[e->path];
    for (const QPersistentModelIndex &row : group) {
        const LibraryEntry *e = m_library->entry(row);
        if (!e || row == keep)
            continue;
        const bool onDisk = !e->path.isEmpty() && e->kind != SourceKind::Demo && e->kind != SourceKind::Pasted
                            && e->kind != SourceKind::Modified;
        if (!onDisk)
            plan.kept << tr("%1: not stored in a file (remove it from the library instead)").arg(e->name);
        else if (e->path == kept->path)
            plan.kept << tr("%1: the same source as the session kept").arg(e->name);
        else if (m_library->rowsWithPath(e->path) > inGroup.value(e->path))
            plan.kept << tr("%1: its source holds other accounts too, which would go with it").arg(e->name);
        else if (!plan.trash.contains(e->path))
            plan.trash << e->path;
    }
    return plan;
}

void DuplicateKeysDialog::keepSelected()
{
    const QModelIndex keep = selectedRow();
    if (!keep.isValid())
        return;
    const Plan plan = planFor(keep);
    if (!plan.kept.isEmpty())
        m_summary->setText(tr("Not offered for the trash: %1.").arg(plan.kept.join(QStringLiteral("; "))));
    if (plan.trash.isEmpty())
        return;
    emit trashRequested(plan.trash);
    const QString note = m_summary->text();
    refresh();
    if (!plan.kept.isEmpty())
        m_summary->setText(note);
}

void DuplicateKeysDialog::updateButtons()
{
    const bool session = selectedRow().isValid();
    m_keep->setEnabled(session);
    m_show->setEnabled(session);
}

} // namespace fero::gui
