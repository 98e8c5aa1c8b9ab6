// Folder scan: a generated folder of sessions in every ferogram container,
// duplicates (one auth key in two files), leftovers, broken and unrelated
// files, symlinks that lead out of the folder.
#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/nativestring.h"
#include "formats/ferogram/sqlitedb.h"
#include "open/scan.h"
#include "storage/storage.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>
#include <ctime>
#include <optional>
#include <vector>

using namespace fero;
using namespace fero::test;
using namespace Qt::StringLiterals;

namespace {

QString homeKeyId(const Session &s)
{
    for (const DcEntry &dc : s.dcs)
        if (dc.dcId == s.homeDcId && !dc.isIpv6() && dc.authKey)
            return dc.authKey->idHex();
    return {};
}

const ScanEntry *find(const ScanResult &r, const QString &name)
{
    for (const ScanEntry &e : r.sessions)
        if (QFileInfo(e.path).fileName() == name)
            return &e;
    return nullptr;
}

QStringList sessionNames(const ScanResult &r)
{
    QStringList out;
    for (const ScanEntry &e : r.sessions)
        out << QDir(r.root).relativeFilePath(e.path);
    out.sort();
    return out;
}

QStringList errorNames(const ScanResult &r)
{
    QStringList out;
    for (const ScanError &e : r.errors)
        out << QDir(r.root).relativeFilePath(e.path);
    out.sort();
    return out;
}

QStringList fileNames(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    out.sort();
    return out;
}

qint64 cpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

} // namespace

class TestScan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEverySession();
    void listingTakesRegularFilesOnly_data();
    void listingTakesRegularFilesOnly();
    void flagsSharedKeys();
    void flagsSharedKeysOnAnyDc_data();
    void flagsSharedKeysOnAnyDc();
    void listsLeftoversWithTheirSession();
    void reportsBrokenCandidates();
    void recursiveStaysInside();
    void changesNothing();
    void progressAndCancel();
    void notAFolder();
    void manyFiles();

private:
    void put(const QString &relative, const QByteArray &bytes);
    QTemporaryDir m_root, m_outside;
    Session m_one, m_two, m_three, m_four;
};

void TestScan::put(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_root.filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const Status saved = saveFileAtomic(path, bytes);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
}

void TestScan::initTestCase()
{
    m_one = makeSyntheticSession({}, 1);
    m_two = makeSyntheticSession({}, 2);
    m_three = makeSyntheticSession({}, 3);
    m_four = makeSyntheticSession({}, 4);
    QVERIFY(!homeKeyId(m_one).isEmpty() && !homeKeyId(m_two).isEmpty());
    QVERIFY(homeKeyId(m_one) != homeKeyId(m_two));

    const QByteArray one = binary::write(m_one, 8).value();
    put(u"a.session"_s, one);
    put(u"b.session"_s, binary::write(m_one, 6).value()); // same key as a
    QVERIFY(sqlitedb::write(m_two, m_root.filePath(u"c.sqlite"_s), 8));
    put(u"c.sqlite-wal"_s, {}); // an idle client's empty WAL
    put(u"d.txt"_s, native::write(m_three, 8).value().toLatin1() + '\n');
    compact::WriteOptions v2;
    put(u"e.txt"_s, compact::write(m_two, v2).value().toLatin1()); // same key as c
    put(u"a.session.1.tmp"_s, one);                                // upstream's leftovers
    put(u"a.session.bak"_s, one.left(50));

    put(u"broken.session"_s, one.left(100));
    put(u"broken-native.txt"_s, native::write(m_four, 8).value().left(200).toLatin1());
    const QByteArray db = readFile(m_root.filePath(u"c.sqlite"_s));
    put(u"damaged.sqlite"_s, db.left(db.size() / 2));
    put(u"tele.session"_s, readFile(dataPath(u"vectors/foreign/telethon/telethon_sqlite_full.session"_s)));

    put(u"notes.txt"_s, "Shopping list: milk, eggs.\n");
    put(u"other.sqlite"_s, readFile(dataPath(u"vectors/ferogram/sqlite-not-ferogram.sqlite"_s)));
    QByteArray random(4096, '\0');
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    random[0] = char(0xEE);
    put(u"random.bin"_s, random);
    put(u"empty.session"_s, {});

    put(u"sub/f.session"_s, binary::write(m_four, 7).value());
    // Links: to a file inside (would list a twin) and to a folder outside.
    QVERIFY(QFile::link(m_root.filePath(u"a.session"_s), m_root.filePath(u"link.session"_s)));
    QVERIFY(saveFileAtomic(m_outside.filePath(u"outside.session"_s), one));
    QVERIFY(QFile::link(m_outside.path(), m_root.filePath(u"out"_s)));
}

// The folder listing (readdir and one fstatat per file, on several
// threads): hidden files and deep folders are listed, with the size,
// modification time and mode of their own stat; a FIFO (whose read would
// block), a socket's kind and links are not.
void TestScan::listingTakesRegularFilesOnly_data()
{
    QTest::addColumn<bool>("recursive");
    QTest::newRow("recursive") << true;
    QTest::newRow("top folder only") << false;
}

void TestScan::listingTakesRegularFilesOnly()
{
    QFETCH(bool, recursive);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = binary::write(m_one, 8).value();
    const auto put = [&](const QString &name, QFile::Permissions mode) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(name)).path()));
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        QVERIFY(f.setPermissions(mode));
    };
    put(u".hidden.session"_s, QFile::ReadOwner | QFile::WriteOwner);
    put(u"open.session"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    put(u"a/b/c/d/deep.session"_s, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.session"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(dir.filePath(u"open.session"_s), dir.filePath(u"twin.session"_s)));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000).addMSecs(123);
    {
        QFile f(dir.filePath(u"open.session"_s));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    }

    ScanOptions options;
    options.recursive = recursive;
    const ScanResult r = scanFolder(dir.path(), options);
    QStringList expected{u".hidden.session"_s, u"open.session"_s};
    if (recursive)
        expected << u"a/b/c/d/deep.session"_s;
    expected.sort();
    QCOMPARE(sessionNames(r), expected);
    QVERIFY(r.errors.empty());
    const ScanEntry *open = find(r, u"open.session"_s);
    QVERIFY(open);
    QCOMPARE(open->mode, u"0644"_s);
    QCOMPARE(open->size, bytes.size());
    QCOMPARE(open->modifiedMs, when.toMSecsSinceEpoch());
    QCOMPARE(find(r, u".hidden.session"_s)->mode, u"0600"_s);
}

void TestScan::listsEverySession()
{
    const ScanResult r = scanFolder(m_root.path());
    QCOMPARE(r.root, m_root.path());
    QVERIFY(!r.cancelled);
    QCOMPARE(sessionNames(r),
             (QStringList{u"a.session"_s, u"b.session"_s, u"c.sqlite"_s, u"d.txt"_s, u"e.txt"_s, u"tele.session"_s}));
    // Other libraries' databases are listed too (issue 5).
    QCOMPARE(find(r, u"tele.session"_s)->format, Format::TelethonSqlite);

    struct Expect {
        const char *name;
        Format format;
        int version;
        const Session *session;
        std::size_t peers;
    };
    const Expect expected[] = {{"a.session", Format::FerogramBinary, 8, &m_one, m_one.peers.size()},
                               {"b.session", Format::FerogramBinary, 6, &m_one, m_one.peers.size()},
                               {"c.sqlite", Format::FerogramSqlite, 8, &m_two, m_two.peers.size()},
                               {"d.txt", Format::FerogramNative, 8, &m_three, m_three.peers.size()},
                               {"e.txt", Format::FerogramCompactV2, 2, &m_two, 0}};
    for (const Expect &x : expected) {
        const ScanEntry *e = find(r, QString::fromLatin1(x.name));
        QVERIFY2(e, x.name);
        QCOMPARE(e->format, x.format);
        QCOMPARE(e->version, x.version);
        QCOMPARE(e->homeDcId, x.session->homeDcId);
        QCOMPARE(e->authKeyId, homeKeyId(*x.session));
        QCOMPARE(e->peers, x.peers);
        QCOMPARE(e->mode, u"0600"_s);
        QCOMPARE(e->size, QFileInfo(e->path).size());
        QVERIFY(QFileInfo(e->path).isAbsolute() == QFileInfo(m_root.path()).isAbsolute());
    }
}

void TestScan::flagsSharedKeys()
{
    const ScanResult r = scanFolder(m_root.path());
    QCOMPARE(fileNames(find(r, u"a.session"_s)->duplicateOf), QStringList{u"b.session"_s});
    QCOMPARE(fileNames(find(r, u"b.session"_s)->duplicateOf), QStringList{u"a.session"_s});
    QCOMPARE(fileNames(find(r, u"c.sqlite"_s)->duplicateOf), QStringList{u"e.txt"_s});
    QCOMPARE(fileNames(find(r, u"e.txt"_s)->duplicateOf), QStringList{u"c.sqlite"_s});
    QVERIFY(find(r, u"d.txt"_s)->duplicateOf.isEmpty());
}

// A key shared on any DC counts, not just the home DC's: Telegram logs out
// both clients of a shared key wherever it is used.
void TestScan::flagsSharedKeysOnAnyDc_data()
{
    QTest::addColumn<int>("sharedDc"); // whose key the second session copies; 0 = none
    QTest::addColumn<bool>("flagged");
    QTest::newRow("home DC") << 2 << true;
    QTest::newRow("DC 4 only") << 4 << true;
    QTest::newRow("no shared key") << 0 << false;
}

void TestScan::flagsSharedKeysOnAnyDc()
{
    QFETCH(int, sharedDc);
    QFETCH(bool, flagged);
    QTemporaryDir dir;
    const Session first = makeSyntheticSession({}, 31);
    Session second = makeSyntheticSession({}, 32);
    for (DcEntry &dc : second.dcs)
        for (const DcEntry &theirs : first.dcs)
            if (dc.dcId == sharedDc && theirs.dcId == sharedDc && dc.authKey && theirs.authKey)
                dc.authKey = theirs.authKey;
    // A third session whose IPv4 and IPv6 entries of DC 4 hold one key: not a duplicate of itself.
    Session third = makeSyntheticSession({}, 33);
    std::optional<AuthKey> dc4;
    for (const DcEntry &dc : third.dcs)
        if (dc.dcId == 4 && dc.authKey)
            dc4 = dc.authKey;
    QVERIFY(dc4);
    for (DcEntry &dc : third.dcs)
        if (dc.dcId == 4 && dc.isIpv6())
            dc.authKey = dc4;
    QVERIFY(saveFileAtomic(dir.filePath(u"first.session"_s), binary::write(first, 8).value()));
    QVERIFY(sqlitedb::write(second, dir.filePath(u"second.sqlite"_s), 8));
    QVERIFY(saveFileAtomic(dir.filePath(u"third.session"_s), binary::write(third, 8).value()));

    const ScanResult r = scanFolder(dir.path());
    QCOMPARE(r.sessions.size(), std::size_t(3));
    if (sharedDc != 2)
        QVERIFY(find(r, u"first.session"_s)->authKeyId != find(r, u"second.sqlite"_s)->authKeyId);
    // Every key is indexed once per session: the home DC's and DC 4's.
    QCOMPARE(find(r, u"first.session"_s)->authKeyIds.size(), std::size_t(2));
    QCOMPARE(find(r, u"third.session"_s)->authKeyIds.size(), std::size_t(2));
    QCOMPARE(fileNames(find(r, u"first.session"_s)->duplicateOf),
             flagged ? QStringList{u"second.sqlite"_s} : QStringList());
    QCOMPARE(fileNames(find(r, u"second.sqlite"_s)->duplicateOf),
             flagged ? QStringList{u"first.session"_s} : QStringList());
    QVERIFY(find(r, u"third.session"_s)->duplicateOf.isEmpty());
}

void TestScan::listsLeftoversWithTheirSession()
{
    const ScanResult r = scanFolder(m_root.path());
    QCOMPARE(fileNames(find(r, u"a.session"_s)->related), (QStringList{u"a.session.1.tmp"_s, u"a.session.bak"_s}));
    QCOMPARE(fileNames(find(r, u"c.sqlite"_s)->related), QStringList{u"c.sqlite-wal"_s});
    QVERIFY(find(r, u"b.session"_s)->related.isEmpty());
    // The leftovers are not listed as sessions or errors of their own.
    QVERIFY(!sessionNames(r).contains(u"a.session.1.tmp"_s));
    QVERIFY(!errorNames(r).contains(u"a.session.bak"_s));
}

void TestScan::reportsBrokenCandidates()
{
    const ScanResult r = scanFolder(m_root.path());
    QCOMPARE(errorNames(r), (QStringList{u"broken-native.txt"_s, u"broken.session"_s, u"damaged.sqlite"_s}));
    for (const ScanError &e : r.errors)
        QVERIFY2(!e.error.isEmpty(), qPrintable(e.path));
    for (const ScanError &e : r.errors) {
        if (e.path.endsWith(u"damaged.sqlite"_s))
            QVERIFY2(e.error.contains(u"damaged"_s), qPrintable(e.error));
    }
}

void TestScan::recursiveStaysInside()
{
    const ScanResult flat = scanFolder(m_root.path());
    QVERIFY(!find(flat, u"f.session"_s));
    const ScanResult deep = scanFolder(m_root.path(), [] {
        ScanOptions o;
        o.recursive = true;
        return o;
    }());
    QVERIFY(find(deep, u"f.session"_s));
    QCOMPARE(find(deep, u"f.session"_s)->version, 7);
    QCOMPARE(sessionNames(deep).size(), sessionNames(flat).size() + 1);
    // Neither the link to a.session nor the link to the outside folder is followed.
    QVERIFY(!find(deep, u"link.session"_s));
    QVERIFY(!find(deep, u"outside.session"_s));
    QCOMPARE(fileNames(find(deep, u"a.session"_s)->duplicateOf), QStringList{u"b.session"_s});
}

void TestScan::changesNothing()
{
    const auto before = folderFingerprint(m_root.path());
    const ScanResult r = scanFolder(m_root.path(), [] {
        ScanOptions o;
        o.recursive = true;
        return o;
    }());
    QVERIFY(!r.sessions.empty());
    QCOMPARE(folderFingerprint(m_root.path()), before);
}

void TestScan::progressAndCancel()
{
    std::atomic<std::size_t> last{0}, total{0}, calls{0};
    ScanOptions options;
    options.progress = [&](std::size_t done, std::size_t all) {
        ++calls;
        std::size_t seen = last.load();
        while (done > seen && !last.compare_exchange_weak(seen, done)) {
        }
        total = all;
    };
    const ScanResult r = scanFolder(m_root.path(), options);
    QVERIFY(calls > 0);
    QCOMPARE(last.load(), total.load());
    QVERIFY(total.load() >= r.sessions.size() + r.errors.size());

    std::atomic_bool cancel{true};
    ScanOptions cancelled;
    cancelled.cancel = &cancel;
    const ScanResult none = scanFolder(m_root.path(), cancelled);
    QVERIFY(none.cancelled);
    QVERIFY(none.sessions.empty());
}

void TestScan::notAFolder()
{
    const ScanResult r = scanFolder(m_root.filePath(u"a.session"_s));
    QVERIFY(r.sessions.empty());
    QCOMPARE(r.errors.size(), std::size_t(1));
}

void TestScan::manyFiles()
{
    // 10,000 files: sessions, text and other files mixed.
    QTemporaryDir dir;
    SyntheticShape small;
    small.peers = 20;
    small.minPeers = 5;
    small.channelPts = 5;
    Session base = makeSyntheticSession(small, 11);
    std::vector<AuthKey *> keys; // the home DC's and DC 4's: every one counts for duplicates
    for (DcEntry &dc : base.dcs)
        if (dc.authKey)
            keys.push_back(&*dc.authKey);
    QCOMPARE(keys.size(), std::size_t(2));
    for (int i = 0; i < 10000; ++i) {
        QFile f(dir.filePath(u"f%1.%2"_s.arg(i).arg(i % 3 == 0 ? u"txt"_s : u"session"_s)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Files 1 and 2 share their keys; every other session has its own.
        const int keyIndex = i == 2 ? 1 : i;
        for (AuthKey *key : keys)
            std::memcpy(key->data(), &keyIndex, sizeof keyIndex);
        f.write(i % 3 == 0 ? QByteArrayLiteral("not a session, just words\n") : binary::write(base, 8).value());
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuMs();
    const ScanResult r = scanFolder(dir.path());
    const qint64 wallMs = timer.elapsed(), cpuUsed = cpuMs() - cpu;
    QCOMPARE(r.sessions.size(), std::size_t(6666));
    QVERIFY(r.errors.empty());
    qsizetype flagged = 0;
    for (const ScanEntry &e : r.sessions)
        flagged += e.duplicateOf.size();
    QCOMPARE(flagged, qsizetype(2)); // f1 names f2 and f2 names f1
    qInfo("10,000 files: %lld ms wall, %lld ms CPU (target < 1 s)", wallMs, cpuUsed);
    // Speed is judged by feroscope-bench (scan_10k), not by a timed test.
}

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
