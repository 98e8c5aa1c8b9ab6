#include "window/reloadwatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

namespace fero::gui {

namespace {

// A folder session's files are watched one level deep (tdata: key_datas and
// the account folders' maps; a GramJS store: one file per key), not its
// caches (tdata/user_data holds thousands of media files): at most this many.
constexpr int MaxFilesPerFolder = 256;

bool isAccountFolder(const QString &name)
{
    // tdata's account folders: 16 hex digits ("D877F783D5D3EF8C").
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{16}$"));
    return hex.match(name).hasMatch();
}

// What to watch for a folder session: the folder, its account folders and
// the files directly in them.
void folderWatchList(const QString &folder, QStringList &files, QStringList &dirs)
{
    QStringList levels{folder};
    const QDir root(folder);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (isAccountFolder(sub))
            levels << root.filePath(sub);
    }
    int count = 0;
    for (const QString &level : std::as_const(levels)) {
        dirs << level;
        for (const QString &file : QDir(level).entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks)) {
            if (count++ >= MaxFilesPerFolder)
                return;
            files << QDir(level).filePath(file);
        }
    }
}

// The session a watched path belongs to ("x.sqlite-wal" -> "x.sqlite";
// "tdata/D877F783D5D3EF8C/maps" -> "tdata").
QString sessionPathOf(const QString &watched, const QStringList &sessions)
{
    if (sessions.contains(watched))
        return watched;
    for (const QString &session : sessions) {
        if (watched.startsWith(session + QLatin1Char('/')) && QFileInfo(session).isDir())
            return session;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (watched.endsWith(suffix)) {
            const QString base = watched.chopped(suffix.size());
            if (sessions.contains(base))
                return base;
        }
    }
    return {};
}

// What a change on disk alters: size, modification and status-change times
// (nanoseconds; chmod and rename change the latter), inode (an atomic save
// replaces it) and mode of each file. Notifications that leave all of them as
// they were (a directory event for a neighbour, our own write adopted) are not
// changes of this session.
void appendState(QByteArray &state, const QString &file)
{
    struct stat st {};
    state += QFile::encodeName(file);
    if (::stat(QFile::encodeName(file).constData(), &st) != 0) {
        state += "\0-\n";
        return;
    }
    state += QByteArrayLiteral("\0") + QByteArray::number(qint64(st.st_size)) + ' '
             + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(st.st_mtim.tv_nsec))
             + ' ' + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.'
             + QByteArray::number(qint64(st.st_ctim.tv_nsec)) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' '
             + QByteArray::number(uint(st.st_mode), 8) + '\n';
}

// The state of a session path: the file with its -wal and -journal, or a
// folder session's watched folders and files.
QByteArray stateOf(const QString &path)
{
    QByteArray state;
    if (QFileInfo(path).isDir()) {
        QStringList files;
        QStringList dirs;
        folderWatchList(path, files, dirs);
        for (const QString &entry : std::as_const(dirs) + files)
            appendState(state, entry);
        return state;
    }
    for (const QString &candidate : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")})
        appendState(state, candidate);
    return state;
}

} // namespace

ReloadWatcher::OwnWrite::OwnWrite(ReloadWatcher *watcher, QStringList paths)
    : m_watcher(watcher)
    , m_paths(std::move(paths))
{
    m_paths.removeDuplicates();
    for (const QString &path : std::as_const(m_paths))
        ++m_watcher->m_writing[path];
}

ReloadWatcher::OwnWrite::~OwnWrite()
{
    for (const QString &path : std::as_const(m_paths)) {
        if (--m_watcher->m_writing[path] <= 0)
            m_watcher->m_writing.remove(path);
        if (m_committed)
            m_watcher->adopt(path);
    }
    // Changes held back while we wrote: judged now (ours compare equal).
    if (!m_watcher->m_pending.isEmpty())
        m_watcher->m_timer.start();
}

ReloadWatcher::ReloadWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &ReloadWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ReloadWatcher::onChanged);
    // A rename over the file shows as a directory change when the file watch is gone.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &dir) {
        // Inside a folder session (a file added, renamed or removed): that session.
        if (const QString folder = sessionPathOf(dir, m_paths); !folder.isEmpty() && QFileInfo(folder).isDir()) {
            onChanged(folder);
            return;
        }
        for (const QString &path : std::as_const(m_paths)) {
            if (QFileInfo(path).absolutePath() == dir && !m_watcher.files().contains(path) && QFileInfo::exists(path))
                onChanged(path);
        }
    });
}

void ReloadWatcher::setPaths(const QStringList &paths)
{
    m_paths = paths;
    m_paths.removeDuplicates();
    // A path new to the watcher was just read: that is its known state. One
    // already watched keeps its own, so a change not reported yet still is.
    QHash<QString, QByteArray> known;
    for (const QString &path : std::as_const(m_paths))
        known.insert(path, m_known.contains(path) ? m_known.value(path) : stateOf(path));
    m_known = std::move(known);
    rewatch();
}

void ReloadWatcher::adopt(const QString &path)
{
    if (m_paths.contains(path))
        m_known.insert(path, stateOf(path));
}

void ReloadWatcher::rewatch()
{
    QStringList wantFiles;
    QStringList wantDirs;
    for (const QString &path : std::as_const(m_paths)) {
        if (QFileInfo(path).isDir()) {
            folderWatchList(path, wantFiles, wantDirs);
            continue;
        }
        for (const QString &candidate : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
            if (QFileInfo::exists(candidate))
                wantFiles << candidate;
        }
        const QString dir = QFileInfo(path).absolutePath();
        if (!wantDirs.contains(dir) && QFileInfo(dir).isDir())
            wantDirs << dir;
    }
    const QStringList haveFiles = m_watcher.files();
    const QStringList haveDirs = m_watcher.directories();
    QStringList dropFiles;
    for (const QString &f : haveFiles) {
        if (!wantFiles.contains(f))
            dropFiles << f;
    }
    for (const QString &d : haveDirs) {
        if (!wantDirs.contains(d))
            dropFiles << d;
    }
    if (!dropFiles.isEmpty())
        m_watcher.removePaths(dropFiles);
    QStringList add;
    for (const QString &f : std::as_const(wantFiles)) {
        if (!haveFiles.contains(f))
            add << f;
    }
    for (const QString &d : std::as_const(wantDirs)) {
        if (!haveDirs.contains(d))
            add << d;
    }
    if (!add.isEmpty())
        m_watcher.addPaths(add);
}

void ReloadWatcher::onChanged(const QString &watchedPath)
{
    const QString session = sessionPathOf(watchedPath, m_paths);
    if (session.isEmpty())
        return;
    m_pending.insert(session);
    m_timer.start(); // restart: one reload after the burst settles
}

void ReloadWatcher::flush()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    rewatch();
    for (const QString &path : pending) {
        if (!m_paths.contains(path))
            continue; // forgotten meanwhile (deleted, removed from the library)
        if (m_writing.contains(path)) {
            m_pending.insert(path); // ours, in progress: judged when the guard ends
            continue;
        }
        QByteArray now = stateOf(path);
        if (now == m_known.value(path))
            continue; // nothing changed (our own write, or a neighbour's event)
        m_known.insert(path, std::move(now));
        emit changed(path);
    }
}

} // namespace fero::gui
