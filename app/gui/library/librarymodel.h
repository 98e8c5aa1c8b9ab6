// The session library: every session the user added, grouped by where it
// came from (demo, files, folders, databases, pasted strings, unsaved copies).
// A small tree: group -> entry, or group -> folder -> entry.
#pragma once

#include "inspect/inspect.h"
#include "library/libraryentry.h"
#include "open/scan.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace fero::gui {

struct RecentSource;

class LibraryModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)
    struct Node;

public:
    enum Column { Name, FormatVersion, HomeDc, AuthKeyId, Peers, Size, Modified, Flags, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        NodeTypeRole,
        FlagsRole,        // Name column: the entry's LibraryFlag values (libraryflags.h), as ints
        FlagToolTipsRole, // Name column: one tooltip per flag, in the same order
    };
    enum class NodeType { Group, Folder, Entry };

    explicit LibraryModel(QObject *parent = nullptr);
    ~LibraryModel() override;

    // Opens a file or database and lists it (under Files or Databases); a
    // path already listed there is reloaded instead. Missing paths are listed
    // as missing.
    QModelIndex addPath(const QString &path, SourceKind hint = SourceKind::File);
    // Lists a folder; its entries arrive with setFolderScan(). `recursive`
    // is how it is scanned, remembered with it (the start-up folder is not).
    QModelIndex addFolder(const QString &path, bool recursive = true);
    bool isFolderRecursive(const QModelIndex &index) const;
    void setFolderScan(const QString &folderPath, const fero::ScanResult &result);
    // The rows a scan makes, built where the scan ran (a worker thread: the
    // stat and path work of 100,000 rows stays off the GUI thread), then
    // listed by the overload below.
    static std::vector<LibraryEntry> entriesFromScan(const QString &folderPath, const fero::ScanResult &result);
    // A folder's rows made ahead, on any thread, for setFolderScan: making
    // 100,000 rows takes the first time a seventh of a second (fresh memory
    // for each), which the window should not wait for.
    class Rows {
    public:
        Rows();
        explicit Rows(std::vector<LibraryEntry> entries);
        Rows(Rows &&) noexcept;
        Rows &operator=(Rows &&) noexcept;
        ~Rows();
        std::size_t size() const { return m_nodes.size(); }

    private:
        friend class LibraryModel;
        std::vector<std::unique_ptr<Node>> m_nodes;
    };
    void setFolderScan(const QString &folderPath, Rows rows);
    void setFolderScanning(const QString &folderPath, bool scanning);
    // A session that is a folder (Telegram Desktop tdata, GramJS store), under
    // Folders with one row per account. The passcode (tdata) is kept in memory
    // only, to reload the folder when it changes. An error lists the folder
    // with one unreadable row saying why (a passcode not given yet, ...).
    QModelIndex addStoreFolder(const QString &path, fero::Result<fero::DecodedSession> decoded,
                               const QString &passcode = {});
    bool isStoreFolder(const QModelIndex &index) const;
    // A Locked entry opened with its passcode: its accounts take its place
    // (a store folder's rows, or the one row of a scanned folder); an error
    // marks it unreadable, or keeps it locked. The passcode is kept in memory
    // only, as with addStoreFolder(). Returns the first row put in its place.
    QModelIndex unlock(const QModelIndex &index, fero::Result<fero::DecodedSession> decoded,
                       const QString &passcode);
    // Demo, pasted strings and unsaved copies: sessions without a file.
    QModelIndex addDecoded(SourceKind kind, const QString &name, fero::DecodedSession decoded,
                           const QString &originalPath = {}, const fero::FileStamp &originalStamp = {});

    // Decodes a Listed entry; returns false when it cannot be read.
    bool ensureLoaded(const QModelIndex &index);
    // Re-reads every entry with this path (after a change on disk).
    void reloadPath(const QString &path);
    void remove(const QModelIndex &index);
    // Rows taken out of the library and kept, to be put back (Edit > Undo).
    struct Detached;
    // Takes the rows out (folders with their rows; groups left empty go);
    // rows already gone with an earlier one are skipped.
    std::shared_ptr<Detached> detach(const QList<QPersistentModelIndex> &rows);
    // Puts detached rows back where they were, as far as their place still
    // exists; returns them (column 0). They are no longer held by `rows`.
    QList<QPersistentModelIndex> reattach(Detached &rows);
    // Forgets every entry with this path, and a folder session at it (after
    // the session was deleted: it is gone, not missing).
    void removePath(const QString &path);

    NodeType nodeType(const QModelIndex &index) const;
    const LibraryEntry *entry(const QModelIndex &index) const;
    QString folderPath(const QModelIndex &index) const;
    SessionRef sessionRef(const QModelIndex &index) const;
    QModelIndex indexOfEntry(quint64 id) const;
    QModelIndex indexOfPath(const QString &path) const; // first entry with this path
    QModelIndex indexOfFolder(const QString &path) const;
    QModelIndex groupIndex(SourceKind kind) const;

    // Files and databases that are decoded: what the reload watcher watches.
    QStringList loadedPaths() const;
    // What to remember across restarts: files, databases and folders (never pasted strings).
    QList<RecentSource> recentSources() const;
    int entryCount() const;
    // Rows sharing an auth key (any DC's), grouped as a folder scan groups
    // them (fero::duplicateGroups): one group per set of holders, with every
    // key they share. A source listed twice (opened and found in a folder)
    // counts once; missing rows do not count.
    struct KeyGroup {
        std::vector<std::uint64_t> authKeyIds;
        QList<QModelIndex> rows; // column 0, in library order
    };
    std::vector<KeyGroup> keyGroups() const;
    // How many rows of the library open the source at path (its accounts).
    int rowsWithPath(const QString &path) const;
    // The rows with the longest names (by characters; groups, folders and
    // entries), at most `count`: what the Name column must fit, found
    // without laying out every row.
    QList<QModelIndex> longestNames(int count) const;

    void setRelease(const fero::FerogramRelease &release);
    const fero::FerogramRelease &release() const { return m_release; }
    static QString groupName(SourceKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An entry's decoded session was replaced (reload); views showing it refresh.
    void entryReloaded(quint64 id);

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *ensureGroup(SourceKind kind);
    void appendChild(Node *parent, std::unique_ptr<Node> child);
    void removeNode(Node *node);
    void removeEmptyGroup(Node *group);
    void refreshFlags(); // duplicates and "too new", across the whole library
    void emitRowChanged(const Node *node);
    static void fillFromFile(LibraryEntry &entry);
    void loadEntry(LibraryEntry &entry) const;
    template <typename F> void forEachEntry(F &&f) const;
    // The rows a source's decoded accounts (or its error) make, under parent;
    // baseName: what the rows are called before "account N" (empty = the folder's name).
    std::vector<std::unique_ptr<Node>> entryNodes(Node *parent, const QString &path, const QString &baseName,
                                                  fero::Result<fero::DecodedSession> decoded);
    void rememberPasscode(const QString &path, const QString &passcode); // empty = forget it
    // A folder's rows replaced by nodes (a rescan, a folder session read again).
    void setChildren(Node *folder, std::vector<std::unique_ptr<Node>> nodes);
    // A folder's rows given the entries of its rescan where the rows are the
    // same sources in the same order (changed rows updated); false, and
    // nothing done, where they are not.
    bool updateRowsInPlace(Node *folder, Rows &rows);
    void forgetPasscode(const QString &path); // wiped, then dropped
    void forgetUnusedPasscodes();             // of folders no longer in the library

    std::unique_ptr<Node> m_root;
    fero::FerogramRelease m_release;
    quint64 m_nextId = 1;
    QHash<QString, QString> m_passcodes; // tdata folder -> its local passcode (memory only, wiped when dropped)
};

} // namespace fero::gui
