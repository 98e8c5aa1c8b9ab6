// Export / Convert: one dialog for one session (to a file or, for string
// targets, to the clipboard) or several (into a folder). The loss report
// follows every change of the options; when something will be lost, the
// Export button stays disabled until the user ticks the confirmation.
#pragma once

#include "actions/exportplan.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace fero::gui {

class ClipboardGuard;

class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // One session. `sourcePath` (may be empty for a pasted string) suggests
    // the folder and base name of the output file. `clipboard` may be null:
    // then "Copy to clipboard" is not offered.
    ExportDialog(ExportSource source, const QString &sourcePath, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    // Several sessions into one folder.
    ExportDialog(std::vector<ExportSource> sources, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isBatch() const { return m_batch; }

    // The ferogram version selected by default: the newest the user's
    // ferogram release (Settings) can read. Without a call, the newest.
    void setPreferredVersion(int version);

    // Programmatic control (the tests, and a window restoring last choices).
    void setChoice(const ConvertTarget &choice);
    ConvertTarget choice() const;
    void setDestination(const QString &fileOrFolder);
    void setCopyToClipboard(bool copy);
    void setOverwrite(bool overwrite);
    void setLossConfirmed(bool confirmed);

    // The losses of the current choice (all sessions in batch mode).
    QStringList currentLosses() const { return m_losses; }
    bool confirmationRequired() const;
    bool canExport() const;
    // What the last export did, for the status bar ("Wrote …", "Copied …").
    QString resultMessage() const { return m_resultMessage; }
    // The files the last export wrote (absolute paths; empty for the clipboard).
    QStringList writtenFiles() const { return m_written; }
    QString errorMessage() const;

public slots:
    // Runs the export with the current options; on success accepts the
    // dialog, on failure shows the error and stays open. Returns success.
    bool exportNow();

signals:
    void exported(const QString &message);

private:
    void buildUi();
    void fillFormats(Format preferred);
    void onFormatChanged();
    void refresh();
    void browse();
    void updateSuggestedPath();
    void showError(const QString &message);
    void fitErrorArea();
    bool exportSingle();
    bool exportBatch();

    bool m_batch = false;
    std::vector<ExportSource> m_sources;
    QString m_sourcePath;
    ClipboardGuard *m_clipboard = nullptr;

    QComboBox *m_format = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_userIdLabel = nullptr;
    QLineEdit *m_userId = nullptr;
    QLabel *m_apiIdLabel = nullptr;
    QLineEdit *m_apiId = nullptr;
    QCheckBox *m_pyrogramOld = nullptr;
    QLabel *m_testModeLabel = nullptr;
    QComboBox *m_testMode = nullptr;
    QLabel *m_passcodeLabel = nullptr;
    QLineEdit *m_passcode = nullptr;
    // A new passcode is typed twice: a typo would lock the user out of the
    // folder Feroscope just wrote.
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QComboBox *m_conflicts = nullptr; // shown only when the target has key conflicts
    QRadioButton *m_toFile = nullptr;
    QRadioButton *m_toClipboard = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_overwrite = nullptr;
    QPlainTextEdit *m_lossView = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_error = nullptr;
    QScrollArea *m_errorArea = nullptr; // holds m_error
    QDialogButtonBox *m_buttons = nullptr;

    QStringList m_losses;
    QString m_lossKey; // target + losses the confirmation was given for
    QStringList m_problems;
    int m_preferredVersion = LatestBinaryVersion;
    bool m_pathEdited = false; // stop suggesting names once the user typed one
    QString m_resultMessage;
    QStringList m_written;
};

} // namespace fero::gui
