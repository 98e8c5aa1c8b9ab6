#include "library/folderscanner.h"

#include "library/librarymodel.h"

#include <QMetaObject>
#include <QPointer>

namespace fero::gui {

FolderScanner::FolderScanner(QString folder, bool recursive, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_recursive(recursive)
{
}

FolderScanner::~FolderScanner()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void FolderScanner::start()
{
    if (m_running || m_thread.joinable())
        return;
    m_running = true;
    m_thread = std::thread([this] {
        fero::ScanOptions options;
        options.recursive = m_recursive;
        options.cancel = &m_cancel;
        // Queued onto this object's (GUI) thread; dropped if the object is gone,
        // which cannot happen before the destructor has joined this thread.
        options.progress = [this](std::size_t done, std::size_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(qsizetype(done), qsizetype(total)); }, Qt::QueuedConnection);
        };
        fero::ScanResult result = fero::scanFolder(m_folder, options);
        std::vector<LibraryEntry> entries = LibraryModel::entriesFromScan(m_folder, result);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), entries = std::move(entries)]() mutable {
                m_running = false;
                if (m_thread.joinable())
                    m_thread.join();
                emit finished(result, entries);
            },
            Qt::QueuedConnection);
    });
}

void FolderScanner::cancel()
{
    m_cancel = true;
}

} // namespace fero::gui
