#include "reloadwatcher.h"

#include <QFileInfo>

namespace feroscope {

namespace {

// The session a watched path belongs to ("x.sqlite-wal" -> "x.sqlite").
QString sessionPathOf(const QString &watched, const QStringList &sessions)
{
    if (sessions.contains(watched))
        return watched;
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
