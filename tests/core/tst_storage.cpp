// Storage operations: atomic owner-only saves, refusing stale overwrites,
// companions and leftovers, trash/permanent/rows-only deletes, restrict.
// Who-can-read checks run as another user (uid 65534): as root they would
// pass vacuously.
#include "formats/ferogram/sqlitedb.h"
#include "storage/storage.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fero;
using namespace fero::test;
using namespace Qt::StringLiterals;

namespace {

void writeRaw(const QString &path, const QByteArray &bytes, int mode = 0644)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

QStringList names(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    out.sort();
    return out;
}

qint64 rowCount(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

// Runs `cat path` as uid/gid 65534 with no groups: true when that user can read it.
struct OtherUser {
    QString failure;
    bool canRead(const QString &path)
    {
        QProcess p;
        p.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"cat"_s, path});
        if (!p.waitForFinished(10000)) {
            failure = u"could not drop privileges: setpriv did not run (%1)"_s.arg(p.errorString());
            return false;
        }
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    // Proves the switch works at all, so a "cannot read" later means something.
    bool verify()
    {
        QProcess p;
        p.start(u"setpriv"_s, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"id"_s, u"-u"_s});
        if (!p.waitForFinished(10000) || p.exitCode() != 0
            || p.readAllStandardOutput().trimmed() != QByteArrayLiteral("65534")) {
            failure = u"could not drop privileges to uid 65534 with setpriv (run the tests as root, with "
                      u"util-linux installed): %1"_s.arg(QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }
};

// A folder the other user can enter (QTemporaryDir makes 0700 folders).
bool openToOthers(const QTemporaryDir &dir)
{
    return ::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0;
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void saveNewIsOwnerOnly();
    void saveRefusesExisting();
    void replaceKeepsMode();
    void saveOverRefusesChangedFile();
    void companionsAndLeftovers();
    void trashMovesUnit();
    void trashNeedsNoExistingDataFolder();
    void permanentRemovesUnit();
    void rowsOnlyClearsDatabase();
    void rowsOnlyRefusesOtherFiles();
    void restrict_data();
    void restrict();
    void restrictRefusesSymlink();
    void othersCannotReadWhatWeWrite();

private:
    QTemporaryDir m_env;
};

void TestStorage::initTestCase()
{
    // Never touch the real trash or home: both point into a temp folder; the
    // data folder does not exist yet (the Qt 6.4 trap, qt64-notes.md).
    QVERIFY(m_env.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_env.filePath(u"xdg-data"_s)));
    qputenv("HOME", QFile::encodeName(m_env.filePath(u"home"_s)));
    QVERIFY(QDir().mkpath(m_env.filePath(u"home"_s)));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation), m_env.filePath(u"xdg-data"_s));
}

void TestStorage::saveNewIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.session"_s);
    QVERIFY(saveFileAtomic(path, QByteArrayLiteral("abc")));
    QCOMPARE(readFile(path), QByteArrayLiteral("abc"));
    QCOMPARE(modeText(path), u"0600"_s);
    QVERIFY(!readableByOthers(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
}

void TestStorage::saveRefusesExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.session"_s);
    writeRaw(path, "old");
    const Status saved = saveFileAtomic(path, QByteArrayLiteral("new"));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::Refused);
    QCOMPARE(readFile(path), QByteArrayLiteral("old"));
}

void TestStorage::replaceKeepsMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.session"_s);
    writeRaw(path, "old", 0640);
    QVERIFY(saveFileAtomic(path, QByteArrayLiteral("new"), Overwrite::Replace));
    QCOMPARE(readFile(path), QByteArrayLiteral("new"));
    QCOMPARE(modeText(path), u"0640"_s);
}

void TestStorage::saveOverRefusesChangedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.session"_s);
    writeRaw(path, "first", 0600);
    const FileStamp stamp = stampOf(path);
    QCOMPARE(stamp.size, 5);
    QCOMPARE(stamp, stampOf(path));

    // A client saves in between (same size, so only the hash tells).
    writeRaw(path, "FIRST", 0600);
    const Status refused = saveOver(path, QByteArrayLiteral("mine"), stamp);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY(refused.error().message.contains(u"changed on disk"_s));
    QCOMPARE(readFile(path), QByteArrayLiteral("FIRST"));

    QVERIFY(saveOver(path, QByteArrayLiteral("mine"), stampOf(path)));
    QCOMPARE(readFile(path), QByteArrayLiteral("mine"));
    QVERIFY(QFile::remove(path));
    QVERIFY(!saveOver(path, QByteArrayLiteral("again"), stamp));
    QVERIFY(!QFileInfo::exists(path));
}

void TestStorage::companionsAndLeftovers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.session"_s);
    for (const QString &name :
         {u"a.session"_s, u"a.session-wal"_s, u"a.session-shm"_s, u"a.session.1.tmp"_s, u"a.session.23.tmp"_s,
          u"a.session.bak"_s, u"a.session.x.tmp"_s, u"b.session.bak"_s, u"a.session.1.tmp.old"_s})
        writeRaw(dir.filePath(name), "x");
    QCOMPARE(names(companionFiles(path)), (QStringList{u"a.session-shm"_s, u"a.session-wal"_s}));
    QCOMPARE(names(relatedFiles(path)), (QStringList{u"a.session.1.tmp"_s, u"a.session.23.tmp"_s, u"a.session.bak"_s}));
}

void TestStorage::trashMovesUnit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    QVERIFY(QFile::copy(dataPath(u"vectors/ferogram/fg065-fresh-login.sqlite"_s), path));
    writeRaw(path + u"-wal"_s, "wal");
    writeRaw(path + u"-shm"_s, "shm");
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const Result<QStringList> trashed = deleteSession(path, DeleteMode::Trash);
    QVERIFY(QDir::setCurrent(cwd));
    QVERIFY2(trashed, qPrintable(trashed ? QString() : trashed.error().message));
    QCOMPARE(trashed->size(), 3);
    const QString trashFiles = m_env.filePath(u"xdg-data/Trash/files"_s);
    for (const QString &place : trashed.value()) {
        QVERIFY2(QDir::isAbsolutePath(place), qPrintable(place));
        QVERIFY2(place.startsWith(trashFiles), qPrintable(place));
        QVERIFY(QFileInfo::exists(place));
    }
    QCOMPARE(names(trashed.value()), (QStringList{u"db.sqlite"_s, u"db.sqlite-shm"_s, u"db.sqlite-wal"_s}));
    QVERIFY(folderFingerprint(dir.path()).isEmpty()); // nothing left, no relative ./files
    QCOMPARE(QDir(m_env.filePath(u"xdg-data/Trash/info"_s)).entryList({u"db.sqlite*.trashinfo"_s}).size(), 3);
}

void TestStorage::trashNeedsNoExistingDataFolder()
{
    // Point the data folder at a fresh, missing location: it gets created.
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(u"missing/data"_s)));
    const QString path = dir.filePath(u"x.session"_s);
    writeRaw(path, "x");
    const Result<QStringList> trashed = deleteSession(path, DeleteMode::Trash);
    qputenv("XDG_DATA_HOME", saved);
    QVERIFY2(trashed, qPrintable(trashed ? QString() : trashed.error().message));
    QVERIFY(trashed->front().startsWith(dir.filePath(u"missing/data/Trash/files/"_s)));
    QVERIFY(!QFileInfo::exists(path));
}

void TestStorage::permanentRemovesUnit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    writeRaw(path, "db");
    writeRaw(path + u"-journal"_s, "j");
    writeRaw(dir.filePath(u"other.session"_s), "keep");
    const Result<QStringList> removed = deleteSession(path, DeleteMode::Permanent);
    QVERIFY(removed);
    QCOMPARE(names(removed.value()), (QStringList{u"db.sqlite"_s, u"db.sqlite-journal"_s}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"other.session"_s});
    QCOMPARE(QDir(m_env.filePath(u"xdg-data/Trash/files"_s)).entryList({u"db.sqlite-journal*"_s}).size(), 0);
    QVERIFY(!deleteSession(path, DeleteMode::Permanent));
}

void TestStorage::rowsOnlyClearsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    QVERIFY(QFile::copy(dataPath(u"vectors/ferogram/fg065-typical.sqlite"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Result<DecodedSession> before = sqlitedb::read(path);
    QVERIFY(before);
    QByteArray key;
    for (const DcEntry &dc : before->session().dcs)
        if (dc.authKey)
            key = dc.authKey->toByteArray();
    QVERIFY(!key.isEmpty());
    QVERIFY(readFile(path).contains(key));

    const Result<QStringList> cleared = deleteSession(path, DeleteMode::RowsOnly);
    QVERIFY2(cleared, qPrintable(cleared ? QString() : cleared.error().message));
    QCOMPARE(cleared->size(), 6);
    QVERIFY(std::any_of(cleared->begin(), cleared->end(),
                        [](const QString &line) { return line.startsWith(u"300 "_s) && line.endsWith(u" peers"_s); }));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(companionFiles(path).isEmpty()); // checkpointed and closed: one file again
    QCOMPARE(modeText(path), u"0600"_s);
    for (const char *table : {"meta", "dcs", "update_state", "channel_pts", "peers", "min_peers"})
        QCOMPARE(rowCount(path, table), 0);
    QVERIFY2(!readFile(path).contains(key), "the cleared key still lingers in the file's free pages");
    const Result<DecodedSession> after = sqlitedb::read(path);
    QVERIFY(!after);
    QVERIFY(after.error().message.contains(u"no session saved"_s));
}

void TestStorage::rowsOnlyRefusesOtherFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.session"_s);
    QVERIFY(QFile::copy(dataPath(u"vectors/ferogram/fg065-typical.session"_s), path));
    const auto before = folderFingerprint(dir.path());
    const Result<QStringList> cleared = deleteSession(path, DeleteMode::RowsOnly);
    QVERIFY(!cleared);
    QCOMPARE(cleared.error().kind, ErrorKind::Refused);
    QCOMPARE(folderFingerprint(dir.path()), before);
}

void TestStorage::restrict_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0666") << 0666;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0200") << 0200;
    QTest::newRow("0600") << 0600;
}

void TestStorage::restrict()
{
    QFETCH(int, mode);
    const QString before = u"%1"_s.arg(mode, 4, 8, QLatin1Char('0'));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.sqlite"_s);
    writeRaw(path, "x", mode);
    writeRaw(path + u"-wal"_s, "w", mode);
    // Upstream's leftovers: full copies of the session, keys and all.
    writeRaw(path + u".bak"_s, "b", mode);
    writeRaw(path + u".3.tmp"_s, "t", mode);
    // Not this session's: left alone.
    const QString other = dir.filePath(u"s.sqlite2.bak"_s);
    writeRaw(other, "o", mode);
    QCOMPARE(readableByOthers(path), (mode & 077) != 0);
    QCOMPARE(modeText(path), before);

    const Result<std::vector<ModeChange>> changed = restrictPermissions(path);
    QVERIFY2(changed.ok(), changed ? "" : qPrintable(changed.error().message));
    QStringList reported;
    for (const ModeChange &change : changed.value()) {
        reported << QFileInfo(change.path).fileName();
        QCOMPARE(change.before, before);
        QCOMPARE(change.after, u"0600"_s);
        QCOMPARE(modeText(change.path), u"0600"_s);
    }
    reported.sort();
    QCOMPARE(reported, (QStringList{u"s.sqlite"_s, u"s.sqlite-wal"_s, u"s.sqlite.3.tmp"_s, u"s.sqlite.bak"_s}));
    QVERIFY(!readableByOthers(path));
    QCOMPARE(modeText(other), before);
}

void TestStorage::restrictRefusesSymlink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"real.session"_s);
    const QString link = dir.filePath(u"link.session"_s);
    writeRaw(target, "x", 0644);
    QVERIFY(QFile::link(target, link));
    const auto restricted = restrictPermissions(link);
    QVERIFY(!restricted);
    QCOMPARE(restricted.error().kind, ErrorKind::Refused);
    QVERIFY(restricted.error().message.contains(u"symbolic link"_s));
    QCOMPARE(modeText(target), u"0644"_s);

    // A leftover that is a link: refused before anything changes, the session included.
    const QString session = dir.filePath(u"s.session"_s);
    writeRaw(session, "x", 0644);
    QVERIFY(QFile::link(target, session + u".bak"_s));
    const auto refused = restrictPermissions(session);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"s.session.bak"_s));
    QCOMPARE(modeText(session), u"0644"_s);
    QCOMPARE(modeText(target), u"0644"_s);
}

void TestStorage::othersCannotReadWhatWeWrite()
{
    OtherUser other;
    if (!other.verify())
        QFAIL(qPrintable(other.failure));
    QTemporaryDir dir;
    QVERIFY(openToOthers(dir));

    // Not vacuous: the other user does read a 0644 file here...
    const QString loose = dir.filePath(u"loose.session"_s);
    writeRaw(loose, "secret", 0644);
    QVERIFY2(other.canRead(loose), qPrintable(other.failure));
    // ...and no longer once it is restricted, nor the copy upstream left beside it.
    writeRaw(loose + u".bak"_s, "secret", 0644);
    QVERIFY2(other.canRead(loose + u".bak"_s), qPrintable(other.failure));
    QVERIFY(restrictPermissions(loose));
    QVERIFY(!other.canRead(loose));
    QVERIFY(!other.canRead(loose + u".bak"_s));

    const QString saved = dir.filePath(u"saved.session"_s);
    QVERIFY(saveFileAtomic(saved, QByteArrayLiteral("secret")));
    QVERIFY(!other.canRead(saved));

    const QString db = dir.filePath(u"saved.sqlite"_s);
    QVERIFY(sqlitedb::write(makeSyntheticSession({}, 9), db, 8));
    QVERIFY(!other.canRead(db));
    QVERIFY(other.failure.isEmpty());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
