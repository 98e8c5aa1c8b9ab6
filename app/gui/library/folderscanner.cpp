#include "library/folderscanner.h"

#include "library/librarymodel.h"

#include "open/scancache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMetaObject>
#include <QPointer>
#include <QStandardPaths>

namespace fero::gui {

FolderScanner::FolderScanner(QString folder, bool recursive, bool fullPass, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_recursive(recursive)
    , m_fullPass(fullPass)
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
        std::optional<fero::ScanResult> previous;
        if (!m_fullPass)
            previous = fero::scancache::load(cacheFile(m_folder, m_recursive), m_folder, m_recursive);
        if (previous) {
            LibraryModel::Rows known(LibraryModel::entriesFromScan(m_folder, *previous));
            QMetaObject::invokeMethod(
                this,
                [this, known = std::move(known)]() mutable {
                    m_rows = std::move(known);
                    emit cachedListing();
                },
                Qt::QueuedConnection);
        }
        fero::ScanOptions options;
        options.recursive = m_recursive;
        options.cancel = &m_cancel;
        options.previous = previous ? &*previous : nullptr;
        // Queued onto this object's (GUI) thread; dropped if the object is gone,
        // which cannot happen before the destructor has joined this thread.
        // One report waits at a time and carries the latest count: a refresh
        // that reads nothing unchanged reports 100,000 files in a second, and
        // as many queued calls held the window for half a second.
        options.progress = [this](std::size_t done, std::size_t total) {
            m_done = done;
            m_total = total;
            if (m_progressQueued.exchange(true))
                return;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_progressQueued = false;
                    emit progress(qsizetype(m_done.load()), qsizetype(m_total.load()));
                },
                Qt::QueuedConnection);
        };
        fero::ScanResult result = fero::scanFolder(m_folder, options);
        // A cancelled scan saw part of the folder: the cache keeps the last whole one.
        // Failing to save it costs the next start its head start, nothing else.
        if (!result.cancelled)
            (void)fero::scancache::save(cacheFile(m_folder, m_recursive), result, m_recursive);
        LibraryModel::Rows rows(LibraryModel::entriesFromScan(m_folder, result));
        const Outcome outcome{result.sessions.size(), result.errors.size(), result.cancelled};
        result = {};
        previous.reset();
        QMetaObject::invokeMethod(
            this,
            [this, outcome, rows = std::move(rows)]() mutable {
                m_running = false;
                if (m_thread.joinable())
                    m_thread.join();
                m_outcome = outcome;
                m_rows = std::move(rows);
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

void FolderScanner::cancel()
{
    m_cancel = true;
}

} // namespace fero::gui
