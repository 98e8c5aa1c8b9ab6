// The library's start-up cache, driven through the real window: a folder
// scanned once is listed at once on the next start (before its background
// scan ends), that scan reads only what changed (a file overwritten by zeros
// of the same size and given back its time is still listed as it was), and
// View > Rescan Folders reads every file again (the same file then shows as
// unreadable). The cache file is owner-only and holds no auth key.
#include "guitestenv.h"
#include "library/folderscanner.h"
#include "library/librarymodel.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include "open/opener.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fero::gui;

class TestStartupCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<test::GuiTestEnvironment>();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("farm"));
        QVERIFY(QDir().mkpath(m_folder));
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")})
            QVERIFY(QFile::copy(fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session")),
                                m_folder + u'/' + name + QStringLiteral(".session")));
        QVERIFY(QFile::copy(fero::test::dataPath(QStringLiteral("vectors/foreign/telethon/telethon_sqlite_full.session")),
                            m_folder + QStringLiteral("/c.session")));
    }

    void cachedListingThenRescan()
    {
        // First start: the folder is scanned and its scan kept.
        auto window = std::make_unique<MainWindow>();
        {
            QSignalSpy done(window.get(), &MainWindow::scansFinished);
            window->addFolder(m_folder);
            QVERIFY(!window->isScanning() || done.wait(30000));
        }
        const QString cache = FolderScanner::cacheFile(m_folder, true);
        QTRY_VERIFY(QFile::exists(cache));
        QCOMPARE(QFile(cache).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile cacheFile(cache);
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        const QByteArray cached = cacheFile.readAll();
        const auto decoded = fero::openPath(m_folder + QStringLiteral("/a.session"));
        QVERIFY(decoded.ok());
        const QByteArray key = decoded->session().dcs.front().authKey->view().toByteArray();
        QVERIFY(!cached.contains(key)); // key ids only
        window.reset();

        // a.session becomes zeros of the same size with its old time.
        const QString a = QDir(m_folder).absoluteFilePath(QStringLiteral("a.session"));
        const QDateTime when = QFileInfo(a).lastModified();
        {
            QFile f(a);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(f.size(), '\0'));
            QVERIFY(f.flush()); // before the time is set back, or the flush at close moves it
            QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        }

        // Next start: listed from the cache (read on the scanner's thread),
        // then brought up to date by the scan.
        window = std::make_unique<MainWindow>();
        QSignalSpy done(window.get(), &MainWindow::scansFinished);
        QSignalSpy fromCache(window.get(), &MainWindow::folderListedFromCache);
        window->openInitial({});
        LibraryModel *library = window->library();
        QModelIndex folder = library->indexOfFolder(m_folder);
        QVERIFY(folder.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(fromCache.size(), 1, 30000);
        QCOMPARE(fromCache.front().front().toString(), m_folder);
        QCOMPARE(library->rowCount(folder), 3);
        QVERIFY(!window->isScanning() || done.wait(30000));
        folder = library->indexOfFolder(m_folder);
        QCOMPARE(library->rowCount(folder), 3);
        QModelIndex row = library->indexOfPath(a);
        QVERIFY(row.isValid());
        QCOMPARE(library->entry(row)->state, LibraryEntry::State::Listed); // not read again: unchanged

        // Rescan Folders reads it again.
        auto *rescan = window->findChild<QAction *>(QStringLiteral("actionRescanFolders"));
        QVERIFY(rescan && !rescan->shortcut().isEmpty());
        QSignalSpy again(window.get(), &MainWindow::scansFinished);
        rescan->trigger();
        QVERIFY(!window->isScanning() || again.wait(30000));
        row = library->indexOfPath(a);
        QVERIFY(row.isValid());
        QCOMPARE(library->entry(row)->state, LibraryEntry::State::Failed);
    }

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    QTemporaryDir m_dir;
    QString m_folder;
};

QTEST_MAIN(TestStartupCache)
#include "tst_startupcache.moc"
