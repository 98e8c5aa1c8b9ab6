// Connects the window's pluggable actions (MainWindow::ActionId) to the
// dialogs and helpers of app/gui/actions/: export/convert, copy string
// session (through the clipboard guard), delete, compare, peer-cache
// cleaning with Save / Save As, restrict permissions and copy report.
// Built only when that library exists.
#pragma once

#include "actions/deletedialog.h"
#include "formats/format.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>

#include <functional>
#include <vector>

class QAction;
class QLabel;

namespace fero::gui {
class ClipboardGuard;
class ExportDialog;
} // namespace fero::gui

class QDialog;

namespace fero::gui {

class MainWindow;

class WindowActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    explicit WindowActions(MainWindow *window);
    ~WindowActions() override;

    fero::gui::ClipboardGuard *clipboard() const { return m_clipboard; }
    // "Include Ids in Reports" (Session menu): Copy Report adds peer and user ids.
    QAction *reportIdsAction() const { return m_reportIds; }
    // Re-reads the clipboard timeout from the settings.
    void applySettings();

    void exportConvert();
    // The Export dialog for the current session, opened without waiting
    // (screenshots, documentation), with a target preselected.
    QDialog *showExportDialog(fero::Format target);
    void copyStringSession();
    // Asks before Copy String Session copies a string that loses something:
    // `what` names the string format and why that one, `losses` lists what
    // the string cannot hold; true = copy anyway. The default shows a
    // message box (Copy Anyway / Cancel); tests may inject their own.
    using LossyCopyConfirmation = std::function<bool(const QString &what, const QStringList &losses)>;
    void setLossyCopyConfirmation(LossyCopyConfirmation confirm) { m_confirmLossyCopy = std::move(confirm); }
    void deleteSelected();
    // The Delete dialog for these sources (to the trash by default); what it
    // deleted leaves the library. True when the user went ahead.
    bool deleteTargets(std::vector<fero::gui::DeleteTarget> targets);
    void compare();
    // Compares the current session with the session at path (opened for
    // this); wait: modal, else opened and returned (documentation screenshots).
    QDialog *compareWithPath(const QString &path, bool wait = true);
    void removeSelectedPeers();
    void removeSelectedMinPeers();
    void pruneMinPeers();
    void clearChannelPts();
    void copyReport();
    // Restricts every path others can read (files and session folders), asking
    // once; the status bar says what was done. False when nothing was.
    // summary: what was done, one sentence (empty when cancelled).
    bool restrictPermissions(const QStringList &paths, QString *summary = nullptr);
    // Save / Save As of the current unsaved copy. On success the copy leaves
    // "Unsaved copies" and the file written is selected; false when there is
    // no copy, or the save was cancelled or failed.
    bool saveCopy();
    bool saveCopyAs();
    // Save when the copy has an original file, else Save As (quitting with unsaved copies).
    bool saveCurrentCopy();

private:
    void clean(int operation);
    void updateSaveActions();
    void connectExported(fero::gui::ExportDialog *dialog);
    // After a save: the copy goes, the file written is (re-)read and selected.
    void replaceCopyWith(const QPersistentModelIndex &copy, const QString &path, const QString &message);

    MainWindow *m_window;
    fero::gui::ClipboardGuard *m_clipboard;
    QLabel *m_countdown;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_reportIds;
    LossyCopyConfirmation m_confirmLossyCopy;
};

} // namespace fero::gui
