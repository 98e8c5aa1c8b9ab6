// Reading sessions a live client keeps saving: a helper child rewrites a
// ferogram binary file (write <name>.<n>.tmp, then rename over it, as
// ferogram saves), a Telethon database (rollback journal) or a Pyrogram
// database in WAL mode (a transaction each time) every 2 ms, while this
// process scans the folder and opens the session (what `scan` and `inspect`
// do) as fast as it can. Every version the writer saves is self-checking
// (the home key is derived from a counter stored elsewhere in the session,
// in the same save), so a torn or mixed read shows as a mismatch. The
// readers must never show one, never make the writer wait (the writer
// measures how long it waits for a lock and how long each save takes), and
// leave no file behind. 10 s per case; 60 s under the `soak` label.
#include "child.h"
#include "containers.h"
#include "soak.h"

#include "base/address.h"
#include "convert/convert.h"
#include "open/opener.h"
#include "open/scan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace {

enum class Writer { FerogramRename, TelethonJournal, PyrogramWal };

QString writerName(Writer w)
{
    switch (w) {
    case Writer::FerogramRename:
        return QStringLiteral("ferogram-rename");
    case Writer::TelethonJournal:
        return QStringLiteral("telethon-journal");
    case Writer::PyrogramWal:
        return QStringLiteral("pyrogram-wal");
    }
    return {};
}

rel::Container containerOf(Writer w)
{
    switch (w) {
    case Writer::FerogramRename:
        return rel::Container::Binary;
    case Writer::TelethonJournal:
        return rel::Container::TelethonSqlite;
    case Writer::PyrogramWal:
        return rel::Container::PyrogramSqlite;
    }
    return rel::Container::Binary;
}

// The auth key of version v: 256 bytes no two versions share.
QByteArray keyFor(qint64 v)
{
    const QByteArray digest =
        QCryptographicHash::hash("feroscope-live-" + QByteArray::number(v), QCryptographicHash::Sha256);
    return digest.repeated(fero::AuthKey::Size / digest.size());
}

// The counter each writer stores beside the key, in the same save.
constexpr qint64 FirstPort = 1024, FirstUserId = 100000;
qint64 telethonPort(qint64 k)
{
    return FirstPort + k % 60000;
}

const fero::DcEntry *homeEntry(const fero::Session &s)
{
    for (const fero::DcEntry &dc : s.dcs)
        if (dc.dcId == s.homeDcId && dc.authKey)
            return &dc;
    return nullptr;
}

// --- the writer child ------------------------------------------------------

struct WriterStats {
    qint64 saves = 0;
    qint64 longestLockWaitUs = 0; // BEGIN IMMEDIATE (SQLite) until the lock was ours
    qint64 longestSaveUs = 0;     // one whole save
};

bool sqliteStep(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

int runWriter(Writer w, const QString &path, qint64 durationMs)
{
    WriterStats stats;
    QElapsedTimer clock;
    clock.start();
    sqlite3 *db = nullptr;
    sqlite3_stmt *update = nullptr, *state = nullptr;
    if (w != Writer::FerogramRename) {
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            return 4;
        sqlite3_busy_timeout(db, 5000);
        if (!sqliteStep(db, w == Writer::PyrogramWal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=DELETE"))
            return 5;
        const char *sql = w == Writer::PyrogramWal ? "UPDATE sessions SET user_id = ?1, auth_key = ?2"
                                                   : "UPDATE sessions SET port = ?1, auth_key = ?2";
        if (sqlite3_prepare_v2(db, sql, -1, &update, nullptr) != SQLITE_OK)
            return 6;
        if (w == Writer::TelethonJournal
            && sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO update_state VALUES (0, ?1, 0, 0, 0)", -1, &state,
                                  nullptr)
                   != SQLITE_OK)
            return 7;
    }
    fero::Session base = rel::sessionFor(rel::Container::Binary, 7, 30);
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 k = 1; clock.elapsed() < durationMs; ++k) {
        QElapsedTimer save;
        save.start();
        if (w == Writer::FerogramRename) {
            fero::Session s = base;
            s.updates.pts = std::int32_t(k);
            for (fero::DcEntry &dc : s.dcs)
                if (dc.dcId == s.homeDcId)
                    dc.authKey = fero::AuthKey::fromBytes(keyFor(k));
            fero::Result<QByteArray> bytes = fero::encode(s, {fero::Format::FerogramBinary, 8, std::nullopt});
            if (!bytes)
                return 8;
            const QString temporary = QStringLiteral("%1.%2.tmp").arg(path).arg(k);
            QFile file(temporary);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size())
                return 9;
            file.close();
            if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
                return 10;
        } else {
            const qint64 value = w == Writer::PyrogramWal ? FirstUserId + k : telethonPort(k);
            QElapsedTimer wait;
            wait.start();
            if (!sqliteStep(db, "BEGIN IMMEDIATE"))
                return 11;
            stats.longestLockWaitUs = std::max(stats.longestLockWaitUs, wait.nsecsElapsed() / 1000);
            const QByteArray key = keyFor(value);
            sqlite3_bind_int64(update, 1, value);
            sqlite3_bind_blob(update, 2, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(update) != SQLITE_DONE || sqlite3_reset(update) != SQLITE_OK)
                return 12;
            if (state) {
                sqlite3_bind_int64(state, 1, value);
                if (sqlite3_step(state) != SQLITE_DONE || sqlite3_reset(state) != SQLITE_OK)
                    return 13;
            }
            if (!sqliteStep(db, "COMMIT"))
                return 14;
        }
        stats.longestSaveUs = std::max(stats.longestSaveUs, save.nsecsElapsed() / 1000);
        ++stats.saves;
        QThread::usleep(2000);
    }
    sqlite3_finalize(update);
    sqlite3_finalize(state);
    sqlite3_close(db);
    std::printf("saves %lld lock-wait-us %lld save-us %lld\n", stats.saves, stats.longestLockWaitUs,
                stats.longestSaveUs);
    return 0;
}

// --- the readers -------------------------------------------------------------

// Whether a read is one whole version: the key matches its counter.
bool consistent(Writer w, const fero::Session &s, QString &why)
{
    const fero::DcEntry *home = homeEntry(s);
    if (!home) {
        why = QStringLiteral("no home key");
        return false;
    }
    qint64 counter = 0;
    switch (w) {
    case Writer::FerogramRename:
        counter = s.updates.pts;
        break;
    case Writer::TelethonJournal: {
        const auto hostPort = fero::splitAddress(home->addr);
        counter = hostPort ? hostPort->port : -1;
        if (s.updates.pts != 0 && s.updates.pts != counter) {
            why = QStringLiteral("port %1 but pts %2").arg(counter).arg(s.updates.pts);
            return false;
        }
        break;
    }
    case Writer::PyrogramWal:
        counter = s.account.userId.value_or(-1);
        break;
    }
    if (home->authKey->view() != QByteArrayView(keyFor(counter))) {
        why = QStringLiteral("the key is not version %1's").arg(counter);
        return false;
    }
    return true;
}

} // namespace

class TestLiveWriter : public QObject {
    Q_OBJECT

private slots:
    void readWhileWriting_data();
    void readWhileWriting();

private:
    QTemporaryDir m_dir;
};

void TestLiveWriter::readWhileWriting_data()
{
    QTest::addColumn<int>("writer");
    for (Writer w : {Writer::FerogramRename, Writer::TelethonJournal, Writer::PyrogramWal})
        QTest::newRow(qPrintable(writerName(w))) << int(w);
}

void TestLiveWriter::readWhileWriting()
{
    QFETCH(int, writer);
    const Writer w = Writer(writer);
    const QString folder = m_dir.filePath(writerName(w));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/live.session");
    fero::Session first = rel::sessionFor(containerOf(w), 7, 30);
    // Version 0, self-checking like every later one.
    for (fero::DcEntry &dc : first.dcs)
        if (dc.dcId == first.homeDcId)
            dc.authKey = fero::AuthKey::fromBytes(keyFor(w == Writer::FerogramRename ? 0 : telethonPort(0)));
    if (w == Writer::FerogramRename)
        first.updates.pts = 0;
    if (w == Writer::TelethonJournal) {
        first.updates.pts = std::int32_t(telethonPort(0));
        for (fero::DcEntry &dc : first.dcs)
            if (dc.dcId == first.homeDcId)
                dc.addr = fero::splitAddress(dc.addr)->host + QStringLiteral(":%1").arg(telethonPort(0));
    }
    if (w == Writer::PyrogramWal) {
        first.account.userId = FirstUserId;
        for (fero::DcEntry &dc : first.dcs)
            if (dc.dcId == first.homeDcId)
                dc.authKey = fero::AuthKey::fromBytes(keyFor(FirstUserId));
    }
    QVERIFY(rel::write(containerOf(w), first, path).ok());
    {
        QString why;
        const auto back = fero::openPath(path);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        QVERIFY2(consistent(w, back->session(), why), qPrintable(why));
    }

    const qint64 budget = rel::caseBudgetMs();
    rel::Child child;
    QVERIFY(child.start(
        rel::helperCommand({QStringLiteral("live-write"), writerName(w), path, QString::number(budget + 300)})));
    QCOMPARE(child.readLine(30000), QByteArray("ready"));

    // Every id a version's key can have, for the scan (which shows only the key id).
    QSet<QString> ids;
    for (qint64 v = 0; v <= 60000 + FirstUserId; ++v)
        if (v < 61024 || v >= FirstUserId)
            ids.insert(fero::AuthKey::fromBytes(keyFor(v))->idHex());

    int opens = 0, scans = 0, inUse = 0;
    std::vector<qint64> readUs;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < budget) {
        QElapsedTimer one;
        one.start();
        if (opens <= scans) {
            const fero::Result<fero::DecodedSession> read = fero::openPath(path);
            readUs.push_back(one.nsecsElapsed() / 1000);
            ++opens;
            if (!read) {
                // A database that changed on every snapshot attempt may say so; a renamed file never.
                QVERIFY2(w != Writer::FerogramRename && read.error().message.contains(QStringLiteral("in use")),
                         qPrintable(read.error().message));
                ++inUse;
                continue;
            }
            QString why;
            QVERIFY2(consistent(w, read->session(), why), qPrintable(QStringLiteral("open %1: ").arg(opens) + why));
        } else {
            const fero::ScanResult scan = fero::scanFolder(folder);
            readUs.push_back(one.nsecsElapsed() / 1000);
            ++scans;
            for (const fero::ScanError &error : scan.errors) {
                QVERIFY2(w != Writer::FerogramRename && error.error.contains(QStringLiteral("in use")),
                         qPrintable(error.path + u' ' + error.error));
                ++inUse;
            }
            QCOMPARE(qsizetype(scan.sessions.size() + scan.errors.size()), qsizetype(1));
            for (const fero::ScanEntry &entry : scan.sessions) {
                QCOMPARE(entry.path, path);
                QVERIFY2(ids.contains(entry.authKeyId), qPrintable(entry.authKeyId));
            }
        }
    }
    child.wait();
    QCOMPARE(child.exitCode, 0);
    qint64 saves = 0, lockWaitUs = 0, saveUs = 0;
    QVERIFY(
        std::sscanf(child.output.constData(), "saves %lld lock-wait-us %lld save-us %lld", &saves, &lockWaitUs, &saveUs)
        == 3);
    std::sort(readUs.begin(), readUs.end());
    qInfo("%s: %lld saves (longest %lld us, longest wait for a lock %lld us); %d opens and %d scans, %d said "
          "\"in use\"; one read: median %lld us, longest %lld us",
          qPrintable(writerName(w)), saves, saveUs, lockWaitUs, opens, scans, inUse, readUs[readUs.size() / 2],
          readUs.back());
    QVERIFY(saves > 100);
    QVERIFY(opens > 10 && scans > 10);
    // Most reads see a version: "in use" is for a database changing under every attempt.
    QVERIFY2(inUse * 2 < opens + scans,
             qPrintable(QStringLiteral("%1 of %2 reads in use").arg(inUse).arg(opens + scans)));
    // The readers hold no lock longer than one read (SQLite's SHARED lock on
    // a rollback-journal file while it is read into memory, else an immutable
    // open or a private snapshot): a save never waits longer than that.
    QVERIFY2(lockWaitUs <= std::max<qint64>(readUs.back(), 50000), qPrintable(QString::number(lockWaitUs)));

    // Nothing the readers made is left: only the session and what the writer itself keeps.
    QStringList left = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    left.removeAll(QStringLiteral("live.session"));
    if (w == Writer::PyrogramWal) { // the writer closed its connection: SQLite removes its WAL files
        left.removeAll(QStringLiteral("live.session-wal"));
        left.removeAll(QStringLiteral("live.session-shm"));
    }
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

int main(int argc, char **argv)
{
    if (argc >= 6 && qstrcmp(argv[1], "--helper") == 0 && qstrcmp(argv[2], "live-write") == 0) {
        QCoreApplication app(argc, argv);
        for (Writer w : {Writer::FerogramRename, Writer::TelethonJournal, Writer::PyrogramWal})
            if (writerName(w) == QLatin1StringView(argv[3]))
                return runWriter(w, QString::fromLocal8Bit(argv[4]), QByteArray(argv[5]).toLongLong());
        return 3;
    }
    if (const int rc = rel::runHelper(argc, argv); rc >= 0)
        return rc;
    QCoreApplication app(argc, argv);
    TestLiveWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_livewriter.moc"
