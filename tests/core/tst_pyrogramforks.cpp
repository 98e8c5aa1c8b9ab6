// Pyrogram's forks (pyrogram-forks.md): the layout decision of §3 one row per
// rule, every fork vector read to its manifest's `expected` without a byte
// changed, writers whose DDL, version and journal mode equal the vectors',
// same-format round trips that lose nothing, losses both ways, Kurigram's
// test DC refusal and the hydrogram-sqlite alias.
#include "foreignfixtures.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/common/sqliterows.h"
#include "formats/pyrogram/pyrogramlayout.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "model/markedid.h"
#include "open/opener.h"
#include "open/scan.h"
#include "storage/storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace fero;
using namespace fero::test;

namespace {

QString vectorPath(const QString &file)
{
    return dataPath(QStringLiteral("vectors/foreign/") + file);
}

QJsonArray forkVectors()
{
    const QByteArray text = readFile(vectorPath(QStringLiteral("manifest.python-forks.json")));
    return QJsonDocument::fromJson(text).object().value(u"vectors").toArray();
}

// The manifest's database vectors of the Pyrogram family (Telethon 2's are
// another engineer's).
QList<QJsonObject> familyDatabases()
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : forkVectors()) {
        const QJsonObject o = v.toObject();
        if (o[u"kind"].toString() == u"sqlite" && formatFromId(o[u"format"].toString()).has_value()
            && !o[u"format"].toString().startsWith(u"telethon"))
            out << o;
    }
    return out;
}

// Rows of a query as "type:value" cells, for comparing databases.
QStringList dump(const QString &path, const QString &sql)
{
    auto view = sqlite::openReadView(path);
    if (!view)
        return {QStringLiteral("ERROR ") + view.error().message};
    sqlite::Rows rows((*view)->handle(), sql);
    QStringList out;
    while (rows.next()) {
        QStringList cells;
        for (int i = 0; i < 6; ++i) {
            const QVariant v = rows.value(i);
            cells << (v.isValid() ? QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName()),
                                                                v.typeId() == QMetaType::QByteArray
                                                                    ? QString::fromLatin1(v.toByteArray().toHex())
                                                                    : v.toString())
                                  : QStringLiteral("null"));
        }
        out << cells.join(u'|');
    }
    if (rows.failed())
        out << QStringLiteral("ERROR ") + rows.errorText();
    return out;
}

// sqlite_master as the manifests' `sqlite_schema` keys it: "<type> <name>" -> sql.
QJsonObject schemaObject(const QString &path)
{
    QJsonObject out;
    for (const QString &row :
         dump(path, QStringLiteral("SELECT type || ' ' || name, sql FROM sqlite_master WHERE sql IS NOT NULL"))) {
        const QStringList cells = row.split(u'|');
        const QString sql = cells.value(1);
        out[cells.value(0).section(u':', 1)] = sql == u"null" ? QJsonValue() : QJsonValue(sql.section(u':', 1));
    }
    return out;
}

// Byte 18/19 of the header: 2 = WAL, 1 = rollback journal.
bool headerSaysWal(const QString &path)
{
    const QByteArray head = readFile(path).left(20);
    return head.size() == 20 && head.at(18) == 2 && head.at(19) == 2;
}

ForeignPeerDetails detailsOf(const Session &s, std::int64_t marked)
{
    for (const ForeignPeerDetails &d : s.foreign.peers)
        if (d.markedId == marked)
            return d;
    return {};
}

// A copy of a vector with extra statements run on it (rule rows the vectors lack).
QString alteredCopy(const QTemporaryDir &temp, const QString &file, const char *sql)
{
    const QString copy = copyVector(vectorPath(file), temp.filePath(QStringLiteral("altered.session")));
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(copy).constData(), &db) == SQLITE_OK)
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return copy;
}

} // namespace

class TestPyrogramForks : public QObject {
    Q_OBJECT

private slots:
    // pyrogram-forks.md §3, one row per rule.
    void detection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sql"); // run on a copy first; empty: the vector as it is
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("layout");
        const auto row = [](const char *name, const char *file, const char *sql, Format format, const char *layout) {
            QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(sql) << int(format)
                                << QString::fromLatin1(layout);
        };
        // Rule 1: version(version) is Telethon, whatever the number (Telethon 1 writes 7, as Kurigram).
        row("1 telethon 1, version 7", "telethon/telethon_sqlite_full.session", "", Format::TelethonSqlite, "");
        // Rule 2, first branch: server_address and port, wherever they are.
        row("2a kurigram 7", "kurigram/kurigram_sqlite_user_dc1.session", "", Format::KurigramSqlite, "Kurigram 7");
        row("2a kurigram 7 upgraded (address columns last)", "kurigram/kurigram_migrated_from_pyrogram_v3_dc5.session",
            "", Format::KurigramSqlite, "Kurigram 7");
        // Second branch: usernames(id, username).
        row("2b pyrotgfork 6", "pyrotgfork/pyrotgfork_sqlite_user_dc5.session", "", Format::PyrotgforkSqlite,
            "PyroTGFork 6 / older Kurigram");
        row("2b kurigram half-upgraded (version 3, usernames, update_state)",
            "pyrogram/pyrogram_sqlite_user_dc2.session",
            "CREATE TABLE usernames(id INTEGER, username TEXT); CREATE TABLE update_state(id INTEGER PRIMARY KEY, "
            "pts INTEGER, qts INTEGER, date INTEGER, seq INTEGER);",
            Format::PyrotgforkSqlite, "PyroTGFork 6 / older Kurigram");
        // Third branch: usernames keyed by username, or version 4 + update_state + peers.username.
        row("2c pyrofork 4 with usernames", "pyrofork/pyrofork_sqlite_user_dc3.session", "", Format::PyroforkSqlite,
            "Pyrofork 4");
        row("2c pyrofork 4 upgraded, no usernames", "pyrofork/pyrofork_migrated_from_pyrogram_v3_dc2.session", "",
            Format::PyroforkSqlite, "Pyrofork 4");
        // Fourth branch: upstream's tables only, rollback or WAL.
        row("2d pyrogram 3", "pyrogram/pyrogram_sqlite_user_dc2.session", "", Format::PyrogramSqlite,
            "Pyrogram 3 / Hydrogram");
        row("2d hydrogram (WAL)", "hydrogram/hydrogram_sqlite_user_dc2.session", "", Format::PyrogramSqlite,
            "Pyrogram 3 / Hydrogram");
        // Not the version number: a Pyrofork-shaped file claiming 7 stays Pyrofork.
        row("version number ignored", "pyrofork/pyrofork_sqlite_user_dc3.session", "UPDATE version SET number = 7;",
            Format::PyroforkSqlite, "Pyrofork 4");
    }
    void detection()
    {
        QFETCH(QString, file);
        QFETCH(QString, sql);
        QFETCH(int, format);
        QFETCH(QString, layout);
        QTemporaryDir temp;
        const QString path = sql.isEmpty() ? copyVector(vectorPath(file), temp.filePath(QStringLiteral("v.session")))
                                           : alteredCopy(temp, file, sql.toUtf8().constData());
        const auto before = folderFingerprint(temp.path());
        auto decoded = openPath(path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(folderFingerprint(temp.path()), before); // detection wrote nothing
        QCOMPARE(formatId(decoded->format), formatId(Format(format)));
        if (!layout.isEmpty()) {
            QCOMPARE(decoded->layout, layout);
        } else {
            // Telethon: the family's reader refuses it, naming the rule.
            auto asPyrogram = pyrogramsqlite::read(path);
            QVERIFY(!asPyrogram.ok());
            QVERIFY2(asPyrogram.error().message.contains(u"Telethon"), qPrintable(asPyrogram.error().message));
        }
    }

    void decodesToExpected_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonObject &v : familyDatabases())
            QTest::newRow(qPrintable(v[u"name"].toString())) << v;
        QVERIFY(familyDatabases().size() >= 12);
    }
    void decodesToExpected()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject expected = vector[u"expected"].toObject();
        QTemporaryDir temp;
        const QString copy =
            copyVector(vectorPath(vector[u"file"].toString()), temp.filePath(QStringLiteral("v.session")));
        const auto before = folderFingerprint(temp.path());
        auto decoded = openPath(copy);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(folderFingerprint(temp.path()), before);
        // hydrogram-sqlite is an alias of pyrogram-sqlite.
        QCOMPARE(decoded->format, *formatFromId(vector[u"format"].toString()));
        QCOMPARE(decoded->version, expected[u"version"].toInt());
        const Session &s = decoded->session();
        const bool hasAddress = decoded->format == Format::KurigramSqlite;
        const QString diff =
            jsonDiff(pick(expected, {QStringLiteral("dc_id"), QStringLiteral("ip"), QStringLiteral("port"),
                                     QStringLiteral("ipv6"), QStringLiteral("auth_key"), QStringLiteral("user_id"),
                                     QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")}),
                     summaryOf(s, hasAddress));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Peers: every row read, as the fork's own input peer says.
        const QJsonArray peers = expected[u"peers"].toArray();
        QCOMPARE(qsizetype(s.peers.size()), peers.size());
        const QJsonObject inputPeers = expected[u"input_peers"].toObject();
        for (const CachedPeer &p : s.peers) {
            const std::int64_t marked = markedPeerId(p);
            const QJsonObject input = inputPeers[QString::number(marked)].toObject();
            if (input.isEmpty())
                continue; // the source files of upgrades have no input peers
            const QString kind = input[u"_"].toString();
            QCOMPARE(kind == u"InputPeerChannel", p.isChannel);
            QCOMPARE(kind == u"InputPeerChat", p.isChat);
            if (kind != u"InputPeerChat")
                QCOMPARE(p.accessHash, input[u"access_hash"].toInteger());
        }
        // Kinds by type text, none dropped.
        for (const QJsonValue &value : peers) {
            const QJsonObject row = value.toObject();
            const std::int64_t id = row[u"id"].toInteger();
            const QString type = row[u"type"].toString();
            const auto found = std::find_if(s.peers.begin(), s.peers.end(),
                                            [&](const CachedPeer &p) { return markedPeerId(p) == id; });
            QVERIFY(found != s.peers.end());
            if (type == u"channel")
                QCOMPARE(found->channelKind, ChannelKind::Broadcast);
            if (type == u"supergroup" || type == u"forum" || type == u"direct")
                QCOMPARE(found->channelKind, ChannelKind::Megagroup);
            QCOMPARE(found->isCommunity, type == u"community");
            const ForeignPeerDetails d = detailsOf(s, id);
            QCOMPARE(d.isBot, type == u"bot");
            QCOMPARE(d.phone ? QJsonValue(*d.phone) : QJsonValue(), row[u"phone_number"]);
            if (row.contains(u"last_update_on")) // the upgrades' sources list fewer columns
                QCOMPARE(d.date ? QJsonValue(qint64(*d.date)) : QJsonValue(), row[u"last_update_on"]);
        }

        // Usernames: the usernames table where the layout has one, never the
        // stale peers.username an upgrade leaves (Kurigram, PyroTGFork).
        std::map<std::int64_t, QStringList> usernames;
        const bool perPeer = decoded->format == Format::KurigramSqlite || decoded->format == Format::PyrotgforkSqlite;
        if (!perPeer)
            for (const QJsonValue &value : peers)
                if (!value[u"username"].isNull())
                    usernames[value[u"id"].toInteger()] << value[u"username"].toString();
        for (const QJsonValue &value : expected[u"usernames"].toArray()) {
            const QJsonObject row = value.toObject();
            const std::int64_t peer = perPeer ? row[u"id"].toInteger() : row[u"peer_id"].toInteger();
            const QString name = perPeer ? row[u"username"].toString() : row[u"id"].toString();
            if (!usernames[peer].contains(name))
                usernames[peer] << name;
        }
        for (const ForeignPeerDetails &d : s.foreign.peers) {
            QStringList actual;
            if (d.username)
                actual << *d.username << d.otherUsernames;
            QCOMPARE(actual, usernames[d.markedId]);
        }

        // update_state: row 0 -> counters, channel rows -> channel pts.
        QJsonArray states = expected[u"update_states"].toArray();
        int channels = 0;
        for (const QJsonValue &value : states) {
            const QJsonArray row = value.toArray();
            const std::int64_t id = row[0].toInteger();
            if (id == 0) {
                QCOMPARE(s.updates.pts, row[1].toInt());
                QCOMPARE(s.updates.qts, row[2].toInt());
                QCOMPARE(s.updates.date, row[3].toInt());
                QCOMPARE(s.updates.seq, row[4].toInt());
                continue;
            }
            ++channels;
            const std::int64_t bare = unmarkPeerId(id).id;
            const auto found = std::find_if(s.updates.channels.begin(), s.updates.channels.end(),
                                            [&](const ChannelPts &c) { return c.channelId == bare; });
            QVERIFY(found != s.updates.channels.end());
            QCOMPARE(found->pts, row[1].toInt());
        }
        QCOMPARE(int(s.updates.channels.size()), channels);
    }

    // Read -> write the same layout -> the fork's DDL byte for byte, its
    // version and journal mode, and the same session read back.
    void writerRoundTrip_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonObject &v : familyDatabases())
            if (v[u"expected"].toObject().contains(u"sessions")) // the written forks, not the upgrade sources
                QTest::newRow(qPrintable(v[u"name"].toString())) << v;
    }
    void writerRoundTrip()
    {
        QFETCH(QJsonObject, vector);
        const QString file = vectorPath(vector[u"file"].toString());
        auto decoded = pyrogramsqlite::read(file);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        const auto layout = pyrogramsqlite::layoutOf(decoded->format);
        QVERIFY(layout);
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("out.session"));
        const Status written = pyrogramsqlite::write(decoded->session(), out, *layout);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(!QFileInfo(out).permissions().testFlag(QFile::ReadOther));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("-wal")));
        auto reread = pyrogramsqlite::read(out);
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().message));
        QCOMPARE(reread->format, decoded->format);
        QVERIFY(reread->session() == decoded->session());

        // What we create is what the fork creates (an upgraded file has
        // another column order: a new file of the fork is the reference).
        if (!vector[u"name"].toString().contains(u"migrated")) {
            const QString diff = jsonDiff(vector[u"sqlite_schema"], schemaObject(out));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(
            dump(out, QStringLiteral("SELECT number FROM version")),
            QStringList{
                QStringLiteral("qlonglong:%1|null|null|null|null|null").arg(vector[u"expected"][u"version"].toInt())});
        // pyrogram-sqlite is written as upstream Pyrogram leaves it (rollback);
        // Hydrogram switches any file it opens to WAL itself (§2).
        const bool hydrogram = vector[u"format"].toString() == u"hydrogram-sqlite";
        QCOMPARE(headerSaysWal(out), vector[u"sqlite_header"][u"wal"].toBool() && !hydrogram);
        QCOMPARE(dump(out, QStringLiteral("PRAGMA user_version")), dump(file, QStringLiteral("PRAGMA user_version")));
        QCOMPARE(dump(out, QStringLiteral("PRAGMA page_size")), dump(file, QStringLiteral("PRAGMA page_size")));
        QCOMPARE(
            dump(out,
                 QStringLiteral("SELECT id, access_hash, type, phone_number, last_update_on FROM peers ORDER BY id")),
            dump(file,
                 QStringLiteral("SELECT id, access_hash, type, phone_number, last_update_on FROM peers ORDER BY id")));
        if (*layout != pyrogramsqlite::Layout::Pyrogram3) {
            QCOMPARE(dump(out, QStringLiteral("SELECT * FROM update_state ORDER BY id")),
                     dump(file, QStringLiteral("SELECT * FROM update_state ORDER BY id")));
        }
        const QString usernames = *layout == pyrogramsqlite::Layout::Pyrofork4
                                      ? QStringLiteral("SELECT id, peer_id, last_update_on FROM usernames ORDER BY id")
                                      : QStringLiteral("SELECT id, username FROM usernames ORDER BY id, rowid");
        if (*layout != pyrogramsqlite::Layout::Pyrogram3 && !vector[u"name"].toString().contains(u"pyrofork_migrated"))
            QCOMPARE(dump(out, usernames), dump(file, usernames));
        if (*layout == pyrogramsqlite::Layout::Kurigram7)
            QCOMPARE(dump(out, QStringLiteral("SELECT server_address, port FROM sessions")),
                     dump(file, QStringLiteral("SELECT server_address, port FROM sessions")));
    }

    // Kurigram's test table has DCs 1-3 (§4): a test DC 4/5 target is refused, saying why.
    void kurigramRefusesTestDc45_data()
    {
        QTest::addColumn<int>("dc");
        QTest::addColumn<bool>("refused");
        QTest::newRow("test dc 3") << 3 << false;
        QTest::newRow("test dc 4") << 4 << true;
        QTest::newRow("test dc 5") << 5 << true;
    }
    void kurigramRefusesTestDc45()
    {
        QFETCH(int, dc);
        QFETCH(bool, refused);
        auto decoded =
            pyrogramsqlite::read(vectorPath(QStringLiteral("pyrogram/pyrogram_sqlite_bot_test_dc1.session")));
        QVERIFY(decoded.ok());
        Session s = decoded->session();
        s.homeDcId = dc;
        s.dcs.front().dcId = dc;
        s.dcs.front().addr.clear(); // as Pyrogram's test DC 4/5 read back: no known address
        ConvertTarget target;
        target.format = Format::KurigramSqlite;
        const Status status = preflight(s, target);
        QCOMPARE(!status.ok(), refused);
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("k.session"));
        const Status written = writeTo(s, target, out, false);
        QCOMPARE(!written.ok(), refused);
        QCOMPARE(QFileInfo::exists(out), !refused);
        if (refused)
            QVERIFY2(written.error().message.contains(u"test DCs 1 to 3"), qPrintable(written.error().message));
    }

    // Converting between the family's layouts names what the target cannot hold.
    void lossesBothWays()
    {
        auto kurigram = pyrogramsqlite::read(vectorPath(QStringLiteral("kurigram/kurigram_sqlite_user_dc1.session")));
        QVERIFY(kurigram.ok());
        ConvertTarget target;
        target.format = Format::PyrogramSqlite;
        const LossReport toPyrogram = lossReport(kurigram->session(), target);
        QVERIFY(toPyrogram.has(LossKind::Counters));     // no update_state
        QVERIFY(toPyrogram.has(LossKind::ChannelPts));   // nor channel rows
        QVERIFY(toPyrogram.has(LossKind::Peers));        // one username per peer
        QVERIFY(toPyrogram.has(LossKind::ChannelKinds)); // forum, direct
        QVERIFY(toPyrogram.has(LossKind::Communities));
        target.format = Format::PyrotgforkSqlite;
        const LossReport toTg = lossReport(kurigram->session(), target);
        QVERIFY(!toTg.has(LossKind::Counters));
        QVERIFY(!toTg.has(LossKind::Peers));
        QVERIFY(toTg.has(LossKind::ChannelKinds));
        target.format = Format::KurigramSqlite;
        const LossReport same = lossReport(kurigram->session(), target);
        QVERIFY2(!same.has(LossKind::Communities) && !same.has(LossKind::ChannelKinds) && !same.has(LossKind::Counters),
                 qPrintable(same.losses.join(u'\n')));

        // The other way: Pyrogram 3 -> Kurigram keeps everything it has.
        auto pyrogram = pyrogramsqlite::read(vectorPath(QStringLiteral("pyrogram/pyrogram_sqlite_user_dc2.session")));
        QVERIFY(pyrogram.ok());
        const LossReport up = lossReport(pyrogram->session(), target);
        QVERIFY2(up.lossless(), qPrintable(up.losses.join(u'\n')));
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("k.session"));
        QVERIFY(writeTo(pyrogram->session(), target, out, false).ok());
        auto back = openPath(out);
        QVERIFY(back.ok());
        QCOMPARE(back->format, Format::KurigramSqlite);
        QCOMPARE(back->session().dcs.front().addr, QStringLiteral("149.154.167.51:443"));
        QCOMPARE(detailsOf(back->session(), 5123456789).username, std::optional<QString>(QStringLiteral("alice_ex")));
    }

    // A scan names every fork with its layout and writes nothing (the forks
    // upgrade, VACUUM and switch journal modes on open; we must not).
    void scanWritesNothing()
    {
        QTemporaryDir temp;
        for (const char *file :
             {"kurigram/kurigram_sqlite_user_dc1.session", "pyrotgfork/pyrotgfork_sqlite_user_dc5.session",
              "pyrofork/pyrofork_migrated_from_pyrogram_v3_dc2.session", "hydrogram/hydrogram_sqlite_user_dc2.session"})
            copyVector(vectorPath(QLatin1String(file)), temp.filePath(QFileInfo(QLatin1String(file)).fileName()));
        const auto before = folderFingerprint(temp.path());
        const ScanResult result = scanFolder(temp.path());
        QCOMPARE(folderFingerprint(temp.path()), before);
        QMap<QString, QString> layouts;
        for (const ScanEntry &e : result.sessions)
            layouts[QFileInfo(e.path).fileName()] = formatId(e.format) + u' ' + e.layout;
        QCOMPARE(layouts.value(QStringLiteral("kurigram_sqlite_user_dc1.session")),
                 QStringLiteral("kurigram-sqlite Kurigram 7"));
        QCOMPARE(layouts.value(QStringLiteral("pyrotgfork_sqlite_user_dc5.session")),
                 QStringLiteral("pyrotgfork-sqlite PyroTGFork 6 / older Kurigram"));
        QCOMPARE(layouts.value(QStringLiteral("pyrofork_migrated_from_pyrogram_v3_dc2.session")),
                 QStringLiteral("pyrofork-sqlite Pyrofork 4"));
        QCOMPARE(layouts.value(QStringLiteral("hydrogram_sqlite_user_dc2.session")),
                 QStringLiteral("pyrogram-sqlite Pyrogram 3 / Hydrogram"));
    }

    // PyroTGFork while its client runs: committed rows in -wal. We read them
    // without a byte of the db, -wal or -shm changing; delete and restrict
    // take the companions along.
    void liveWalFile()
    {
        QTemporaryDir temp;
        const QString path = copyVector(vectorPath(QStringLiteral("pyrotgfork/pyrotgfork_sqlite_user_dc5.session")),
                                        temp.filePath(QStringLiteral("live.session")));
        sqlite3 *client = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &client), SQLITE_OK);
        QCOMPARE(sqlite3_exec(client, "PRAGMA wal_autocheckpoint = 0; UPDATE update_state SET pts = 5555 WHERE id = 0;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QFile::setPermissions(path + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const auto before = folderFingerprint(temp.path());
        auto decoded = openPath(path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->session().updates.pts, 5555); // the committed row in -wal
        QCOMPARE(folderFingerprint(temp.path()), before);

        auto restricted = restrictPermissions(path);
        QVERIFY2(restricted.ok(), qPrintable(restricted.ok() ? QString() : restricted.error().message));
        QVERIFY(!readableByOthers(path + QStringLiteral("-wal")));
        sqlite3_close(client); // the client quits; its -wal is checkpointed away
        QVERIFY(headerSaysWal(path));
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &client), SQLITE_OK);
        QCOMPARE(sqlite3_exec(client,
                              "PRAGMA wal_autocheckpoint = 0; UPDATE peers SET access_hash = 1 WHERE id = 5123456789;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        auto removed = deleteSession(path, DeleteMode::Permanent);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        sqlite3_close(client);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }

    void hydrogramAlias()
    {
        QCOMPARE(formatFromId(u"hydrogram-sqlite"), std::optional<Format>(Format::PyrogramSqlite));
        QCOMPARE(formatId(Format::PyrogramSqlite), QStringLiteral("pyrogram-sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestPyrogramForks)
#include "tst_pyrogramforks.moc"
