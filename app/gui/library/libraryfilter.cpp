#include "library/libraryfilter.h"

#include "formats/traits.h"
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
    m_formatTexts.clear(); // the language may have changed since
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs the filter.
    invalidateFilter();
}

bool LibraryFilter::matches(const LibraryEntry &e, const QString &formatText, const QStringList &words)
{
    // The user id is known once the session is read (a scan lists rows unread).
    QString userId;
    // A row of a multi-account source holds its own account only.
    if (e.decoded && !e.decoded->sessions.empty()) {
        const auto &session = e.decoded->sessions.front();
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
        // The Format column's text ("Telethon SQLite"), once per format and
        // version: formatting it for each of 100,000 rows was most of a keystroke.
        const quint64 key = e->format ? (quint64(int(*e->format) + 1) << 32) | quint32(e->version) : 0;
        auto text = m_formatTexts.constFind(key);
        if (text == m_formatTexts.cend())
            text = m_formatTexts.insert(key, e->format ? fero::traits(*e->format).shortDisplayName(e->version) : QString());
        return matches(*e, *text, m_words);
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
    // A folder holds only sessions: its row count is what passes, without
    // an index made for each of them (100,000 in a farm).
    int count = 0;
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex group = index(g, 0);
        for (int row = 0; row < rowCount(group); ++row) {
            const QModelIndex child = index(row, 0, group);
            count += m_library->entry(mapToSource(child)) ? 1 : rowCount(child);
        }
    }
    return count;
}

bool LibraryFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Typed values, not the display text: "1,000" peers after "200", and a
    // translated format text per comparison, made sorting 100,000 rows slow
    // and wrong.
    const LibraryEntry *a = m_library->entry(left);
    const LibraryEntry *b = m_library->entry(right);
    if (!a || !b) {
        // Groups keep their order (Demo, Files, Folders, ...) either way;
        // folders sort by path.
        if (m_library->nodeType(left) == LibraryModel::NodeType::Folder
            && m_library->nodeType(right) == LibraryModel::NodeType::Folder)
            return m_library->folderPath(left).compare(m_library->folderPath(right), Qt::CaseInsensitive) < 0;
        return (left.row() < right.row()) != (sortOrder() == Qt::DescendingOrder);
    }
    const auto sortName = [](const LibraryEntry *e) -> const QString & {
        if (e->sortName.isNull() && !e->name.isNull())
            e->sortName = e->name.toCaseFolded();
        return e->sortName;
    };
    auto byName = [&] { return sortName(a).compare(sortName(b), Qt::CaseSensitive) < 0; };
    auto then = [&](auto x, auto y) { return x != y ? x < y : byName(); };
    switch (LibraryModel::Column(left.column())) {
    case LibraryModel::Name:
    case LibraryModel::Flags:
        return byName();
    case LibraryModel::FormatVersion:
        return then(a->format ? int(*a->format) : -1, b->format ? int(*b->format) : -1);
    case LibraryModel::HomeDc:
        return then(a->homeDc, b->homeDc);
    case LibraryModel::AuthKeyId: {
        const int c = a->authKeyId.compare(b->authKeyId);
        return c != 0 ? c < 0 : byName();
    }
    case LibraryModel::Peers:
        return then(a->peers, b->peers);
    case LibraryModel::Size:
        return then(a->size, b->size);
    case LibraryModel::Modified:
        return then(a->modified.toMSecsSinceEpoch(), b->modified.toMSecsSinceEpoch());
    case LibraryModel::ColumnCount:
        break;
    }
    return byName();
}

} // namespace fero::gui
