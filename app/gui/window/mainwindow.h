// The main window: the session library on the left, the session view on the
// right, menus, toolbar and status bar. Actions that live in app/gui/actions/
// (export, copy string, delete, compare, cleaning, report) plug in through
// pluggableAction() and the accessors below.
#pragma once

#include "library/pastedialog.h"
#include "library/sessionref.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QProgressBar;
class QThread;
class QPushButton;
class QTimer;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace fero::gui {

class DuplicateKeysDialog;
class FlagLegend;
class HelpWindow;
class LibraryPane;
class FolderScanner;
class LibraryModel;
class RecentMenu;
class ReloadWatcher;
class SessionView;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Actions another module implements; the window owns the QAction (menu
    // entry, shortcut, toolbar) and enables it once something is connected.
    enum class ActionId {
        ExportConvert,
        CopyStringSession,
        Delete,
        Compare,
        RemoveSelectedPeers,
        RemoveSelectedMinPeers,
        PruneMinPeers,
        ClearChannelPts,
        CopyReport,
        Count
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Start-up: with no paths, the demo session and the remembered sources
    // (never the working folder unasked; reopened folders are named in the
    // status bar); with paths, those (selected) after the remembered
    // sources, which stay remembered.
    void openInitial(const QStringList &paths);
    void addDemoSession();
    void showTab(int index); // 0 = Overview; ignored when that tab is disabled
    // Opens the Export dialog for the current session with a target chosen
    // (format id, e.g. "telethon-string"), without waiting; null when there
    // is no session or no such format.
    QDialog *showExportDialog(const QString &formatId);
    // Opens Compare for the current session and the session at path, without waiting.
    QDialog *showCompareDialog(const QString &path);
    // View > Duplicate Keys…: the groups of library sessions sharing an auth
    // key, shown without waiting (one window, raised when open again).
    DuplicateKeysDialog *showDuplicateKeys();
    void addSources(const QStringList &paths); // files, databases or folders
    // Lists the folder's sessions: at once from the start-up cache when it
    // has the folder, then from a background scan that reads only what
    // changed; fullPass: read every file again (View > Rescan Folders).
    void addFolder(const QString &path, bool recursive = true, bool fullPass = false);
    void rescanFolders(); // every folder of the library, a full pass each
    bool addPastedText(const QString &text, QString *error = nullptr);
    // A folder that is itself a session (Telegram Desktop tdata, GramJS
    // store): listed under Folders, one row per account. A tdata folder with
    // a local passcode is listed as locked and, when interactive, asks for
    // the passcode (enterPasscode). Returns the first row.
    QModelIndex addStoreFolder(const QString &path, bool interactive = true);
    // The folder to open as a session for path (path itself, or its tdata/
    // subfolder), or empty when path is an ordinary folder to scan.
    static QString storeFolderFor(const QString &path);

    // Asks for a tdata folder's local passcode: the folder and, after a wrong
    // try, what went wrong; nullopt = cancelled. The default shows a masked
    // input dialog; tests inject their own (no modal dialog).
    using PasscodeProvider = std::function<std::optional<QString>(const QString &folder, const QString &problem)>;
    void setPasscodeProvider(PasscodeProvider provider) { m_passcodeProvider = std::move(provider); }
    // Asks for a Locked entry's passcode and opens it off the GUI thread
    // (100,000 PBKDF2 rounds) with a busy indicator; the accounts replace the
    // row in place. A wrong passcode asks again, saying so; cancelling keeps
    // the row locked. Does nothing while another passcode is being tried.
    void enterPasscode(const QModelIndex &index, const QString &problem = {});
    bool isUnlocking() const { return m_unlocking != nullptr; }

    // The paste box while it is open (Ctrl+V and File > Paste String open it).
    PasteDialog *pasteBox() const { return m_pasteBox; }
    void openPasteBox(const QString &text = {});

    // --- for the actions module -------------------------------------------
    SessionRef currentSession() const;
    QList<SessionRef> selectedSessions() const; // the library's selected entries (batch)
    QList<qint64> selectedPeerIds() const;      // in the Peers tab
    QList<int> selectedPeerRows() const;        // indexes into the session's peers
    QList<int> selectedMinPeerRows() const;     // indexes into the session's min_peers
    // Adds an edited copy ("Unsaved copies") and selects it; `what` names
    // the change for Edit > Undo ("Remove Selected Peers"), which takes the
    // copy back out until it is saved. Returns the copy's entry id.
    quint64 addUnsavedCopy(fero::DecodedSession decoded, const QString &name, const QString &originalPath,
                           const fero::FileStamp &originalStamp = {}, const QString &what = {});
    QUndoStack *undoStack() const { return m_undo; }
    RecentMenu *recentMenu() const { return m_recent; }
    // Re-reads a path after an action wrote, deleted or chmod'ed it.
    void refreshPath(const QString &path);
    // Forgets a session that was deleted: it leaves the library and the recent list.
    void forgetPath(const QString &path);
    void showStatus(const QString &message, int timeoutMs = 5000);
    QAction *pluggableAction(ActionId id) const { return m_pluggable[std::size_t(id)]; }
    // Enables a pluggable action whenever it applies to the selection (call
    // once connected); when it does not, its tooltip says why.
    void setActionAvailable(ActionId id, bool available);

    QMenu *fileMenu() const { return m_fileMenu; }
    LibraryModel *library() const { return m_library; }
    LibraryPane *libraryPane() const { return m_pane; }
    QTreeView *libraryView() const;
    FlagLegend *flagLegend() const;
    SessionView *sessionView() const { return m_view; }
    ReloadWatcher *reloadWatcher() const { return m_watcher; }
    bool isScanning() const;
    void selectIndex(const QModelIndex &index);
    // The edited copies not saved yet ("Unsaved copies"), as library indexes.
    QList<QPersistentModelIndex> unsavedCopies() const;
    // The status bar's sentence after a pasted string was opened.
    static QString pastedStatus(QString what);

signals:
    void currentSessionChanged();
    void scansFinished();
    // A folder's rows were filled from the start-up cache (its scan goes on).
    void folderListedFromCache(const QString &folder);
    void unlockFinished(); // a passcode was tried (whatever came of it)

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenusAndToolbar();
    void createStatusBar();
    void onCurrentChanged();
    void updateActions();
    // Why a pluggable action cannot apply to what is selected; empty = it applies.
    QString whyUnavailable(ActionId id) const;
    void updateScanProgress();
    void saveRecentSources();
    // Gives the library what its columns need until the user moves the splitter.
    void fitSplitter();
    void copySecret(const QString &text);
    void updateWindowTitle();
    // Before closing with unsaved copies: Save / Discard / Cancel. True when
    // the window may close (nothing unsaved, discarded, or every copy saved).
    bool confirmUnsavedWork();
    void openFileDialog();
    void openFolderDialog();
    void pasteFromClipboard();
    void pasteDialog();
    void reloadCurrent();
    void onUnlocked(quint64 entryId, fero::Result<fero::DecodedSession> opened, QString passcode);
    void removeFromLibrary();
    // Runs an undo-stack step, then drops the steps nothing is left for (a
    // cleaning whose copy was saved since).
    void runUndoStep(const std::function<void()> &step);
    void dropStaleUndoSteps();
    void restrictPermissions();
    // The files (and session folders) of the selected rows, a folder's or a
    // group's rows included, each once; readableOnly: those flagged as
    // readable by others when they were read.
    QStringList selectedSessionPaths(bool readableOnly) const;
    QStringList sessionPathsUnder(const QList<QModelIndex> &rows, bool readableOnly) const;
    // The Health box's Restrict buttons: the selection, or the folder of the current session.
    void restrictFromHealth(bool wholeFolder);
    void showSettings();
    void findHere();
    void showHelp();
    void showAbout();

    LibraryModel *m_library;
    LibraryPane *m_pane;
    SessionView *m_view;
    ReloadWatcher *m_watcher;
    QList<FolderScanner *> m_scanners;
    QMenu *m_fileMenu = nullptr;
    class WindowActions *m_actions = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelScan = nullptr;
    QLabel *m_sessionCount = nullptr;
    int m_pastedCount = 0;
    PasscodeProvider m_passcodeProvider;
    QThread *m_unlocking = nullptr; // opening a tdata with its passcode
    std::shared_ptr<QString> m_unlockingPasscode; // what it tries; wiped if the window goes first
    QPointer<PasteDialog> m_pasteBox;
    QPointer<HelpWindow> m_helpWindow;
    QPointer<DuplicateKeysDialog> m_duplicateKeys;
    QAction *m_duplicatesAction = nullptr;
    QAction *m_rescan = nullptr;
    bool m_restoring = false;
    bool m_splitterByUser = false;  // the user placed the splitter: stop sizing the library

    QAction *m_openFile = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_pasteDialog = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_enterPasscode = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_inUndoStep = false;
    RecentMenu *m_recent = nullptr;
    QAction *m_restrict = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_help = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_tabActions;
    std::array<QAction *, std::size_t(ActionId::Count)> m_pluggable{};
    std::array<bool, std::size_t(ActionId::Count)> m_available{};
};

} // namespace fero::gui
