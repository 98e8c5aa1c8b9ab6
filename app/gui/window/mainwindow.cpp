#include "window/mainwindow.h"

#include "window/aboutdialog.h"
#include "window/appicon.h"
#include "window/appsettings.h"
#include "detect/detect.h"
#include "inspect/inspect.h"
#include "library/duplicatekeysdialog.h"
#include "library/folderscanner.h"
#include "storage/folderstorage.h"
#include "library/librarymodel.h"
#include "library/libraryfilter.h"
#include "library/librarypane.h"
#include "session/minpeerstab.h"
#include "session/overviewtab.h"
#include "open/opener.h"
#include "library/pastedialog.h"
#include "session/peerstab.h"
#include "session/rawtab.h"
#include "widgets/findbar.h"
#include "window/reloadwatcher.h"
#include "session/sessionview.h"
#include "widgets/revealtoggle.h"
#include "window/helpwindow.h"
#include "window/libraryundo.h"
#include "window/recentmenu.h"
#include "window/settingsdialog.h"
#include "storage/storage.h"
#include "actions/clipboardguard.h"
#include "window/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QUndoStack>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <functional>
#include <utility>

namespace fero::gui {

namespace {

constexpr auto DemoResource = ":/feroscope/demo/demo.session";

// The desktop's icon when its theme has one, else ours (same look everywhere
// the theme is missing, e.g. a bare X session or another desktop's theme).
QIcon themedIcon(const QString &name)
{
    QIcon fallback;
    fallback.addFile(QStringLiteral(":/feroscope/icons/actions/%1.png").arg(name), QSize(24, 24));
    fallback.addFile(QStringLiteral(":/feroscope/icons/actions/%1@2x.png").arg(name), QSize(48, 48));
    return QIcon::fromTheme(name, fallback);
}

// The default passcode prompt: a masked line edit, never echoed or stored.
std::optional<QString> askPasscode(QWidget *parent, const QString &folder, const QString &problem)
{
    QInputDialog dialog(parent);
    // A locked file is a WTelegramClient session (its key); a locked folder a tdata (its passcode).
    const bool sessionKey = QFileInfo(folder).isFile();
    dialog.setWindowTitle(sessionKey ? MainWindow::tr("WTelegramClient Session Key")
                                     : MainWindow::tr("Telegram Desktop Passcode"));
    const QString question =
        sessionKey ? MainWindow::tr("%1 is encrypted with the app's api_hash or its session_key. Enter that key (hex "
                                    "digits) to open it (it is kept in memory only).")
                         .arg(QDir::toNativeSeparators(folder))
                   : MainWindow::tr("%1 is protected by a local passcode. Enter it to open the accounts "
                                    "(it is kept in memory only).")
                         .arg(QDir::toNativeSeparators(folder));
    dialog.setLabelText(problem.isEmpty() ? question : problem + QStringLiteral("\n\n") + question);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    if (auto *field = dialog.findChild<QLineEdit *>())
        addRevealToggle(field);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // Taken, then cleared in the dialog: the dialog lets go of the text, so
    // the copy returned (or wiped here) is the only one left.
    QString passcode = dialog.textValue();
    dialog.setTextValue(QString());
    if (!accepted) {
        fero::secureWipe(passcode);
        return std::nullopt;
    }
    return passcode;
}

QString pluggableText(MainWindow::ActionId id)
{
    switch (id) {
    case MainWindow::ActionId::ExportConvert:
        return MainWindow::tr("&Export / Convert…");
    case MainWindow::ActionId::CopyStringSession:
        return MainWindow::tr("Copy Strin&g Session");
    case MainWindow::ActionId::Delete:
        return MainWindow::tr("&Delete…");
    case MainWindow::ActionId::Compare:
        return MainWindow::tr("Co&mpare…");
    case MainWindow::ActionId::RemoveSelectedPeers:
        return MainWindow::tr("Remove Selected &Peers");
    case MainWindow::ActionId::RemoveSelectedMinPeers:
        return MainWindow::tr("Remove Selected M&in Peers");
    case MainWindow::ActionId::PruneMinPeers:
        return MainWindow::tr("Prune All &Min Peers");
    case MainWindow::ActionId::ClearChannelPts:
        return MainWindow::tr("Clear &Channel pts");
    case MainWindow::ActionId::CopyReport:
        return MainWindow::tr("Copy &Report");
    case MainWindow::ActionId::Count:
        break;
    }
    return {};
}

QString pluggableName(MainWindow::ActionId id)
{
    static const char *const names[] = {
        "actionExportConvert", "actionCopyStringSession",   "actionDelete",
        "actionCompare",       "actionRemoveSelectedPeers", "actionRemoveSelectedMinPeers",
        "actionPruneMinPeers", "actionClearChannelPts",     "actionCopyReport"};
    static_assert(std::size(names) == std::size_t(MainWindow::ActionId::Count));
    return QString::fromLatin1(names[int(id)]);
}

// What each pluggable action does, for its status tip and tooltip.
QString pluggableTip(MainWindow::ActionId id)
{
    switch (id) {
    case MainWindow::ActionId::ExportConvert:
        return MainWindow::tr("Write the selected sessions in another format or version, or copy one as a string");
    case MainWindow::ActionId::CopyStringSession:
        return MainWindow::tr("Copy the session as a string of its own library; the clipboard is cleared after "
                              "the timeout");
    case MainWindow::ActionId::Delete:
        return MainWindow::tr("Move the selected session files to the trash, or delete them permanently");
    case MainWindow::ActionId::Compare:
        return MainWindow::tr("Compare two sessions: DCs, counters and the peer cache side by side");
    case MainWindow::ActionId::RemoveSelectedPeers:
        return MainWindow::tr("Make an unsaved copy without the peers selected in the Peers tab");
    case MainWindow::ActionId::RemoveSelectedMinPeers:
        return MainWindow::tr("Make an unsaved copy without the min peers selected in the Min Peers tab");
    case MainWindow::ActionId::PruneMinPeers:
        return MainWindow::tr("Make an unsaved copy without any min peers");
    case MainWindow::ActionId::ClearChannelPts:
        return MainWindow::tr("Make an unsaved copy without the per-channel pts");
    case MainWindow::ActionId::CopyReport:
        return MainWindow::tr("Copy a summary that is safe to paste into a bug report (no keys, no access hashes)");
    case MainWindow::ActionId::Count:
        break;
    }
    return {};
}

QKeySequence pluggableShortcut(MainWindow::ActionId id)
{
    switch (id) {
    case MainWindow::ActionId::ExportConvert:
        return QKeySequence(Qt::CTRL | Qt::Key_E);
    case MainWindow::ActionId::CopyStringSession:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    case MainWindow::ActionId::Delete:
        return QKeySequence(Qt::SHIFT | Qt::Key_Delete);
    case MainWindow::ActionId::Compare:
        return QKeySequence(Qt::CTRL | Qt::Key_D);
    case MainWindow::ActionId::RemoveSelectedPeers:
        return QKeySequence(Qt::CTRL | Qt::Key_Delete);
    case MainWindow::ActionId::RemoveSelectedMinPeers:
        return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Delete);
    case MainWindow::ActionId::PruneMinPeers:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    case MainWindow::ActionId::ClearChannelPts:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    case MainWindow::ActionId::CopyReport:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case MainWindow::ActionId::Count:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new LibraryModel(this))
    , m_pane(new LibraryPane(m_library, this))
    , m_view(new SessionView(this))
    , m_watcher(new ReloadWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Feroscope"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    m_library->setRelease(fero::ferogramRelease(AppSettings::ferogramRelease()));

    connect(m_library, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_restoring)
            saveRecentSources();
    });
    connect(m_library, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_restoring)
            saveRecentSources();
        // After the event: a save removes its copy, then lists what it wrote.
        QMetaObject::invokeMethod(this, &MainWindow::dropStaleUndoSteps, Qt::QueuedConnection);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_library, signal, this, &MainWindow::updateWindowTitle);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_pane);
    splitter->addWidget(m_view);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 45);
    splitter->setStretchFactor(1, 55);
    setCentralWidget(splitter);

    createActions();
    createMenusAndToolbar();
    createStatusBar();

    connect(m_pane, &LibraryPane::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_pane, &LibraryPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_pane, &LibraryPane::columnsFitted, this, &MainWindow::fitSplitter);
    connect(m_library, &LibraryModel::entryReloaded, this, [this](quint64 id) {
        if (id != m_view->shownEntryId())
            return;
        if (const LibraryEntry *e = m_library->entry(m_library->indexOfEntry(id))) {
            m_view->showEntry(*e);
            emit currentSessionChanged();
        }
    });
    connect(m_watcher, &ReloadWatcher::changed, this, [this](const QString &path) {
        m_library->reloadPath(path);
        showStatus(tr("Reloaded %1: it changed on disk.").arg(QFileInfo(path).fileName()));
        m_watcher->setPaths(m_library->loadedPaths());
    });
    connect(m_view, &SessionView::copyRequested, this, [this](const QString &text) {
        // Peer rows, DC cells and masked JSON hold no secrets: a plain copy is fine.
        QGuiApplication::clipboard()->setText(text);
        showStatus(tr("Copied to the clipboard."));
    });
    connect(m_view, &SessionView::copySecretRequested, this, &MainWindow::copySecret);
    connect(m_view->overview(), &OverviewTab::restrictRequested, this, &MainWindow::restrictFromHealth);
    connect(m_view->overview(), &OverviewTab::enterPasscodeRequested, this,
            [this] { enterPasscode(m_pane->currentIndex()); });

    m_actions = new WindowActions(this);
    m_passcodeProvider = [this](const QString &folder, const QString &problem) {
        return askPasscode(this, folder, problem);
    };
    // A sensible first size: 1600 x 900 where the screen has room (then the
    // library's seven columns and the DC table's nine fit side by side), else
    // most of the screen.
    QSize size(1600, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 60));
    resize(size);
    // The library gets 45 %: its columns (name, format, DC, key id, peers,
    // size, date) fit; the session view the rest.
    splitter->setSizes({size.width() * 45 / 100, size.width() * 55 / 100});
    if (const QByteArray geometry = AppSettings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = AppSettings::splitterState(); !state.isEmpty()) {
        splitter->restoreState(state);
        m_splitterByUser = true; // the user's layout from last time wins
    }
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterByUser = true; });
    updateActions();
}

MainWindow::~MainWindow()
{
    // Scanners join their threads in their destructors (children of this window).
    for (FolderScanner *scanner : std::as_const(m_scanners))
        scanner->cancel();
    // A passcode being tried cannot be interrupted (one PBKDF2 call, well
    // under a second): wait for it. Its result, queued to this window, is
    // dropped with the window; the worker wipes its own passcode.
    if (m_unlocking) {
        m_unlocking->wait();
        delete m_unlocking;
        fero::secureWipe(*m_unlockingPasscode);
    }
    // The stack empties itself when deleted and says so; left to ~QWidget,
    // that signal would reach this window's slots after this destructor.
    m_undo->disconnect(this);
    delete m_undo;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut, const QString &tip,
                       const QString &icon = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(shortcut.isEmpty() ? tip
                                              : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        if (!icon.isEmpty())
            action->setIcon(themedIcon(icon));
        addAction(action); // shortcuts work even when the menu bar is hidden
        return action;
    };
    m_openFile = make(tr("&Open Session…"), QStringLiteral("actionOpenFile"), QKeySequence::Open,
                      tr("Add session files or databases to the library"), QStringLiteral("document-open"));
    m_openFolder =
        make(tr("Open &Folder…"), QStringLiteral("actionOpenFolder"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
             tr("Add every session found in a folder, or a Telegram Desktop tdata or GramJS store folder"),
             QStringLiteral("folder-open"));
    m_paste = make(tr("&Paste from Clipboard"), QStringLiteral("actionPaste"), QKeySequence::Paste,
                   tr("Check the string session on the clipboard: its format, and what else it could be"),
                   QStringLiteral("edit-paste"));
    m_pasteDialog =
        make(tr("Paste S&tring…"), QStringLiteral("actionPasteDialog"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
             tr("Type or paste a string session of any library into a masked box"), QStringLiteral("edit-paste"));
    m_reload = make(tr("&Reload"), QStringLiteral("actionReload"), QKeySequence::Refresh,
                    tr("Read the selected session or folder again"), QStringLiteral("view-refresh"));
    m_enterPasscode = make(tr("Enter Pass&code…"), QStringLiteral("actionEnterPasscode"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                           tr("Open the selected Telegram Desktop folder with its local passcode"));
    m_enterPasscode->setVisible(false); // only where it applies: a locked tdata row
    m_remove = make(tr("Remove from &Library"), QStringLiteral("actionRemove"), QKeySequence(Qt::Key_Delete),
                    tr("Forget the selected entries (the files stay where they are)"));
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    removeAction(m_remove);
    m_pane->view()->addAction(m_remove);
    m_undo = new QUndoStack(this);
    m_undoAction = make(tr("&Undo"), QStringLiteral("actionUndo"), QKeySequence::Undo,
                        tr("Take back the last removal from the library or peer-cache cleaning"),
                        QStringLiteral("edit-undo"));
    m_redoAction = make(tr("&Redo"), QStringLiteral("actionRedo"), QKeySequence::Redo,
                        tr("Do again what Undo took back"), QStringLiteral("edit-redo"));
    // The menu says what will be undone: "Undo Remove from Library".
    auto followStack = [this] {
        m_undoAction->setEnabled(m_undo->canUndo());
        m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
        m_redoAction->setEnabled(m_undo->canRedo());
        m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, followStack);
    connect(m_undo, &QUndoStack::undoTextChanged, this, followStack);
    connect(m_undo, &QUndoStack::redoTextChanged, this, followStack);
    followStack();
    connect(m_undoAction, &QAction::triggered, this, [this] { runUndoStep([this] { m_undo->undo(); }); });
    connect(m_redoAction, &QAction::triggered, this, [this] { runUndoStep([this] { m_undo->redo(); }); });
    m_restrict = make(tr("Restrict &Permissions"), QStringLiteral("actionRestrictPermissions"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                      tr("Make the selected session files, and those in selected folders, readable by you only "
                         "(mode 0600)"));
    m_duplicatesAction = make(tr("Duplicate &Keys…"), QStringLiteral("actionDuplicateKeys"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                              tr("Sessions in the library that share an auth key, and a way to keep one of each"));
    connect(m_duplicatesAction, &QAction::triggered, this, [this] { showDuplicateKeys(); });
    m_rescan = make(tr("Re&scan Folders"), QStringLiteral("actionRescanFolders"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                    tr("Read every file of the library's folders again, not only those that changed since the last "
                       "scan"));
    connect(m_rescan, &QAction::triggered, this, &MainWindow::rescanFolders);
    m_settings = make(tr("&Settings…"), QStringLiteral("actionSettings"), QKeySequence::Preferences,
                      tr("Language, clipboard timeout, your ferogram release"));
    if (m_settings->shortcut().isEmpty())
        m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_find = make(tr("&Find"), QStringLiteral("actionFind"), QKeySequence::Find,
                  tr("Search where you are: the Peers or Min Peers search or the Raw JSON find bar when they "
                     "have focus, else the library's filter"));
    connect(m_find, &QAction::triggered, this, &MainWindow::findHere);
    m_quit = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Feroscope"));
    m_help = make(tr("Feroscope &Help"), QStringLiteral("actionHelp"), QKeySequence::HelpContents,
                  tr("How to open, inspect and convert sessions, and the keyboard shortcuts"));
    m_about = make(tr("&About Feroscope"), QStringLiteral("actionAbout"), QKeySequence(),
                   tr("Version, licence and the libraries Feroscope runs with"));
    m_aboutQt = make(tr("About &Qt"), QStringLiteral("actionAboutQt"), QKeySequence(), tr("The Qt version in use"));

    // The tabs' own words, mnemonics included: one string per tab, so the
    // View menu and the tab bar cannot disagree.
    for (int i = 0; i < SessionView::TabCount; ++i) {
        const QString name = m_view->tabText(i);
        QAction *tab = make(name, QStringLiteral("actionTab%1").arg(i + 1), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)),
                            tr("Show the %1 tab").arg(QString(name).remove(QLatin1Char('&'))));
        connect(tab, &QAction::triggered, this, [this, i] { showTab(i); });
        m_tabActions << tab;
    }

    for (int i = 0; i < int(ActionId::Count); ++i) {
        const auto id = ActionId(i);
        QAction *action = make(pluggableText(id), pluggableName(id), pluggableShortcut(id), pluggableTip(id));
        action->setEnabled(false);
        action->setToolTip(tr("Not available in this build yet"));
        m_pluggable[std::size_t(i)] = action;
    }
    m_pluggable[std::size_t(ActionId::ExportConvert)]->setIcon(themedIcon(QStringLiteral("document-export")));
    m_pluggable[std::size_t(ActionId::CopyStringSession)]->setIcon(themedIcon(QStringLiteral("edit-copy")));
    m_pluggable[std::size_t(ActionId::Delete)]->setIcon(themedIcon(QStringLiteral("edit-delete")));

    connect(m_openFile, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openFolderDialog);
    connect(m_paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    connect(m_pasteDialog, &QAction::triggered, this, &MainWindow::pasteDialog);
    connect(m_reload, &QAction::triggered, this, &MainWindow::reloadCurrent);
    connect(m_enterPasscode, &QAction::triggered, this,
            [this] { enterPasscode(m_pane->currentIndex()); });
    connect(m_remove, &QAction::triggered, this, &MainWindow::removeFromLibrary);
    connect(m_restrict, &QAction::triggered, this, &MainWindow::restrictPermissions);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_help, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenusAndToolbar()
{
    auto p = [this](ActionId id) { return pluggableAction(id); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addActions({m_openFile, m_openFolder});
    m_recent = new RecentMenu(this);
    connect(m_recent, &RecentMenu::openRequested, this, [this](const QString &path) {
        if (!QFileInfo::exists(path)) {
            showStatus(tr("%1 is not there any more.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        addSources({path});
    });
    file->addMenu(m_recent);
    file->addActions({m_pasteDialog, m_enterPasscode});
    file->addSeparator();
    file->addActions({p(ActionId::ExportConvert), p(ActionId::CopyStringSession)});
    file->addSeparator();
    file->addActions({m_restrict, p(ActionId::Delete), m_remove});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addAction(m_paste);
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addActions({p(ActionId::Compare), p(ActionId::CopyReport)});
    session->addSeparator();
    QMenu *clean = session->addMenu(tr("Clean &Peer Cache"));
    clean->addActions({p(ActionId::RemoveSelectedPeers), p(ActionId::RemoveSelectedMinPeers),
                       p(ActionId::PruneMinPeers), p(ActionId::ClearChannelPts)});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_reload, m_rescan});
    view->addAction(m_duplicatesAction);
    view->addSeparator();
    view->addActions(m_tabActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_help);
    help->addSeparator();
    help->addActions({m_about, m_aboutQt});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addActions({m_openFile, m_openFolder});
    bar->addAction(m_pasteDialog);
    bar->addSeparator();
    bar->addAction(m_reload);
    bar->addSeparator();
    bar->addActions({p(ActionId::ExportConvert), p(ActionId::CopyStringSession), p(ActionId::Delete)});

    m_pane->view()->addAction(m_enterPasscode);
    m_pane->view()->addAction(m_reload);
    m_pane->view()->addAction(m_restrict);
    m_pane->view()->addAction(p(ActionId::ExportConvert));
    m_pane->view()->addAction(p(ActionId::Delete));
    // Right-click in the peer tables offers the cleaning that applies there.
    m_view->peers()->view()->addAction(p(ActionId::RemoveSelectedPeers));
    m_view->minPeers()->view()->addAction(p(ActionId::RemoveSelectedMinPeers));
    m_view->minPeers()->view()->addAction(p(ActionId::PruneMinPeers));
}

void MainWindow::createStatusBar()
{
    m_sessionCount = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelScan = new QPushButton(tr("Cancel"), this);
    m_cancelScan->setObjectName(QStringLiteral("cancelScan"));
    m_cancelScan->setToolTip(tr("Stop scanning folders (Esc)"));
    m_cancelScan->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelScan->hide();
    connect(m_cancelScan, &QPushButton::clicked, this, [this] {
        for (FolderScanner *scanner : std::as_const(m_scanners))
            scanner->cancel();
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelScan);
    statusBar()->addPermanentWidget(m_sessionCount);
    connect(m_library, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_library, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
}

// --- adding sessions ---------------------------------------------------------

void MainWindow::openInitial(const QStringList &paths)
{
    // Read before anything is added: adding saves the library's sources, and
    // a start with paths (the .desktop file's "feroscope %F") must add to the
    // remembered list, not replace it.
    const QList<RecentSource> recent = AppSettings::recentSources();
    m_restoring = true;
    if (paths.isEmpty())
        addDemoSession();
    for (const RecentSource &source : recent) {
        if (source.kind == SourceKind::Folder)
            addFolder(source.path, source.recursive);
        else
            m_library->addPath(source.path, source.kind);
    }
    m_restoring = false;
    // Folders are scanned again: say so, rather than leave the user wondering
    // why the disk is busy. (The working folder is never scanned unasked.)
    QStringList folders;
    for (const RecentSource &source : recent) {
        if (source.kind == SourceKind::Folder)
            folders << QDir::toNativeSeparators(source.path);
    }
    if (!folders.isEmpty())
        showStatus(tr("Reopened %n remembered folder(s): %1", nullptr, int(folders.size()))
                       .arg(folders.join(QStringLiteral(", "))),
                   15000);
    if (!paths.isEmpty()) {
        addSources(paths); // selects the last one given; saves the merged list
        saveRecentSources();
        return;
    }
    // Show something straight away: the first session in the library.
    for (int g = 0; g < m_library->rowCount(); ++g) {
        const QModelIndex group = m_library->index(g, 0);
        for (int r = 0; r < m_library->rowCount(group); ++r) {
            const QModelIndex child = m_library->index(r, 0, group);
            if (m_library->entry(child)) {
                selectIndex(child);
                return;
            }
        }
    }
}

void MainWindow::showTab(int index)
{
    if (index >= 0 && index < m_view->count() && m_view->isTabEnabled(index))
        m_view->setCurrentIndex(index);
}

QDialog *MainWindow::showExportDialog(const QString &formatId)
{
    const std::optional<fero::Format> format = fero::formatFromId(formatId);
    if (!format)
        return nullptr;
    return m_actions->showExportDialog(*format);
}

QDialog *MainWindow::showCompareDialog(const QString &path)
{
    return m_actions->compareWithPath(path, false);
}

DuplicateKeysDialog *MainWindow::showDuplicateKeys()
{
    if (!m_duplicateKeys) {
        m_duplicateKeys = new DuplicateKeysDialog(m_library, this);
        m_duplicateKeys->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicateKeys, &DuplicateKeysDialog::showRequested, this, &MainWindow::selectIndex);
        connect(m_duplicateKeys, &DuplicateKeysDialog::trashRequested, this, [this](const QStringList &paths) {
            std::vector<DeleteTarget> targets;
            for (const QString &path : paths)
                targets.push_back({path, false});
            m_actions->deleteTargets(std::move(targets));
        });
    } else {
        m_duplicateKeys->refresh();
    }
    m_duplicateKeys->show();
    m_duplicateKeys->raise();
    m_duplicateKeys->activateWindow();
    return m_duplicateKeys;
}

void MainWindow::addDemoSession()
{
    // Bundled with every build (resources/demo/demo.session, made by
    // tests/tools/makedemosession.cpp).
    QFile demo(QString::fromLatin1(DemoResource));
    fero::Result<fero::DecodedSession> decoded = demo.open(QIODevice::ReadOnly)
                                              ? fero::openBytes(demo.readAll())
                                              : fero::Result<fero::DecodedSession>(fero::Error::io(tr("The demo session is missing from this build.")));
    if (!decoded) {
        statusBar()->showMessage(decoded.error().message);
        return;
    }
    m_library->addDecoded(SourceKind::Demo, tr("demo.session"), std::move(decoded).value());
}

void MainWindow::addSources(const QStringList &paths)
{
    m_recent->noteOpened(paths);
    QModelIndex last;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (const QString store = storeFolderFor(info.absoluteFilePath()); !store.isEmpty()) {
                if (const QModelIndex added = addStoreFolder(store); added.isValid())
                    last = added;
                continue;
            }
            addFolder(info.absoluteFilePath());
            last = m_library->indexOfFolder(info.absoluteFilePath());
        } else {
            last = m_library->addPath(info.absoluteFilePath());
        }
    }
    if (last.isValid())
        selectIndex(last);
    m_watcher->setPaths(m_library->loadedPaths());
}

void MainWindow::addFolder(const QString &path, bool recursive, bool fullPass)
{
    const QString folder = QFileInfo(path).absoluteFilePath();
    if (const QString store = storeFolderFor(folder); store == folder) {
        addStoreFolder(store, !m_restoring); // a remembered tdata never prompts at start
        return;
    }
    for (FolderScanner *scanner : std::as_const(m_scanners)) {
        if (scanner->folder() == folder)
            return; // already scanning
    }
    m_library->addFolder(folder, recursive);
    m_library->setFolderScanning(folder, true);
    auto *scanner = new FolderScanner(folder, recursive, fullPass, this);
    m_scanners << scanner;
    // What the cache knew, shown as soon as the scanner has read it; the
    // scan then brings it up to date.
    connect(scanner, &FolderScanner::cachedListing, this, [this, scanner, folder] {
        LibraryModel::Rows known = scanner->takeRows();
        const QModelIndex folderIndex = m_library->indexOfFolder(folder);
        if (!folderIndex.isValid() || m_library->rowCount(folderIndex) != 0)
            return;
        m_library->setFolderScan(folder, std::move(known));
        m_library->setFolderScanning(folder, true);
        m_pane->view()->expand(m_pane->viewIndex(m_library->indexOfFolder(folder)));
        emit folderListedFromCache(folder);
    });
    connect(scanner, &FolderScanner::progress, this, [this] { updateScanProgress(); });
    connect(scanner, &FolderScanner::progress, m_progress, [this](qsizetype done, qsizetype total) {
        m_progress->setRange(0, int(qMax<qsizetype>(total, 1)));
        m_progress->setValue(int(done));
    });
    connect(
        scanner, &FolderScanner::finished, this,
        [this, scanner, folder] {
            m_scanners.removeAll(scanner);
            scanner->deleteLater();
            const FolderScanner::Outcome result = scanner->outcome();
            const QModelIndex currentIndex = m_pane->currentIndex();
            const bool current = m_library->folderPath(currentIndex) == folder;
            // A row picked from the cached listing (or before a Reload) stays
            // picked when the scan replaces the folder's rows.
            const bool inside = currentIndex.parent().isValid() && m_library->folderPath(currentIndex.parent()) == folder;
            const LibraryEntry *picked = inside ? m_library->entry(currentIndex) : nullptr;
            const QString pickedPath = picked ? picked->path : QString();
            const int pickedAccount = picked ? picked->account : -1;
            m_library->setFolderScan(folder, scanner->takeRows());
            const QModelIndex folderIndex = m_library->indexOfFolder(folder);
            m_pane->view()->expand(m_pane->viewIndex(folderIndex));
            if (current || inside) {
                QModelIndex again = folderIndex;
                for (int r = 0; !pickedPath.isEmpty() && r < m_library->rowCount(folderIndex); ++r) {
                    const QModelIndex row = m_library->index(r, 0, folderIndex);
                    const LibraryEntry *e = m_library->entry(row);
                    if (e && e->path == pickedPath && e->account == pickedAccount) {
                        again = row;
                        break;
                    }
                }
                selectIndex(again);
                // A row refreshed in place stays current without a
                // currentChanged: show what it holds now.
                if (const LibraryEntry *e = m_library->entry(m_pane->currentIndex()); e && e->id != m_view->shownEntryId())
                    onCurrentChanged();
            }
            const QString name = QDir::toNativeSeparators(folder);
            if (result.cancelled)
                showStatus(tr("Scan of %1 cancelled: %n session(s) found so far.", nullptr, int(result.sessions))
                               .arg(name));
            else if (result.errors != 0)
                showStatus(tr("%1: %n session(s) found, %2 could not be read.", nullptr, int(result.sessions))
                               .arg(name)
                               .arg(result.errors));
            else
                showStatus(tr("%1: %n session(s) found.", nullptr, int(result.sessions)).arg(name));
            updateScanProgress();
            if (m_scanners.isEmpty())
                emit scansFinished();
        });
    scanner->start();
    updateScanProgress();
}

// "Opened the pasted string: Telethon string, IPv4, 353 characters. It is
// kept in memory only." The detection's sentence ends with a full stop, a
// bare format name does not: one is added, never a dangling gap.
QString MainWindow::pastedStatus(QString what)
{
    what = what.trimmed();
    if (what.isEmpty())
        return tr("Opened the pasted string. It is kept in memory only.");
    if (!what.endsWith(u'.'))
        what += u'.';
    return tr("Opened the pasted string: %1 It is kept in memory only.").arg(what);
}

bool MainWindow::addPastedText(const QString &text, QString *error)
{
    fero::Detection detection = fero::detectText(text.trimmed());
    if (!detection.result.ok()) {
        if (error)
            *error = detection.result.error().message;
        return false;
    }
    const QString what = detection.explanation.isEmpty() ? fero::formatDisplayName(detection.result->format)
                                                         : detection.explanation.constFirst();
    const QModelIndex index = m_library->addDecoded(SourceKind::Pasted, tr("Pasted string %1").arg(++m_pastedCount),
                                                    std::move(detection.result).value());
    selectIndex(index);
    showStatus(pastedStatus(what), 10000);
    return true;
}

QString MainWindow::storeFolderFor(const QString &path)
{
    return fero::sessionFolderFor(path);
}

QModelIndex MainWindow::addStoreFolder(const QString &path, bool interactive)
{
    const QString folder = QFileInfo(path).absoluteFilePath();
    // Opened without a passcode: one that has a passcode says so (locked),
    // and is listed as such until the user enters it.
    auto opened = fero::openPath(folder);
    const bool locked = !opened.ok() && opened.error().lock == fero::Lock::PasscodeNeeded;
    const QModelIndex index = m_library->addStoreFolder(folder, std::move(opened));
    m_watcher->setPaths(m_library->loadedPaths());
    if (locked && interactive) {
        selectIndex(index);
        enterPasscode(index);
    }
    return index;
}

void MainWindow::enterPasscode(const QModelIndex &index, const QString &problem)
{
    const LibraryEntry *entry = m_library->entry(index);
    if (!entry || entry->state != LibraryEntry::State::Locked || m_unlocking)
        return;
    const quint64 id = entry->id;
    const QString folder = entry->path;
    std::optional<QString> passcode = m_passcodeProvider ? m_passcodeProvider(folder, problem) : std::nullopt;
    if (!passcode) {
        showStatus(tr("%1 stays locked: no passcode given.").arg(QDir::toNativeSeparators(folder)));
        emit unlockFinished();
        return;
    }
    // 100,000 PBKDF2-HMAC-SHA512 rounds: off the GUI thread. The worker
    // owns the passcode until its result comes back here.
    auto outcome = std::make_shared<std::optional<fero::Result<fero::DecodedSession>>>();
    auto code = std::make_shared<QString>(std::move(*passcode));
    QThread *worker = QThread::create([folder, outcome, code] { *outcome = fero::openPath(folder, std::nullopt, *code); });
    m_unlocking = worker;
    m_unlockingPasscode = code;
    connect(worker, &QThread::finished, this, [this, worker, id, outcome, code] {
        m_unlocking = nullptr;
        m_unlockingPasscode.reset();
        worker->deleteLater();
        m_view->overview()->setUnlocking(false);
        m_progress->setVisible(!m_scanners.isEmpty());
        onUnlocked(id, std::move(**outcome), std::move(*code));
    });
    // A worker that outlives the window (quit while it runs) is waited for
    // and deleted by the destructor; otherwise deleteLater above.
    m_view->overview()->setUnlocking(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    showStatus(tr("Opening %1 with its passcode…").arg(QDir::toNativeSeparators(folder)), 0);
    updateActions();
    worker->start();
}

void MainWindow::onUnlocked(quint64 entryId, fero::Result<fero::DecodedSession> opened, QString passcode)
{
    const QModelIndex index = m_library->indexOfEntry(entryId);
    const LibraryEntry *entry = m_library->entry(index);
    if (!entry || entry->state != LibraryEntry::State::Locked) {
        // Removed from the library (or reloaded) while the passcode was tried.
        fero::secureWipe(passcode);
        updateActions();
        emit unlockFinished();
        return;
    }
    const QString folder = QDir::toNativeSeparators(entry->path);
    if (!opened.ok() && opened.error().lock == fero::Lock::WrongPasscode) {
        fero::secureWipe(passcode);
        const QString problem = tr("Wrong passcode: it does not open %1. Try again.").arg(folder);
        showStatus(problem);
        updateActions();
        emit unlockFinished();
        enterPasscode(index, problem); // asks again, saying why
        return;
    }
    const bool ok = opened.ok();
    const QString error = ok ? QString() : opened.error().message;
    // The library keeps its own copy (for Reload); this one is wiped.
    const QModelIndex first = m_library->unlock(index, std::move(opened), passcode);
    fero::secureWipe(passcode);
    m_watcher->setPaths(m_library->loadedPaths());
    selectIndex(first);
    onCurrentChanged();
    showStatus(ok ? tr("Opened %1.").arg(folder) : tr("%1 cannot be read: %2").arg(folder, error), 10000);
    emit unlockFinished();
}

quint64 MainWindow::addUnsavedCopy(fero::DecodedSession decoded, const QString &name, const QString &originalPath,
                                   const fero::FileStamp &originalStamp, const QString &what)
{
    const LibraryEntry *source = m_library->entry(m_pane->currentIndex());
    const quint64 sourceId = source ? source->id : 0;
    const QModelIndex copy =
        m_library->addDecoded(SourceKind::Modified, name, std::move(decoded), originalPath, originalStamp);
    const quint64 copyId = m_library->entry(copy)->id;
    selectIndex(copy);
    if (!what.isEmpty()) {
        runUndoStep([&] {
            m_undo->push(new CleanCopyCommand(m_library, copyId, sourceId, what,
                                              [this](const QModelIndex &index) { selectIndex(index); }));
        });
    }
    return copyId;
}

void MainWindow::forgetPath(const QString &path)
{
    m_recent->forget(path);
    m_library->removePath(path); // rowsRemoved saves the recent list
    m_watcher->setPaths(m_library->loadedPaths());
    onCurrentChanged();
}

void MainWindow::refreshPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_library->reloadPath(absolute);
    m_watcher->setPaths(m_library->loadedPaths());
    onCurrentChanged();
}

// --- what is selected ---------------------------------------------------------

QTreeView *MainWindow::libraryView() const
{
    return m_pane->view();
}

FlagLegend *MainWindow::flagLegend() const
{
    return m_pane->legend();
}

SessionRef MainWindow::currentSession() const
{
    return m_library->sessionRef(m_pane->currentIndex());
}

QList<SessionRef> MainWindow::selectedSessions() const
{
    QList<SessionRef> refs;
    const QModelIndexList rows = m_pane->selectedRows();
    for (const QModelIndex &index : rows) {
        if (m_library->entry(index)) {
            // Rows a scan listed are read now: a batch must not skip them unread.
            m_library->ensureLoaded(index);
            refs << m_library->sessionRef(index);
        }
    }
    return refs;
}

QList<qint64> MainWindow::selectedPeerIds() const
{
    return m_view->peers()->selectedPeerIds();
}

QList<int> MainWindow::selectedPeerRows() const
{
    return m_view->peers()->selectedPeerRows();
}

QList<int> MainWindow::selectedMinPeerRows() const
{
    return m_view->minPeers()->selectedMinPeerRows();
}

bool MainWindow::isScanning() const
{
    return !m_scanners.isEmpty();
}

void MainWindow::selectIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_pane->select(index);
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex index = m_pane->currentIndex();
    if (m_library->entry(index)) {
        m_library->ensureLoaded(index);
        const LibraryEntry *entry = m_library->entry(index);
        m_view->showEntry(*entry);
        m_watcher->setPaths(m_library->loadedPaths());
    } else {
        m_view->showNothing();
    }
    updateWindowTitle();
    updateActions();
    emit currentSessionChanged();
}

void MainWindow::updateWindowTitle()
{
    // The name only: never a key, never a pasted string. A star while an
    // edited copy is unsaved (closing asks about it).
    const LibraryEntry *entry = m_library->entry(m_pane->currentIndex());
    QString title = entry ? tr("%1 — Feroscope").arg(entry->name) : tr("Feroscope");
    // In front: the window system appends " — Feroscope" to a title that
    // does not end with the application's name.
    if (!unsavedCopies().isEmpty())
        title.prepend(QLatin1Char('*'));
    setWindowTitle(title);
}

QList<QPersistentModelIndex> MainWindow::unsavedCopies() const
{
    QList<QPersistentModelIndex> copies;
    const QModelIndex group = m_library->groupIndex(SourceKind::Modified);
    if (!group.isValid())
        return copies;
    for (int row = 0; row < m_library->rowCount(group); ++row) {
        if (const QModelIndex child = m_library->index(row, 0, group); m_library->entry(child))
            copies << child;
    }
    return copies;
}

void MainWindow::updateActions()
{
    const LibraryEntry *entry = m_library->entry(m_pane->currentIndex());
    // Files and folder sessions (tdata, GramJS store: every file inside) of
    // every selected row, a folder's rows included.
    m_restrict->setEnabled(!selectedSessionPaths(true).isEmpty());
    m_reload->setEnabled(m_pane->currentIndex().isValid());
    const bool locked = entry && entry->state == LibraryEntry::State::Locked;
    m_enterPasscode->setVisible(locked);
    m_enterPasscode->setEnabled(locked && !m_unlocking);
    m_remove->setEnabled(m_pane->hasSelection());
    for (int i = 0; i < int(ActionId::Count); ++i) {
        if (!m_available[std::size_t(i)])
            continue;
        // Disabled with the reason as its tips, or enabled with its usual ones.
        const QString why = whyUnavailable(ActionId(i));
        QAction *action = m_pluggable[std::size_t(i)];
        action->setEnabled(why.isEmpty());
        action->setStatusTip(why.isEmpty() ? pluggableTip(ActionId(i)) : why);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(!why.isEmpty() || shortcut.isEmpty() ? action->statusTip()
                                                                : tr("%1 (%2)").arg(action->statusTip(), shortcut));
    }
    m_sessionCount->setText(tr("%n session(s) in the library", nullptr, m_library->entryCount()));
}

QString MainWindow::whyUnavailable(ActionId id) const
{
    const LibraryEntry *current = m_library->entry(m_pane->currentIndex());
    QList<const LibraryEntry *> selected;
    for (const QModelIndex &index : m_pane->selectedRows()) {
        if (const LibraryEntry *e = m_library->entry(index))
            selected << e;
    }
    if (selected.isEmpty() && current)
        selected << current;
    if (selected.isEmpty())
        return tr("Select a session in the library first");
    const bool currentRead = current && current->decoded;
    // Listed rows of a scan are read when the action runs (selectedSessions()).
    const auto readable = [](const LibraryEntry *e) {
        return e->decoded != nullptr || e->state == LibraryEntry::State::Listed;
    };
    const bool currentLocked = current && current->state == LibraryEntry::State::Locked;
    const auto any = [&](auto test) { return std::any_of(selected.cbegin(), selected.cend(), test); };
    switch (id) {
    case ActionId::ExportConvert: // a batch exports the readable ones
        if (currentRead || any(readable))
            return {};
        if (selected.size() == 1 && currentLocked)
            return tr("Locked by a local passcode: enter it first (Enter Passcode…)");
        return selected.size() > 1 ? tr("None of the selected sessions could be read: nothing to export")
                                   : tr("This session could not be read: nothing to export");
    case ActionId::CopyStringSession:
        if (currentLocked)
            return tr("Locked by a local passcode: enter it first (Enter Passcode…)");
        return currentRead ? QString() : tr("This session could not be read: nothing to copy");
    case ActionId::Delete: {
        if (any([](const LibraryEntry *e) { return !e->path.isEmpty() && e->state != LibraryEntry::State::Missing; }))
            return {};
        if (selected.size() > 1)
            return tr("None of the selected sessions is stored in a file: nothing to delete");
        const LibraryEntry &e = *selected.front();
        if (e.state == LibraryEntry::State::Missing)
            return tr("The file is no longer there: nothing to delete");
        switch (e.kind) {
        case SourceKind::Demo:
            return tr("The demo session has no file to delete");
        case SourceKind::Pasted:
            return tr("A pasted string has no file to delete");
        case SourceKind::Modified:
            return tr("An unsaved copy has nothing on disk to delete");
        case SourceKind::File:
        case SourceKind::Folder:
        case SourceKind::Database:
            break;
        }
        return tr("This session has no file to delete");
    }
    case ActionId::Compare:
    case ActionId::RemoveSelectedPeers:
    case ActionId::RemoveSelectedMinPeers:
    case ActionId::PruneMinPeers:
    case ActionId::ClearChannelPts:
    case ActionId::CopyReport:
        if (currentLocked)
            return tr("Locked by a local passcode: enter it first (Enter Passcode…)");
        return currentRead ? QString() : tr("This session could not be read");
    case ActionId::Count:
        break;
    }
    return {};
}

void MainWindow::setActionAvailable(ActionId id, bool available)
{
    m_available[std::size_t(id)] = available;
    if (!available) {
        pluggableAction(id)->setToolTip(tr("Not available in this build yet"));
        pluggableAction(id)->setEnabled(false);
    }
    updateActions();
}

void MainWindow::updateScanProgress()
{
    const bool scanning = !m_scanners.isEmpty();
    m_progress->setVisible(scanning);
    m_cancelScan->setVisible(scanning);
    if (scanning)
        m_progress->setFormat(tr("Scanning %p%"));
}

void MainWindow::saveRecentSources()
{
    AppSettings::setRecentSources(m_library->recentSources());
}

void MainWindow::copySecret(const QString &text)
{
    // Marked for clipboard managers, kept off PRIMARY, cleared after the timeout.
    fero::gui::ClipboardGuard *guard = m_actions->clipboard();
    guard->copySecret(text);
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(guard->timeout()).count());
    showStatus(tr("Copied a secret: the clipboard clears in %n s.", nullptr, seconds));
}

void MainWindow::fitSplitter()
{
    // Until the user moves the splitter (or a saved layout exists), give the
    // library what its columns need, between 40 % and 55 % of the window (on
    // a laptop screen its names need the larger share; the splitter keeps
    // the session view's own minimum).
    auto *splitter = qobject_cast<QSplitter *>(centralWidget());
    if (!splitter || m_splitterByUser || !isVisible())
        return;
    const int total = splitter->width() - splitter->handleWidth();
    const int need = std::clamp(m_pane->preferredWidth(), total * 40 / 100, total * 55 / 100);
    if (qAbs(splitter->sizes().value(0) - need) > 4)
        splitter->setSizes({need, total - need});
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

// --- user commands ------------------------------------------------------------

void MainWindow::openFileDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Sessions"), QString(), tr("Sessions (*.session *.sqlite *.db *.txt *.string);;All files (*)"));
    if (!paths.isEmpty())
        addSources(paths);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Sessions"));
    if (!folder.isEmpty()) {
        m_recent->noteOpened({folder});
        addFolder(folder);
        selectIndex(m_library->indexOfFolder(folder));
    }
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            addSources(paths);
            return;
        }
    }
    const QString text = mime ? mime->text().trimmed() : QString();
    if (text.isEmpty()) {
        showStatus(tr("The clipboard holds no text. Copy a string session first, or use File ▸ Paste String… "
                      "(Ctrl+Shift+V) to type one."));
        return;
    }
    if (!text.contains(QLatin1Char('\n')) && QFileInfo::exists(text)) {
        addSources({text});
        return;
    }
    // Show what the text is (and what else it could have been) before adding it.
    openPasteBox(text);
}

void MainWindow::pasteDialog()
{
    openPasteBox();
}

void MainWindow::openPasteBox(const QString &text)
{
    if (!m_pasteBox) {
        m_pasteBox = new PasteDialog(this);
        m_pasteBox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_pasteBox, &QDialog::accepted, this, [this, box = m_pasteBox] {
            // What was detected, read before the result is taken (taking it clears it).
            const QString what = box->detectedText();
            if (auto decoded = box->takeResult()) {
                selectIndex(m_library->addDecoded(SourceKind::Pasted, tr("Pasted string %1").arg(++m_pastedCount),
                                                  std::move(*decoded)));
                showStatus(pastedStatus(what), 10000);
            }
        });
    }
    if (!text.isEmpty())
        m_pasteBox->setText(text);
    m_pasteBox->open(); // window-modal, without a nested event loop
}

void MainWindow::rescanFolders()
{
    for (const RecentSource &source : m_library->recentSources())
        if (source.kind == SourceKind::Folder && !m_library->isStoreFolder(m_library->indexOfFolder(source.path)))
            addFolder(source.path, source.recursive, true);
}

void MainWindow::reloadCurrent()
{
    const QModelIndex index = m_pane->currentIndex();
    if (const QString folder = m_library->folderPath(index); !folder.isEmpty()) {
        addFolder(folder, m_library->isFolderRecursive(index));
        return;
    }
    if (const LibraryEntry *entry = m_library->entry(index); entry && !entry->path.isEmpty()) {
        if (entry->state == LibraryEntry::State::Locked) {
            enterPasscode(index); // unlocks the row where it is
            return;
        }
        if (m_library->isStoreFolder(index.parent()) && entry->state == LibraryEntry::State::Failed) {
            // A folder session that failed: open the folder again (its rows may change).
            if (const QModelIndex added = addStoreFolder(entry->path); added.isValid())
                selectIndex(added);
            return;
        }
        refreshPath(entry->path);
        showStatus(tr("Reloaded %1.").arg(entry->name));
    }
}

void MainWindow::removeFromLibrary()
{
    // Persistent indexes: removing one row shifts the others.
    QList<QPersistentModelIndex> rows;
    for (const QModelIndex &index : m_pane->selectedRows()) {
        if (m_library->nodeType(index) != LibraryModel::NodeType::Group)
            rows << index;
    }
    if (rows.isEmpty())
        return;
    runUndoStep([&] {
        m_undo->push(new RemoveRowsCommand(m_library, std::move(rows),
                                           [this](const QModelIndex &index) { selectIndex(index); }));
    });
    showStatus(tr("%1 Undo with %2.")
                   .arg(m_undo->undoText(), m_undoAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::runUndoStep(const std::function<void()> &step)
{
    m_inUndoStep = true;
    step();
    m_inUndoStep = false;
    m_watcher->setPaths(m_library->loadedPaths());
    onCurrentChanged();
    dropStaleUndoSteps();
}

void MainWindow::dropStaleUndoSteps()
{
    if (m_inUndoStep)
        return;
    // A cleaning's copy that was saved (or removed) is no longer the
    // cleaning's to take back.
    bool dropped = false;
    for (int i = 0; i < m_undo->index(); ++i) {
        auto *clean = dynamic_cast<const CleanCopyCommand *>(m_undo->command(i));
        if (clean && !clean->isObsolete() && !m_library->indexOfEntry(clean->copyId()).isValid()) {
            const_cast<QUndoCommand *>(m_undo->command(i))->setObsolete(true);
            dropped = true;
        }
    }
    if (!dropped)
        return;
    // The stack deletes an obsolete step when it reaches it: reach those on
    // top now, so the menu names a step that still does something.
    m_inUndoStep = true;
    while (m_undo->canUndo() && m_undo->command(m_undo->index() - 1)->isObsolete())
        m_undo->undo();
    m_inUndoStep = false;
}

QStringList MainWindow::selectedSessionPaths(bool readableOnly) const
{
    QModelIndexList rows = m_pane->selectedRows();
    if (rows.isEmpty() && m_pane->currentIndex().isValid())
        rows << m_pane->currentIndex();
    return sessionPathsUnder(rows, readableOnly);
}

QStringList MainWindow::sessionPathsUnder(const QList<QModelIndex> &rows, bool readableOnly) const
{
    QStringList paths;
    // A folder (or a group) stands for the sessions it lists.
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &index) {
        if (const LibraryEntry *e = m_library->entry(index)) {
            if (!e->path.isEmpty() && e->state != LibraryEntry::State::Missing && (!readableOnly || e->othersCanRead)
                && !paths.contains(e->path))
                paths << e->path;
            return;
        }
        for (int row = 0; row < m_library->rowCount(index); ++row)
            visit(m_library->index(row, 0, index));
    };
    for (const QModelIndex &index : rows)
        visit(index);
    return paths;
}

void MainWindow::restrictPermissions()
{
    // Every selected session, not only the current one; the disk decides
    // which still need it (the flags are from when the rows were read).
    const QStringList paths = selectedSessionPaths(false);
    if (!paths.isEmpty())
        m_actions->restrictPermissions(paths); // asks first, naming the files
}

void MainWindow::restrictFromHealth(bool wholeFolder)
{
    QStringList paths;
    if (wholeFolder) {
        // The scanned folder the current session was found in: all of its sessions.
        QModelIndex folder = m_pane->currentIndex();
        while (folder.isValid() && m_library->nodeType(folder) != LibraryModel::NodeType::Folder)
            folder = folder.parent();
        if (!folder.isValid())
            return;
        paths = sessionPathsUnder({folder}, false);
    } else {
        paths = selectedSessionPaths(false);
    }
    if (paths.isEmpty())
        return;
    QString summary;
    m_actions->restrictPermissions(paths, &summary); // asks first, naming the files
    m_view->overview()->showRestrictResult(summary);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_library->setRelease(fero::ferogramRelease(AppSettings::ferogramRelease()));
        m_actions->applySettings();
        onCurrentChanged();
    }
}

void MainWindow::findHere()
{
    // The search of whatever has focus: a tab's own, else the library's filter.
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_view->isAncestorOf(focus)) {
        if (m_view->peers()->isAncestorOf(focus) && m_view->peers()->searchBox()->isEnabled()) {
            m_view->peers()->searchBox()->setFocus(Qt::ShortcutFocusReason);
            m_view->peers()->searchBox()->selectAll();
            return;
        }
        if (m_view->minPeers()->isAncestorOf(focus) && m_view->minPeers()->searchBox()->isEnabled()) {
            m_view->minPeers()->searchBox()->setFocus(Qt::ShortcutFocusReason);
            m_view->minPeers()->searchBox()->selectAll();
            return;
        }
        if (m_view->raw()->isAncestorOf(focus)) {
            m_view->raw()->findBar()->activate();
            return;
        }
    }
    m_pane->filterField()->setFocus(Qt::ShortcutFocusReason);
    m_pane->filterField()->selectAll();
}

void MainWindow::showHelp()
{
    // One help window, raised again on F1; it lists the shortcuts of every menu action.
    if (!m_helpWindow) {
        QList<QAction *> actions;
        for (QAction *menu : menuBar()->actions()) {
            if (menu->menu())
                actions += menu->menu()->actions();
        }
        m_helpWindow = new HelpWindow(actions, this);
        m_helpWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

// --- window events ------------------------------------------------------------

bool MainWindow::confirmUnsavedWork()
{
    const QList<QPersistentModelIndex> copies = unsavedCopies();
    if (copies.isEmpty())
        return true;
    QStringList names;
    for (const QPersistentModelIndex &copy : copies)
        names << m_library->entry(copy)->name;
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%n edited cop(ies) not saved yet: %1.\n\nSave the changes before quitting?", nullptr, int(copies.size()))
            .arg(names.join(QStringLiteral(", "))),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedWorkBox"));
    box.addButton(QMessageBox::Save);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save) {
        // Each copy the normal way (Save over its original with the loss
        // report, Save As when it has none); a cancelled or failed save keeps
        // the window open with what is left unsaved.
        for (const QPersistentModelIndex &copy : copies) {
            if (!copy.isValid())
                continue;
            selectIndex(copy);
            if (!m_actions->saveCurrentCopy())
                return false;
        }
        return unsavedCopies().isEmpty();
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedWork()) {
        event->ignore();
        return;
    }
    // Scans stop here, and their results no longer reach this window: the
    // threads see the cancel at the next file and are joined when the
    // scanners are deleted (or with the window).
    const QList<FolderScanner *> scanners = std::exchange(m_scanners, {});
    for (FolderScanner *scanner : scanners) {
        scanner->cancel();
        scanner->disconnect();
        scanner->deleteLater();
        m_library->setFolderScanning(scanner->folder(), false);
    }
    if (!scanners.isEmpty()) {
        updateScanProgress();
        emit scansFinished();
    }
    auto *splitter = qobject_cast<QSplitter *>(centralWidget());
    AppSettings::saveWindow(saveGeometry(), saveState(), splitter ? splitter->saveState() : QByteArray());
    saveRecentSources();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        addSources(paths);
        event->acceptProposedAction();
        return;
    }
    if (mime->hasText()) {
        QString error;
        if (addPastedText(mime->text(), &error))
            event->acceptProposedAction();
        else
            showStatus(tr("The dropped text is not a string session: %1").arg(error), 10000);
    }
}

} // namespace fero::gui
