#include "session/dcstab.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fero::gui {

DcsTab::DcsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new DcTableModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("dcView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_reveal = new QAction(tr("Reveal Key"), this);
    m_reveal->setObjectName(QStringLiteral("actionRevealKey"));
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reveal->setToolTip(tr("Show or hide the auth key of the selected DC (Ctrl+R)"));
    m_hideAll = new QAction(tr("Hide All Keys"), this);
    m_hideAll->setObjectName(QStringLiteral("actionHideAllKeys"));
    m_hideAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_hideAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Qt's own Ctrl+C in a table copies the cell's text as plain text: a
    // revealed key would land on the clipboard unmarked and never cleared.
    m_copy = new QAction(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("actionCopyDcCell"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyKey = new QAction(tr("Copy Key"), this);
    m_copyKey->setObjectName(QStringLiteral("actionCopyKey"));
    m_copyKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_copyKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyKey->setToolTip(tr("Copy the revealed auth key; the clipboard is cleared after the timeout (Ctrl+Shift+K)"));
    addAction(m_reveal);
    addAction(m_hideAll);
    addAction(m_copyKey);
    m_view->addAction(m_copy);
    m_view->addAction(m_copyKey);
    m_view->addAction(m_reveal);
    m_view->addAction(m_hideAll);
    connect(m_copy, &QAction::triggered, this, &DcsTab::copyCurrent);
    connect(m_copyKey, &QAction::triggered, this, &DcsTab::copyKey);

    connect(m_reveal, &QAction::toggled, this, [this](bool on) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->setRevealed(current.row(), on);
        updateActions();
    });
    connect(m_hideAll, &QAction::triggered, this, [this] {
        m_model->hideAll();
        updateActions();
    });

    auto *revealButton = new QToolButton(this);
    revealButton->setDefaultAction(m_reveal);
    revealButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *hideButton = new QToolButton(this);
    hideButton->setDefaultAction(m_hideAll);
    hideButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_hint = new QLabel(tr("Auth keys are hidden. The auth key id names a key without revealing it: compare ids, "
                           "not keys. Select a row and press Reveal Key to see one key."),
                        this);
    m_hint->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(revealButton);
    bar->addWidget(hideButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DcsTab::updateActions);
    updateActions();
}

void DcsTab::setSession(std::shared_ptr<const fero::Session> session)
{
    m_model->setSession(std::move(session));
    // A DC table has a few dozen rows at most: measuring them is cheap. The
    // masked key is short; a revealed one is elided in the middle (its full
    // text is copied, never shown in a tooltip).
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(DcTableModel::Key, qMin(m_view->columnWidth(DcTableModel::Key), 160));
    updateActions();
}

void DcsTab::copyCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (current.column() == DcTableModel::Key && m_model->isRevealed(current.row())) {
        copyKey();
        return;
    }
    emit copyRequested(current.data().toString());
}

void DcsTab::copyKey()
{
    const int row = m_view->currentIndex().row();
    if (m_model->isRevealed(row))
        emit copySecretRequested(m_model->index(row, DcTableModel::Key).data().toString());
}

void DcsTab::updateActions()
{
    const int row = m_view->currentIndex().row();
    const QSignalBlocker block(m_reveal);
    m_reveal->setEnabled(m_model->hasKey(row));
    m_reveal->setChecked(m_model->isRevealed(row));
    m_reveal->setText(m_model->isRevealed(row) ? tr("Hide Key") : tr("Reveal Key"));
    bool any = false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        any = any || m_model->isRevealed(r);
    m_hideAll->setEnabled(any);
    m_copyKey->setEnabled(m_model->isRevealed(row));
}

} // namespace fero::gui
