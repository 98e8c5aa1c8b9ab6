// Tells the window when a session file changed on disk. A running client saves
// often and atomically (write a temp file, rename over): the watch on the old
// file is lost at each save, so the path is watched again after every change,
// and bursts of changes are debounced into one reload. A folder session
// (tdata, GramJS store) is watched as the folder, its account folders and the
// files in them.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace feroscope {

class ReloadWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReloadWatcher)

public:
    static constexpr int DefaultDebounceMs = 400;

    explicit ReloadWatcher(QObject *parent = nullptr);

    // The session files and folders to watch (databases: their -wal
    // companion too).
    void setPaths(const QStringList &paths);
    QStringList paths() const { return m_paths; }
    void setDebounce(int ms) { m_timer.setInterval(ms); }

signals:
    // Emitted once per burst for each session path that changed.
    void changed(const QString &path);

private:
    void onChanged(const QString &watchedPath);
    void flush();
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QStringList m_paths;
    QSet<QString> m_pending;
};

} // namespace feroscope
