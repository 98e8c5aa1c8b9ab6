#include "reloadwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace feroscope {

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

} // namespace

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
    rewatch();
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
    for (const QString &path : pending)
        emit changed(path);
}

} // namespace feroscope
