// Narrows the library to what matches a typed text: an entry matches by its
// name, format, auth key id, user id or path; a folder by its path (then all
// of its sessions show). Groups and folders stay while something under them
// matches. Case-insensitive; every word of the text must match (in any of
// those fields), so "telethon dc2" style searches work.
#pragma once

#include <QSortFilterProxyModel>
#include <QHash>
#include <QStringList>

namespace fero::gui {

class LibraryModel;
struct LibraryEntry;

class LibraryFilter final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilter)

public:
    explicit LibraryFilter(LibraryModel *library, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }
    bool isActive() const { return !m_words.isEmpty(); }
    // How many sessions (entries) pass, and how many there are.
    int shownEntryCount() const;

    // Whether one entry matches the words (exposed for tests).
    static bool matches(const LibraryEntry &entry, const QString &formatText, const QStringList &words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    LibraryModel *m_library;
    QStringList m_words; // lower case
    mutable QHash<quint64, QString> m_formatTexts; // the Format column's text by format and version
};

} // namespace fero::gui
