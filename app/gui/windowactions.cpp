#include "windowactions.h"

#include "appsettings.h"
#include "clipboardguard.h"
#include "comparedialog.h"
#include "deletedialog.h"
#include "exportdialog.h"
#include "exportplan.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "opener.h"
#include "peercachecleaner.h"
#include "permissionsaction.h"
#include "reportaction.h"
#include "savechangeshelper.h"
#include "secret.h"
#include "storage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace feroscope {

namespace {

enum CleanOperation { RemovePeers, PruneMin, ClearPts };

} // namespace

WindowActions::WindowActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_clipboard(new fero::gui::ClipboardGuard(this))
    , m_countdown(new QLabel(window))
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
    if (usable.size() > 1) {
        std::vector<fero::gui::ExportSource> sources;
        for (const SessionRef &ref : std::as_const(usable))
            sources.push_back({ref.displayName, ref.decoded->session()});
        fero::gui::ExportDialog dialog(std::move(sources), m_window);
        connect(&dialog, &fero::gui::ExportDialog::exported, m_window,
                [this](const QString &m) { m_window->showStatus(m); });
        dialog.exec();
        return;
    }
    const SessionRef current = m_window->currentSession();
    if (!current.isValid())
        return;
    fero::gui::ExportDialog dialog({current.displayName, current.decoded->session()}, current.path, m_clipboard,
                                   m_window);
    connect(&dialog, &fero::gui::ExportDialog::exported, m_window,
            [this](const QString &m) { m_window->showStatus(m); });
    dialog.exec();
}

QDialog *WindowActions::showExportDialog(fero::Format target)
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid())
        return nullptr;
    auto *dialog = new fero::gui::ExportDialog({current.displayName, current.decoded->session()}, current.path,
                                               m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &fero::gui::ExportDialog::exported, m_window,
            [this](const QString &m) { m_window->showStatus(m); });
    fero::gui::ExportChoice choice;
    choice.format = target;
    dialog->setChoice(choice);
    dialog->open();
    return dialog;
}

void WindowActions::copyStringSession()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid())
        return;
    // The string form of the same generation: a string source keeps its own
    // format; a file becomes ferogram's native string of its version.
    fero::gui::ExportChoice choice;
    choice.format =
        fero::isStringFormat(current.decoded->format) ? current.decoded->format : fero::Format::FerogramNative;
    const int version = current.decoded->version;
    choice.version = version >= fero::OldestWritableVersion && version <= fero::LatestBinaryVersion
                         ? version
                         : fero::LatestBinaryVersion;
    const fero::Session &session = current.decoded->session();
    auto text = fero::gui::exportToText(session, fero::gui::targetFor(choice, session));
    if (!text.ok()) {
        QMessageBox::warning(m_window, tr("Copy String Session"), text.error().message);
        return;
    }
    m_clipboard->copySecret(*text);
    text->fill(QLatin1Char(' '));
    m_window->showStatus(tr("String session copied (%1). The clipboard clears in %n s.", nullptr,
                            int(std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->timeout()).count()))
                             .arg(fero::formatDisplayName(choice.format)));
}

void WindowActions::deleteSelected()
{
    std::vector<fero::gui::DeleteTarget> targets;
    for (const SessionRef &ref : m_window->selectedSessions()) {
        if (ref.hasFile())
            targets.push_back({ref.path, ref.decoded && ref.decoded->format == fero::Format::FerogramSqlite});
    }
    if (targets.empty()) {
        m_window->showStatus(tr("Only sessions stored in files can be deleted; remove others from the library (Del)."));
        return;
    }
    fero::gui::DeleteDialog dialog(std::move(targets), m_window);
    connect(&dialog, &fero::gui::DeleteDialog::deleted, m_window,
            [this](const QStringList &paths, const QString &message) {
                for (const QString &path : paths)
                    m_window->refreshPath(path);
                m_window->showStatus(message);
            });
    dialog.exec();
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
    std::shared_ptr<const fero::DecodedSession> other = b.decoded;
    QString otherName = b.displayName;
    if (!other) {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare %1 With…").arg(a.displayName),
                                                          QFileInfo(a.path).absolutePath());
        if (path.isEmpty())
            return;
        auto opened = fero::openPath(path);
        if (!opened.ok()) {
            QMessageBox::warning(m_window, tr("Compare"), opened.error().message);
            return;
        }
        other = std::make_shared<const fero::DecodedSession>(std::move(opened).value());
        otherName = QFileInfo(path).fileName();
    }
    fero::gui::CompareDialog dialog(a.displayName, a.decoded->session(), otherName, other->session(), m_window);
    dialog.exec();
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
        std::vector<fero::PeerKey> keys;
        const QList<qint64> ids = m_window->selectedPeerIds();
        for (const fero::CachedPeer &p : current.decoded->session().peers) {
            if (ids.contains(p.id))
                keys.push_back({p.id, p.isChannel});
        }
        if (keys.empty()) {
            m_window->showStatus(tr("Select peers in the Peers tab first."));
            return;
        }
        message = cleaner.removePeers(keys);
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
    const QString name =
        current.kind == SourceKind::Modified ? current.displayName : tr("%1 (cleaned)").arg(current.displayName);
    m_window->addUnsavedCopy(std::move(copy), name, original, current.stamp);
    m_window->showStatus(tr("%1 Unsaved: use Save Changes (Ctrl+S) or Save Changes As (Ctrl+Shift+S).").arg(message));
}

void WindowActions::removeSelectedPeers()
{
    clean(RemovePeers);
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
        m_window->showStatus(fero::gui::ReportAction::copyReport(*m_clipboard, *current.decoded));
}

bool WindowActions::restrictPermissions()
{
    const SessionRef current = m_window->currentSession();
    if (!current.hasFile())
        return false;
    const QString message = fero::gui::PermissionsAction::run(m_window, current.path);
    if (message.isEmpty())
        return false;
    m_window->refreshPath(current.path);
    m_window->showStatus(message);
    return true;
}

void WindowActions::saveCopy()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid() || current.kind != SourceKind::Modified || current.originalPath.isEmpty())
        return;
    // The stamp of the original when it was read: Save refuses if it changed since.
    const fero::gui::SaveSource source{current.originalPath, current.decoded->format, current.decoded->version,
                                       current.stamp};
    const QString message = fero::gui::SaveChangesHelper::saveInteractive(m_window, current.decoded->session(), source);
    if (!message.isEmpty()) {
        m_window->refreshPath(current.originalPath);
        m_window->showStatus(message);
    }
}

void WindowActions::saveCopyAs()
{
    const SessionRef current = m_window->currentSession();
    if (!current.isValid() || current.kind != SourceKind::Modified)
        return;
    fero::gui::SaveSource source{current.originalPath, current.decoded->format, current.decoded->version, {}};
    const QString message =
        fero::gui::SaveChangesHelper::saveAsInteractive(m_window, current.decoded->session(), source);
    if (!message.isEmpty())
        m_window->showStatus(message);
}

} // namespace feroscope
