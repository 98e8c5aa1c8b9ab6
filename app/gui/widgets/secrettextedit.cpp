#include "widgets/secrettextedit.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

namespace fero::gui {

SecretTextEdit::SecretTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

QMimeData *SecretTextEdit::createMimeDataFromSelection() const
{
    // Empty while secret: QWidgetTextControl hands this to the PRIMARY
    // selection after every mouse selection and to drags.
    if (m_secret)
        return new QMimeData;
    return QPlainTextEdit::createMimeDataFromSelection();
}

void SecretTextEdit::copySelection()
{
    const QString text = textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (!text.isEmpty())
        emit copyRequested(text, m_secret);
}

void SecretTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SecretTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // Our own menu: the standard one's Copy calls the non-virtual copy().
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, &SecretTextEdit::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(textCursor().hasSelection());
    menu.addAction(tr("Select &All"), this, &QPlainTextEdit::selectAll)->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

} // namespace fero::gui
