#include "widgets/findbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace fero::gui {

FindBar::FindBar(QPlainTextEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("findText"));
    m_search->setPlaceholderText(tr("Find in JSON…"));
    m_search->setClearButtonEnabled(true);

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_search, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);

    auto *nextAction = new QAction(this);
    nextAction->setShortcuts(QKeySequence::FindNext);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *previousAction = new QAction(this);
    previousAction->setShortcuts(QKeySequence::FindPrevious);
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    parentWidget()->addAction(nextAction);
    parentWidget()->addAction(previousAction);

    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(nextAction, &QAction::triggered, this, [this] { findNext(false); });
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Search from the top as the text changes, like a browser.
        QTextCursor cursor = m_target->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_target->setTextCursor(cursor);
        if (m_search->text().isEmpty())
            m_status->clear();
        else
            findNext(false);
    });
}

void FindBar::activate()
{
    show();
    m_search->setFocus();
    m_search->selectAll();
}

bool FindBar::findNext(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_target->find(needle, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = m_target->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_target->setTextCursor(cursor);
        found = m_target->find(needle, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

} // namespace fero::gui
