// Hostile sizes: a 2 GiB (sparse) file, a SQLite database whose header
// claims a billion pages, tdata whose length fields claim gigabytes, strings
// of millions of characters, counts claiming more entries than the file
// holds. Each is opened by a helper child, as the app opens a path: it must
// end with a clear error (or a reading), within bounded memory (the child's
// peak RSS) and time.
#include "child.h"
#include "reliabilitymain.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtEndian>

#include <unistd.h>

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileInputBounded_data();
    void hostileInputBounded();

private:
    QTemporaryDir m_dir;
    long m_baselineRssKb = 0;
};

namespace {

constexpr long AllowedExtraRssKb = 256 * 1024; // over an empty run's peak (ASan inflates both)
constexpr qint64 AllowedMs = 20000;

QString vector(const QString &relative)
{
    return QStringLiteral(FEROSCOPE_TEST_DATA "/vectors/") + relative;
}

void patchBigEndian32(const QString &path, qint64 offset, quint32 value)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    const quint32 be = qToBigEndian(value);
    QCOMPARE(f.write(reinterpret_cast<const char *>(&be), 4), qint64(4));
}

// Recomputes a TDF$ file's MD5 tail after a patch, so the reader gets past
// the checksum to the length field.
void resealTdf(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const QByteArray version = bytes.mid(4, 4), payload = bytes.mid(8, bytes.size() - 24);
    QByteArray size(4, '\0');
    qToLittleEndian<qint32>(qint32(payload.size()), size.data());
    const QByteArray md5 =
        QCryptographicHash::hash(payload + size + version + QByteArrayLiteral("TDF$"), QCryptographicHash::Md5);
    bytes.replace(bytes.size() - 16, 16, md5);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

void TestHostile::initTestCase()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.session"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const rel::Child child = rel::runHelperChild({QStringLiteral("open"), empty});
    QCOMPARE(child.exitCode, 1);
    m_baselineRssKb = child.peakRssKb;
}

void TestHostile::hostileInputBounded_data()
{
    QTest::addColumn<QString>("path");
    const QString d = m_dir.path();

    // 2 GiB of holes named like a session, and one that starts like SQLite.
    for (const char *name : {"huge.session", "huge.sqlite"}) {
        const QString path = d + u'/' + QLatin1String(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (QByteArray(name).endsWith("sqlite")) {
            QFile head(vector(QStringLiteral("ferogram/fg065-typical.sqlite")));
            QVERIFY(head.open(QIODevice::ReadOnly));
            f.write(head.read(4096));
        }
        QVERIFY(f.resize(qint64(2) << 30));
        QTest::newRow(name) << path;
    }

    // SQLite headers claiming a billion pages (bytes 28..31, the in-header
    // database size) for ferogram, Telethon and Pyrogram databases.
    const QStringList databases{QStringLiteral("ferogram/fg065-typical.sqlite"),
                                QStringLiteral("foreign/telethon/telethon_sqlite_full.session"),
                                QStringLiteral("foreign/pyrogram/pyrogram_sqlite_user_dc2.session")};
    for (const QString &db : databases) {
        const QString path = d + QStringLiteral("/billion-") + QFileInfo(db).fileName();
        QVERIFY(QFile::copy(vector(db), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        patchBigEndian32(path, 28, 1000000000u);
        QTest::newRow(qPrintable(QStringLiteral("billion-pages-") + QFileInfo(db).fileName())) << path;
    }

    // tdata: the first length field after "TDF$" + version claims ~2 GiB, in
    // key_datas and in the account's data file.
    for (const char *file : {"key_datas", "D877F783D5D3EF8Cs"}) {
        const QString folder = d + QStringLiteral("/tdata-") + QLatin1String(file) + QStringLiteral("/tdata");
        QVERIFY(fero::test::copyFolder(vector(QStringLiteral("foreign/tdata/tdata_single_nopass")), folder));
        patchBigEndian32(folder + u'/' + QLatin1String(file), 8, 0x7ffffff0u);
        resealTdf(folder + u'/' + QLatin1String(file));
        QTest::newRow(qPrintable(QStringLiteral("tdata-huge-length-") + QLatin1String(file))) << folder;
    }

    // tdata whose key_datas is a 2 GiB sparse file.
    {
        const QString folder = d + QStringLiteral("/tdata-sparse/tdata");
        QVERIFY(fero::test::copyFolder(vector(QStringLiteral("foreign/tdata/tdata_single_nopass")), folder));
        QFile f(folder + QStringLiteral("/key_datas"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(qint64(2) << 30));
        QTest::newRow("tdata-2GiB-key_datas") << folder;
    }

    // Counts claiming more entries than the file holds (the vectors).
    for (const char *name : {"bad-dc-count.session", "bad-peer-count.session", "bad-random-v8.session"})
        QTest::newRow(name) << vector(QStringLiteral("ferogram/") + QLatin1String(name));

    // Pasted-text files of 8 million characters.
    for (const char *name : {"long.native.txt", "long.compact-v2.txt"}) {
        const QString path = d + u'/' + QLatin1String(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8 << 20, 'A'));
        QTest::newRow(name) << path;
    }
}

void TestHostile::hostileInputBounded()
{
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    const rel::Child child = rel::runHelperChild({QStringLiteral("open"), path});
    const qint64 ms = timer.elapsed();
    const QByteArray said = child.output.trimmed();
    qInfo("%s: exit %d in %lld ms, peak %ld MiB (empty run %ld MiB): %s", qPrintable(QFileInfo(path).fileName()),
          child.exitCode, static_cast<long long>(ms), child.peakRssKb / 1024, m_baselineRssKb / 1024,
          said.left(300).constData());
    QVERIFY2(child.exitCode == 0 || child.exitCode == 1, "the child crashed or was killed");
    QVERIFY(!said.isEmpty());
    QVERIFY2(child.peakRssKb < m_baselineRssKb + AllowedExtraRssKb, "memory not bounded");
    QVERIFY2(ms < AllowedMs, "time not bounded");
}

FERO_RELIABILITY_MAIN(TestHostile)
#include "tst_hostile.moc"
