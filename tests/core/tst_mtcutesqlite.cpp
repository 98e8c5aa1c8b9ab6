// mtcute SQLite storages (more-stores.md §1): each manifest vector decodes to
// `expected` without a byte changed (a live -wal too), Copy String Session
// gives mtcute's own export, the writer's schema, pragmas and rows equal
// mtcute's, and conversions both ways report what they drop.
#include "foreignfixtures.h"
#include "sqlitedump.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/mtcute/mtcutesqlite.h"
#include "formats/mtcute/mtcutestring.h"
#include "formats/registry.h"
#include "formats/traits.h"
#include "model/markedid.h"
#include "open/opener.h"
#include "storage/storage.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fero;
using namespace fero::test;

namespace {

const QString Set = QStringLiteral("foreign/mtcute-sqlite");

QString vectorPath(const QString &name)
{
    return dataPath(QStringLiteral("vectors/foreign/mtcute-sqlite/%1.sqlite").arg(name));
}

QJsonObject vectorOf(const QString &name)
{
    for (const QJsonValue &v : manifestVectors(Set))
        if (v[u"name"].toString() == name)
            return v.toObject();
    qFatal("no manifest entry %s", qPrintable(name));
}

const QStringList kCommonKeys{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                              QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                              QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};

QJsonValue dcJson(const Session &s, bool media)
{
    for (const DcEntry &dc : s.dcs) {
        const bool isMedia = &dc != &s.dcs.front() && !dc.addr.isEmpty();
        if (media != isMedia || (!media && &dc != &s.dcs.front()))
            continue;
        const auto hostPort = splitAddress(dc.addr);
        return QJsonObject{{QStringLiteral("id"), dc.dcId},
                           {QStringLiteral("ip"), hostPort->host},
                           {QStringLiteral("port"), int(hostPort->port)},
                           {QStringLiteral("ipv6"), dc.isIpv6()},
                           {QStringLiteral("media_only"), bool(dc.flags & DcFlag::MediaOnly)},
                           {QStringLiteral("test_mode"), s.account.testMode.value_or(false)}};
    }
    return QJsonValue();
}

QJsonArray peersJson(const Session &s)
{
    QJsonArray out;
    for (std::size_t i = 0; i < s.peers.size(); ++i) {
        const ForeignPeerDetails &d = s.foreign.peers[i];
        out.append(QJsonObject{{QStringLiteral("id"), qint64(markedPeerId(s.peers[i]))},
                               {QStringLiteral("access_hash"), // none for a basic group ("")
                                s.peers[i].isChat ? QJsonValue() : QJsonValue(qint64(s.peers[i].accessHash))},
                               {QStringLiteral("is_min"), d.isMin},
                               {QStringLiteral("usernames"), QJsonArray::fromStringList(d.usernames)},
                               {QStringLiteral("updated"), qint64(*d.date)},
                               {QStringLiteral("phone"), optionalJson(d.phone)}});
    }
    return out;
}

QJsonArray pick(const QJsonArray &rows, const QStringList &keys)
{
    QJsonArray out;
    for (const QJsonValue &row : rows)
        out.append(fero::test::pick(row.toObject(), keys));
    return out;
}

QJsonArray sortedByKey(const QJsonArray &rows, const QString &key)
{
    QList<QJsonValue> items(rows.begin(), rows.end());
    std::sort(items.begin(), items.end(),
              [&](const QJsonValue &a, const QJsonValue &b) { return a[key].toInteger() < b[key].toInteger(); });
    QJsonArray out;
    for (const QJsonValue &v : items)
        out.append(v);
    return out;
}

void expectEmptyDiff(const QJsonValue &expected, const QJsonValue &actual)
{
    const QString diff = jsonDiff(expected, actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// A connection that keeps new rows in -wal (no checkpoint) until closed.
struct LiveWriter {
    sqlite3 *db = nullptr;
    explicit LiveWriter(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;", nullptr, nullptr, nullptr);
    }
    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    ~LiveWriter() { sqlite3_close(db); }
};

} // namespace

class TestMtcuteSqlite : public QObject {
    Q_OBJECT

private slots:
    void decodesToExpected_data()
    {
        QTest::addColumn<QString>("name");
        for (const QJsonValue &v : manifestVectors(Set))
            QTest::newRow(qPrintable(v[u"name"].toString())) << v[u"name"].toString();
        QCOMPARE(manifestVectors(Set).size(), 3);
    }
    void decodesToExpected()
    {
        QFETCH(QString, name);
        const QJsonObject expected = vectorOf(name)[u"expected"].toObject();
        QTemporaryDir temp;
        const QString copy = copyVector(vectorPath(name), temp.filePath(QStringLiteral("s.session")));
        const auto before = folderFingerprint(temp.path());
        auto decoded = openPath(copy);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(folderFingerprint(temp.path()), before);
        QCOMPARE(decoded->format, Format::MtcuteSqlite);
        const Session &s = decoded->session();
        expectEmptyDiff(fero::test::pick(expected, kCommonKeys), fero::test::pick(summaryOf(s, true), kCommonKeys));
        expectEmptyDiff(expected[u"main_dc"], dcJson(s, false));
        expectEmptyDiff(expected[u"media_dc"], dcJson(s, true));

        const QJsonValue self = expected[u"self"];
        QCOMPARE(s.account.userId.has_value(), !self.isNull());
        if (!self.isNull()) {
            QCOMPARE(s.foreign.selfPremium, std::optional(self[u"is_premium"].toBool()));
            QCOMPARE(QJsonArray::fromStringList(s.foreign.selfUsernames), self[u"usernames"].toArray());
        }
        const QJsonValue state = expected[u"updates_state"];
        QCOMPARE(s.foreign.stateKeys == std::optional<std::uint8_t>(0x0F), !state.isNull());
        if (!state.isNull())
            expectEmptyDiff(state, QJsonObject{{QStringLiteral("pts"), s.updates.pts},
                                               {QStringLiteral("qts"), s.updates.qts},
                                               {QStringLiteral("date"), s.updates.date},
                                               {QStringLiteral("seq"), s.updates.seq}});
        QJsonArray channels;
        for (const ChannelPts &c : s.updates.channels)
            channels.append(QJsonObject{{QStringLiteral("channel_id"), qint64(c.channelId)},
                                        {QStringLiteral("pts"), qint64(std::uint32_t(c.pts))}});
        expectEmptyDiff(expected[u"channel_pts"], sortedByKey(channels, QStringLiteral("channel_id")));

        // Every permanent key, on the DC it belongs to; the home DC's is the login.
        QJsonArray keys;
        std::map<int, QString> byDc;
        for (const DcEntry &dc : s.dcs)
            if (dc.authKey)
                byDc[dc.dcId] = QString::fromLatin1(dc.authKey->toHex());
        for (const auto &[dc, key] : byDc)
            keys.append(QJsonObject{{QStringLiteral("dc"), dc}, {QStringLiteral("key"), key}});
        expectEmptyDiff(expected[u"auth_keys"], keys);
        QJsonArray temps;
        for (const ForeignTempKey &t : s.foreign.tempKeys) {
            temps.append(QJsonObject{{QStringLiteral("dc"), t.dcId},
                                     {QStringLiteral("idx"), t.index},
                                     {QStringLiteral("key"), QString::fromLatin1(t.key.toHex())},
                                     {QStringLiteral("expires"), qint64(t.expires)}});
            QVERIFY(!(t.key == *s.dcs.front().authKey)); // shown, never the login
        }
        expectEmptyDiff(expected[u"temp_auth_keys"], temps);
        QJsonArray salts;
        for (const ForeignSalts &list : s.foreign.salts) {
            QJsonArray entries;
            for (const ForeignSalt &salt : list.salts)
                entries.append(QJsonObject{{QStringLiteral("valid_since"), salt.validSince},
                                           {QStringLiteral("valid_until"), salt.validUntil},
                                           {QStringLiteral("salt"), qint64(salt.salt)}});
            salts.append(QJsonObject{{QStringLiteral("dc"), list.dcId}, {QStringLiteral("salts"), entries}});
        }
        expectEmptyDiff(expected[u"salts"], sortedByKey(salts, QStringLiteral("dc")));
        const QStringList peerKeys{QStringLiteral("id"),        QStringLiteral("access_hash"), QStringLiteral("is_min"),
                                   QStringLiteral("usernames"), QStringLiteral("updated"),     QStringLiteral("phone")};
        expectEmptyDiff(sortedByKey(pick(expected[u"peers"].toArray(), peerKeys), QStringLiteral("id")),
                        sortedByKey(peersJson(s), QStringLiteral("id")));
        QJsonArray refs;
        for (const MinPeer &m : s.minPeers)
            refs.append(QJsonObject{{QStringLiteral("peer_id"), qint64(m.userId)},
                                    {QStringLiteral("chat_id"), qint64(m.peerId)},
                                    {QStringLiteral("msg_id"), m.msgId}});
        expectEmptyDiff(pick(expected[u"message_refs"].toArray(),
                             {QStringLiteral("peer_id"), QStringLiteral("chat_id"), QStringLiteral("msg_id")}),
                        refs);
    }

    // Copy String Session and --to mtcute-string give mtcute's own export.
    void stringSessionIsMtcutes_data() { decodesToExpected_data(); }
    void stringSessionIsMtcutes()
    {
        QFETCH(QString, name);
        const QString expected = vectorOf(name)[u"expected"][u"string_session"].toString();
        auto decoded = mtcutesqlite::read(vectorPath(name));
        QVERIFY(decoded.ok());
        QCOMPARE(traits(Format::MtcuteSqlite).stringForm, Format::MtcuteString);
        ConvertTarget target;
        target.format = Format::MtcuteString;
        auto text = codec(Format::MtcuteString).encode(decoded->session(), target);
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
        QCOMPARE(QString::fromLatin1(*text), expected);
    }

    // Reader -> writer: mtcute's DDL text and order, WAL in the header,
    // user_version 0, the same rows in every table, the same session.
    void writerMatchesMtcute_data() { decodesToExpected_data(); }
    void writerMatchesMtcute()
    {
        QFETCH(QString, name);
        const QString file = vectorPath(name);
        auto decoded = mtcutesqlite::read(file);
        QVERIFY(decoded.ok());
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("out.session"));
        const Status written = mtcutesqlite::write(decoded->session(), out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(QDir(temp.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.session")});
        QVERIFY(!readableByOthers(out));
        QCOMPARE(schemaDump(out), schemaDump(file));
        const QByteArray header = readFile(out).left(20);
        QCOMPARE(int(header[18]), 2); // WAL, as mtcute leaves its file
        QCOMPARE(int(header[19]), 2);
        QCOMPARE(dump(out, QStringLiteral("PRAGMA user_version"), 1), QStringList{QStringLiteral("qlonglong:0")});
        for (const char *table :
             {"mtcute_migrations", "auth_keys", "temp_auth_keys", "key_value", "peers", "message_refs"})
            QCOMPARE(tableDump(out, QLatin1String(table)), tableDump(file, QLatin1String(table)));
        auto reread = mtcutesqlite::read(out);
        QVERIFY(reread.ok());
        QVERIFY(reread->session() == decoded->session());
        ConvertTarget same;
        same.format = Format::MtcuteSqlite;
        const LossReport report = lossReport(decoded->session(), same);
        QVERIFY2(report.lossless(), qPrintable(report.losses.join(u'\n')));
    }

    // A running client's rows live in -wal: the reader sees them and leaves
    // the database, -wal and -shm byte for byte as they were, with nothing
    // beside them; restrict and delete take the companions along.
    void liveWalSnapshot()
    {
        QTemporaryDir temp;
        const QString copy =
            copyVector(vectorPath(QStringLiteral("mtsql_user_full_dc2")), temp.filePath(QStringLiteral("s.session")));
        {
            LiveWriter client(copy);
            QVERIFY(client.exec("UPDATE key_value SET value = x'39300000' WHERE key = 'updates_pts'")); // 12345
            QVERIFY(QFileInfo::exists(copy + QStringLiteral("-wal")));
            QFile::setPermissions(copy + QStringLiteral("-wal"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
            const auto before = folderFingerprint(temp.path());
            auto decoded = openPath(copy);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
            QCOMPARE(decoded->session().updates.pts, 12345);
            QCOMPARE(folderFingerprint(temp.path()), before);

            QVERIFY(sideFiles(copy).contains(copy + QStringLiteral("-wal")));
            auto changed = restrictPermissions(copy);
            QVERIFY(changed.ok());
            QVERIFY(!readableByOthers(copy + QStringLiteral("-wal")));
            QCOMPARE(folderFingerprint(temp.path()), before); // modes only
        }
        // The client closed (checkpointed); a second one holds -wal and -shm open.
        LiveWriter client(copy);
        QVERIFY(client.exec("UPDATE key_value SET value = x'3a300000' WHERE key = 'updates_pts'"));
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("-shm")));
        auto removed = deleteSession(copy, DeleteMode::Permanent);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-shm")));
    }

    // mtcute -> other formats names what they cannot hold (temporary keys,
    // salts, usernames, premium); other formats -> mtcute names the DC
    // addresses mtcute does not keep.
    void lossesBothWays()
    {
        auto full = mtcutesqlite::read(vectorPath(QStringLiteral("mtsql_user_full_dc2")));
        QVERIFY(full.ok());
        for (const Format to : {Format::TelethonSqlite, Format::MtcuteString, Format::FerogramBinary}) {
            ConvertTarget target;
            target.format = to;
            const LossReport report = lossReport(full->session(), target);
            const QString text = report.losses.join(u'\n');
            QVERIFY2(text.contains(u"temporary"), qPrintable(text));
            QVERIFY2(text.contains(u"alice_second"), qPrintable(text));
            QVERIFY(report.has(LossKind::Salt));
        }
        Session session = full->session();
        session.dcs.push_back({3, QStringLiteral("149.154.175.100:443"), std::nullopt, 0, 0, 0});
        session.dcs.front().timeOffset = 5;
        ConvertTarget mtcute;
        mtcute.format = Format::MtcuteSqlite;
        const LossReport report = lossReport(session, mtcute);
        QVERIFY(report.has(LossKind::OtherDcs));
        QVERIFY(report.has(LossKind::DcDetails));
        QVERIFY(!report.has(LossKind::MinPeers)); // message_refs keep them

        Session noAddress = full->session();
        noAddress.dcs.front().addr.clear();
        QVERIFY(!preflight(noAddress, mtcute).ok());
    }

    // Detection: mtcute's tables are an mtcute storage, not "another program".
    void detection()
    {
        QCOMPARE(sqlitedb::identify(vectorPath(QStringLiteral("mtsql_bot_test_ipv6_dc1"))),
                 sqlitedb::Kind::MtcuteSqlite);
        auto asFerogram = sqlitedb::read(vectorPath(QStringLiteral("mtsql_bot_test_ipv6_dc1")));
        QVERIFY(!asFerogram.ok());
        QVERIFY(asFerogram.error().message.contains(u"mtcute"));
    }
};

QTEST_GUILESS_MAIN(TestMtcuteSqlite)
#include "tst_mtcutesqlite.moc"
