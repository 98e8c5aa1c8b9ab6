// Inspect: per-kind counts, byte sizes, home DC choice, health warnings and
// the release compatibility table (ferogram-formats.md §2).
#include "testsupport.h"

#include "formats/ferogram/binary.h"
#include "inspect/inspect.h"
#include "open/opener.h"
#include "synthetic.h"

#include <QFileInfo>
#include <QTest>

#include <functional>

using namespace fero;

namespace {

QString vector(const QString &name)
{
    return test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

DecodedSession openVector(const QString &name)
{
    Result<DecodedSession> decoded = openPath(vector(name));
    if (!decoded)
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(decoded.error().message));
    return std::move(decoded.value());
}

DecodedSession decodedOf(const Session &s, Format format = Format::FerogramBinary, int version = 5)
{
    DecodedSession d;
    d.format = format;
    d.version = version;
    d.sessions.push_back(s);
    return d;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines)
        if (line.contains(needle))
            return true;
    return false;
}

// A healthy session: key on the home DC, initialised state, v5 (every release).
Session healthy()
{
    return makeSyntheticSession({.peers = 50, .minPeers = 5, .channelPts = 3, .dcEntries = 10}, 11);
}

} // namespace

class TestInspect : public QObject {
    Q_OBJECT

private slots:
    void peerKinds_data()
    {
        QTest::addColumn<bool>("channel");
        QTest::addColumn<bool>("chat");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("hash");
        QTest::addColumn<bool>("community");
        QTest::addColumn<int>("expected");
        QTest::newRow("user") << false << false << -1 << qint64(5) << false << int(PeerKind::User);
        QTest::newRow("basic group") << false << true << -1 << qint64(0) << false << int(PeerKind::Chat);
        QTest::newRow("chat wins over channel") << true << true << 1 << qint64(5) << false << int(PeerKind::Chat);
        QTest::newRow("broadcast") << true << false << 0 << qint64(5) << false << int(PeerKind::Broadcast);
        QTest::newRow("megagroup") << true << false << 1 << qint64(5) << false << int(PeerKind::Megagroup);
        QTest::newRow("gigagroup") << true << false << 2 << qint64(5) << false << int(PeerKind::Gigagroup);
        QTest::newRow("channel without kind") << true << false << -1 << qint64(5) << false << int(PeerKind::Channel);
        QTest::newRow("min channel") << true << false << -1 << qint64(0) << false << int(PeerKind::MinChannel);
        QTest::newRow("hash 0 with a kind is no min channel")
            << true << false << 1 << qint64(0) << false << int(PeerKind::Megagroup);
        QTest::newRow("community") << false << false << -1 << qint64(5) << true << int(PeerKind::Community);
        QTest::newRow("community that is a channel")
            << true << false << 1 << qint64(5) << true << int(PeerKind::Community);
    }

    void peerKinds()
    {
        QFETCH(bool, channel);
        QFETCH(bool, chat);
        QFETCH(int, kind);
        QFETCH(qint64, hash);
        QFETCH(bool, community);
        QFETCH(int, expected);
        const CachedPeer peer{1, hash, channel, chat, ChannelKind(kind), community};
        QCOMPARE(int(peerKind(peer)), expected);
        QVERIFY(!peerKindName(peerKind(peer)).isEmpty());
    }

    void statsAddUpAndCountKeys()
    {
        const Session s = makeSyntheticSession({.peers = 300, .minPeers = 50, .channelPts = 40, .dcEntries = 10}, 3);
        const SessionStats st = computeStats(s);
        QCOMPARE(st.users + st.chats + st.broadcasts + st.megagroups + st.gigagroups + st.channelsNoKind
                     + st.minChannels + st.communities,
                 s.peers.size());
        QCOMPARE(st.peers, s.peers.size());
        std::size_t keys = 0, communities = 0, minChannels = 0;
        for (const DcEntry &dc : s.dcs)
            keys += dc.authKey.has_value();
        for (const CachedPeer &p : s.peers) {
            communities += p.isCommunity;
            minChannels +=
                p.isChannel && !p.isChat && !p.isCommunity && p.accessHash == 0 && p.channelKind == ChannelKind::None;
        }
        QCOMPARE(st.authKeys, keys);
        QCOMPARE(st.communities, communities);
        QCOMPARE(st.minChannels, minChannels);
        QCOMPARE(st.minPeers, s.minPeers.size());
        QCOMPARE(st.channelPts, s.updates.channels.size());
        QCOMPARE(st.dcEntries, s.dcs.size());
        QVERIFY(st.communities > 0 && st.minChannels > 0 && st.chats > 0);
    }

    // Upstream's own files: our byte size equals the file's size.
    void byteSizeOfUpstreamFiles_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"fg065-empty.session", "fg065-fresh-login.session", "fg065-typical.session", "fg065-odd-flags.session",
              "fg065-unicode-addr.session", "fg052-typical.session", "fg052-fresh-login.session",
              "fg052-unicode-addr.session", "hand-v5.session", "hand-v7.session"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void byteSizeOfUpstreamFiles()
    {
        QFETCH(QString, file);
        const DecodedSession d = openVector(file);
        QCOMPARE(computeStats(d.session(), d.version).binaryBytes, std::size_t(QFileInfo(vector(file)).size()));
    }

    void homeDcEntryPrefersIpv4WithKey()
    {
        const DecodedSession fresh = openVector(QStringLiteral("fg065-fresh-login.session"));
        const DcEntry *home = homeDcEntry(fresh.session());
        QVERIFY(home);
        QCOMPARE(home->dcId, 2);
        QVERIFY(home->authKey);
        QCOMPARE(home->authKey->idHex(), QStringLiteral("7bd5f2bc4b628607"));

        Session s;
        s.homeDcId = 4;
        DcEntry v6{4, QStringLiteral("[::1]:443"), AuthKey(), 0, 0, DcFlag::Ipv6};
        DcEntry v4NoKey{4, QStringLiteral("1.2.3.4:443"), std::nullopt, 0, 0, 0};
        s.dcs = {v4NoKey, v6};
        QCOMPARE(homeDcEntry(s), &s.dcs[1]); // a key beats the address family
        DcEntry v4Key{4, QStringLiteral("1.2.3.5:443"), AuthKey(), 0, 0, 0};
        s.dcs.push_back(v4Key);
        QCOMPARE(homeDcEntry(s), &s.dcs[2]);
        s.homeDcId = 9;
        QCOMPARE(homeDcEntry(s), nullptr);
    }

    void healthyHasNoWarnings()
    {
        const QStringList warnings = healthWarnings(decodedOf(healthy()));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void warnings_data()
    {
        using Mutate = std::function<void(DecodedSession &)>;
        QTest::addColumn<Mutate>("mutate");
        QTest::addColumn<QString>("needle");
        QTest::newRow("home DC without key") << Mutate([](DecodedSession &d) {
            for (DcEntry &dc : d.session().dcs)
                if (dc.dcId == d.session().homeDcId)
                    dc.authKey.reset();
        }) << QStringLiteral("has no auth key");
        QTest::newRow("home DC missing") << Mutate([](DecodedSession &d) { d.session().homeDcId = 77; })
                                         << QStringLiteral("no entry in the DC table");
        QTest::newRow("duplicate DC") << Mutate([](DecodedSession &d) {
            d.session().dcs.push_back(d.session().dcs.front());
        }) << QStringLiteral("appears 2 times");
        QTest::newRow("peers near the limit") << Mutate([](DecodedSession &d) { d.session().peers.resize(58982); })
                                              << QStringLiteral("close to the binary format's limit of 65535");
        QTest::newRow("peers over the limit") << Mutate([](DecodedSession &d) { d.session().peers.resize(65536); })
                                              << QStringLiteral("more than the 65535");
        QTest::newRow("DC table near the limit")
            << Mutate([](DecodedSession &d) { d.session().dcs.resize(230, d.session().dcs.front()); })
            << QStringLiteral("limit of 255");
        QTest::newRow("long address") << Mutate([](DecodedSession &d) {
            d.session().dcs.front().addr = QString(240, u'a') + QStringLiteral(":443");
        }) << QStringLiteral("holds at most 255");
        QTest::newRow("large min-peer cache")
            << Mutate([](DecodedSession &d) { d.session().minPeers.resize(LargeMinPeerCache + 1); })
            << QStringLiteral("min-peer cache");
        QTest::newRow("uninitialised state")
            << Mutate([](DecodedSession &d) { d.session().updates.pts = 0; }) << QStringLiteral("not initialised");
        QTest::newRow("legacy v1, home DC 1") << Mutate([](DecodedSession &d) {
            d.version = 1;
            d.session().homeDcId = 1;
        }) << QStringLiteral("Legacy v1");
        QTest::newRow("binary v8") << Mutate([](DecodedSession &d) { d.version = 8; })
                                   << QStringLiteral("0.6.5 and newer");
        QTest::newRow("native v7") << Mutate([](DecodedSession &d) {
            d.format = Format::FerogramNative;
            d.version = 7;
        }) << QStringLiteral("0.6.4 and newer");
        QTest::newRow("binary v6") << Mutate([](DecodedSession &d) { d.version = 6; })
                                   << QStringLiteral("0.5.2 and newer");
        QTest::newRow("SQLite communities") << Mutate([](DecodedSession &d) {
            d.format = Format::FerogramSqlite;
            d.version = 8;
            d.session().peers.push_back({5, 6, false, false, ChannelKind::None, true});
        }) << QStringLiteral("community");
        QTest::newRow("SQLite token") << Mutate([](DecodedSession &d) {
            d.format = Format::FerogramSqlite;
            d.version = 7;
            d.session().futureAuthToken = QByteArray("t");
        }) << QStringLiteral("0.6.4 and newer");
    }

    void warnings()
    {
        using Mutate = std::function<void(DecodedSession &)>;
        QFETCH(Mutate, mutate);
        QFETCH(QString, needle);
        Session s = healthy();
        s.futureAuthToken.reset();
        s.peers.erase(std::remove_if(s.peers.begin(), s.peers.end(), [](const CachedPeer &p) { return p.isCommunity; }),
                      s.peers.end());
        DecodedSession d = decodedOf(s);
        QVERIFY(healthWarnings(d).isEmpty());
        mutate(d);
        const QStringList warnings = healthWarnings(d);
        QVERIFY2(anyContains(warnings, needle), qPrintable(warnings.join(u'\n')));
    }

    // pts 0 means "not initialised" only where the format stores update
    // counters; a Telethon string or tdata has none to be initialised.
    void updateStateWarningOnlyWhereStored_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("warns");
        QTest::newRow("binary v8") << int(Format::FerogramBinary) << 8 << true;
        QTest::newRow("native v5") << int(Format::FerogramNative) << 5 << true;
        QTest::newRow("binary v1 (DC table only)") << int(Format::FerogramBinary) << 1 << false;
        QTest::newRow("ferogram SQLite") << int(Format::FerogramSqlite) << 8 << true;
        QTest::newRow("Telethon SQLite v7") << int(Format::TelethonSqlite) << 7 << true;
        QTest::newRow("Telethon SQLite v3 (no update_state)") << int(Format::TelethonSqlite) << 3 << false;
        for (Format f : {Format::FerogramCompactV1, Format::FerogramCompactV2, Format::TelethonString,
                         Format::GramjsString, Format::MtcuteString, Format::PyrogramString, Format::MtkrutoString,
                         Format::PyrogramSqlite, Format::GramjsStore, Format::TdesktopTdata})
            QTest::newRow(qPrintable(formatId(f))) << int(f) << 0 << false;
    }
    void updateStateWarningOnlyWhereStored()
    {
        QFETCH(int, format);
        QFETCH(int, version);
        QFETCH(bool, warns);
        Session s = healthy();
        s.updates = {};
        const QStringList warnings = healthWarnings(decodedOf(s, Format(format), version));
        QVERIFY2(anyContains(warnings, QStringLiteral("not initialised")) == warns, qPrintable(warnings.join(u'\n')));
    }

    void noUpdateStateWarningForForeignVectors_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file :
             {"telethon/telethon_str_dc2_v4.txt", "gramjs/gramjs_str_dc2_v4.txt", "mtcute/mtcute_str_prod_dc2_user.txt",
              "mtcute/mtkruto_dc2.txt", "mtcute/pyrogram_new_dc2_user.txt", "pyrogram/pyrogram_sqlite_user_dc2.session",
              "gramjs/gramjs_store_dc4", "tdata/tdata_single_nopass"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void noUpdateStateWarningForForeignVectors()
    {
        QFETCH(QString, file);
        auto decoded = openPath(test::dataPath(QStringLiteral("vectors/foreign/") + file));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QVERIFY(!decoded->session().updates.initialised()); // these formats have no counters to read
        const QStringList warnings = healthWarnings(*decoded);
        QVERIFY2(!anyContains(warnings, QStringLiteral("not initialised")), qPrintable(warnings.join(u'\n')));
    }

    // What a file written in each format and version opens in (export targets).
    void releasesOfTargets_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("needle");
        QTest::newRow("v8") << int(Format::FerogramBinary) << 8 << "0.6.5";
        QTest::newRow("v7") << int(Format::FerogramBinary) << 7 << "0.6.4";
        QTest::newRow("v6") << int(Format::FerogramBinary) << 6 << "0.5.2";
        QTest::newRow("v5") << int(Format::FerogramBinary) << 5 << "0.3.0";
        QTest::newRow("native v8") << int(Format::FerogramNative) << 8 << "0.6.5";
        QTest::newRow("SQLite E") << int(Format::FerogramSqlite) << 8 << "0.3.0";
    }

    void releasesOfTargets()
    {
        QFETCH(int, format);
        QFETCH(int, version);
        QFETCH(QString, needle);
        QVERIFY(releasesThatRead(Format(format), version).contains(needle));
    }

    // What a source file opens in: its version, and whether upstream reads
    // this very file at all (legacy v1 with a home DC like a version byte,
    // files corrupted by the writer's count overflow).
    void releases_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("needle");
        QTest::newRow("v8") << "fg065-typical.session"
                            << "ferogram 0.6.5 and newer";
        QTest::newRow("v7") << "hand-v7.session"
                            << "ferogram 0.6.4 and newer";
        QTest::newRow("v6") << "fg052-typical.session"
                            << "ferogram 0.5.2 and newer";
        QTest::newRow("v5") << "hand-v5.session"
                            << "every ferogram release (0.3.0 and newer)";
        QTest::newRow("v2") << "hand-v2.session"
                            << "every ferogram release (0.3.0 and newer)";
        QTest::newRow("v1, home DC 1") << "hand-v1-home1.session"
                                       << "every ferogram release (0.3.0 and newer)";
        QTest::newRow("v1, home DC 521") << "hand-v1-home521.session"
                                         << "every ferogram release (0.3.0 and newer)";
        QTest::newRow("native v1") << "native-legacy-v1.native.txt"
                                   << "every ferogram release (0.3.0 and newer)";
        QTest::newRow("native v8") << "fg065-typical.native.txt"
                                   << "ferogram 0.6.5 and newer";
        QTest::newRow("v1, home DC 2") << "hand-v1-home2.session"
                                       << "no ferogram release (every release fails";
        QTest::newRow("overflowed address") << "fg065-overflow-addr300.session"
                                            << "no ferogram release (every release fails";
        QTest::newRow("overflowed DC count") << "fg065-overflow-dc256.session"
                                             << "no ferogram release (every release fails";
        // Upstream reads this one (a shorter token and ignored bytes, as we do).
        QTest::newRow("overflowed token") << "fg065-overflow-token70000.session"
                                          << "ferogram 0.6.5 and newer";
        QTest::newRow("SQLite E") << "fg065-typical.sqlite"
                                  << "sqlite-session feature (0.3.0 and newer)";
        QTest::newRow("compact") << "fg065-full-ipv4.compact-v2.txt"
                                 << "compact strings";
    }

    void releases()
    {
        QFETCH(QString, file);
        QFETCH(QString, needle);
        const DecodedSession d = openVector(file);
        const QString releases = releasesThatCanOpen(d);
        QVERIFY2(releases.contains(needle), qPrintable(releases));
        // The warnings never name a release the line above rules out.
        const QStringList warnings = d.warnings + healthWarnings(d);
        if (needle.startsWith(u"no "))
            QVERIFY2(!anyContains(warnings, QStringLiteral("and newer")), qPrintable(warnings.join(u'\n')));
    }

    // Each fact once: the reader says why upstream cannot read a legacy v1
    // file whose home DC looks like a version byte; inspect does not repeat it.
    void legacyV1MisreadWarnedOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("home DC 2") << "hand-v1-home2.session";
    }

    void legacyV1MisreadWarnedOnce()
    {
        QFETCH(QString, file);
        const DecodedSession d = openVector(file);
        QCOMPARE(d.version, 1);
        const QStringList warnings = d.warnings + healthWarnings(d);
        int legacy = 0;
        for (const QString &w : warnings)
            legacy += w.contains(QStringLiteral("legacy v1"), Qt::CaseInsensitive);
        QVERIFY2(legacy == 1, qPrintable(warnings.join(u'\n')));
        QVERIFY2(anyContains(warnings, QStringLiteral("fails to read it")), qPrintable(warnings.join(u'\n')));
    }

    // The upstream vectors: each readable one gives warnings without crashing,
    // and every v8 file names its release.
    void vectorsWarnings_data()
    {
        QTest::addColumn<QString>("file");
        for (const QJsonObject &v : test::vectorsOfKind(QStringLiteral("ferogram"), QStringLiteral("binary")))
            if (!v[u"expected"].toObject().contains(u"error"))
                QTest::newRow(qPrintable(v[u"file"].toString())) << v[u"file"].toString();
    }

    void vectorsWarnings()
    {
        QFETCH(QString, file);
        Result<DecodedSession> d = openPath(vector(file));
        if (!d) { // files we refuse where upstream is lenient: the binary suite checks why
            QCOMPARE(d.error().kind, ErrorKind::Invalid);
            return;
        }
        const QStringList warnings = healthWarnings(d.value());
        const bool upstreamReads = d->upstream == UpstreamReading::Reads;
        QCOMPARE(anyContains(warnings, QStringLiteral("0.6.5 and newer")), d->version == 8 && upstreamReads);
        // A legacy v1 file upstream gets wrong is explained by the reader's warning instead.
        QCOMPARE(anyContains(warnings, QStringLiteral("Legacy v1")), d->version == 1 && upstreamReads);
        if (!upstreamReads)
            QVERIFY(anyContains(d->warnings, QStringLiteral("ferogram")));
    }
};

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
