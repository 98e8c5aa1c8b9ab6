#include "library/librarymodel.h"

#include "detect/recognised.h"

#include "window/appsettings.h"
#include "formats/traits.h"
#include "inspect/inspect.h"
#include "library/libraryflags.h"
#include "open/opener.h"
#include "open/scan.h"
#include "storage/storage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QStyle>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <map>

namespace fero::gui {

struct LibraryModel::Node {
    NodeType type = NodeType::Entry;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    SourceKind group = SourceKind::File; // Group nodes
    QString folderPath;                  // Folder nodes
    bool scanning = false;
    bool folderMissing = false;
    bool store = false;    // the folder IS a session (tdata, GramJS store), its rows are accounts
    bool recursive = true; // how the folder is scanned (and rescanned after a restart)
    LibraryEntry entry;    // Entry nodes

    // Where this node sits in its parent. A folder of 100,000 rows made a
    // search per call quadratic: the last answer is kept and checked first
    // (rows only move when siblings are inserted or removed before them).
    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        if (rowHint >= 0 && std::size_t(rowHint) < siblings.size() && siblings[std::size_t(rowHint)].get() == this)
            return rowHint;
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return rowHint = int(i);
        }
        return -1;
    }
    mutable int rowHint = -1;
};

namespace {

bool isDatabaseFormat(fero::Format format)
{
    return fero::traits(format).kind == fero::FormatKind::Database;
}

void summarize(LibraryEntry &e, std::shared_ptr<const fero::DecodedSession> decoded)
{
    e.decoded = std::move(decoded);
    e.format = e.decoded->format;
    e.version = e.decoded->version;
    e.layout = e.decoded->layout;
    e.homeDc = 0;
    e.authKeyId.clear();
    e.peers = -1;
    if (!e.decoded->sessions.empty()) {
        const fero::Session &s = e.decoded->session();
        e.homeDc = s.homeDcId;
        const fero::DcEntry *home = fero::homeDcEntry(s);
        if (home && home->authKey)
            e.authKeyId = home->authKey->idHex();
        e.peers = qint64(s.peers.size());
        e.authKeyIds.clear();
        for (const fero::DcEntry &dc : s.dcs)
            if (dc.authKey)
                e.authKeyIds.push_back(dc.authKey->id());
    }
    e.state = LibraryEntry::State::Loaded;
    e.needsPasscode = false;
    e.error.clear();
}

// One account of a multi-account source (tdata), as its row shows it: the
// layout says which account of how many.
fero::DecodedSession oneAccount(const fero::DecodedSession &all, std::size_t index)
{
    fero::DecodedSession one;
    one.format = all.format;
    one.version = all.version;
    const std::size_t count = all.sessions.size();
    one.layout = count > 1 ? LibraryModel::tr("%1, account %2 of %3").arg(all.layout).arg(index + 1).arg(count)
                           : all.layout;
    one.warnings = all.warnings;
    one.sessions.push_back(all.sessions[index]);
    if (index < all.accountIds.size())
        one.accountIds.push_back(all.accountIds[index]);
    return one;
}

// "account index 2 (7999999999999)", "slot 1", "namespace work",
// "account 2": what tells the rows of one source apart, in the store's own
// numbering when it has one (tdata's indexes may be sparse: 0, 2).
QString accountLabel(std::size_t index, const std::optional<std::int64_t> &userId, const QString &accountId)
{
    QString name = LibraryModel::tr("account %1").arg(index + 1);
    if (accountId.startsWith(u"index:"))
        name = LibraryModel::tr("account index %1").arg(accountId.sliced(6));
    else if (accountId.startsWith(u"slot:"))
        name = LibraryModel::tr("slot %1").arg(accountId.sliced(5));
    else if (accountId.startsWith(u"name:"))
        name = LibraryModel::tr("namespace %1").arg(accountId.sliced(5));
    else if (!accountId.isEmpty())
        name = accountId;
    return userId && *userId != 0 ? LibraryModel::tr("%1 (%2)").arg(name).arg(*userId) : name;
}

// Where this row's account is in what was just read: by its store id when it
// has one, else by position; nothing when it is gone.
std::optional<std::size_t> accountPosition(const fero::DecodedSession &all, const LibraryEntry &e)
{
    if (!e.accountId.isEmpty()) {
        const auto found = std::find(all.accountIds.begin(), all.accountIds.end(), e.accountId);
        if (found == all.accountIds.end() || std::size_t(found - all.accountIds.begin()) >= all.sessions.size())
            return std::nullopt;
        return std::size_t(found - all.accountIds.begin());
    }
    if (std::size_t(e.account) >= all.sessions.size())
        return std::nullopt;
    return std::size_t(e.account);
}

// A source that could not be opened without its passcode: listed as locked,
// not as unreadable.
void markLocked(LibraryEntry &e, const QString &why)
{
    e.state = LibraryEntry::State::Locked;
    e.needsPasscode = true;
    // The error names no format: a locked folder is a tdata (its passcode),
    // a locked file a WTelegramClient session (its key).
    e.format = QFileInfo(e.path).isFile() ? fero::Format::WtelegramSession : fero::Format::TdesktopTdata;
    e.error = why;
    e.decoded.reset();
    e.homeDc = 0;
    e.authKeyId.clear();
    e.peers = -1; // unknown, not none
}

bool hasInUseCompanion(const QStringList &companions)
{
    for (const QString &c : companions) {
        if (c.endsWith(QLatin1String("-wal")) || c.endsWith(QLatin1String("-journal")))
            return true;
    }
    return false;
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    // The model is used by tests without a QApplication style too.
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        return app->style()->standardIcon(pixmap);
    return {};
}

QString formatVersionText(const LibraryEntry &e)
{
    if (!e.recognised.isEmpty())
        return LibraryModel::tr("%1 (not supported)").arg(fero::recognisedProgram(e.recognised));
    if (!e.format)
        return {};
    // Short enough for a column ("ferogram SQLite v8", "Telethon SQLite"); the
    // full name and layout are in the tooltip and the Overview.
    return fero::traits(*e.format).shortDisplayName(e.version);
}

// "~/sessions/bots" rather than the whole path: the column stays readable.
QString shortFolderName(const QString &path)
{
    const QString home = QDir::homePath();
    QString shown = path;
    if (path == home || path.startsWith(home + QLatin1Char('/')))
        shown = QLatin1Char('~') + path.mid(home.size());
    return QDir::toNativeSeparators(shown);
}

QString flagsText(const LibraryEntry &e, const QString &releaseLabel, bool longForm)
{
    QStringList parts;
    switch (e.state) {
    case LibraryEntry::State::Missing:
        parts << (longForm ? LibraryModel::tr("The file is missing: it was moved or deleted since it was added.")
                           : LibraryModel::tr("missing"));
        break;
    case LibraryEntry::State::Failed:
        parts << (longForm ? LibraryModel::tr("Cannot be read: %1").arg(e.error) : LibraryModel::tr("unreadable"));
        break;
    case LibraryEntry::State::Locked:
        parts << (longForm ? LibraryModel::tr("Protected by a local passcode: select it and choose Enter Passcode… "
                                              "to see its accounts.")
                           : LibraryModel::tr("passcode needed"));
        break;
    case LibraryEntry::State::Loaded:
    case LibraryEntry::State::Listed:
        break;
    }
    for (LibraryFlag flag : flagsOf(e))
        parts << (longForm ? flagToolTip(flag, e, releaseLabel)
                           : flagShortText(flag, releaseLabel, int(e.sameKeyAs.size())));
    return parts.join(longForm ? QStringLiteral("\n") : QStringLiteral(", "));
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_release(fero::ferogramReleases().constLast())
{
    m_root->type = NodeType::Group;
}

LibraryModel::~LibraryModel()
{
    for (QString &passcode : m_passcodes)
        fero::secureWipe(passcode);
}

void LibraryModel::forgetPasscode(const QString &path)
{
    const auto it = m_passcodes.find(path);
    if (it == m_passcodes.end())
        return;
    fero::secureWipe(*it);
    m_passcodes.erase(it);
}

void LibraryModel::forgetUnusedPasscodes()
{
    const QStringList paths = m_passcodes.keys();
    for (const QString &path : paths)
        if (!indexOfFolder(path).isValid() && !indexOfPath(path).isValid())
            forgetPasscode(path);
}

QString LibraryModel::groupName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Demo:
        return tr("Demo");
    case SourceKind::File:
        return tr("Files");
    case SourceKind::Folder:
        return tr("Folders");
    case SourceKind::Database:
        return tr("Databases");
    case SourceKind::Pasted:
        return tr("Pasted strings");
    case SourceKind::Modified:
        return tr("Unsaved copies");
    }
    return {};
}

template <typename F> void LibraryModel::forEachEntry(F &&f) const
{
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        if (node->type == NodeType::Entry)
            f(node);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
}

LibraryModel::Node *LibraryModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex LibraryModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

LibraryModel::Node *LibraryModel::ensureGroup(SourceKind kind)
{
    auto &groups = m_root->children;
    std::size_t pos = 0;
    for (; pos < groups.size(); ++pos) {
        if (groups[pos]->group == kind)
            return groups[pos].get();
        if (int(groups[pos]->group) > int(kind))
            break;
    }
    auto group = std::make_unique<Node>();
    group->type = NodeType::Group;
    group->group = kind;
    group->parent = m_root.get();
    beginInsertRows({}, int(pos), int(pos));
    Node *raw = group.get();
    groups.insert(groups.begin() + std::ptrdiff_t(pos), std::move(group));
    endInsertRows();
    return raw;
}

void LibraryModel::appendChild(Node *parent, std::unique_ptr<Node> child)
{
    child->parent = parent;
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    parent->children.push_back(std::move(child));
    endInsertRows();
    if (parent->type == NodeType::Group)
        emit dataChanged(indexOf(parent), indexOf(parent)); // the count in its name
}

void LibraryModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    if (parent->type == NodeType::Group && parent != m_root.get())
        removeEmptyGroup(parent);
}

void LibraryModel::removeEmptyGroup(Node *group)
{
    if (!group->children.empty()) {
        emit dataChanged(indexOf(group), indexOf(group));
        return;
    }
    const int row = group->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

void LibraryModel::fillFromFile(LibraryEntry &e)
{
    const QFileInfo info(e.path);
    if (!info.exists()) {
        e.state = LibraryEntry::State::Missing;
        e.decoded.reset();
        e.size = -1;
        e.modified = {};
        e.othersCanRead = e.inUse = false;
        return;
    }
    if (info.isDir()) {
        // A session folder: its files' total size, newest change, and whether
        // any of them (the keys are in them) is readable by others.
        e.size = 0;
        e.modified = info.lastModified().toUTC();
        e.mode = fero::modeText(e.path);
        e.othersCanRead = false;
        e.inUse = false;
        const QFileInfoList files = QDir(e.path).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
        for (const QFileInfo &file : files) {
            e.size += file.size();
            e.modified = qMax(e.modified, file.lastModified().toUTC());
            if (fero::readableByOthers(file.absoluteFilePath())) {
                e.othersCanRead = true;
                e.mode = fero::modeText(file.absoluteFilePath());
            }
        }
        return;
    }
    e.size = info.size();
    e.modified = info.lastModified().toUTC();
    e.mode = fero::modeText(e.path);
    e.othersCanRead = fero::readableByOthers(e.path);
    e.inUse = hasInUseCompanion(fero::companionFiles(e.path));
}

void LibraryModel::loadEntry(LibraryEntry &e) const
{
    e.stamp = fero::stampOf(e.path);
    auto result = fero::openPath(e.path, std::nullopt, m_passcodes.value(e.path));
    if (result.ok() && e.account >= 0) {
        // One row per account: this row's account only.
        if (const std::optional<std::size_t> at = accountPosition(result.value(), e)) {
            e.account = int(*at);
            result = oneAccount(result.value(), *at);
        } else {
            result = fero::Error::invalid(
                tr("The %1 is no longer in %2.")
                    .arg(accountLabel(std::size_t(e.account), std::nullopt, e.accountId), QDir::toNativeSeparators(e.path)));
        }
    }
    if (result.ok()) {
        e.recognised.clear();
        summarize(e, std::make_shared<const fero::DecodedSession>(std::move(result).value()));
    } else if (result.error().lock == fero::Lock::PasscodeNeeded) {
        markLocked(e, result.error().message);
    } else {
        e.state = LibraryEntry::State::Failed;
        e.error = result.error().message;
        e.recognised = result.error().recognised;
        e.decoded.reset();
    }
}

QModelIndex LibraryModel::addPath(const QString &rawPath, SourceKind hint)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    for (SourceKind kind : {SourceKind::File, SourceKind::Database}) {
        for (const auto &group : m_root->children) {
            if (group->group != kind)
                continue;
            for (const auto &child : group->children) {
                if (child->entry.path == path) {
                    reloadPath(path);
                    return indexOf(child.get());
                }
            }
        }
    }

    auto node = std::make_unique<Node>();
    node->type = NodeType::Entry;
    LibraryEntry &e = node->entry;
    e.id = m_nextId++;
    e.path = path;
    e.name = QFileInfo(path).fileName();
    e.kind = hint == SourceKind::Database ? SourceKind::Database : SourceKind::File;
    fillFromFile(e);
    if (e.state != LibraryEntry::State::Missing) {
        loadEntry(e);
        if (e.format)
            e.kind = isDatabaseFormat(*e.format) ? SourceKind::Database : SourceKind::File;
    }
    Node *raw = node.get();
    appendChild(ensureGroup(e.kind), std::move(node));
    refreshFlags();
    return indexOf(raw);
}

QModelIndex LibraryModel::addFolder(const QString &rawPath, bool recursive)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (QModelIndex existing = indexOfFolder(path); existing.isValid()) {
        nodeOf(existing)->recursive = recursive;
        return existing;
    }
    auto node = std::make_unique<Node>();
    node->type = NodeType::Folder;
    node->folderPath = path;
    node->recursive = recursive;
    node->folderMissing = !QFileInfo(path).isDir();
    Node *raw = node.get();
    appendChild(ensureGroup(SourceKind::Folder), std::move(node));
    return indexOf(raw);
}

void LibraryModel::setFolderScanning(const QString &folderPath, bool scanning)
{
    Node *folder = nodeOf(indexOfFolder(folderPath));
    if (!folder || folder->type != NodeType::Folder)
        return;
    folder->scanning = scanning;
    emitRowChanged(folder);
}

std::vector<LibraryEntry> LibraryModel::entriesFromScan(const QString &folderPath, const fero::ScanResult &result)
{
    std::vector<LibraryEntry> entries;
    entries.reserve(result.sessions.size() + result.errors.size());
    const QDir root(folderPath);
    QHash<QString, int> accountsAt; // source path -> its number of account rows
    for (const fero::ScanEntry &s : result.sessions) {
        if (s.account >= 0)
            ++accountsAt[s.path];
    }
    for (const fero::ScanEntry &s : result.sessions) {
        LibraryEntry &e = entries.emplace_back();
        e.kind = SourceKind::Folder;
        // The scan's paths are absolute already when the folder's is; no
        // stat here (100,000 rows are built at start-up from the cache).
        e.path = QDir::isAbsolutePath(s.path) ? s.path : QFileInfo(s.path).absoluteFilePath();
        e.name = root.relativeFilePath(e.path);
        // Which account of the source this row opens (now and after a
        // restart: the rescan says it again).
        e.account = s.account;
        e.accountId = s.accountId;
        if (s.account >= 0 && accountsAt.value(s.path) > 1)
            e.name = tr("%1, %2").arg(e.name, accountLabel(std::size_t(s.account), std::nullopt, s.accountId));
        e.state = LibraryEntry::State::Listed;
        e.format = s.format;
        e.version = s.version;
        e.layout = s.layout;
        e.homeDc = s.homeDcId;
        e.authKeyId = s.authKeyId;
        e.authKeyIds = s.authKeyIds;
        e.peers = qint64(s.peers);
        e.size = s.size;
        e.modified = s.modifiedMs != 0 ? QDateTime::fromMSecsSinceEpoch(s.modifiedMs, Qt::UTC)
                                       : QFileInfo(s.path).lastModified().toUTC();
        e.mode = s.mode;
        bool ok = false;
        const int mode = s.mode.toInt(&ok, 8);
        e.othersCanRead = ok && (mode & 077) != 0;
        e.inUse = hasInUseCompanion(s.related);
        if (s.needsPasscode)
            markLocked(e, s.note);
        if (!s.recognised.isEmpty()) {
            e.state = LibraryEntry::State::Failed;
            e.format.reset();
            e.recognised = s.recognised;
            e.error = s.note;
        }
    }
    for (const fero::ScanError &err : result.errors) {
        LibraryEntry &e = entries.emplace_back();
        e.kind = SourceKind::Folder;
        e.path = QFileInfo(err.path).absoluteFilePath();
        e.name = root.relativeFilePath(e.path);
        e.state = LibraryEntry::State::Failed;
        e.error = err.error;
        fillFromFile(e);
        if (e.state != LibraryEntry::State::Missing)
            e.state = LibraryEntry::State::Failed;
    }
    return entries;
}

void LibraryModel::setFolderScan(const QString &folderPath, const fero::ScanResult &result)
{
    setFolderScan(folderPath, Rows(entriesFromScan(folderPath, result)));
}

LibraryModel::Rows::Rows() = default;
LibraryModel::Rows::Rows(Rows &&) noexcept = default;
LibraryModel::Rows &LibraryModel::Rows::operator=(Rows &&) noexcept = default;
LibraryModel::Rows::~Rows() = default;

LibraryModel::Rows::Rows(std::vector<LibraryEntry> entries)
{
    m_nodes.reserve(entries.size());
    for (LibraryEntry &entry : entries) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Entry;
        node->rowHint = int(m_nodes.size());
        node->entry = std::move(entry);
        m_nodes.push_back(std::move(node));
    }
}

void LibraryModel::setFolderScan(const QString &folderPath, Rows rows)
{
    const QModelIndex folderIndex = indexOfFolder(folderPath);
    if (!folderIndex.isValid())
        return;
    Node *folder = nodeOf(folderIndex);
    folder->scanning = false;
    folder->folderMissing = !QFileInfo(folderPath).isDir();
    if (updateRowsInPlace(folder, rows)) {
        // The scan's rows the library already showed: freeing 100,000 of them
        // (a million strings) held the window for a few tens of milliseconds.
        if (rows.size() >= 1000) {
            auto unused = std::make_shared<Rows>(std::move(rows));
            QThreadPool::globalInstance()->start([unused]() mutable { unused.reset(); });
        }
        return;
    }
    for (std::unique_ptr<Node> &node : rows.m_nodes) {
        node->parent = folder;
        node->entry.id = m_nextId++;
    }
    setChildren(folder, std::move(rows.m_nodes));
}

namespace {

// What a listed row shows and acts on, but the flags refreshFlags() works out.
bool sameListing(const LibraryEntry &a, const LibraryEntry &b)
{
    return a.path == b.path && a.account == b.account && a.accountId == b.accountId && a.name == b.name
           && a.state == b.state && a.error == b.error && a.format == b.format && a.recognised == b.recognised
           && a.version == b.version && a.layout == b.layout && a.homeDc == b.homeDc && a.authKeyId == b.authKeyId
           && a.authKeyIds == b.authKeyIds && a.peers == b.peers && a.size == b.size && a.modified == b.modified
           && a.mode == b.mode && a.needsPasscode == b.needsPasscode && a.othersCanRead == b.othersCanRead
           && a.inUse == b.inUse;
}

} // namespace

bool LibraryModel::updateRowsInPlace(Node *folder, Rows &rows)
{
    // A scan that refreshes a listing (the start-up cache's, a Reload)
    // mostly finds the same rows in the same order. Removing 100,000 rows
    // and inserting them again held the window for half a second (the view
    // and its proxy rebuild their mappings twice); changing only the rows
    // that differ costs one pass over both (memory-bound: one pass, not two).
    std::vector<std::unique_ptr<Node>> &children = folder->children;
    const std::vector<std::unique_ptr<Node>> &fresh = rows.m_nodes;
    if (children.empty() || children.size() != fresh.size())
        return false;
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        const LibraryEntry &was = children[i]->entry;
        const LibraryEntry &now = fresh[i]->entry;
        if (children[i]->type != NodeType::Entry || was.path != now.path || was.account != now.account)
            return false;
        // A row read since (Loaded) is replaced as before: the scan's row is what the file is now.
        if (was.state != LibraryEntry::State::Listed || !sameListing(was, now))
            changed.push_back(i);
    }
    for (const std::size_t i : changed) {
        Node *node = children[i].get();
        node->entry = std::move(fresh[i]->entry);
        node->entry.id = m_nextId++;
        emitRowChanged(node);
    }
    emitRowChanged(folder);
    refreshFlags();
    return true;
}

QModelIndex LibraryModel::addStoreFolder(const QString &rawPath, fero::Result<fero::DecodedSession> decoded,
                                         const QString &passcode)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    QModelIndex folderIndex = indexOfFolder(path);
    if (!folderIndex.isValid())
        folderIndex = addFolder(path);
    Node *folder = nodeOf(folderIndex);
    folder->store = true;
    folder->scanning = false;
    folder->folderMissing = !QFileInfo(path).isDir();
    rememberPasscode(path, passcode);
    std::vector<std::unique_ptr<Node>> nodes = entryNodes(folder, path, QString(), std::move(decoded));
    setChildren(folder, std::move(nodes));
    return folder->children.empty() ? folderIndex : indexOf(folder->children.front().get());
}

QModelIndex LibraryModel::unlock(const QModelIndex &index, fero::Result<fero::DecodedSession> decoded,
                                 const QString &passcode)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || node->type != NodeType::Entry || node->entry.state != LibraryEntry::State::Locked)
        return {};
    Node *parent = node->parent;
    const QString path = node->entry.path;
    if (parent->type == NodeType::Folder && parent->store)
        return addStoreFolder(path, std::move(decoded), passcode); // the folder is the session: all its rows
    // A row of a scanned folder: its accounts take its place, in the same folder.
    if (decoded.ok())
        rememberPasscode(path, passcode);
    const QString baseName = node->entry.name;
    const int row = node->row();
    const QModelIndex parentIndex = indexOf(parent);
    std::vector<std::unique_ptr<Node>> nodes = entryNodes(parent, path, baseName, std::move(decoded));
    beginRemoveRows(parentIndex, row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    const int count = int(nodes.size());
    beginInsertRows(parentIndex, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        parent->children.insert(parent->children.begin() + row + i, std::move(nodes[std::size_t(i)]));
    endInsertRows();
    refreshFlags();
    return indexOf(parent->children[std::size_t(row)].get());
}

void LibraryModel::rememberPasscode(const QString &path, const QString &passcode)
{
    forgetPasscode(path);
    if (!passcode.isEmpty()) // our own copy, not shared with the caller's: we wipe it, the caller wipes theirs
        m_passcodes.insert(path, QString(passcode.constData(), passcode.size()));
}

std::vector<std::unique_ptr<LibraryModel::Node>>
LibraryModel::entryNodes(Node *parent, const QString &path, const QString &baseName,
                         fero::Result<fero::DecodedSession> decoded)
{
    std::vector<std::unique_ptr<Node>> nodes;
    auto newEntry = [&] {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Entry;
        node->parent = parent;
        LibraryEntry &e = node->entry;
        e.id = m_nextId++;
        e.kind = SourceKind::Folder;
        e.path = path;
        e.name = baseName.isEmpty() ? QFileInfo(path).fileName() : baseName;
        fillFromFile(e);
        nodes.push_back(std::move(node));
        return &nodes.back()->entry;
    };
    if (!decoded.ok()) {
        LibraryEntry *e = newEntry();
        if (e->state == LibraryEntry::State::Missing)
            return nodes;
        if (decoded.error().lock == fero::Lock::PasscodeNeeded) {
            markLocked(*e, decoded.error().message);
        } else {
            e->state = LibraryEntry::State::Failed;
            e->error = decoded.error().message;
            e->recognised = decoded.error().recognised;
        }
        return nodes;
    }
    const fero::DecodedSession &all = decoded.value();
    const std::size_t count = all.sessions.size();
    for (std::size_t i = 0; i < count; ++i) {
        LibraryEntry *e = newEntry();
        e->account = int(i);
        if (i < all.accountIds.size())
            e->accountId = all.accountIds[i];
        e->stamp = fero::stampOf(path);
        if (count > 1) {
            const QString label = accountLabel(i, all.sessions[i].account.userId, e->accountId);
            e->name = baseName.isEmpty() ? label : tr("%1, %2").arg(baseName, label);
        }
        summarize(*e, std::make_shared<const fero::DecodedSession>(oneAccount(all, i)));
    }
    return nodes;
}

void LibraryModel::setChildren(Node *folder, std::vector<std::unique_ptr<Node>> nodes)
{
    const QModelIndex folderIndex = indexOf(folder);
    if (!folder->children.empty()) {
        beginRemoveRows(folderIndex, 0, int(folder->children.size()) - 1);
        folder->children.clear();
        endRemoveRows();
    }
    if (!nodes.empty()) {
        beginInsertRows(folderIndex, 0, int(nodes.size()) - 1);
        folder->children = std::move(nodes);
        endInsertRows();
    }
    emitRowChanged(folder);
    refreshFlags();
}

bool LibraryModel::isFolderRecursive(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return !index.isValid() || node->type != NodeType::Folder || node->recursive;
}

bool LibraryModel::isStoreFolder(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->type == NodeType::Folder && node->store;
}

QModelIndex LibraryModel::addDecoded(SourceKind kind, const QString &name, fero::DecodedSession decoded,
                                     const QString &originalPath, const fero::FileStamp &originalStamp)
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Entry;
    LibraryEntry &e = node->entry;
    e.id = m_nextId++;
    e.kind = kind;
    e.name = name;
    e.originalPath = originalPath;
    e.stamp = originalStamp;
    summarize(e, std::make_shared<const fero::DecodedSession>(std::move(decoded)));
    Node *raw = node.get();
    appendChild(ensureGroup(kind), std::move(node));
    refreshFlags();
    return indexOf(raw);
}

bool LibraryModel::ensureLoaded(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || node->type != NodeType::Entry)
        return false;
    LibraryEntry &e = node->entry;
    if (e.state == LibraryEntry::State::Listed) {
        fillFromFile(e);
        if (e.state != LibraryEntry::State::Missing)
            loadEntry(e);
        emitRowChanged(node);
        refreshFlags();
    }
    return e.state == LibraryEntry::State::Loaded;
}

void LibraryModel::reloadPath(const QString &path)
{
    std::vector<Node *> hits;
    forEachEntry([&](Node *node) {
        if (!node->entry.path.isEmpty() && node->entry.path == path)
            hits.push_back(node);
    });
    for (Node *node : hits) {
        LibraryEntry &e = node->entry;
        const bool wasListed = e.state == LibraryEntry::State::Listed;
        fillFromFile(e);
        if (e.state != LibraryEntry::State::Missing) {
            if (wasListed)
                e.state = LibraryEntry::State::Listed;
            else
                loadEntry(e);
        }
        emitRowChanged(node);
        emit entryReloaded(e.id);
    }
    refreshFlags();
}

void LibraryModel::remove(const QModelIndex &index)
{
    Node *node = nodeOf(index);
    if (!index.isValid())
        return;
    if (node->type == NodeType::Group) {
        const int row = node->row();
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        endRemoveRows();
    } else {
        removeNode(node);
    }
    forgetUnusedPasscodes(); // a removed tdata folder's passcode goes with it
    refreshFlags();
}

// A row's place: its group, and the folder it was listed under (empty when
// directly under the group), at its row then.
struct LibraryModel::Detached {
    struct Row {
        std::unique_ptr<Node> node;
        SourceKind group = SourceKind::File;
        QString folder;
        int row = 0;
    };
    std::vector<Row> rows;
};

std::shared_ptr<LibraryModel::Detached> LibraryModel::detach(const QList<QPersistentModelIndex> &rows)
{
    auto detached = std::make_shared<Detached>();
    for (const QPersistentModelIndex &index : rows) {
        if (!index.isValid())
            continue; // went with a folder taken before it
        Node *node = nodeOf(index);
        if (node->type == NodeType::Group || !node->parent)
            continue;
        Node *parent = node->parent;
        Detached::Row row;
        row.row = node->row();
        row.folder = parent->type == NodeType::Folder ? parent->folderPath : QString();
        const Node *group = parent;
        while (group->type != NodeType::Group)
            group = group->parent;
        row.group = group->group;
        beginRemoveRows(indexOf(parent), row.row, row.row);
        row.node = std::move(parent->children[std::size_t(row.row)]);
        parent->children.erase(parent->children.begin() + row.row);
        endRemoveRows();
        row.node->parent = nullptr;
        if (parent->type == NodeType::Group)
            removeEmptyGroup(parent);
        detached->rows.push_back(std::move(row));
    }
    forgetUnusedPasscodes(); // a tdata folder's passcode is not kept for an undo
    refreshFlags();
    return detached;
}

QList<QPersistentModelIndex> LibraryModel::reattach(Detached &detached)
{
    QList<QPersistentModelIndex> restored;
    // Last taken, first back: each row then finds the siblings it had.
    for (auto it = detached.rows.rbegin(); it != detached.rows.rend(); ++it) {
        if (!it->node)
            continue;
        Node *parent = nullptr;
        if (!it->folder.isEmpty()) {
            if (const QModelIndex folder = indexOfFolder(it->folder); folder.isValid())
                parent = nodeOf(folder);
        }
        if (!parent)
            parent = ensureGroup(it->group);
        const int row = std::clamp(it->row, 0, int(parent->children.size()));
        it->node->parent = parent;
        Node *raw = it->node.get();
        beginInsertRows(indexOf(parent), row, row);
        parent->children.insert(parent->children.begin() + row, std::move(it->node));
        endInsertRows();
        if (parent->type == NodeType::Group)
            emit dataChanged(indexOf(parent), indexOf(parent)); // the count in its name
        restored.prepend(indexOf(raw));
    }
    detached.rows.clear();
    refreshFlags();
    return restored;
}

void LibraryModel::removePath(const QString &rawPath)
{
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    if (const QModelIndex folder = indexOfFolder(path); folder.isValid() && nodeOf(folder)->store)
        removeNode(nodeOf(folder));
    for (QModelIndex found = indexOfPath(path); found.isValid(); found = indexOfPath(path))
        removeNode(nodeOf(found));
    refreshFlags();
}

void LibraryModel::emitRowChanged(const Node *node)
{
    emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

void LibraryModel::refreshFlags()
{
    // Same home auth key in two different sources: keyed by auth key id.
    // Runs over the whole library after every change, 100,000 rows at farm
    // scale, where nearly every key is held once: the holders are sorted by
    // the hash of their key id (one flat array, no table to grow), and only
    // runs of equal hashes are looked at closely.
    struct Holder {
        std::size_t hash;
        std::size_t order; // in the tree: names are listed in the library's order
        Node *node;
    };
    std::vector<Holder> byHash;
    forEachEntry([&](Node *node) {
        const LibraryEntry &e = node->entry;
        if (!e.authKeyId.isEmpty() && e.state != LibraryEntry::State::Missing)
            byHash.push_back({qHash(e.authKeyId), byHash.size(), node});
    });
    std::sort(byHash.begin(), byHash.end(),
              [](const Holder &a, const Holder &b) { return a.hash != b.hash ? a.hash < b.hash : a.order < b.order; });
    QHash<const Node *, QStringList> sameKeyAs; // only the rows that share a key
    for (std::size_t from = 0; from < byHash.size();) {
        std::size_t to = from + 1;
        while (to < byHash.size() && byHash[to].hash == byHash[from].hash)
            ++to;
        for (std::size_t i = from; to - from > 1 && i < to; ++i) {
            const LibraryEntry &e = byHash[i].node->entry;
            QStringList same;
            for (std::size_t j = from; j < to; ++j) {
                const LibraryEntry &other = byHash[j].node->entry;
                const bool samePlace = j == i || (!e.path.isEmpty() && other.path == e.path);
                if (!samePlace && other.authKeyId == e.authKeyId && !same.contains(other.name))
                    same << other.name;
            }
            if (!same.isEmpty())
                sameKeyAs.insert(byHash[i].node, same);
        }
        from = to;
    }
    forEachEntry([&](Node *node) {
        LibraryEntry &e = node->entry;
        const QStringList same = sameKeyAs.value(node);
        const bool tooNew = e.format && fero::tooNewFor(*e.format, e.version, m_release);
        if (same != e.sameKeyAs || tooNew != e.tooNew) {
            e.sameKeyAs = same;
            e.tooNew = tooNew;
            emitRowChanged(node);
        }
    });
}

std::vector<LibraryModel::KeyGroup> LibraryModel::keyGroups() const
{
    std::vector<fero::ScanEntry> holders;
    std::vector<const Node *> nodes;
    QSet<QString> seen; // "path#account": one source opened twice is not a duplicate of itself
    forEachEntry([&](Node *node) {
        const LibraryEntry &e = node->entry;
        if (e.authKeyIds.empty() || e.state == LibraryEntry::State::Missing)
            return;
        if (!e.path.isEmpty()) {
            const QString place = e.path + u'#' + (e.accountId.isEmpty() ? QString::number(e.account) : e.accountId);
            if (seen.contains(place))
                return;
            seen.insert(place);
        }
        fero::ScanEntry &holder = holders.emplace_back();
        holder.authKeyIds = e.authKeyIds;
        nodes.push_back(node);
    });
    std::vector<KeyGroup> groups;
    for (const fero::DuplicateGroup &group : fero::duplicateGroups(holders)) {
        KeyGroup &out = groups.emplace_back();
        out.authKeyIds = group.authKeyIds;
        for (const std::size_t i : group.sessions)
            out.rows << indexOf(nodes[i]);
    }
    return groups;
}

int LibraryModel::rowsWithPath(const QString &path) const
{
    int count = 0;
    forEachEntry([&](Node *node) { count += node->entry.path == path ? 1 : 0; });
    return count;
}

QList<QModelIndex> LibraryModel::longestNames(int count) const
{
    // A walk over the nodes keeping the `count` longest: linear, no text laid out.
    std::vector<std::pair<qsizetype, const Node *>> best;
    auto consider = [&](const Node *node, qsizetype length) {
        if (int(best.size()) < count) {
            best.emplace_back(length, node);
            std::push_heap(best.begin(), best.end(), std::greater<>());
        } else if (length > best.front().first) {
            std::pop_heap(best.begin(), best.end(), std::greater<>());
            best.back() = {length, node};
            std::push_heap(best.begin(), best.end(), std::greater<>());
        }
    };
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node != m_root.get())
            consider(node, node->type == NodeType::Entry    ? node->entry.name.size()
                           : node->type == NodeType::Folder ? node->folderPath.size()
                                                            : groupName(node->group).size() + 6);
        for (const auto &child : node->children)
            stack.push_back(child.get());
    }
    QList<QModelIndex> rows;
    for (const auto &[length, node] : best)
        rows << indexOf(node);
    return rows;
}

void LibraryModel::setRelease(const fero::FerogramRelease &release)
{
    m_release = release;
    refreshFlags();
}

LibraryModel::NodeType LibraryModel::nodeType(const QModelIndex &index) const
{
    return nodeOf(index)->type;
}

const LibraryEntry *LibraryModel::entry(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->type == NodeType::Entry ? &node->entry : nullptr;
}

QString LibraryModel::folderPath(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->type == NodeType::Folder ? node->folderPath : QString();
}

SessionRef LibraryModel::sessionRef(const QModelIndex &index) const
{
    SessionRef ref;
    if (const LibraryEntry *e = entry(index)) {
        ref.decoded = e->decoded;
        ref.path = e->path;
        ref.displayName = e->name;
        ref.kind = e->kind;
        ref.originalPath = e->originalPath;
        ref.stamp = e->stamp;
    }
    return ref;
}

QModelIndex LibraryModel::indexOfEntry(quint64 id) const
{
    QModelIndex found;
    forEachEntry([&](Node *node) {
        if (!found.isValid() && node->entry.id == id)
            found = indexOf(node);
    });
    return found;
}

QModelIndex LibraryModel::indexOfPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QModelIndex found;
    forEachEntry([&](Node *node) {
        if (!found.isValid() && node->entry.path == absolute)
            found = indexOf(node);
    });
    return found;
}

QModelIndex LibraryModel::indexOfFolder(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const auto &group : m_root->children) {
        for (const auto &child : group->children) {
            if (child->type == NodeType::Folder && child->folderPath == absolute)
                return indexOf(child.get());
        }
    }
    return {};
}

QModelIndex LibraryModel::groupIndex(SourceKind kind) const
{
    for (const auto &group : m_root->children) {
        if (group->group == kind)
            return indexOf(group.get());
    }
    return {};
}

QStringList LibraryModel::loadedPaths() const
{
    QStringList paths;
    forEachEntry([&](Node *node) {
        if (!node->entry.path.isEmpty() && node->entry.state == LibraryEntry::State::Loaded
            && !paths.contains(node->entry.path))
            paths << node->entry.path;
    });
    return paths;
}

QList<RecentSource> LibraryModel::recentSources() const
{
    QList<RecentSource> sources;
    for (const auto &group : m_root->children) {
        for (const auto &child : group->children) {
            if (child->type == NodeType::Folder)
                sources.append({SourceKind::Folder, child->folderPath, child->recursive});
            else if (child->entry.kind == SourceKind::File || child->entry.kind == SourceKind::Database)
                sources.append({child->entry.kind, child->entry.path});
        }
    }
    return sources;
}

int LibraryModel::entryCount() const
{
    int count = 0;
    forEachEntry([&](Node *) { ++count; });
    return count;
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[std::size_t(row)].get());
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const int column = index.column();

    if (role == NodeTypeRole)
        return int(node->type);

    if (node->type == NodeType::Group) {
        if (column != Name)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(groupName(node->group)).arg(node->children.size());
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }

    if (node->type == NodeType::Folder) {
        const LibraryEntry *first = node->children.empty() ? nullptr : &node->children.front()->entry;
        if (role == Qt::DisplayRole && column == Name)
            return node->store ? QFileInfo(node->folderPath).fileName() : shortFolderName(node->folderPath);
        if (role == Qt::DisplayRole && column == FormatVersion && node->store && first)
            return formatVersionText(*first);
        if (role == Qt::DisplayRole && column == Flags) {
            if (node->scanning)
                return tr("scanning…");
            if (node->folderMissing)
                return tr("missing");
            if (node->store)
                return tr("%n account(s)", nullptr, int(node->children.size()));
            return node->children.empty() ? tr("no sessions found") : QString();
        }
        if (role == Qt::DecorationRole && column == Name)
            return standardIcon(node->folderMissing ? QStyle::SP_MessageBoxCritical : QStyle::SP_DirIcon);
        if (role == Qt::ToolTipRole) {
            if (node->folderMissing)
                return tr("This folder is missing: it was moved or deleted.");
            if (node->store && first && first->format)
                return tr("%1: a session stored as a folder (%2)")
                    .arg(QDir::toNativeSeparators(node->folderPath), fero::formatDisplayName(*first->format));
            return tr("Sessions found in %1").arg(QDir::toNativeSeparators(node->folderPath));
        }
        return {};
    }

    const LibraryEntry &e = node->entry;
    const bool unavailable = e.state == LibraryEntry::State::Missing || e.state == LibraryEntry::State::Failed;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Name:
            return e.name;
        case FormatVersion:
            return formatVersionText(e);
        case HomeDc:
            return e.homeDc != 0 || (e.format && !e.needsPasscode) ? QVariant(e.homeDc) : QVariant();
        case AuthKeyId:
            // Where the key id would be: why there is none yet.
            return e.needsPasscode && e.authKeyId.isEmpty() ? tr("passcode needed") : e.authKeyId;
        case Peers:
            return e.peers >= 0 ? QVariant(QLocale().toString(e.peers)) : QVariant();
        case Size:
            return e.size >= 0 ? QVariant(QLocale().formattedDataSize(e.size)) : QVariant();
        case Modified:
            // The date is enough in a column; the Overview shows the time.
            return e.modified.isValid() ? QVariant(QLocale().toString(e.modified.toLocalTime().date(), QLocale::ShortFormat))
                                        : QVariant();
        case Flags:
            return flagsText(e, m_release.label, false);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (column != Name)
            return {};
        // The flags have their own icons after the name (LibraryFlagDelegate).
        return standardIcon(unavailable ? QStyle::SP_MessageBoxCritical : QStyle::SP_FileIcon);
    case Qt::ToolTipRole: {
        // Paths, formats and flags only: never a key or a pasted string.
        QStringList lines;
        if (!e.path.isEmpty())
            lines << QDir::toNativeSeparators(e.path);
        if (e.format)
            lines << (e.layout.isEmpty() ? fero::formatDisplayName(*e.format)
                                         : tr("%1 (%2)").arg(fero::formatDisplayName(*e.format), e.layout));
        const QString flags = flagsText(e, m_release.label, true);
        if (!flags.isEmpty())
            lines << flags;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (unavailable)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (column == Flags && e.hasWarningFlag())
            return QBrush(QColor(0xb0, 0x5a, 0x00));
        return {};
    case Qt::FontRole:
        if (column == AuthKeyId) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == HomeDc || column == Peers || column == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryIdRole:
        return e.id;
    case FlagsRole: {
        if (column != Name)
            return {};
        QVariantList flags;
        for (LibraryFlag flag : flagsOf(e))
            flags << int(flag);
        return flags;
    }
    case FlagToolTipsRole: {
        if (column != Name)
            return {};
        QStringList tips;
        for (LibraryFlag flag : flagsOf(e))
            tips << flagToolTip(flag, e, m_release.label);
        return tips;
    }
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == HomeDc)
            return tr("The home DC: the data center the account lives on");
        if (section == AuthKeyId)
            return tr("The auth key id of the home DC's key: safe to share; the same id in two sessions means "
                      "one key in two places");
        if (section == Name)
            return flagsLegendToolTip(m_release.label) + QLatin1Char('\n')
                   + tr("Right-click a column header to show or hide columns (size, modified, flags as text).");
        if (section == Flags)
            return flagsLegendToolTip(m_release.label);
        if (section == Size)
            return tr("The session's size on disk (with its -wal, or a folder's files)");
        if (section == Modified)
            return tr("When the session last changed on disk");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case FormatVersion:
        return tr("Format");
    case HomeDc:
        return tr("DC");
    case AuthKeyId:
        return tr("Auth key id");
    case Peers:
        return tr("Peers");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Modified");
    case Flags:
        return tr("Flags");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fero::gui
