// Scans one folder on a worker thread (fero::scanFolder) and reports progress
// and the result back on the GUI thread through queued calls. Cancellable;
// the destructor cancels and joins, so a window can close mid-scan. A
// finished scan is kept in the start-up cache (fero::scancache), which the
// next scan of the folder starts from unless it is a full pass (Rescan).
#pragma once

#include "library/libraryentry.h"
#include "open/scan.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace fero::gui {

class FolderScanner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderScanner)

public:
    // previous: the folder's cached scan, whose unchanged files are not read
    // again; null for a full pass.
    FolderScanner(QString folder, bool recursive, std::shared_ptr<const fero::ScanResult> previous,
                  QObject *parent = nullptr);
    ~FolderScanner() override;

    // Where the start-up cache of this folder scan lives (the user's cache
    // folder); the cached scan, when there is one for it.
    static QString cacheFile(const QString &folder, bool recursive);
    static std::shared_ptr<const fero::ScanResult> cached(const QString &folder, bool recursive);

    void start();
    void cancel();
    QString folder() const { return m_folder; }
    bool isRunning() const { return m_running; }

signals:
    void progress(qsizetype done, qsizetype total);
    // entries: the library's rows for the result (LibraryModel::entriesFromScan),
    // made on the scanning thread.
    void finished(const fero::ScanResult &result, const std::vector<LibraryEntry> &entries);

private:
    QString m_folder;
    bool m_recursive;
    std::shared_ptr<const fero::ScanResult> m_previous;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
    std::thread m_thread;
};

} // namespace fero::gui

Q_DECLARE_METATYPE(fero::ScanResult)
