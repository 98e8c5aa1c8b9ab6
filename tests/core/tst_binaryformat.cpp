// The binary session file (ferogram-formats.md §2) against the vectors that
// the real ferogram-session wrote and read, plus what we do better.
#include "formats/ferogram/binary.h"
#include "inspect/sessionjson.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace fero;

namespace {

const QString Set = QStringLiteral("ferogram");

QByteArray vectorBytes(const QString &file)
{
    return test::readFile(test::dataPath(QStringLiteral("vectors/ferogram/") + file));
}

QJsonObject manifestEntry(const QString &file)
{
    for (const QJsonValue &v : test::manifestVectors(Set))
        if (v[u"file"].toString() == file)
            return v.toObject();
    qFatal("no manifest entry %s", qPrintable(file));
}

// Files where our reading deliberately differs from upstream's: tested in
// their own functions below, not against `expected`.
bool differsFromUpstream(const QString &file)
{
    return file.startsWith(u"hand-v1-home2") || file.startsWith(u"hand-v1-home4-nodcs")
           || file.startsWith(u"bad-version-") || file == u"fg065-overflow-dc256.session"
           || file == u"fg065-overflow-addr300.session";
}

// Upstream-written files whose bytes our writer must reproduce.
bool upstreamWritten(const QJsonObject &entry)
{
    const QString file = entry[u"file"].toString();
    return entry[u"writer"].toString().startsWith(u"ferogram-session")
           && !entry[u"writer"].toString().contains(u"edited") && !file.contains(u"overflow");
}

// What a file is expected to be warned about (a word of the warning), for
// the inputs upstream silently bends; empty = no warning at all.
QString expectedWarning(const QString &file)
{
    static const QMap<QString, QString> words{
        {QStringLiteral("quirk-haskey-2.session"), QStringLiteral("key-presence")},
        {QStringLiteral("quirk-invalid-utf8-addr.session"), QStringLiteral("UTF-8")},
        {QStringLiteral("quirk-peer-type-3.session"), QStringLiteral("peer type")},
        {QStringLiteral("quirk-channel-kind-07.session"), QStringLiteral("channel kind")},
        {QStringLiteral("quirk-community-02.session"), QStringLiteral("community byte")},
        {QStringLiteral("quirk-token-flag-02.session"), QStringLiteral("token presence")},
        {QStringLiteral("quirk-trailing-garbage.session"), QStringLiteral("are ignored")},
        {QStringLiteral("quirk-v6-trailing-zero.session"), QStringLiteral("are ignored")},
        {QStringLiteral("fg065-odd-flags.session"), QStringLiteral("flag bits")},
        {QStringLiteral("fg052-odd-flags.session"), QStringLiteral("flag bits")},
        {QStringLiteral("crossver-v8-read-by-052.session"), QStringLiteral("flag bits")},
        {QStringLiteral("fg065-overflow-token70000.session"), QStringLiteral("overflowed")},
    };
    return words.value(file);
}

} // namespace

class TestBinaryFormat : public QObject {
    Q_OBJECT

private slots:
    void decodesLikeUpstream_data();
    void decodesLikeUpstream();
    void reencodesUpstreamBytes_data();
    void reencodesUpstreamBytes();
    void legacyHomeDc2ReadsAsV1();
    void legacyHomeDc4WithoutDcsReadsAsV1();
    void unknownVersionByteIsNotASession_data();
    void unknownVersionByteIsNotASession();
    void overflowedCountIsRecovered_data();
    void overflowedCountIsRecovered();
    void overflowedTokenReadsAsUpstreamWithWarning();
    void errorsNameFieldAndOffset_data();
    void errorsNameFieldAndOffset();
    void writeRefusesOverLimit_data();
    void writeRefusesOverLimit();
    void writeAcceptsExactLimits();
    void addressSizesMatchUtf8();
    void olderVersionsDropWhatTheyCannotHold_data();
    void olderVersionsDropWhatTheyCannotHold();
    void peerTypeOnWrite_data();
    void peerTypeOnWrite();
    void encodedSizeMatchesWrite_data();
    void encodedSizeMatchesWrite();
    void truncationsNeverPassSilently_data();
    void truncationsNeverPassSilently();
    void randomBytesNeverCrash();
};

void TestBinaryFormat::decodesLikeUpstream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("binary"))) {
        const QString file = entry[u"file"].toString();
        if (!differsFromUpstream(file))
            QTest::newRow(qPrintable(file)) << file << entry[u"expected"].toObject();
    }
}

void TestBinaryFormat::decodesLikeUpstream()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    const QByteArray bytes = vectorBytes(file);
    const auto decoded = binary::read(bytes);
    if (expected.contains(u"error")) {
        QVERIFY2(!decoded.ok(),
                 qPrintable(file + QStringLiteral(" decoded, upstream says: ") + expected[u"error"].toString()));
        QCOMPARE(decoded.error().kind, ErrorKind::Invalid);
        // Upstream's words open our message where upstream takes the first
        // byte as meaningful; other first bytes are "not a ferogram session".
        const std::uint8_t first = bytes.isEmpty() ? 0 : std::uint8_t(bytes[0]);
        const QString opening = (bytes.isEmpty() || (first >= 1 && first <= 8))
                                    ? expected[u"error"].toString()
                                    : QStringLiteral("not a ferogram session");
        QVERIFY2(decoded.error().message.startsWith(opening), qPrintable(decoded.error().message));
        return;
    }
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->format, Format::FerogramBinary);
    const QString diff = test::jsonDiff(expected, test::canonicalObject(*decoded));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    const QString word = expectedWarning(file);
    if (word.isEmpty()) {
        QVERIFY2(decoded->warnings.isEmpty(), qPrintable(decoded->warnings.join(u" | ")));
    } else {
        QVERIFY2(decoded->warnings.join(u' ').contains(word), qPrintable(decoded->warnings.join(u" | ")));
    }
}

void TestBinaryFormat::reencodesUpstreamBytes_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("binary")))
        if (upstreamWritten(entry))
            QTest::newRow(qPrintable(entry[u"file"].toString())) << entry[u"file"].toString();
}

void TestBinaryFormat::reencodesUpstreamBytes()
{
    QFETCH(QString, file);
    const QByteArray bytes = vectorBytes(file);
    const auto decoded = binary::read(bytes);
    QVERIFY(decoded.ok());
    QVERIFY(decoded->version >= 5);
    const auto written = binary::write(decoded->session(), decoded->version);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(written->toHex(), bytes.toHex());
}

void TestBinaryFormat::legacyHomeDc2ReadsAsV1()
{
    // The same legacy body as hand-v1-home1 (which upstream reads), but with
    // home DC 2: upstream takes the 0x02 as a version byte and fails.
    const QByteArray home2 = vectorBytes(QStringLiteral("hand-v1-home2.session"));
    const QByteArray home1 = vectorBytes(QStringLiteral("hand-v1-home1.session"));
    QCOMPARE(home2.mid(4), home1.mid(4));
    QCOMPARE(qFromLittleEndian<qint32>(home2.constData()), 2);
    QVERIFY(manifestEntry(QStringLiteral("hand-v1-home2.session"))[u"expected"][u"error"].isString());

    const auto decoded = binary::read(home2);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->version, 1);
    const Session &s = decoded->session();
    QCOMPARE(s.homeDcId, 2);

    // Values taken from the bytes: dc_count at 4, then DC 1 at 5.
    const int dcCount = std::uint8_t(home2[4]);
    QCOMPARE(int(s.dcs.size()), dcCount);
    QCOMPARE(dcCount, 2);
    const DcEntry &dc = s.dcs.front();
    QCOMPARE(dc.dcId, qFromLittleEndian<qint32>(home2.constData() + 5));
    QCOMPARE(std::uint8_t(home2[9]), std::uint8_t(1)); // has_key
    QVERIFY(dc.authKey.has_value());
    QCOMPARE(dc.authKey->toByteArray(), home2.mid(10, 256));
    QCOMPARE(dc.firstSalt, qFromLittleEndian<qint64>(home2.constData() + 266));
    QCOMPARE(dc.timeOffset, qFromLittleEndian<qint32>(home2.constData() + 274));
    const int addrLen = std::uint8_t(home2[278]);
    QCOMPARE(dc.addr, QString::fromUtf8(home2.mid(279, addrLen)));
    QCOMPARE(dc.flags, std::uint8_t(0)); // v1 has no flags byte
    QVERIFY(!s.updates.initialised());
    QVERIFY(s.peers.empty() && s.minPeers.empty() && !s.futureAuthToken);

    // Apart from the home DC, the reading equals upstream's reading of home1.
    QJsonObject expected = manifestEntry(QStringLiteral("hand-v1-home1.session"))[u"expected"].toObject();
    expected[u"home_dc_id"] = 2;
    const QString diff = test::jsonDiff(expected, test::canonicalObject(*decoded));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY2(decoded->warnings.join(u' ').contains(u"legacy v1"), qPrintable(decoded->warnings.join(u" | ")));
}

void TestBinaryFormat::legacyHomeDc4WithoutDcsReadsAsV1()
{
    const QByteArray bytes = vectorBytes(QStringLiteral("hand-v1-home4-nodcs.session"));
    QCOMPARE(bytes.size(), 5);
    const auto decoded = binary::read(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->version, 1);
    QCOMPARE(decoded->session().homeDcId, qFromLittleEndian<qint32>(bytes.constData()));
    QCOMPARE(decoded->session().homeDcId, 4);
    QCOMPARE(int(decoded->session().dcs.size()), int(bytes[4]));
    Session empty;
    empty.homeDcId = 4;
    QVERIFY(decoded->session() == empty);
    QVERIFY(decoded->warnings.join(u' ').contains(u"legacy v1"));
}

void TestBinaryFormat::unknownVersionByteIsNotASession_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("legacyEnds"); // what the error says about the legacy reading
    for (const QString &file : {QStringLiteral("bad-version-09.session"), QStringLiteral("bad-version-ff.session")}) {
        // Upstream reads these as legacy files that end after 5 bytes (home
        // DC id + a DC count of 0) and ignores the other 8,725.
        const QJsonObject expected = manifestEntry(file)[u"expected"].toObject();
        QCOMPARE(expected[u"source_version"].toInt(), 1);
        QTest::newRow(qPrintable(file)) << vectorBytes(file) << QStringLiteral("ends at byte 5 of 8730");
    }
    QRandomGenerator random(20240501);
    for (int i = 0; i < 20; ++i) {
        QByteArray bytes(300 + i, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        bytes[0] = char(9 + random.bounded(247)); // never 1..8
        bytes[4] = char(200);                     // a DC table that cannot fit the file
        QTest::newRow(qPrintable(QStringLiteral("random-%1").arg(i))) << bytes << QStringLiteral("fails");
    }
}

void TestBinaryFormat::unknownVersionByteIsNotASession()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, legacyEnds);
    const auto decoded = binary::read(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, ErrorKind::Invalid);
    QVERIFY2(decoded.error().message.startsWith(u"not a ferogram session"), qPrintable(decoded.error().message));
    QVERIFY2(decoded.error().message.contains(legacyEnds), qPrintable(decoded.error().message));
}

void TestBinaryFormat::overflowedCountIsRecovered_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addRow("dc256") << QStringLiteral("fg065-overflow-dc256") << QStringLiteral("the DC count");
    QTest::addRow("addr300") << QStringLiteral("fg065-overflow-addr300")
                             << QStringLiteral("the address length of DC entry 2 of 2");
}

// Upstream fails on these ("truncated session"). We recover the data by
// assuming the count wrapped around, and say so; the SQLite twin that the
// same writer made from the same session holds the truth to compare with.
void TestBinaryFormat::overflowedCountIsRecovered()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QCOMPARE(manifestEntry(file + QStringLiteral(".session"))[u"expected"][u"error"].toString(),
             QStringLiteral("truncated session"));
    const auto decoded = binary::read(vectorBytes(file + QStringLiteral(".session")));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->version, 8);
    const QString warnings = decoded->warnings.join(u' ');
    QVERIFY2(warnings.contains(u"overflowed a count field") && warnings.contains(field), qPrintable(warnings));
    QVERIFY(warnings.contains(u"ferogram cannot read this file (truncated session"));

    const QJsonObject twin = manifestEntry(file + QStringLiteral(".sqlite"))[u"expected"].toObject();
    const QJsonObject ours = test::canonicalObject(*decoded);
    const QString diff = test::jsonDiff(test::sortedForComparison(twin), test::sortedForComparison(ours),
                                        {QStringLiteral("format"), QStringLiteral("warnings"),
                                         QStringLiteral("auth_key_id"), QStringLiteral("source_version")});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // And we never write it back the way it came.
    const auto written = binary::write(decoded->session(), 8);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Refused);
}

void TestBinaryFormat::overflowedTokenReadsAsUpstreamWithWarning()
{
    const QByteArray bytes = vectorBytes(QStringLiteral("fg065-overflow-token70000.session"));
    const auto decoded = binary::read(bytes);
    QVERIFY(decoded.ok());
    const QJsonObject expected =
        manifestEntry(QStringLiteral("fg065-overflow-token70000.session"))[u"expected"].toObject();
    const QString diff = test::jsonDiff(expected, test::canonicalObject(*decoded));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(decoded->session().futureAuthToken->size(), 70000 - 65536);
    const QString warnings = decoded->warnings.join(u' ');
    QVERIFY2(warnings.contains(u"65536 bytes after the end"), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"the future auth token length") && warnings.contains(u"says 4464, but 70000 fits"),
             qPrintable(warnings));
}

void TestBinaryFormat::errorsNameFieldAndOffset_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("words");
    QTest::addRow("empty") << QStringLiteral("bad-empty.session") << QStringList{QStringLiteral("empty session data")};
    QTest::addRow("cut at 1") << QStringLiteral("bad-truncated-1.session")
                              << QStringList{QStringLiteral("needed 4 bytes for the home DC id at byte 1, 0 left")};
    QTest::addRow("dc count") << QStringLiteral("bad-dc-count.session")
                              << QStringList{QStringLiteral("truncated session: needed"), QStringLiteral("of DC entry"),
                                             QStringLiteral("of 200 at byte")};
    QTest::addRow("peer count") << QStringLiteral("bad-peer-count.session")
                                << QStringList{QStringLiteral("bytes for peer"), QStringLiteral("of 60000 at byte")};
    QTest::addRow("short key") << QStringLiteral("bad-authkey-short.session")
                               << QStringList{QStringLiteral("needed 256 bytes for the auth key of DC entry 1 of"),
                                              QStringLiteral("100 left")};
    QTest::addRow("token") << QStringLiteral("bad-token-length.session")
                           << QStringList{QStringLiteral("needed 500 bytes for the future auth token"),
                                          QStringLiteral("20 left")};
}

void TestBinaryFormat::errorsNameFieldAndOffset()
{
    QFETCH(QString, file);
    QFETCH(QStringList, words);
    const auto decoded = binary::read(vectorBytes(file));
    QVERIFY(!decoded.ok());
    for (const QString &word : words)
        QVERIFY2(decoded.error().message.contains(word), qPrintable(decoded.error().message));
}

namespace {

Session baseSession()
{
    Session s;
    s.homeDcId = 2;
    DcEntry dc;
    dc.dcId = 2;
    dc.addr = QStringLiteral("149.154.167.51:443");
    dc.authKey = AuthKey::fromRaw(reinterpret_cast<const std::uint8_t *>(QByteArray(256, '\x5a').constData()));
    s.dcs.push_back(dc);
    return s;
}

} // namespace

void TestBinaryFormat::writeRefusesOverLimit_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("word");
    for (int v = 5; v <= 8; ++v) {
        QTest::addRow("256 dcs v%d", v) << v << 0 << QStringLiteral("256 DC entries");
        QTest::addRow("300-byte address v%d", v) << v << 1 << QStringLiteral("300 bytes");
        QTest::addRow("65536 peers v%d", v) << v << 2 << QStringLiteral("65536 peers");
        QTest::addRow("65536 channels v%d", v) << v << 3 << QStringLiteral("65536 channel");
        QTest::addRow("65536 min peers v%d", v) << v << 4 << QStringLiteral("65536 min peers");
    }
    QTest::addRow("70000-byte token v7") << 7 << 5 << QStringLiteral("70000 bytes");
    QTest::addRow("70000-byte token v8") << 8 << 5 << QStringLiteral("70000 bytes");
    QTest::addRow("version 4") << 4 << -1 << QStringLiteral("version 4");
    QTest::addRow("version 9") << 9 << -1 << QStringLiteral("version 9");
}

void TestBinaryFormat::writeRefusesOverLimit()
{
    QFETCH(int, version);
    QFETCH(int, what);
    QFETCH(QString, word);
    Session s = baseSession();
    switch (what) {
    case 0:
        s.dcs.resize(256, s.dcs.front());
        break;
    case 1:
        s.dcs.front().addr = QString(296, u'a') + QStringLiteral(":443"); // 300 bytes
        break;
    case 2:
        s.peers.resize(65536);
        break;
    case 3:
        s.updates.channels.resize(65536);
        break;
    case 4:
        s.minPeers.resize(65536);
        break;
    case 5:
        s.futureAuthToken = QByteArray(70000, 't');
        break;
    }
    const Status limits = binary::checkLimits(s, version);
    QVERIFY(!limits.ok());
    QCOMPARE(limits.error().kind, ErrorKind::Refused);
    QVERIFY2(limits.error().message.contains(word), qPrintable(limits.error().message));
    const auto written = binary::write(s, version);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Refused);
}

void TestBinaryFormat::writeAcceptsExactLimits()
{
    Session s = baseSession();
    s.dcs.front().addr =
        QString(63, u'\u00e9') + QStringLiteral("\U0001F600") + QStringLiteral(":443"); // 126 + 4 + 4 bytes
    s.dcs.resize(255, s.dcs.front());
    s.dcs.back().addr = QString(251, u'x') + QStringLiteral(":443"); // exactly 255 bytes
    s.peers.resize(65535, CachedPeer{-1, INT64_MIN, true, false, ChannelKind::Gigagroup, true});
    s.updates.channels.resize(65535, ChannelPts{INT64_MAX, -7});
    s.minPeers.resize(65535, MinPeer{1, 2, 3});
    s.futureAuthToken = QByteArray(65535, 'k');
    const auto written = binary::write(s, 8);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(std::size_t(written->size()), binary::encodedSize(s, 8));
    const auto decoded = binary::read(*written);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QVERIFY(decoded->warnings.isEmpty());
    QVERIFY(decoded->session() == s);
}

// Addresses are sized in UTF-8 without converting (encodedSize); odd text
// such as a lone surrogate must agree with what the writer really writes.
void TestBinaryFormat::addressSizesMatchUtf8()
{
    const QString lone = QString(QChar(0xD800)) + QStringLiteral("a:1");
    const QString pair = QStringLiteral("\U0001F600:1");
    const QString reversed = QString(QChar(0xDC00)) + QChar(0xD800) + QStringLiteral(":1");
    for (const QString &addr : {lone, pair, reversed, QStringLiteral("\u00e9\u3042:443")}) {
        Session s = baseSession();
        s.dcs.front().addr = addr;
        const auto written = binary::write(s, 8);
        QVERIFY(written.ok());
        QCOMPARE(std::size_t(written->size()), binary::encodedSize(s, 8));
        const auto decoded = binary::read(*written);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->session().dcs.front().addr.toUtf8(), addr.toUtf8());
    }
}

void TestBinaryFormat::olderVersionsDropWhatTheyCannotHold_data()
{
    QTest::addColumn<int>("version");
    for (int v = 5; v <= 8; ++v)
        QTest::addRow("v%d", v) << v;
}

void TestBinaryFormat::olderVersionsDropWhatTheyCannotHold()
{
    QFETCH(int, version);
    const auto source = binary::read(vectorBytes(QStringLiteral("fg065-typical.session")));
    QVERIFY(source.ok());
    const Session &original = source->session();
    // The vector holds everything a version can lose.
    QVERIFY(original.futureAuthToken.has_value());
    QVERIFY(std::any_of(original.peers.begin(), original.peers.end(), [](auto &p) { return p.isCommunity; }));
    QVERIFY(std::any_of(original.peers.begin(), original.peers.end(),
                        [](auto &p) { return p.channelKind != ChannelKind::None; }));

    Session expected = original;
    for (CachedPeer &p : expected.peers) {
        if (version < 8)
            p.isCommunity = false; // communities become plain users (is_channel = is_chat = false)
        if (version < 6)
            p.channelKind = ChannelKind::None;
    }
    if (version < 7)
        expected.futureAuthToken.reset();

    const auto written = binary::write(original, version);
    QVERIFY(written.ok());
    QCOMPARE(std::uint8_t(written->at(0)), std::uint8_t(version));
    const auto decoded = binary::read(*written);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->version, version);
    QVERIFY(decoded->warnings.isEmpty());
    QVERIFY(decoded->session() == expected);
    // Everything else survived: only the three named fields may differ.
    QCOMPARE(decoded->session().dcs.size(), original.dcs.size());
    QCOMPARE(decoded->session().minPeers, original.minPeers);
    QCOMPARE(decoded->session().updates, original.updates);
}

void TestBinaryFormat::peerTypeOnWrite_data()
{
    QTest::addColumn<bool>("isChannel");
    QTest::addColumn<bool>("isChat");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("typeByte");
    QTest::addColumn<int>("kindByte");
    QTest::addRow("user") << false << false << -1 << 0 << 0xFF;
    QTest::addRow("channel") << true << false << 1 << 1 << 1;
    QTest::addRow("chat") << false << true << -1 << 2 << 0xFF;
    QTest::addRow("channel and chat: chat wins") << true << true << 0 << 2 << 0;
    QTest::addRow("gigagroup") << true << false << 2 << 1 << 2;
}

void TestBinaryFormat::peerTypeOnWrite()
{
    QFETCH(bool, isChannel);
    QFETCH(bool, isChat);
    QFETCH(int, kind);
    QFETCH(int, typeByte);
    QFETCH(int, kindByte);
    Session s;
    s.peers.push_back({0x0102030405060708, -2, isChannel, isChat, ChannelKind(kind), false});
    const auto written = binary::write(s, 8);
    QVERIFY(written.ok());
    // version, home, dc_count, counters, channel_count, peer_count = 1+4+1+16+2+2
    const qsizetype peerAt = 26;
    QCOMPARE(qFromLittleEndian<qint64>(written->constData() + peerAt), 0x0102030405060708);
    QCOMPARE(int(std::uint8_t(written->at(peerAt + 16))), typeByte);
    QCOMPARE(int(std::uint8_t(written->at(peerAt + 17))), kindByte);
    const auto decoded = binary::read(*written);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->session().peers.front().isChat, typeByte == 2);
    QCOMPARE(decoded->session().peers.front().isChannel, typeByte == 1);
}

void TestBinaryFormat::encodedSizeMatchesWrite_data()
{
    reencodesUpstreamBytes_data();
}

void TestBinaryFormat::encodedSizeMatchesWrite()
{
    QFETCH(QString, file);
    const auto decoded = binary::read(vectorBytes(file));
    QVERIFY(decoded.ok());
    for (int v = 5; v <= 8; ++v) {
        const auto written = binary::write(decoded->session(), v);
        QVERIFY(written.ok());
        QCOMPARE(std::size_t(written->size()), binary::encodedSize(decoded->session(), v));
    }
}

void TestBinaryFormat::truncationsNeverPassSilently_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file :
         {QStringLiteral("hand-v1-home1.session"), QStringLiteral("hand-v1-home2.session"),
          QStringLiteral("hand-v2.session"), QStringLiteral("hand-v3.session"), QStringLiteral("hand-v4.session"),
          QStringLiteral("hand-v5.session"), QStringLiteral("hand-v7.session"),
          QStringLiteral("hand-v7-notoken.session"), QStringLiteral("quirk-token-empty.session"),
          QStringLiteral("fg052-fresh-login.session"), QStringLiteral("fg065-fresh-login.session"),
          QStringLiteral("fg065-empty.session"), QStringLiteral("fg065-typical.session")})
        QTest::newRow(qPrintable(file)) << file;
}

// Every proper prefix of a valid file: an error, or a reading with a warning
// (the 5-byte prefix of a v8 file is a believable legacy file only if its
// home DC is, and then we say that we read it as legacy).
void TestBinaryFormat::truncationsNeverPassSilently()
{
    QFETCH(QString, file);
    const QByteArray bytes = vectorBytes(file);
    QVERIFY(binary::read(bytes).ok());
    int errors = 0, tried = 0;
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        // Every prefix of the small files; of the large one, its head, its
        // tail and every 11th length between (a failed read also searches for
        // count overflows, which makes 8,730 reads slow).
        if (bytes.size() > 2000 && n > 600 && n < bytes.size() - 64 && n % 11)
            continue;
        ++tried;
        const auto decoded = binary::read(QByteArrayView(bytes).first(n));
        if (decoded.ok()) {
            QVERIFY2(!decoded->warnings.isEmpty(), qPrintable(QStringLiteral("prefix %1 read silently").arg(n)));
        } else {
            QVERIFY(!decoded.error().message.isEmpty());
            ++errors;
        }
    }
    QVERIFY(errors >= tried - 1);
}

void TestBinaryFormat::randomBytesNeverCrash()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(random.bounded(1, 600), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (i % 2)
            bytes[0] = char(random.bounded(1, 9)); // exercise the versioned paths too
        const auto decoded = binary::read(bytes);
        if (decoded.ok())
            QVERIFY(!decoded->sessions.empty());
        else
            QVERIFY(!decoded.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestBinaryFormat)
#include "tst_binaryformat.moc"
