// Telethon 2 SQLite sessions (pyrogram-forks.md §6): each manifest vector
// decodes to `expected` without a byte changed, detection tells Telethon 2
// from Telethon 1 by tables and columns, the writer's schema and rows equal
// Telethon 2's own, and conversions both ways report what they drop.
#include "foreignfixtures.h"
#include "sqlitedump.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/registry.h"
#include "formats/telethon/telethon2sqlite.h"
#include "formats/telethon/telethonsqlite.h"
#include "open/opener.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fero;
using namespace fero::test;

namespace {

const QString Set = QStringLiteral("foreign/telethon2");

QString vectorPath(const QString &name)
{
    return dataPath(QStringLiteral("vectors/foreign/telethon2/%1.session").arg(name));
}

QJsonObject expectedOf(const QString &name)
{
    for (const QJsonValue &v : manifestVectors(Set))
        if (v[u"name"].toString() == name)
            return v.toObject();
    qFatal("no manifest entry %s", qPrintable(name));
}

// The manifest's datacenter rows from a session: per DC id its IPv4 and IPv6
// "host:port" (brackets off) and the key.
QJsonArray datacenters(const Session &s)
{
    std::map<int, QJsonObject> rows;
    for (const DcEntry &dc : s.dcs) {
        QJsonObject &row = rows[dc.dcId];
        row[u"id"] = dc.dcId;
        const auto hostPort = splitAddress(dc.addr);
        const QString text = QStringLiteral("%1:%2").arg(hostPort->host).arg(hostPort->port);
        row[row.contains(u"ipv4_addr") ? u"ipv6_addr" : u"ipv4_addr"] = text; // the reader keeps column order
        if (dc.authKey)
            row[u"auth"] = QString::fromLatin1(dc.authKey->toHex());
    }
    QJsonArray out;
    for (auto &[id, row] : rows) {
        for (const char16_t *key : {u"ipv4_addr", u"ipv6_addr", u"auth"})
            if (!row.contains(key))
                row[key] = QJsonValue();
        out.append(row);
    }
    return out;
}

QJsonArray channelsOf(const Session &s)
{
    QJsonArray out;
    for (const ChannelPts &c : s.updates.channels)
        out.append(QJsonObject{{QStringLiteral("id"), qint64(c.channelId)}, {QStringLiteral("pts"), c.pts}});
    return out;
}

const QStringList kCommonKeys{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                              QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                              QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};

// Runs SQL on a scratch copy (for detection rows made from a vector).
void execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString text = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

} // namespace

class TestTelethon2Sqlite : public QObject {
    Q_OBJECT

private slots:
    void decodesToExpected_data()
    {
        QTest::addColumn<QString>("name");
        int rows = 0;
        for (const QJsonValue &v : manifestVectors(Set))
            if (v[u"format"].toString() == u"telethon2-sqlite") {
                QTest::newRow(qPrintable(v[u"name"].toString())) << v[u"name"].toString();
                ++rows;
            }
        QCOMPARE(rows, 3);
    }
    void decodesToExpected()
    {
        QFETCH(QString, name);
        const QJsonObject expected = expectedOf(name)[u"expected"].toObject();
        QTemporaryDir temp;
        const QString copy = copyVector(vectorPath(name), temp.filePath(QStringLiteral("s.session")));
        const auto before = folderFingerprint(temp.path());
        auto decoded = openPath(copy);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(folderFingerprint(temp.path()), before); // no side file, no byte changed
        QCOMPARE(decoded->format, Format::Telethon2Sqlite);
        QCOMPARE(decoded->version, expected[u"schema_version"].toInt());
        const Session &s = decoded->session();
        QJsonObject common = pick(expected, kCommonKeys);
        if (expected[u"user"].isNull()) {
            // No user row: Telethon 2 falls back to DC 2; the manifest records
            // no home DC, we show DC 2 and say why.
            QCOMPARE(s.homeDcId, 2);
            QVERIFY(decoded->warnings.join(u' ').contains(u"No user row"));
            common = pick(common, {QStringLiteral("user_id"), QStringLiteral("is_bot"), QStringLiteral("test_mode"),
                                   QStringLiteral("api_id")});
        } else {
            QCOMPARE(s.foreign.selfUsernames, QStringList{expected[u"user"][u"username"].toString()});
        }
        QString diff = jsonDiff(common, pick(summaryOf(s, true), common.keys()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = jsonDiff(expected[u"datacenters"], datacenters(s));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QJsonObject state = expected[u"state"].toObject();
        QCOMPARE(s.updates.pts, state[u"pts"].toInt());
        QCOMPARE(s.updates.qts, state[u"qts"].toInt());
        QCOMPARE(qint64(s.updates.date), state[u"date"].toInteger());
        QCOMPARE(s.updates.seq, state[u"seq"].toInt());
        diff = jsonDiff(expected[u"channels"], channelsOf(s));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(s.peers.empty());
        QVERIFY(!s.account.apiId);
    }

    // An IPv6 address is "host:port" without brackets: split at the last colon.
    void ipv6SplitAtLastColon()
    {
        auto decoded = telethon2sqlite::read(vectorPath(QStringLiteral("telethon2_migrated_from_telethon1_ipv6_dc2")));
        QVERIFY(decoded.ok());
        const DcEntry &dc = decoded->session().dcs.front();
        QCOMPARE(dc.addr, QStringLiteral("[2001:67c:4e8:f002::a]:443"));
        QVERIFY(dc.isIpv6());
    }

    // pyrogram-forks.md §3 rule 1, one row per case: Telethon 2's tables,
    // Telethon 1 (also `version`, value 7), and Telethon 2's tables with a
    // `version.number` column (the Pyrogram family's spelling) or a
    // `sessions` table beside them.
    void detection_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("kind");
        const QString user = QStringLiteral("telethon2_sqlite_user_dc2");
        QTest::newRow("telethon 2") << user << QString() << int(sqlitedb::Kind::Telethon2);
        QTest::newRow("telethon 2 from telethon 1") << QStringLiteral("telethon2_migrated_from_telethon1_ipv6_dc2")
                                                    << QString() << int(sqlitedb::Kind::Telethon2);
        QTest::newRow("telethon 1, version 7") << QStringLiteral("telethon2_migrated_from_telethon1_ipv6_dc2_source")
                                               << QString() << int(sqlitedb::Kind::Telethon);
        QTest::newRow("version.number is not telethon")
            << user << QStringLiteral("ALTER TABLE version RENAME COLUMN version TO number")
            << int(sqlitedb::Kind::OtherProgram);
        QTest::newRow("sessions beside datacenter")
            << user << QStringLiteral("CREATE TABLE sessions (dc_id integer primary key)")
            << int(sqlitedb::Kind::OtherProgram);
        QTest::newRow("no channelstate") << user << QStringLiteral("DROP TABLE channelstate")
                                         << int(sqlitedb::Kind::OtherProgram);
    }
    void detection()
    {
        QFETCH(QString, source);
        QFETCH(QString, edit);
        QFETCH(int, kind);
        QTemporaryDir temp;
        const QString copy = copyVector(vectorPath(source), temp.filePath(QStringLiteral("s.session")));
        if (!edit.isEmpty())
            execOn(copy, edit.toUtf8().constData());
        QCOMPARE(int(sqlitedb::identify(copy)), kind);
    }

    // Reader -> writer: Telethon 2's schema text byte for byte, its pragmas,
    // the same rows, and the same session read back.
    void writerMatchesTelethon2_data() { decodesToExpected_data(); }
    void writerMatchesTelethon2()
    {
        QFETCH(QString, name);
        const QJsonObject vector = expectedOf(name);
        const QString file = vectorPath(name);
        auto decoded = telethon2sqlite::read(file);
        QVERIFY(decoded.ok());
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("out.session"));
        const Status written = telethon2sqlite::write(decoded->session(), out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(QFileInfo(out).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QDir(temp.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.session")});

        const QJsonObject schema = vector[u"sqlite_schema"].toObject();
        const QStringList ours = dump(out, QStringLiteral("SELECT type || ' ' || name, sql FROM sqlite_master"), 2);
        QCOMPARE(ours.size(), schema.size());
        for (const QString &row : ours) {
            const QString key = row.section(u'|', 0, 0).section(u':', 1);
            QVERIFY2(schema.contains(key), qPrintable(key));
            QCOMPARE(row.section(u'|', 1).section(u':', 1), schema[key].toString());
        }
        QCOMPARE(schemaDump(out), schemaDump(file)); // and in Telethon 2's creation order
        const QJsonObject pragmas = vector[u"sqlite_pragmas"].toObject();
        // The journal mode as the file records it (header bytes 18/19: 1 =
        // rollback, 2 = WAL): a read view may hold the database in memory,
        // where PRAGMA journal_mode says "memory".
        QFile header(out);
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QByteArray head = header.read(20);
        QCOMPARE(head.size(), 20);
        const QString mode = head.at(18) == 2 ? QStringLiteral("wal") : QStringLiteral("delete");
        QCOMPARE(mode, pragmas[u"journal_mode"].toString());
        QCOMPARE(dump(out, QStringLiteral("PRAGMA user_version"), 1),
                 QStringList{QStringLiteral("qlonglong:%1").arg(pragmas[u"user_version"].toInt())});
        QCOMPARE(dump(out, QStringLiteral("PRAGMA page_size"), 1),
                 QStringList{QStringLiteral("qlonglong:%1").arg(pragmas[u"page_size"].toInt())});
        for (const char *table : {"version", "datacenter", "user", "state", "channelstate"})
            QCOMPARE(tableDump(out, QLatin1String(table)), tableDump(file, QLatin1String(table)));

        auto reread = telethon2sqlite::read(out);
        QVERIFY(reread.ok());
        QVERIFY(reread->session() == decoded->session());
        ConvertTarget same;
        same.format = Format::Telethon2Sqlite;
        QVERIFY2(lossReport(decoded->session(), same).lossless(),
                 qPrintable(lossReport(decoded->session(), same).losses.join(u'\n')));
    }

    // Telethon 1 -> Telethon 2 gives the state and channel rows Telethon 2's
    // own upgrade wrote from the same file, and reports the entities and
    // takeout id it drops.
    void fromTelethon1LikeTelethon2Upgrade()
    {
        auto source =
            telethonsqlite::read(vectorPath(QStringLiteral("telethon2_migrated_from_telethon1_ipv6_dc2_source")));
        QVERIFY(source.ok());
        ConvertTarget target;
        target.format = Format::Telethon2Sqlite;
        const LossReport report = lossReport(source->session(), target);
        QCOMPARE(report.has(LossKind::Peers), !source->session().peers.empty());
        QVERIFY(report.has(LossKind::AccountValues) == bool(source->session().account.takeoutId));
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("out.session"));
        QVERIFY(telethon2sqlite::write(source->session(), out).ok());
        const QString upgraded = vectorPath(QStringLiteral("telethon2_migrated_from_telethon1_ipv6_dc2"));
        // The lone IPv6 address goes to ipv4_addr, as Telethon 2's upgrade files it.
        for (const char *table : {"version", "datacenter", "state", "channelstate", "user"})
            QCOMPARE(tableDump(out, QLatin1String(table)), tableDump(upgraded, QLatin1String(table)));
    }

    // Telethon 2 -> Telethon 1 drops the other DCs and the user; back again
    // the writer refuses a home DC other than 2 without a user id.
    void lossesBothWays()
    {
        auto bot = telethon2sqlite::read(vectorPath(QStringLiteral("telethon2_sqlite_bot_dc5")));
        QVERIFY(bot.ok());
        ConvertTarget telethon1;
        telethon1.format = Format::TelethonSqlite;
        const LossReport toTelethon1 = lossReport(bot->session(), telethon1);
        QVERIFY(toTelethon1.has(LossKind::OtherDcs));
        QVERIFY(toTelethon1.has(LossKind::AccountValues)); // user id, bot flag, username
        QVERIFY(toTelethon1.losses.join(u' ').contains(u"ferro_bot"));

        Session noUser = bot->session();
        noUser.account.userId.reset();
        ConvertTarget telethon2;
        telethon2.format = Format::Telethon2Sqlite;
        const Status refused = preflight(noUser, telethon2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY(refused.error().message.contains(u"--user-id"));
        telethon2.userId = 6009876543;
        QVERIFY(preflight(noUser, telethon2).ok());
        QTemporaryDir temp;
        QVERIFY(!telethon2sqlite::write(noUser, temp.filePath(QStringLiteral("x.session"))).ok());
        QVERIFY(QDir(temp.path()).isEmpty()); // refused before anything was written

        // Peers and min peers of a ferogram session have no place in Telethon 2.
        Session withPeers = bot->session();
        withPeers.peers.push_back({777000, 42, false, false, ChannelKind::None, false});
        withPeers.minPeers.push_back({1, 2, 3});
        withPeers.dcs.push_back({5, QStringLiteral("91.108.56.180:443"), std::nullopt, 0, 0, DcFlag::MediaOnly});
        const LossReport toTelethon2 = lossReport(withPeers, telethon2);
        QVERIFY(toTelethon2.has(LossKind::Peers));
        QVERIFY(toTelethon2.has(LossKind::MinPeers));
        QVERIFY(toTelethon2.has(LossKind::OtherDcs));
    }
};

QTEST_GUILESS_MAIN(TestTelethon2Sqlite)
#include "tst_telethon2sqlite.moc"
