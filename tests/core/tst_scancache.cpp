// The desktop app's start-up cache of folder scans (open/scancache.h) and the
// scan's reuse of an earlier result (ScanOptions::previous): what is saved
// loads back equal; a cache of another folder, another recursive choice or a
// damaged one is ignored; a file unchanged in size and modification time is
// not read again (proved with a file overwritten by zeros of the same size
// and given back its time), one changed is; the cache file is owner-only.
#include "testsupport.h"

#include "open/scan.h"
#include "open/scancache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using namespace fero::test;

namespace {

// Entries as comparable text: every field the cache keeps.
QStringList describe(const ScanResult &r)
{
    QStringList lines;
    for (const ScanEntry &e : r.sessions) {
        QStringList keys;
        for (const std::uint64_t id : e.authKeyIds)
            keys << QString::number(id, 16);
        lines << QStringList{e.path, formatId(e.format), QString::number(e.version), e.layout,
                             QString::number(e.homeDcId), e.authKeyId, QString::number(e.peers), e.mode,
                             QString::number(e.size), keys.join(u','), e.related.join(u','),
                             QString::number(e.account), e.accountId, e.note, e.recognised,
                             QString::number(e.needsPasscode), e.nativeId, QString::number(e.modifiedMs)}
                     .join(u'|');
    }
    for (const ScanError &e : r.errors)
        lines << e.path + u'|' + e.error;
    return lines;
}

bool setModified(const QString &path, const QDateTime &when)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime);
}

} // namespace

class TestScanCache : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->filePath(QStringLiteral("farm"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/one")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session")),
                            m_root + QStringLiteral("/one/a.session")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("vectors/ferogram/fg052-typical.session")),
                            m_root + QStringLiteral("/b.session")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("vectors/foreign/telethon/telethon_sqlite_full.session")),
                            m_root + QStringLiteral("/c.session")));
        m_cache = m_dir->filePath(QStringLiteral("cache/scan.bin"));
    }

    void savesAndLoadsEqual()
    {
        ScanOptions options;
        options.recursive = true;
        const ScanResult first = scanFolder(m_root, options);
        QCOMPARE(first.sessions.size(), std::size_t(3));
        QVERIFY(first.sessions.front().modifiedMs != 0);
        QVERIFY(scancache::save(m_cache, first, true).ok());
        QCOMPARE(QFile(m_cache).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const std::optional<ScanResult> loaded = scancache::load(m_cache, m_root, true);
        QVERIFY(loaded);
        QCOMPARE(describe(*loaded), describe(first));
        QCOMPARE(loaded->duplicates.size(), first.duplicates.size());
        // Not for another folder or another recursive choice.
        QVERIFY(!scancache::load(m_cache, m_root + QStringLiteral("/one"), true));
        QVERIFY(!scancache::load(m_cache, m_root, false));
        QVERIFY(!scancache::load(m_dir->filePath(QStringLiteral("none.bin")), m_root, true));
    }

    void damagedCacheIgnored()
    {
        ScanOptions options;
        options.recursive = true;
        QVERIFY(scancache::save(m_cache, scanFolder(m_root, options), true).ok());
        QFile f(m_cache);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        for (qsizetype cut : {qsizetype(0), qsizetype(3), bytes.size() / 2, bytes.size() - 1}) {
            QVERIFY(QFile::remove(m_cache));
            QFile out(m_cache);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.first(cut));
            out.close();
            QVERIFY2(!scancache::load(m_cache, m_root, true), qPrintable(QString::number(cut)));
        }
    }

    void unchangedFilesAreNotReadAgain()
    {
        ScanOptions options;
        options.recursive = true;
        const ScanResult first = scanFolder(m_root, options);
        const QString a = m_root + QStringLiteral("/one/a.session");
        const QDateTime when = QFileInfo(a).lastModified();
        // Zeros of the same size, with the old modification time: a scan that
        // read the file would not list it as the session it was.
        QFile f(a);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        f.write(QByteArray(size, '\0'));
        f.close();
        QVERIFY(setModified(a, when));
        options.previous = &first;
        const ScanResult again = scanFolder(m_root, options);
        QCOMPARE(describe(again), describe(first));
        QCOMPARE(again.duplicates.size(), first.duplicates.size());

        // A newer modification time: read again, and it is no session now.
        QVERIFY(setModified(a, when.addSecs(60)));
        const ScanResult fresh = scanFolder(m_root, options);
        QCOMPARE(fresh.sessions.size(), std::size_t(2));
        for (const ScanEntry &e : fresh.sessions)
            QVERIFY(e.path != a);
    }

    // A chmod keeps the modification time: the mode is looked at again.
    void modeIsLookedAtAgain()
    {
        ScanOptions options;
        options.recursive = true;
        const ScanResult first = scanFolder(m_root, options);
        const QString b = m_root + QStringLiteral("/b.session");
        QVERIFY(QFile::setPermissions(b, QFile::ReadOwner | QFile::WriteOwner));
        options.previous = &first;
        const ScanResult again = scanFolder(m_root, options);
        for (const ScanEntry &e : again.sessions)
            if (e.path == b)
                QCOMPARE(e.mode, QStringLiteral("0600"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_cache;
};

QTEST_GUILESS_MAIN(TestScanCache)
#include "tst_scancache.moc"
