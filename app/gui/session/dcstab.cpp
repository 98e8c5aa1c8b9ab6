#include "session/dcstab.h"

#include "widgets/secrettextedit.h"

#include <QAction>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

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

    // Not checkable: a checked "Hide Key" reads as "keys are hidden". The
    // text says what pressing it does: Reveal Key, then Hide Key.
    m_reveal = new QAction(tr("Reveal Key"), this);
    m_reveal->setObjectName(QStringLiteral("actionRevealKey"));
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
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

    connect(m_reveal, &QAction::triggered, this, &DcsTab::toggleReveal);
    connect(m_hideAll, &QAction::triggered, this, &DcsTab::hideAll);

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

    // The revealed key, whole: hex has no spaces, so it wraps anywhere; the
    // field grows to hold every line (up to a dozen, then it scrolls).
    m_keyPanel = new QWidget(this);
    m_keyPanel->setObjectName(QStringLiteral("keyPanel"));
    m_countdown = new QLabel(m_keyPanel);
    m_countdown->setObjectName(QStringLiteral("keyCountdown"));
    m_countdown->setWordWrap(true);
    m_keyField = new SecretTextEdit(m_keyPanel);
    m_keyField->setObjectName(QStringLiteral("keyField"));
    m_keyField->setSecret(true);
    m_keyField->setReadOnly(true);
    m_keyField->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keyField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyField->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_keyField->setWordWrapMode(QTextOption::WrapAnywhere);
    m_keyField->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_keyField->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_keyField->setToolTip(tr("The auth key in hex. Anyone who has it can use the account."));
    m_keyField->viewport()->installEventFilter(this); // also narrowed by a scroll bar coming
    connect(m_keyField, &SecretTextEdit::copyRequested, this, [this](const QString &text, bool) {
        emit copySecretRequested(text); // the field only ever holds a key
    });
    auto *panelLayout = new QVBoxLayout(m_keyPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_countdown);
    panelLayout->addWidget(m_keyField);
    m_keyPanel->hide();

    m_tick.setObjectName(QStringLiteral("revealCountdown"));
    connect(&m_tick, &QTimer::timeout, this, &DcsTab::updateCountdown);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_hint, 1);
    bar->addWidget(revealButton);
    bar->addWidget(hideButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_keyPanel);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DcsTab::updateActions);
    updateActions();
}

bool DcsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_keyField->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &DcsTab::fitKeyField);
    return QWidget::eventFilter(watched, event);
}

void DcsTab::fitKeyField()
{
    // Counted, not read from the layout (laid out lazily, it lags behind a
    // resize): hex digits are all as wide in a monospace font.
    const QTextDocument *document = m_keyField->document();
    const QFontMetricsF metrics(m_keyField->font());
    const qreal room = m_keyField->viewport()->width() - 2 * document->documentMargin() - m_keyField->cursorWidth();
    const int perLine = qMax(1, int(room / metrics.horizontalAdvance(QLatin1Char('0'))));
    const int length = int(m_keyField->toPlainText().size());
    const int lines = qBound(1, (length + perLine - 1) / perLine, 12);
    // The frame and margins around the viewport, as measured (style-dependent);
    // QPlainTextEdit shows a line only when it ends a pixel above the bottom margin.
    const int chrome = m_keyField->height() - m_keyField->viewport()->height();
    const int height =
        lines * int(std::ceil(metrics.lineSpacing())) + int(std::ceil(2 * document->documentMargin())) + chrome + 1;
    if (height != m_keyField->height())
        m_keyField->setFixedHeight(height);
}

void DcsTab::toggleReveal()
{
    const int row = m_view->currentIndex().row();
    if (!m_model->hasKey(row))
        return;
    const bool reveal = !m_model->isRevealed(row);
    m_model->setRevealed(row, reveal);
    if (reveal) {
        // Every reveal restarts the countdown; when it runs out every key hides.
        m_hideAt = QDeadlineTimer(m_revealTimeout);
        m_tick.start(int(qMin<qint64>(1000, m_revealTimeout.count())));
    }
    updateActions();
}

void DcsTab::hideAll()
{
    m_model->hideAll();
    updateActions();
}

void DcsTab::updateCountdown()
{
    if (m_hideAt.hasExpired()) {
        hideAll();
        return;
    }
    const int row = m_view->currentIndex().row();
    if (!m_model->isRevealed(row))
        return;
    const int seconds = int((m_hideAt.remainingTime() + 999) / 1000);
    m_countdown->setText(tr("Auth key of DC %1, hidden again in %n second(s) (or now with Hide Key):", nullptr, seconds)
                             .arg(m_model->index(row, DcTableModel::DcId).data().toString()));
}

void DcsTab::updateKeyField()
{
    const int row = m_view->currentIndex().row();
    const QString key = m_model->keyText(row);
    if (key.isEmpty()) {
        m_keyPanel->hide();
        m_keyField->clear();
    } else {
        if (m_keyField->toPlainText() != key)
            m_keyField->setPlainText(key);
        m_keyPanel->show();
        fitKeyField();
        updateCountdown();
    }
    bool any = false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        any = any || m_model->isRevealed(r);
    if (!any)
        m_tick.stop();
}

void DcsTab::setSession(std::shared_ptr<const fero::Session> session)
{
    m_model->setSession(std::move(session));
    // A DC table has a few dozen rows at most: measuring them is cheap. The
    // key column holds the mask or "shown below": the key itself is shown
    // in the field under the table.
    m_view->resizeColumnsToContents();
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
        emit copySecretRequested(m_model->keyText(row));
}

void DcsTab::updateActions()
{
    const int row = m_view->currentIndex().row();
    const bool revealed = m_model->isRevealed(row);
    m_reveal->setEnabled(m_model->hasKey(row));
    m_reveal->setText(revealed ? tr("Hide Key") : tr("Reveal Key"));
    m_reveal->setToolTip(revealed ? tr("Hide the auth key of the selected DC (Ctrl+R)")
                                  : tr("Show the auth key of the selected DC (Ctrl+R)"));
    bool any = false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        any = any || m_model->isRevealed(r);
    m_hideAll->setEnabled(any);
    m_copyKey->setEnabled(revealed);
    updateKeyField();
}

} // namespace fero::gui
