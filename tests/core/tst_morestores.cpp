// grammers (TL file and SQLite), gotd JSON and tdl's bbolt store (issue 16):
// every manifest vector (manifest.more-stores.json, written by the real
// libraries) decodes by content to its `expected`; opening changes nothing;
// same-format round trips keep everything and, for grammers' TL file, give
// back the library's own bytes; limits and damage are refused with a reason.
#include "foreignfixtures.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/gotd/gotdjson.h"
#include "formats/grammers/grammerssqlite.h"
#include "formats/grammers/grammerstl.h"
#include "formats/tdl/bbolt.h"
#include "inspect/foreignjson.h"
#include "model/markedid.h"
#include "open/opener.h"
#include "open/scan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using namespace fero::test;

namespace {

QJsonObject manifest()
{
    return QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("vectors/foreign/manifest.more-stores.json"))))
        .object();
}

QString vectorPath(const QJsonObject &v)
{
    return dataPath(QStringLiteral("vectors/foreign/") + v[u"file"].toString());
}

// Every file in a folder with its bytes: what opening must leave as it was.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    return folderFingerprint(dir);
}

const DcEntry *entryOf(const Session &s, int dcId, bool ipv6)
{
    for (const DcEntry &e : s.dcs)
        if (e.dcId == dcId && e.isIpv6() == ipv6)
            return &e;
    return nullptr;
}

QString hexKey(const DcEntry *e)
{
    return e && e->authKey ? QString::fromLatin1(e->authKey->toHex()) : QString();
}

QJsonArray peersJson(const Session &s)
{
    QJsonArray out;
    for (const CachedPeer &p : s.peers) {
        QJsonObject o;
        o[u"id"] = qint64(p.id);
        if (p.isChat) {
            o[u"kind"] = QStringLiteral("chat");
        } else if (p.isChannel) {
            o[u"kind"] = QStringLiteral("channel");
            o[u"hash"] = p.accessHash ? QJsonValue(qint64(p.accessHash)) : QJsonValue();
            const char *kinds[] = {"broadcast", "megagroup", "gigagroup"};
            o[u"channel_kind"] = p.channelKind == ChannelKind::None
                                     ? QJsonValue()
                                     : QJsonValue(QLatin1String(kinds[int(p.channelKind)]));
        } else {
            o[u"kind"] = QStringLiteral("user");
            o[u"hash"] = p.accessHash ? QJsonValue(qint64(p.accessHash)) : QJsonValue();
            const std::int64_t marked = markedPeerId(p);
            QJsonValue bot, self;
            for (const ForeignPeerDetails &d : s.foreign.peers)
                if (d.markedId == marked) {
                    const bool isSelf = s.account.userId == p.id;
                    bot = d.isBot;
                    self = isSelf;
                }
            o[u"bot"] = bot;
            o[u"is_self"] = self;
        }
        out.append(o);
    }
    return out;
}

// Peers of the manifest, ordered as grammers' table keeps them (by marked id).
QJsonArray expectedPeers(const QJsonArray &peers)
{
    QList<QPair<qint64, QJsonObject>> rows;
    for (const QJsonValue &v : peers) {
        const QJsonObject p = v.toObject();
        const qint64 id = p[u"id"].toInteger();
        const QString kind = p[u"kind"].toString();
        const qint64 marked = kind == u"chat" ? -id : kind == u"channel" ? -(kChannelMarkOffset + id) : id;
        rows.append({marked, p});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &r : rows)
        out.append(r.second);
    return out;
}

void addVectorRows(const QStringList &formats)
{
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &v : manifest()[u"vectors"].toArray())
        if (formats.contains(v[u"format"].toString()))
            QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
}

} // namespace

class TestMoreStores : public QObject {
    Q_OBJECT

private slots:
    void grammersVectors_data()
    {
        addVectorRows({QStringLiteral("grammers-session"), QStringLiteral("grammers-sqlite")});
    }
    void grammersVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject expected = vector[u"expected"].toObject();
        QTemporaryDir dir;
        const QString path = copyVector(vectorPath(vector), dir.filePath(QStringLiteral("s")));
        const auto before = snapshot(dir.path());
        const Result<DecodedSession> decoded = openPath(path);
        QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(formatId(decoded->format), vector[u"format"].toString());
        QVERIFY(!decoded->explanation.isEmpty()); // detection says why
        QCOMPARE(snapshot(dir.path()), before);   // opening changed nothing, left nothing

        const Session &s = decoded->session();
        const QStringList core{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                               QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                               QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};
        QCOMPARE(summaryOf(s, true), pick(expected, core));

        // Every DC the store holds: its IPv4 socket and key (IPv6 when real).
        for (const QJsonValue &option : expected[u"dc_options"].toArray()) {
            const int id = option[u"dc_id"].toInt();
            const DcEntry *v4 = entryOf(s, id, false);
            if (!v4)
                continue; // a built-in DC grammers adds on load, not in the store
            QCOMPARE(v4->addr, option[u"ipv4"].toString());
            QCOMPARE(hexKey(v4), option[u"auth_key"].toString());
            const DcEntry *v6 = entryOf(s, id, true);
            const QString ipv6 = option[u"ipv6"].toString();
            QCOMPARE(v6 ? v6->addr : QString(), ipv6.startsWith(u"[::") ? QString() : ipv6);
        }
        const QJsonObject state = expected[u"updates_state"].toObject();
        QCOMPARE(s.updates.pts, state[u"pts"].toInt());
        QCOMPARE(s.updates.qts, state[u"qts"].toInt());
        QCOMPARE(s.updates.date, state[u"date"].toInt());
        QCOMPARE(s.updates.seq, state[u"seq"].toInt());
        QJsonArray channels;
        for (const ChannelPts &c : s.updates.channels)
            channels.append(QJsonObject{{QStringLiteral("id"), qint64(c.channelId)}, {QStringLiteral("pts"), c.pts}});
        QJsonArray expectedChannels = state[u"channels"].toArray();
        if (decoded->format == Format::GrammersSqlite) { // the table keeps them by id
            QList<QJsonValue> sorted(expectedChannels.begin(), expectedChannels.end());
            std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
                return a[u"id"].toInteger() < b[u"id"].toInteger();
            });
            expectedChannels = QJsonArray();
            for (const QJsonValue &c : sorted)
                expectedChannels.append(c);
        }
        QCOMPARE(channels, expectedChannels);
        if (expected.contains(u"peers"))
            QCOMPARE(peersJson(s), expectedPeers(expected[u"peers"].toArray()));
    }

    // Same format back: the session reads back equal; the TL file byte for
    // byte as grammers 0.8 wrote it.
    void grammersRoundTrip_data()
    {
        addVectorRows({QStringLiteral("grammers-session"), QStringLiteral("grammers-sqlite")});
    }
    void grammersRoundTrip()
    {
        QFETCH(QJsonObject, vector);
        const Result<DecodedSession> decoded = openPath(vectorPath(vector));
        QVERIFY(decoded.ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.session"));
        ConvertTarget target;
        target.format = decoded->format;
        QVERIFY(lossReport(decoded->session(), target).lossless());
        const Status written = writeTo(decoded->session(), target, out, false);
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
        QCOMPARE(int(QFile::permissions(out) & 0x0077), 0); // nobody but the owner
        if (decoded->format == Format::GrammersSession)
            QCOMPARE(readFile(out).toHex(), readFile(vectorPath(vector)).toHex());
        const Result<DecodedSession> back = openPath(out);
        QVERIFY(back.ok());
        QCOMPARE(back->format, decoded->format);
        QVERIFY(back->session() == decoded->session());
    }

    // grammers 0.7 files (the manifest's probes, which 0.8 misreads or
    // panics on): each entry is decoded in its writer's layout.
    void grammersOldLayout()
    {
        const QJsonArray probes = manifest()[u"probes"].toArray();
        QCOMPARE(probes.size(), 2);
        const QByteArray ipv4Only = QByteArray::fromHex(probes[0][u"input_handmade_hex"].toString().toLatin1());
        const Result<DecodedSession> v4 = grammerstl::read(ipv4Only);
        QVERIFY(v4.ok());
        QCOMPARE(v4->version, 7);
        QCOMPARE(v4->session().homeDcId, 4);
        QCOMPARE(v4->session().dcs.front().addr, QStringLiteral("149.154.167.92:443")); // 0.8 says 92.167.154.149
        QCOMPARE(probes[0][u"result"][u"ip"].toString(), QStringLiteral("92.167.154.149"));
        QVERIFY(v4->warnings.join(u' ').contains(u"0.7"));

        const QByteArray ipv6Only = QByteArray::fromHex(probes[1][u"input_handmade_hex"].toString().toLatin1());
        const Result<DecodedSession> v6 = grammerstl::read(ipv6Only);
        QVERIFY(v6.ok()); // grammers 0.8 panics on it
        QVERIFY(probes[1][u"result"][u"error"].toString().contains(u"panic"));
        const DcEntry *entry = entryOf(v6->session(), 2, true);
        QVERIFY(entry);
        QCOMPARE(entry->addr, QStringLiteral("[2001:67c:4e8:f002::a]:443"));
        // The 0.8 layout needs an IPv4 address in every DC: never invented.
        const Result<QByteArray> written = grammerstl::write(v6->session());
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(u"IPv4"));
    }

    void grammersTlDamage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray good =
            readFile(dataPath(QStringLiteral("vectors/foreign/grammers/grammers_tl_user_dc4.session")));
        QTest::newRow("cut in the key") << good.left(300) << QStringLiteral("cut short");
        QTest::newRow("cut in the user") << good.left(good.size() - 80) << QStringLiteral("cut short");
        QByteArray unknown = good;
        unknown[16] = char(0x11);
        QTest::newRow("unknown DC constructor") << unknown << QStringLiteral("Unknown constructor");
        QByteArray count = good;
        count[12] = char(0x7f);
        count[15] = char(0x7f);
        QTest::newRow("absurd DC count") << count << QStringLiteral("does not fit");
    }
    void grammersTlDamage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Result<DecodedSession> decoded = grammerstl::read(bytes);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.contains(says), qPrintable(decoded.error().message));
    }

    void gotdVectors_data() { addVectorRows({QStringLiteral("gotd-json")}); }
    void gotdVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject expected = vector[u"expected"].toObject();
        QTemporaryDir dir;
        const QString path = copyVector(vectorPath(vector), dir.filePath(QStringLiteral("session.json")));
        const auto before = snapshot(dir.path());
        const Result<DecodedSession> decoded = openPath(path);
        QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->format, Format::GotdJson);
        QVERIFY(!decoded->explanation.isEmpty());
        QCOMPARE(snapshot(dir.path()), before);
        QVERIFY(decoded->warnings.isEmpty()); // AuthKeyID matches (auth_key_id_valid)
        QVERIFY(expected[u"auth_key_id_valid"].toBool());
        const Session &s = decoded->session();
        const QStringList core{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                               QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                               QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};
        QCOMPARE(summaryOf(s, true), pick(expected, core));
        const QJsonObject data = expected[u"data"].toObject();
        QCOMPARE(s.dcs.front().firstSalt, data[u"Salt"].toInteger()); // exact 64-bit
        // The Config block kept as gotd wrote it (the manifest shows Secret as hex).
        const QJsonObject config = QJsonDocument::fromJson(s.foreign.gotdConfig).object();
        QCOMPARE(config[u"ThisDC"], data[u"Config"][u"ThisDC"]);
        QCOMPARE(config[u"DCOptions"].toArray().size(), data[u"Config"][u"DCOptions"].toArray().size());

        // Pasted, the same text reads as the same session.
        const Result<DecodedSession> pasted = openText(QString::fromUtf8(readFile(path)));
        QVERIFY2(pasted.ok(), pasted ? "" : qPrintable(pasted.error().message));
        QCOMPARE(pasted->format, Format::GotdJson);
        QVERIFY(pasted->session() == s);

        // gotd -> gotd gives gotd's own bytes back, Config included.
        ConvertTarget target;
        target.format = Format::GotdJson;
        QVERIFY(lossReport(s, target).lossless());
        const Result<QByteArray> written = encode(s, target);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), readFile(path));
    }

    void gotdRefusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QByteArray good = readFile(dataPath(QStringLiteral("vectors/foreign/gotd/gotd_test_dc1_addr.json")));
        QTest::newRow("version 2") << QByteArray(good).replace("{\"Version\":1", "{\"Version\":2")
                                   << QStringLiteral("version 2");
        QTest::newRow("short key") << QByteArray(good).replace("\"AuthKey\":\"", "\"AuthKey\":\"AAAA")
                                   << QStringLiteral("bytes");
        QTest::newRow("no data") << QByteArray("{\"Version\":1}") << QStringLiteral("Data");
        QTest::newRow("cut") << good.left(good.size() / 2) << QStringLiteral("Not gotd session JSON");
    }
    void gotdRefusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        const Result<DecodedSession> decoded = gotdjson::readUtf8(text);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.contains(says), qPrintable(decoded.error().message));
    }

    void gotdWrongKeyIdWarns()
    {
        QByteArray text = readFile(dataPath(QStringLiteral("vectors/foreign/gotd/gotd_test_dc1_addr.json")));
        const int at = text.indexOf("\"AuthKeyID\":\"") + 13;
        text[at] = text[at] == 'A' ? 'B' : 'A';
        const Result<DecodedSession> decoded = gotdjson::readUtf8(text);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->warnings.join(u' ').contains(u"corrupted key"));
    }

    // gotd's client leaves Addr empty: a target that needs an address is
    // refused, never given one.
    void gotdWithoutAddressIsNotInvented()
    {
        const Result<DecodedSession> decoded =
            openPath(dataPath(QStringLiteral("vectors/foreign/gotd/gotd_user_dc2_config.json")));
        QVERIFY(decoded.ok());
        ConvertTarget target;
        target.format = Format::TelethonString;
        const Result<QByteArray> written = encode(decoded->session(), target);
        QVERIFY(!written.ok());
        // And a grammers target has no address to write for DC 2 either.
        target.format = Format::GrammersSession;
        QVERIFY(!encode(decoded->session(), target).ok());
        // With an address it converts, and back to gotd keeps key, DC and salt.
        const Result<DecodedSession> withAddr =
            openPath(dataPath(QStringLiteral("vectors/foreign/gotd/gotd_test_dc1_addr.json")));
        QVERIFY(withAddr.ok());
        const Result<QByteArray> telethon = encode(withAddr->session(), ConvertTarget{Format::TelethonString});
        QVERIFY2(telethon.ok(), telethon ? "" : qPrintable(telethon.error().message));
    }

    void tdlVectors_data() { addVectorRows({QStringLiteral("tdl-bolt")}); }
    void tdlVectors()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject expected = vector[u"expected"].toObject();
        QTemporaryDir dir;
        const QString path = copyVector(vectorPath(vector), dir.filePath(QStringLiteral("data.kv")));
        const auto before = snapshot(dir.path());
        const Result<DecodedSession> decoded = openPath(path);
        QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->format, Format::TdlBolt);
        QVERIFY(!decoded->explanation.isEmpty());
        QCOMPARE(snapshot(dir.path()), before); // no lock file, no change
        const QStringList core{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                               QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                               QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};
        const QJsonArray namespaces = expected[u"namespaces"].toArray();
        QCOMPARE(decoded->sessions.size(), std::size_t(namespaces.size()));
        QCOMPARE(decoded->accountLabels.size(), decoded->sessions.size());
        bool firstLoggedIn = true;
        for (qsizetype i = 0; i < namespaces.size(); ++i) {
            const QJsonObject ns = namespaces[i].toObject();
            const auto &label = decoded->accountLabels[std::size_t(i)];
            QCOMPARE(label.nativeId, ns[u"name"].toString());
            const Session &s = decoded->sessions[std::size_t(i)];
            if (ns[u"session"].isNull()) {
                QVERIFY(s.dcs.empty());
                QVERIFY(label.note.contains(u"logged out"));
                continue;
            }
            QVERIFY(label.note.isEmpty());
            const QJsonObject session = ns[u"session"].toObject();
            QCOMPARE(summaryOf(s, true), pick(session, core));
            QCOMPARE(s.dcs.front().firstSalt, session[u"data"][u"Salt"].toInteger());
            if (firstLoggedIn) // the manifest's core fields: the first namespace that decodes
                QCOMPARE(summaryOf(s, true), pick(expected, core));
            firstLoggedIn = false;
        }
        // inspect --json lists every namespace with its name as native id.
        ForeignJsonOptions options;
        const QJsonObject json = QJsonDocument::fromJson(toForeignJson(*decoded, options)).object();
        const QJsonArray accounts = json[u"accounts"].toArray();
        QCOMPARE(accounts.size(), namespaces.size());
        for (qsizetype i = 0; i < accounts.size(); ++i)
            QCOMPARE(accounts[i][u"native_id"].toString(), namespaces[i][u"name"].toString());
        if (expected[u"dc_id"].isNull())
            QVERIFY(json[u"dc_id"].isNull());
    }

    void bboltDamage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray good = readFile(dataPath(QStringLiteral("vectors/foreign/gotd/tdl_three_namespaces.kv")));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("meta page");
        QTest::newRow("one page") << good.left(4096) << QStringLiteral("cut short");
        QByteArray loop = good;
        for (int page = 0; page < 2; ++page) { // both metas point their root at a meta page
            QByteArray meta = loop.mid(page * 4096 + 16, 56);
            meta.replace(16, 8, QByteArray("\x01\0\0\0\0\0\0\0", 8));
            std::uint64_t h = 0xcbf29ce484222325ULL;
            for (char c : meta)
                h = (h ^ quint8(c)) * 0x100000001b3ULL;
            loop.replace(page * 4096 + 16, 56, meta);
            loop.replace(page * 4096 + 16 + 56, 8, QByteArray(reinterpret_cast<const char *>(&h), 8));
        }
        QTest::newRow("root on a meta page") << loop << QStringLiteral("outside the file");
        QByteArray elements = good;
        for (int page = 2; page < 8; ++page)
            elements[page * 4096 + 11] = char(0x7f); // element counts no page can hold
        QTest::newRow("element count") << elements << QStringLiteral("do not fit");
    }
    void bboltDamage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const auto db = bbolt::read(bytes);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
    }

    // scan: one entry per store, one per tdl namespace (named, logged-out
    // ones with a note), every new format found by content.
    void scanFindsEveryStore()
    {
        QTemporaryDir dir;
        for (const QString &f :
             {QStringLiteral("grammers/grammers_tl_user_dc4.session"),
              QStringLiteral("grammers/grammers_sqlite_user_dc3.sqlite"),
              QStringLiteral("gotd/gotd_user_dc2_config.json"), QStringLiteral("gotd/tdl_three_namespaces.kv")})
            copyVector(dataPath(QStringLiteral("vectors/foreign/") + f), dir.filePath(f.section(u'/', 1)));
        const ScanResult scan = scanFolder(dir.path());
        QVERIFY(scan.errors.empty());
        QStringList found;
        for (const ScanEntry &e : scan.sessions)
            found << QStringLiteral("%1 %2 %3 %4")
                         .arg(formatId(e.format))
                         .arg(e.account)
                         .arg(e.nativeId, e.note.isEmpty() ? QStringLiteral("-") : QStringLiteral("note"));
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("gotd-json -1  -"), QStringLiteral("grammers-session -1  -"),
                                     QStringLiteral("grammers-sqlite -1  -"), QStringLiteral("tdl-bolt 0 default -"),
                                     QStringLiteral("tdl-bolt 1 empty note"), QStringLiteral("tdl-bolt 2 work -")}));
    }

    // Another library's database into grammers' and back: what the loss
    // report does not name survives.
    void telethonToGrammersSqlite()
    {
        const Result<DecodedSession> source =
            openPath(dataPath(QStringLiteral("vectors/foreign/telethon/telethon_sqlite_full.session")));
        QVERIFY(source.ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("g.session"));
        ConvertTarget target;
        target.format = Format::GrammersSqlite;
        const LossReport report = lossReport(source->session(), target);
        QVERIFY(writeTo(source->session(), target, out, false).ok());
        const Result<DecodedSession> back = openPath(out);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->format, Format::GrammersSqlite);
        QCOMPARE(back->session().homeDcId, source->session().homeDcId);
        QCOMPARE(hexKey(entryOf(back->session(), back->session().homeDcId, false)),
                 hexKey(entryOf(source->session(), source->session().homeDcId, false)));
        std::size_t dropped = 0;
        for (const LossItem &item : report.items)
            if (item.kind == LossKind::PeerIds)
                dropped += item.count;
        QCOMPARE(back->session().peers.size() + dropped, source->session().peers.size());
    }
};

QTEST_GUILESS_MAIN(TestMoreStores)
#include "tst_morestores.moc"
