// Locked and live databases of other programs: a Telethon or Pyrogram
// client (a helper child) holds the session database open, either inside
// an exclusive write transaction (its hot journal on disk) or in WAL mode
// with committed rows not yet checkpointed. Reading must report "in use" or
// give a consistent snapshot (the committed rows, WAL rows included) and
// must never change a byte of the database or its companions, also after
// the client is killed and leaves them behind.
#include "child.h"
#include "reliabilitymain.h"

#include "base/address.h"

#include <QTemporaryDir>

using rel::Container;

class TestLiveDb : public QObject {
    Q_OBJECT

private slots:
    void heldDatabaseReadsSafely_data();
    void heldDatabaseReadsSafely();

private:
    QTemporaryDir m_dir;
};

namespace {

// The value the holding client changes, as the reader shows it.
std::int64_t watched(Container c, const fero::Session &s)
{
    if (c == Container::TelethonSqlite) {
        for (const fero::DcEntry &dc : s.dcs)
            if (dc.dcId == s.homeDcId) {
                const auto hostPort = fero::splitAddress(dc.addr);
                return hostPort ? hostPort->port : -1;
            }
        return -1;
    }
    if (c == Container::FerogramSqlite)
        return s.homeDcId;
    return s.account.userId.value_or(-1);
}

QByteArray companionsFingerprint(const QString &path)
{
    QByteArray out;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        out += rel::fingerprint(path + QLatin1String(suffix)) + ' ';
    return out;
}

} // namespace

void TestLiveDb::heldDatabaseReadsSafely_data()
{
    QTest::addColumn<Container>("container");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("update");
    QTest::addColumn<qint64>("changed");
    for (const char *mode : {"exclusive", "wal"}) {
        QTest::addRow("telethon-%s", mode) << Container::TelethonSqlite << QString::fromLatin1(mode)
                                           << QStringLiteral("UPDATE sessions SET port = 4443") << qint64(4443);
        QTest::addRow("pyrogram-%s", mode) << Container::PyrogramSqlite << QString::fromLatin1(mode)
                                           << QStringLiteral("UPDATE sessions SET user_id = 4443") << qint64(4443);
        QTest::addRow("ferogram-%s", mode)
            << Container::FerogramSqlite << QString::fromLatin1(mode)
            << QStringLiteral("UPDATE meta SET value = 4 WHERE key = 'home_dc_id'") << qint64(4);
    }
}

void TestLiveDb::heldDatabaseReadsSafely()
{
    QFETCH(Container, container);
    QFETCH(QString, mode);
    QFETCH(QString, update);
    QFETCH(qint64, changed);
    const QString dir = m_dir.filePath(rel::containerName(container) + u'-' + mode);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, 50), path).ok());
    const auto before = rel::read(container, path);
    QVERIFY(before.ok());
    const std::int64_t old = watched(container, before.value().front());

    rel::Child client;
    QVERIFY(client.start(rel::helperCommand({QStringLiteral("hold-sqlite"), path, mode, update})));
    QCOMPARE(client.readLine(30000), QByteArray("holding"));
    const bool wal = mode == QLatin1String("wal");

    for (int phase = 0; phase < 2; ++phase) { // 0: client alive, 1: client killed
        const QByteArray files = companionsFingerprint(path);
        const auto now = rel::read(container, path);
        QCOMPARE(companionsFingerprint(path), files); // reading changed nothing
        if (now.ok()) {
            const std::int64_t value = watched(container, now.value().front());
            // Exclusive: the uncommitted change is invisible. WAL: committed, so visible.
            QCOMPARE(qint64(value), wal ? changed : qint64(old));
        } else {
            QVERIFY2(now.error().message.contains(QStringLiteral("in use")), qPrintable(now.error().message));
            QVERIFY(!wal || phase == 0);
        }
        qInfo("%s, %s, client %s: %s", qPrintable(rel::containerName(container)), qPrintable(mode),
              phase == 0 ? "alive" : "killed", now.ok() ? "consistent snapshot" : qPrintable(now.error().message));
        if (phase == 0) {
            client.kill();
            client.wait();
        }
    }
}

FERO_RELIABILITY_MAIN(TestLiveDb)
#include "tst_livedb.moc"
