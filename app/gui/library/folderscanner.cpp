#include "library/folderscanner.h"

#include "library/librarymodel.h"

#include "open/scancache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMetaObject>
#include <QPointer>
#include <QStandardPaths>

namespace fero::gui {

FolderScanner::FolderScanner(QString folder, bool recursive, std::shared_ptr<const fero::ScanResult> previous,
                             QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_recursive(recursive)
    , m_previous(std::move(previous))
{
}

QString FolderScanner::cacheFile(const QString &folder, bool recursive)
{
    // One file per folder and recursive choice, named by a hash: the paths
    // stay inside the (owner-only) file.
    const QByteArray key = (QDir::cleanPath(folder) + (recursive ? QStringLiteral("\n1") : QStringLiteral("\n0"))).toUtf8();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/scans/")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32))
           + QStringLiteral(".bin");
}

std::shared_ptr<const fero::ScanResult> FolderScanner::cached(const QString &folder, bool recursive)
{
    std::optional<fero::ScanResult> loaded = fero::scancache::load(cacheFile(folder, recursive), folder, recursive);
    if (!loaded)
        return nullptr;
    return std::make_shared<const fero::ScanResult>(std::move(*loaded));
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
        options.previous = m_previous.get();
        // Queued onto this object's (GUI) thread; dropped if the object is gone,
        // which cannot happen before the destructor has joined this thread.
        options.progress = [this](std::size_t done, std::size_t total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(qsizetype(done), qsizetype(total)); }, Qt::QueuedConnection);
        };
        fero::ScanResult result = fero::scanFolder(m_folder, options);
        // A cancelled scan saw part of the folder: the cache keeps the last whole one.
        // Failing to save it costs the next start its head start, nothing else.
        if (!result.cancelled)
            (void)fero::scancache::save(cacheFile(m_folder, m_recursive), result, m_recursive);
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
