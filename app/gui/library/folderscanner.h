// Scans one folder on a worker thread (fero::scanFolder) and reports progress
// and the result back on the GUI thread through queued calls. Cancellable;
// the destructor cancels and joins, so a window can close mid-scan.
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
    FolderScanner(QString folder, bool recursive, QObject *parent = nullptr);
    ~FolderScanner() override;

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
    bool m_running = false;
    std::atomic_bool m_cancel{false};
    std::thread m_thread;
};

} // namespace fero::gui

Q_DECLARE_METATYPE(fero::ScanResult)
