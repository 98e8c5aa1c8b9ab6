// Tells the window when a session file changed on disk. A running client saves
// often and atomically (write a temp file, rename over): the watch on the old
// file is lost at each save, so the path is watched again after every change,
// and bursts of changes are debounced into one reload. A folder session
// (tdata, GramJS store) is watched as the folder, its account folders and the
// files in them.
//
// Our own writes (Save, Restrict Permissions, Clear Rows, an Export over a
// listed file) reach the watcher too, a moment later through the event loop.
// Each watched path keeps the state it had when the window last read it (size,
// times, inode and mode of the file and its -wal/-journal, or of a folder
// session's files); a change is reported only when the state on disk differs
// from it. An OwnWrite guard around a write adopts the state it leaves, so our
// write is not reported as "changed on disk" while another program's later
// change still is.
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace fero::gui {

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

    // Marks paths as being written by us for its lifetime: their changes are
    // held back until it ends. After commit() (the write happened and the
    // window re-read the files), the state the files are in when the guard
    // ends is adopted, so the notifications our write causes are dropped.
    // Without commit() (cancelled, failed) held-back changes are judged as usual.
    class OwnWrite final {
    public:
        OwnWrite(ReloadWatcher *watcher, QStringList paths);
        ~OwnWrite();
        OwnWrite(const OwnWrite &) = delete;
        OwnWrite &operator=(const OwnWrite &) = delete;
        void commit() { m_committed = true; }

    private:
        ReloadWatcher *m_watcher;
        QStringList m_paths;
        bool m_committed = false;
    };

signals:
    // Emitted once per burst for each session path that changed.
    void changed(const QString &path);

private:
    void onChanged(const QString &watchedPath);
    void flush();
    void rewatch();
    void adopt(const QString &path);

    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QStringList m_paths;
    QSet<QString> m_pending;
    QHash<QString, QByteArray> m_known; // session path -> its state when last read (stateOf)
    QHash<QString, int> m_writing;      // session path -> OwnWrite guards alive
};

} // namespace fero::gui
