// What Edit > Undo takes back in the library: rows removed from it, and the
// unsaved copy a peer-cache cleaning made (until that copy is saved). Each
// command keeps the rows it took out, so undo puts back exactly what was
// there: pasted strings and unsaved copies included, which no path could
// bring back.
#pragma once

#include "library/librarymodel.h"

#include <QPersistentModelIndex>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace fero::gui {

// Selects a row in the window (after an undo or a redo put it back).
using SelectRow = std::function<void(const QModelIndex &)>;

// Remove from Library: redo takes the rows out, undo puts them back.
class RemoveRowsCommand final : public QUndoCommand {
public:
    RemoveRowsCommand(LibraryModel *library, QList<QPersistentModelIndex> rows, SelectRow select);
    void redo() override;
    void undo() override;

private:
    LibraryModel *m_library;
    QList<QPersistentModelIndex> m_rows;
    std::shared_ptr<LibraryModel::Detached> m_detached;
    SelectRow m_select;
};

// A cleaning's unsaved copy (already added, selected): undo takes it out
// and selects the session it was made from; redo puts it back. Saved (or
// removed another way), the copy is no longer this command's: it becomes
// obsolete and the stack drops it.
class CleanCopyCommand final : public QUndoCommand {
public:
    CleanCopyCommand(LibraryModel *library, quint64 copyId, quint64 sourceId, const QString &what, SelectRow select);
    void redo() override;
    void undo() override;
    quint64 copyId() const { return m_copyId; }

private:
    LibraryModel *m_library;
    quint64 m_copyId;
    quint64 m_sourceId;
    std::shared_ptr<LibraryModel::Detached> m_detached;
    SelectRow m_select;
    bool m_done = true; // pushed after the copy was added
};

} // namespace fero::gui
