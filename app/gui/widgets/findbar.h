// A find bar for a read-only text view: type to search, Enter / F3 for the
// next match, Shift+Enter / Shift+F3 for the previous one, Esc to close.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fero::gui {

class FindBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QPlainTextEdit *target, QWidget *parent = nullptr);

    void activate(); // show and focus the search box
    QLineEdit *searchBox() const { return m_search; }
    // Moves to the next (or previous) match; false when there is none.
    bool findNext(bool backwards = false);

private:
    QPlainTextEdit *m_target;
    QLineEdit *m_search;
    QLabel *m_status;
};

} // namespace fero::gui
