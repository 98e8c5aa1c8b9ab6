#include "window/libraryundo.h"

#include <QCoreApplication>

namespace fero::gui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LibraryUndo)
};
} // namespace

RemoveRowsCommand::RemoveRowsCommand(LibraryModel *library, QList<QPersistentModelIndex> rows, SelectRow select)
    : m_library(library)
    , m_rows(std::move(rows))
    , m_select(std::move(select))
{
    // The menu reads "Undo Remove from Library" or "Undo Remove 3 Rows from Library".
    setText(m_rows.size() == 1 ? Tr::tr("Remove from Library")
                               : Tr::tr("Remove %n Row(s) from Library", nullptr, int(m_rows.size())));
}

void RemoveRowsCommand::redo()
{
    m_detached = m_library->detach(m_rows);
    m_rows.clear();
}

void RemoveRowsCommand::undo()
{
    if (!m_detached)
        return;
    m_rows = m_library->reattach(*m_detached);
    m_detached.reset();
    if (!m_rows.isEmpty() && m_select)
        m_select(m_rows.constFirst());
}

CleanCopyCommand::CleanCopyCommand(LibraryModel *library, quint64 copyId, quint64 sourceId, const QString &what,
                                   SelectRow select)
    : m_library(library)
    , m_copyId(copyId)
    , m_sourceId(sourceId)
    , m_select(std::move(select))
{
    setText(what);
}

void CleanCopyCommand::redo()
{
    if (m_done)
        return; // the first redo: push() after the copy was made
    if (!m_detached) {
        setObsolete(true);
        return;
    }
    const QList<QPersistentModelIndex> back = m_library->reattach(*m_detached);
    m_detached.reset();
    m_done = true;
    if (!back.isEmpty() && m_select)
        m_select(back.constFirst());
}

void CleanCopyCommand::undo()
{
    const QModelIndex copy = m_library->indexOfEntry(m_copyId);
    if (!copy.isValid()) {
        setObsolete(true); // saved or removed since: nothing of ours to take back
        return;
    }
    m_detached = m_library->detach({QPersistentModelIndex(copy)});
    m_done = false;
    if (const QModelIndex source = m_library->indexOfEntry(m_sourceId); source.isValid() && m_select)
        m_select(source);
}

} // namespace fero::gui
