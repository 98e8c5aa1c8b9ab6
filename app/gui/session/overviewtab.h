// The Overview tab: what a session is, who can open it, what it holds and
// what looks wrong, in sentences; or, with nothing selected, what to do.
#pragma once

#include "library/libraryentry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QFormLayout;
class QGridLayout;
class QStackedWidget;

namespace fero::gui {

class OverviewTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void showEmpty();
    void showEntry(const LibraryEntry &entry);
    // The text of a field by its object name, for tests ("format", "homeDc", ...).
    QString fieldText(const QString &name) const;
    bool isShowingEmptyState() const;
    bool isShowingLockedState() const;
    // While a passcode is being tried: a busy bar instead of the button.
    void setUnlocking(bool unlocking);
    // What the Health box's Restrict buttons did, under them (until another session is shown).
    void showRestrictResult(const QString &summary);

signals:
    // The Locked page's "Enter Passcode…" button.
    void enterPasscodeRequested();
    // The Health box's Restrict buttons: the selection, or the folder the session was found in.
    void restrictRequested(bool wholeFolder);

private:
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);
    void showError(const LibraryEntry &entry);
    void showLocked(const LibraryEntry &entry);
    void showAccount(const fero::DecodedSession &decoded);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_errorText = nullptr;   // the verdict, one line
    QLabel *m_errorGuess = nullptr;  // the best guess
    QLabel *m_errorWhere = nullptr;  // the path
    QPlainTextEdit *m_errorDetails = nullptr;
    QWidget *m_lockedPage = nullptr;
    QLabel *m_lockedText = nullptr;
    QPushButton *m_enterPasscode = nullptr;
    QProgressBar *m_unlocking = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_restrictButton = nullptr;
    QPushButton *m_restrictFolderButton = nullptr;
    QLabel *m_restrictResult = nullptr;
    QGridLayout *m_accountGrid = nullptr;
    QList<QLabel *> m_fields;
};

} // namespace fero::gui
