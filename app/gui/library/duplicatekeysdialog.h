// View ▸ Duplicate Keys…: the library's sessions that share an auth key, any
// DC's (Telegram answers AUTH_KEY_DUPLICATED and logs out both copies when
// one key is used from two places), one group per set of sessions as a folder
// scan groups them. Keeping one session of a group offers the others to the
// Delete dialog (to the trash by default), which names exactly what goes;
// an account of a source that holds other accounts too is never offered.
#pragma once

#include <QDialog>
#include <QPersistentModelIndex>
#include <QStringList>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fero::gui {

class LibraryModel;

class DuplicateKeysDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateKeysDialog)

public:
    explicit DuplicateKeysDialog(LibraryModel *library, QWidget *parent = nullptr);

    // What keeping `keep` would do to the rest of its group: the sources to
    // trash, and the rows that stay with why (no file, other accounts).
    struct Plan {
        QStringList trash;   // paths, each once
        QStringList kept;    // "name: why", for the confirmation
    };
    Plan planFor(const QModelIndex &keep) const;

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *keepButton() const { return m_keep; }
    // The library row of the selected session item; invalid for a group item.
    QModelIndex selectedRow() const;

public slots:
    // Reads the groups again from the library (after something was trashed).
    void refresh();

signals:
    // Keep This One was chosen: the window runs the Delete dialog on these.
    void trashRequested(const QStringList &paths);
    // Show in Library (or a double-click on a session).
    void showRequested(const QModelIndex &row);

private:
    void keepSelected();
    void updateButtons();
    QList<QPersistentModelIndex> groupOf(const QTreeWidgetItem *item) const;

    LibraryModel *m_library = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_show = nullptr;
};

} // namespace fero::gui
