// Delete: a confirmation that names exactly what goes (the session file and
// its SQLite -wal/-shm/-journal companions, or a whole session folder such as
// tdata; leftover .bak/.tmp files are listed and only removed when ticked),
// then fero::deleteSession / fero::deleteSessionFolder. To the trash by
// default; permanently or "clear the session rows only" (ferogram databases)
// only when chosen. Warns when another program has a database open.
#pragma once

#include "storage/storage.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace fero::gui {

struct DeleteTarget {
    QString path;
    bool isFerogramDatabase = false; // offers "clear the session rows only"
};

class DeleteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)

public:
    explicit DeleteDialog(std::vector<DeleteTarget> targets, QWidget *parent = nullptr);
    ~DeleteDialog() override;

    void setMode(DeleteMode mode);
    DeleteMode mode() const;
    bool rowsOnlyAvailable() const;
    void setIncludeRelated(bool include);

    // Exactly the files the current choice removes (RowsOnly: the databases,
    // which stay but lose their rows).
    QStringList affectedFiles() const;
    QStringList relatedFiles() const { return m_related; }
    // The warning about sessions another program has open (empty when none).
    QString inUseWarning() const;

    // What the last performDelete() did (trash locations or removed paths).
    QStringList removed() const { return m_removed; }
    QStringList failures() const { return m_failures; }
    QString resultMessage() const { return m_resultMessage; }

public slots:
    // Deletes; accepts the dialog when everything went, else shows what failed.
    bool performDelete();

signals:
    void deleted(const QStringList &sessionPaths, const QString &message);

private:
    void refresh();

    std::vector<DeleteTarget> m_targets;
    QStringList m_related;
    QLabel *m_heading = nullptr;
    QLabel *m_inUse = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QRadioButton *m_trash = nullptr;
    QRadioButton *m_permanent = nullptr;
    QRadioButton *m_rowsOnly = nullptr;
    QCheckBox *m_includeRelated = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_removed;
    QStringList m_failures;
    QString m_resultMessage;
};

} // namespace fero::gui
