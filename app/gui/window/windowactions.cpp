#include "window/windowactions.h"

#include "library/librarypane.h"

#include "window/appsettings.h"
#include "actions/clipboardguard.h"
#include "actions/comparedialog.h"
#include "actions/deletedialog.h"
#include "actions/exportdialog.h"
#include "actions/exportplan.h"
#include "inspect/inspect.h"
#include "storage/folderstorage.h"
#include "library/librarymodel.h"
#include "window/mainwindow.h"
#include "open/opener.h"
#include "actions/peercachecleaner.h"
#include "actions/permissionsaction.h"
#include "window/reloadwatcher.h"
#include "actions/reportaction.h"
#include "actions/savechangeshelper.h"
#include "base/secret.h"
#include "formats/traits.h"
#include "storage/storage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>

namespace fero::gui {

namespace {

enum CleanOperation { RemovePeers, RemoveMinPeers, PruneMin, ClearPts };

// The ferogram version the Export dialog starts on: the newest the release
// chosen in Settings reads (an older client renames a newer file to .bak).
int preferredExportVersion()
{
    return fero::ferogramRelease(AppSettings::ferogramRelease()).newestBinaryRead;
}

// Why Copy String Session copies the string form the format table names
// for the source (FormatTraits::stringForm: a Telethon or Pyrogram database
// or a GramJS store gives that library's string, which its users paste into
// it; a ferogram file ferogram's native string), said in the confirmation
// and the status bar. `written` is the ferogram version copied, `read` the
// version of the source.
QString ownStringReason(fero::Format source, int read, int written)
{
    const fero::FormatTraits &from = fero::traits(source);
    if (from.isString())
        return WindowActions::tr("the format this string already is");
    if (!from.isForeign())
        return read == written
                   ? WindowActions::tr("ferogram's own string, in this file's version v%1").arg(written)
                   : WindowActions::tr("ferogram's own string, in the newest version v%1 (this file's version "
                                       "cannot be written)")
                         .arg(written);
    const QString library = fero::libraryName(from.library);
    if (fero::traits(from.stringForm).library != from.library)
        return WindowActions::tr("%1 has no string of its own; ferogram's string v%2 holds the login")
            .arg(library)
            .arg(written);
    return from.kind == fero::FormatKind::Database
               ? WindowActions::tr("the string form of %1, the library this database belongs to").arg(library)
               : WindowActions::tr("the string form of %1, the library this store belongs to").arg(library);
}

// The default question before a lossy Copy String Session: nothing is
// copied unless the user presses Copy Anyway.
bool askLossyCopy(QWidget *parent, const QString &what, const QStringList &losses)
{
    QMessageBox box(QMessageBox::Warning, WindowActions::tr("Copy String Session"),
                    WindowActions::tr("The string loses data. Copy it anyway?"), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("lossyCopyConfirmation"));
    QStringList lines;
    for (const QString &loss : losses)
        lines << QStringLiteral("• ") + loss;
    box.setInformativeText(
        WindowActions::tr("Copies the %1.\n\nThe string cannot hold:\n%2").arg(what, lines.join(u'\n')));
    QPushButton *copy = box.addButton(WindowActions::tr("Copy &Anyway"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("copyAnyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == copy;
}

// Only ferogram's own database has session rows to clear while the file
// stays (Delete offers it); other databases belong to their library.
bool isFerogramDatabase(fero::Format format)
{
    const fero::FormatTraits &t = fero::traits(format);
    return t.kind == fero::FormatKind::Database && !t.isForeign();
}

constexpr auto ReportIdsKey = "report/includeIds";

} // namespace

WindowActions::WindowActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_clipboard(new fero::gui::ClipboardGuard(this))
    , m_countdown(new QLabel(window))
    , m_confirmLossyCopy(
          [window](const QString &what, const QStringList &losses) { return askLossyCopy(window, what, losses); })
{
    m_countdown->setObjectName(QStringLiteral("clipboardCountdown"));
    m_countdown->hide();
    window->statusBar()->addPermanentWidget(m_countdown);
    connect(m_clipboard, &fero::gui::ClipboardGuard::countdown, this, [this](int seconds) {
        m_countdown->setVisible(seconds > 0);
        m_countdown->setText(tr("Clipboard clears in %n s", nullptr, seconds));
    });
    connect(m_clipboard, &fero::gui::ClipboardGuard::finished, this, [this](bool cleared) {
        m_countdown->hide();
        if (cleared)
            m_window->showStatus(tr("Clipboard cleared."));
    });
    applySettings();

    using Id = MainWindow::ActionId;
    const std::pair<Id, void (WindowActions::*)()> wiring[] = {
        {Id::ExportConvert, &WindowActions::exportConvert},
        {Id::CopyStringSession, &WindowActions::copyStringSession},
        {Id::Delete, &WindowActions::deleteSelected},
        {Id::Compare, &WindowActions::compare},
        {Id::RemoveSelectedPeers, &WindowActions::removeSelectedPeers},
        {Id::RemoveSelectedMinPeers, &WindowActions::removeSelectedMinPeers},
        {Id::PruneMinPeers, &WindowActions::pruneMinPeers},
        {Id::ClearChannelPts, &WindowActions::clearChannelPts},
        {Id::CopyReport, &WindowActions::copyReport},
    };
    for (const auto &[id, slot] : wiring) {
        connect(window->pluggableAction(id), &QAction::triggered, this, slot);
        window->setActionAvailable(id, true);
    }

    m_save = new QAction(tr("&Save Changes"), window);
    m_save->setObjectName(QStringLiteral("actionSaveCopy"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Write the cleaned copy over its original (the previous file goes to the trash)"));
    m_saveAs = new QAction(tr("Save Changes &As…"), window);
    m_saveAs->setObjectName(QStringLiteral("actionSaveCopyAs"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAs->setStatusTip(tr("Write the cleaned copy to a new file (owner-only)"));
    window->addAction(m_save);
    window->addAction(m_saveAs);
    connect(m_save, &QAction::triggered, this, &WindowActions::saveCopy);
    connect(m_saveAs, &QAction::triggered, this, &WindowActions::saveCopyAs);
    window->fileMenu()->insertActions(window->pluggableAction(Id::ExportConvert), {m_save, m_saveAs});
    connect(window, &MainWindow::currentSessionChanged, this, &WindowActions::updateSaveActions);
    updateSaveActions();

    // Ids help a maintainer reproduce a bug but say whom the account talks
    // to: off unless the user ticks it (remembered; not a secret).
    m_reportIds = new QAction(tr("Include &Ids in Reports"), window);
    m_reportIds->setObjectName(QStringLiteral("actionReportIds"));
    m_reportIds->setCheckable(true);
    m_reportIds->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_reportIds->setChecked(QSettings().value(QLatin1String(ReportIdsKey), false).toBool());
    m_reportIds->setStatusTip(tr("Copy Report adds the user id and peer ids (never keys or access hashes)"));
    connect(m_reportIds, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(ReportIdsKey), on); });
    QAction *copyReport = window->pluggableAction(Id::CopyReport);
    for (QObject *object : copyReport->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object)) {
            const QList<QAction *> actions = menu->actions();
            const qsizetype at = actions.indexOf(copyReport);
            menu->insertAction(at + 1 < actions.size() ? actions[at + 1] : nullptr, m_reportIds);
        }
    }
}

WindowActions::~WindowActions() = default;

void WindowActions::applySettings()
{
    m_clipboard->setTimeout(std::chrono::seconds(AppSettings::clipboardTimeoutSeconds()));
}

void WindowActions::updateSaveActions()
{
    const SessionRef current = m_window->currentSession();
    const bool copy = current.isValid() && current.kind == SourceKind::Modified;
    m_saveAs->setEnabled(copy);
    m_save->setEnabled(copy && !current.originalPath.isEmpty());
}

void WindowActions::exportConvert()
{
    const QList<SessionRef> selected = m_window->selectedSessions();
    QList<SessionRef> usable;
    for (const SessionRef &ref : selected) {
        if (ref.isValid())
            usable << ref;
    }
    if (const qsizetype skipped = selected.size() - usable.size(); skipped > 0 && !usable.isEmpty())
        m_window->showStatus(tr("%n selected session(s) could not be read and are left out of the export.", nullptr,
                                int(skipped)),
                             0);
    if (usable.size() > 1) {
        std::vector<fero::gui::ExportSource> sources;
        for (const SessionRef &ref : std::as_const(usable))
            sources.push_back({ref.displayName, ref.decoded->session()});
        fero::gui::ExportDialog dialog(std::move(sources), m_window);
        dialog.setPreferredVersion(preferredExportVersion());
        connectExported(&dialog);
        dialog.exec();
        return;
    }
    // The current session, or the one readable entry of the selection.
    const SessionRef current = m_window->currentSession().isValid() ? m_window->currentSession() : usable.value(0);
    if (!current.isValid())
        return;
    fero::gui::ExportDialog dialog({current.displayName, current.decoded->session()}, current.path, m_clipboard,
                                   m_window);
    dialog.setPreferredVersion(preferredExportVersion());
    connectExported(&dialog);
    dialog.exec();
}

void WindowActions::connectExported(fero::gui::ExportDialog *dialog)
{
    connect(dialog, &fero::gui::ExportDialog::exported, m_window, [this, dialog](const QString &message) {
        // An export over a listed session is our write: re-read it here, and
        // the watcher does not report it as changed on disk a moment later.
        QStringList listed;
        for (const QString &path : dialog->writtenFiles()) {
            if (m_window->library()->indexOfPath(path).isValid())
                listed << path;
        }
        if (!listed.isEmpty()) {
            ReloadWatcher::OwnWrite own(m_window->reloadWatcher(), listed);
            for (const QString &path : std::as_const(listed))
                m_window->refreshPath(path);
            own.commit();
        }
        m_window->showStatus(message);
    });
}

QDialog *WindowActions::showExportDialog(fero::Format target)
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid())
        return nullptr;
    auto *dialog = new fero::gui::ExportDialog({current.displayName, current.decoded->session()}, current.path,
                                               m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connectExported(dialog);
    dialog->setPreferredVersion(preferredExportVersion());
    fero::ConvertTarget choice;
    choice.format = target;
    choice.version = preferredExportVersion();
    dialog->setChoice(choice);
    dialog->open();
    return dialog;
}

void WindowActions::copyStringSession()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid())
        return;
    // The string form of the session's own library: a string keeps its
    // format, a Telethon/Pyrogram database or GramJS store becomes that
    // library's string, a ferogram file ferogram's native string of its version.
    fero::ConvertTarget choice;
    choice.format = fero::traits(current.decoded->format).stringForm;
    const int version = current.decoded->version;
    choice.version = version >= fero::OldestWritableVersion && version <= fero::LatestBinaryVersion
                         ? version
                         : fero::LatestBinaryVersion;
    const fero::Session &session = current.decoded->session();
    if (session.account.apiId)
        choice.apiId = *session.account.apiId;
    const fero::ConvertTarget target = fero::gui::targetFor(choice, session);
    auto openExportDialog = [&] {
        // Something to decide first (a Pyrogram string needs an api_id): the
        // Export dialog with this string and "copy to the clipboard" chosen.
        // It lists the losses too and asks to tick them off before copying.
        auto *dialog = new fero::gui::ExportDialog({current.displayName, session}, current.path, m_clipboard, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connectExported(dialog);
        dialog->setChoice(choice);
        dialog->setCopyToClipboard(true);
        dialog->open();
    };
    const fero::gui::ExportCheck check = fero::gui::checkExport(session, target);
    if (!check.writable()) {
        openExportDialog();
        return;
    }
    // A string is a conversion: what it cannot hold (the peer cache, a
    // takeout id...) is said before anything reaches the clipboard.
    const QString what = tr("%1: %2").arg(fero::formatDisplayName(choice.format),
                                          ownStringReason(current.decoded->format, version, choice.version));
    if (!check.losses.lossless() && !m_confirmLossyCopy(what, check.losses.losses)) {
        m_window->showStatus(tr("Nothing copied; the clipboard is unchanged."));
        return;
    }
    auto text = fero::gui::exportToText(session, target);
    if (!text.ok()) {
        openExportDialog();
        return;
    }
    m_clipboard->copySecret(*text);
    text->fill(QLatin1Char(' '));
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->timeout()).count());
    m_window->showStatus(seconds > 0 ? tr("Copied the %1. The clipboard clears in %n s.", nullptr, seconds).arg(what)
                                     : tr("Copied the %1.").arg(what));
}

void WindowActions::deleteSelected()
{
    std::vector<fero::gui::DeleteTarget> targets;
    QSet<QString> seen; // the accounts of one tdata folder share its path
    for (const SessionRef &ref : m_window->selectedSessions()) {
        if (ref.hasFile() && !seen.contains(ref.path)) {
            seen.insert(ref.path);
            targets.push_back({ref.path, ref.decoded && isFerogramDatabase(ref.decoded->format)});
        }
    }
    if (targets.empty()) {
        m_window->showStatus(tr("Only sessions stored in files can be deleted; remove others from the library (Del)."));
        return;
    }
    deleteTargets(std::move(targets));
}

bool WindowActions::deleteTargets(std::vector<fero::gui::DeleteTarget> targets)
{
    // Clearing rows writes the databases; a trashed file leaves the watch list.
    QStringList paths;
    for (const fero::gui::DeleteTarget &target : targets)
        paths << target.path;
    ReloadWatcher::OwnWrite own(m_window->reloadWatcher(), paths);
    fero::gui::DeleteDialog dialog(std::move(targets), m_window);
    connect(&dialog, &fero::gui::DeleteDialog::deleted, m_window,
            [this, &dialog, &own](const QStringList &paths, const QString &message) {
                // Deleted on purpose: gone from the library and the recent list
                // (not "missing"). Cleared rows leave the database: re-read it.
                for (const QString &path : paths) {
                    if (dialog.mode() == fero::DeleteMode::RowsOnly)
                        m_window->refreshPath(path);
                    else
                        m_window->forgetPath(path);
                }
                own.commit();
                m_window->showStatus(message);
            });
    return dialog.exec() == QDialog::Accepted;
}

void WindowActions::compare()
{
    const QList<SessionRef> selected = m_window->selectedSessions();
    SessionRef a = m_window->currentSession();
    SessionRef b;
    if (selected.size() >= 2 && selected[0].isValid() && selected[1].isValid()) {
        a = selected[0];
        b = selected[1];
    }
    if (!a.isValid())
        return;
    if (b.isValid()) {
        fero::gui::CompareDialog dialog(a.displayName, a.decoded->session(), b.displayName, b.decoded->session(),
                                        m_window);
        dialog.exec();
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare %1 With…").arg(a.displayName),
                                                      QFileInfo(a.path).absolutePath());
    if (!path.isEmpty())
        compareWithPath(path);
}

QDialog *WindowActions::compareWithPath(const QString &path, bool wait)
{
    const SessionRef a = m_window->currentSession();
    if (!a.isValid())
        return nullptr;
    auto opened = fero::openPath(path);
    if (!opened.ok()) {
        QMessageBox::warning(m_window, tr("Compare"), opened.error().message);
        return nullptr;
    }
    auto *dialog = new fero::gui::CompareDialog(a.displayName, a.decoded->session(), QFileInfo(path).fileName(),
                                                opened.value().session(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (wait)
        dialog->exec();
    else
        dialog->open();
    return wait ? nullptr : dialog;
}

void WindowActions::clean(int operation)
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid())
        return;
    fero::gui::PeerCacheCleaner cleaner(current.decoded->session());
    QString message;
    switch (operation) {
    case RemovePeers: {
        // Rows, not ids: linear for 65,535 selected peers, and a user and a
        // channel that share an id stay apart.
        const std::vector<fero::CachedPeer> &peers = current.decoded->session().peers;
        std::vector<fero::PeerKey> keys;
        for (int row : m_window->selectedPeerRows()) {
            if (row >= 0 && std::size_t(row) < peers.size())
                keys.push_back({peers[std::size_t(row)].id, peers[std::size_t(row)].isChannel});
        }
        if (keys.empty()) {
            m_window->showStatus(tr("Select peers in the Peers tab first."));
            return;
        }
        message = cleaner.removePeers(keys);
        break;
    }
    case RemoveMinPeers: {
        const QList<int> rows = m_window->selectedMinPeerRows();
        if (rows.isEmpty()) {
            m_window->showStatus(tr("Select min peers in the Min Peers tab first."));
            return;
        }
        message = cleaner.removeMinPeerRows(std::vector<int>(rows.begin(), rows.end()));
        break;
    }
    case PruneMin:
        message = cleaner.removeAllMinPeers();
        break;
    case ClearPts:
        message = cleaner.clearChannelPts();
        break;
    }
    if (!cleaner.isModified()) {
        m_window->showStatus(message.isEmpty() ? tr("Nothing to change.") : message);
        return;
    }
    fero::DecodedSession copy = *current.decoded;
    copy.session() = cleaner.current();
    const QString original = current.kind == SourceKind::Modified ? current.originalPath : current.path;
    // The copy lives in memory: what the source file's mode gives away is not its warning.
    if (!original.isEmpty())
        copy.warnings.removeAll(fero::readableFileWarning(original, copy.format));
    const QString name =
        current.kind == SourceKind::Modified ? current.displayName : tr("%1 (cleaned)").arg(current.displayName);
    // Edit > Undo names the step as its menu entry does.
    const MainWindow::ActionId ids[] = {MainWindow::ActionId::RemoveSelectedPeers,
                                        MainWindow::ActionId::RemoveSelectedMinPeers,
                                        MainWindow::ActionId::PruneMinPeers, MainWindow::ActionId::ClearChannelPts};
    const QString what = m_window->pluggableAction(ids[operation])->text().remove(QLatin1Char('&'));
    m_window->addUnsavedCopy(std::move(copy), name, original, current.stamp, what);
    m_window->showStatus(tr("%1 Unsaved: use Save Changes (Ctrl+S) or Save Changes As (Ctrl+Shift+S).").arg(message));
}

void WindowActions::removeSelectedPeers()
{
    clean(RemovePeers);
}

void WindowActions::removeSelectedMinPeers()
{
    clean(RemoveMinPeers);
}

void WindowActions::pruneMinPeers()
{
    clean(PruneMin);
}

void WindowActions::clearChannelPts()
{
    clean(ClearPts);
}

void WindowActions::copyReport()
{
    const SessionRef current = m_window->currentSession();
    if (current.isValid())
        m_window->showStatus(
            fero::gui::ReportAction::copyReport(*m_clipboard, *current.decoded, m_reportIds->isChecked()));
}

bool WindowActions::restrictPermissions(const QStringList &paths, QString *summary)
{
    if (paths.isEmpty())
        return false;
    // Files, and folder sessions (every file in them).
    ReloadWatcher::OwnWrite own(m_window->reloadWatcher(), paths);
    const auto report = fero::gui::PermissionsAction::run(m_window, paths);
    if (report.restricted.isEmpty() && report.alreadyPrivate.isEmpty() && report.failed.isEmpty())
        return false; // cancelled
    for (const QString &path : report.restricted)
        m_window->refreshPath(path);
    own.commit();
    m_window->showStatus(report.summary(), 15000);
    if (summary)
        *summary = report.summary();
    return !report.restricted.isEmpty();
}

bool WindowActions::saveCopy()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid() || current.kind != SourceKind::Modified || current.originalPath.isEmpty())
        return false;
    const QPersistentModelIndex copy(m_window->libraryPane()->currentIndex());
    // The stamp of the original when it was read: Save refuses if it changed since.
    const fero::gui::SaveSource source{current.originalPath, current.decoded->format, current.decoded->version,
                                       current.stamp};
    QString message;
    {
        // Our write: adopted as soon as it is done (replaceCopyWith re-reads it
        // before the event loop delivers the watcher's notifications).
        ReloadWatcher::OwnWrite own(m_window->reloadWatcher(), {current.originalPath});
        message = fero::gui::SaveChangesHelper::saveInteractive(m_window, current.decoded->session(), source);
        if (message.isEmpty())
            return false;
        own.commit();
    }
    replaceCopyWith(copy, current.originalPath, message);
    return true;
}

bool WindowActions::saveCopyAs()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid() || current.kind != SourceKind::Modified)
        return false;
    const QPersistentModelIndex copy(m_window->libraryPane()->currentIndex());
    fero::gui::SaveSource source{current.originalPath, current.decoded->format, current.decoded->version, {}};
    QString path;
    const QString message =
        fero::gui::SaveChangesHelper::saveAsInteractive(m_window, current.decoded->session(), source, &path);
    if (message.isEmpty())
        return false;
    replaceCopyWith(copy, path, message);
    return true;
}

bool WindowActions::saveCurrentCopy()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid() || current.kind != SourceKind::Modified)
        return false;
    return current.originalPath.isEmpty() ? saveCopyAs() : saveCopy();
}

void WindowActions::replaceCopyWith(const QPersistentModelIndex &copy, const QString &path, const QString &message)
{
    LibraryModel *library = m_window->library();
    if (copy.isValid())
        library->remove(copy); // its group goes with its last copy
    if (!path.isEmpty()) {
        // What was written is read back (a listed file) or listed (a new
        // one); either way it is our write, not a change on disk.
        ReloadWatcher::OwnWrite own(m_window->reloadWatcher(), {path});
        if (const QModelIndex listed = library->indexOfPath(path); listed.isValid()) {
            m_window->refreshPath(path);
            m_window->selectIndex(library->indexOfPath(path));
        } else {
            m_window->addSources({path});
        }
        own.commit();
    }
    m_window->showStatus(message);
}

} // namespace fero::gui
