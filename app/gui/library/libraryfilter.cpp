#include "library/libraryfilter.h"

#include "library/librarymodel.h"

#include <algorithm>

namespace fero::gui {

LibraryFilter::LibraryFilter(LibraryModel *library, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_library(library)
{
    setSourceModel(library);
    // A folder or group stays while one of its sessions matches; a folder
    // whose own path matches shows all of its sessions.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void LibraryFilter::setText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs the filter.
    invalidateFilter();
}

bool LibraryFilter::matches(const LibraryEntry &e, const QString &formatText, const QStringList &words)
{
    // The user id is known once the session is read (a scan lists rows unread).
    QString userId;
    if (e.decoded && !e.decoded->sessions.empty()) {
        const std::size_t account = e.account > 0 ? std::size_t(e.account) : 0;
        const auto &session = e.decoded->sessions.at(std::min(account, e.decoded->sessions.size() - 1));
        if (session.account.userId)
            userId = QString::number(*session.account.userId);
    }
    for (const QString &word : words) {
        const bool found = e.name.contains(word, Qt::CaseInsensitive) || formatText.contains(word, Qt::CaseInsensitive)
                           || e.authKeyId.contains(word, Qt::CaseInsensitive) || userId.contains(word)
                           || e.path.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool LibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = m_library->index(sourceRow, 0, sourceParent);
    if (const LibraryEntry *e = m_library->entry(index)) {
        const QString formatText =
            m_library->data(index.siblingAtColumn(LibraryModel::FormatVersion), Qt::DisplayRole).toString();
        return matches(*e, formatText, m_words);
    }
    if (m_library->nodeType(index) == LibraryModel::NodeType::Folder) {
        const QString path = m_library->folderPath(index);
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&](const QString &word) { return path.contains(word, Qt::CaseInsensitive); });
    }
    return false; // a group: kept by recursive filtering while a child matches
}

int LibraryFilter::shownEntryCount() const
{
    int count = 0;
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (m_library->entry(mapToSource(child)))
                ++count;
            else
                stack.append(child);
        }
    }
    return count;
}

} // namespace fero::gui
