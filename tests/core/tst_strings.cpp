// ferogram's string forms (ferogram-formats.md §3): the tolerant base64,
// native strings and compact V1/V2 strings, against the real library's
// vectors and against our own writers.
#include "formats/common/base64.h"
#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/nativestring.h"
#include "testsupport.h"

#include <QTest>

using namespace fero;

namespace {

const QString Set = QStringLiteral("ferogram");

QString vectorText(const QString &file)
{
    return QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("vectors/ferogram/") + file)));
}

bool upstreamWritten(const QJsonObject &entry)
{
    const QString writer = entry[u"writer"].toString();
    return writer.startsWith(u"ferogram-session") && !writer.contains(u"edited");
}

// The canonical spelling of a text our decoder tolerates: inner white space
// and '=' removed, the standard alphabet mapped to the URL-safe one (only
// meaningful when the text does not mix the two).
QString canonicalSpelling(QString text)
{
    text = text.trimmed();
    text.remove(u'=');
    text.removeIf([](QChar c) { return c.isSpace(); });
    text.replace(u'+', u'-').replace(u'/', u'_');
    return text;
}

// Whether ferogram rejects the text's base64 but we accept it: padding,
// inner white space, or the standard alphabet alone.
bool toleratedSpelling(const QString &raw)
{
    const QString text = raw.trimmed();
    const bool url = text.contains(u'-') || text.contains(u'_');
    const bool standard = text.contains(u'+') || text.contains(u'/');
    const bool spaces = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
    return text.contains(u'=') || spaces || (standard && !url);
}

using Reader = Result<DecodedSession> (*)(QStringView);

// Upstream error texts that our messages keep at their start.
bool keepsUpstreamWords(const QString &upstream)
{
    return !upstream.contains(u"base64") && !upstream.startsWith(u"Invalid");
}

void checkAgainstManifest(const QJsonObject &entry, Reader read, const QString &what)
{
    const QString file = entry[u"file"].toString();
    const QString text = vectorText(file);
    const QJsonObject expected = entry[u"expected"].toObject();
    const auto decoded = read(text);

    if (toleratedSpelling(text) && expected.contains(u"error")) {
        // Where we are more tolerant than upstream: the text reads exactly as
        // its canonical spelling does, with a warning that ferogram would not.
        const auto canonical = read(canonicalSpelling(text));
        QCOMPARE(decoded.ok(), canonical.ok());
        if (!decoded.ok()) {
            QCOMPARE(decoded.error().message, canonical.error().message);
            return;
        }
        QVERIFY(test::jsonDiff(test::canonicalObject(*canonical), test::canonicalObject(*decoded)).isEmpty());
        QVERIFY2(decoded->warnings.join(u' ').contains(u"ferogram itself would reject"),
                 qPrintable(decoded->warnings.join(u" | ")));
        return;
    }

    if (expected.contains(u"error")) {
        const QString upstream = expected[u"error"].toString();
        QVERIFY2(!decoded.ok(), qPrintable(file + QStringLiteral(" decoded; upstream says ") + upstream));
        QCOMPARE(decoded.error().kind, ErrorKind::Invalid);
        const QString message = decoded.error().message;
        if (keepsUpstreamWords(upstream)) {
            QVERIFY2(message.startsWith(upstream), qPrintable(message));
        } else {
            // base64 errors: our own words, but the same place.
            QVERIFY2(message.startsWith(u"base64 decode error"), qPrintable(message));
            const qsizetype at = upstream.indexOf(u"offset ");
            if (at >= 0)
                QVERIFY2(message.contains(upstream.mid(at).chopped(1)), qPrintable(message));
        }
        return;
    }

    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(formatId(decoded->format), what);
    const QString diff = test::jsonDiff(expected, test::canonicalObject(*decoded));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    if (file.contains(u"trailing"))
        QVERIFY2(decoded->warnings.join(u' ').contains(u"are ignored"), qPrintable(decoded->warnings.join(u" | ")));
    else if (!file.contains(u"odd-flags"))
        QVERIFY2(decoded->warnings.isEmpty(), qPrintable(decoded->warnings.join(u" | ")));
}

Session keyedSession(const QString &addr, std::uint8_t flags = 0)
{
    Session s;
    s.homeDcId = 2;
    DcEntry dc;
    dc.dcId = 2;
    dc.addr = addr;
    dc.flags = flags;
    dc.firstSalt = -77;
    QByteArray key(256, Qt::Uninitialized);
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(i * 7 + 3);
    dc.authKey = AuthKey::fromBytes(key);
    s.dcs.push_back(dc);
    return s;
}

} // namespace

class TestStrings : public QObject {
    Q_OBJECT

private slots:
    void base64Tolerance_data();
    void base64Tolerance();
    void base64EncodesCanonically();
    void nativeManifest_data();
    void nativeManifest();
    void compactManifest_data();
    void compactManifest();
    void nativeReencodesUpstreamText_data();
    void nativeReencodesUpstreamText();
    void compactReencodesUpstreamText_data();
    void compactReencodesUpstreamText();
    void binaryNativeRoundTrip_data();
    void binaryNativeRoundTrip();
    void compactThroughBinaryRoundTrip_data();
    void compactThroughBinaryRoundTrip();
    void compactChoosesHomeDc();
    void compactWriteRefuses_data();
    void compactWriteRefuses();
    void compactV1CarriesSaltSeqLayer();
    void compactIpv6Text_data();
    void compactIpv6Text();
    void nativeTruncationsNeverPassSilently();
};

void TestStrings::base64Tolerance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes"); // expected bytes; empty with an error
    QTest::addColumn<QString>("warning");  // a word of the expected warning, or of the error
    QTest::addColumn<bool>("ok");
    const QByteArray sample = QByteArray::fromHex("fbff7e3e00ff");
    // "-_9-PgD_" URL-safe; "+/9+PgD/" standard
    QTest::addRow("canonical") << QStringLiteral("-_9-PgD_") << sample << QString() << true;
    QTest::addRow("surrounding space") << QStringLiteral(" \n-_9-PgD_\t") << sample << QString() << true;
    QTest::addRow("inner space") << QStringLiteral("-_9-\nPgD_") << sample << QStringLiteral("white-space") << true;
    QTest::addRow("standard alphabet") << QStringLiteral("+/9+PgD/") << sample << QStringLiteral("standard base64")
                                       << true;
    QTest::addRow("padding") << QStringLiteral("-_9-Pg==") << sample.first(4) << QStringLiteral("padding") << true;
    QTest::addRow("padding, no url chars")
        << QStringLiteral("AAE=") << QByteArray::fromHex("0001") << QStringLiteral("padding") << true;
    QTest::addRow("unused bits") << QStringLiteral("AAF") << QByteArray::fromHex("0001")
                                 << QStringLiteral("unused bits") << true;
    QTest::addRow("empty") << QStringLiteral("  ") << QByteArray() << QString() << true;
    QTest::addRow("mixed alphabets") << QStringLiteral("-_9+PgD_") << QByteArray()
                                     << QStringLiteral("'+' (U+002b) at offset 3") << false;
    QTest::addRow("mixed, std first") << QStringLiteral("ab/d-fgh") << QByteArray()
                                      << QStringLiteral("'/' (U+002f) at offset 2") << false;
    QTest::addRow("bad character") << QStringLiteral("abc!defg") << QByteArray() << QStringLiteral("offset 3") << false;
    QTest::addRow("non-ASCII") << QStringLiteral("abcd\u00e9fgh") << QByteArray() << QStringLiteral("offset 4")
                               << false;
    QTest::addRow("length") << QStringLiteral("abcde") << QByteArray() << QStringLiteral("invalid input length")
                            << false;
    QTest::addRow("padding in the middle")
        << QStringLiteral("ab=cdefg") << QByteArray() << QStringLiteral("invalid padding") << false;
    QTest::addRow("too much padding") << QStringLiteral("abcd==") << QByteArray() << QStringLiteral("invalid padding")
                                      << false;
}

void TestStrings::base64Tolerance()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, warning);
    QFETCH(bool, ok);
    const auto decoded = base64::decodeTolerant(text);
    QCOMPARE(decoded.ok(), ok);
    if (!ok) {
        QVERIFY2(decoded.error().message.contains(warning), qPrintable(decoded.error().message));
        return;
    }
    QCOMPARE(decoded->bytes.toHex(), bytes.toHex());
    if (warning.isEmpty())
        QVERIFY2(decoded->warnings.isEmpty(), qPrintable(decoded->warnings.join(u" | ")));
    else
        QVERIFY2(decoded->warnings.join(u' ').contains(warning), qPrintable(decoded->warnings.join(u" | ")));
}

void TestStrings::base64EncodesCanonically()
{
    QCOMPARE(base64::encodeUrlSafe(QByteArray::fromHex("fbff7e3e00ff")), QStringLiteral("-_9-PgD_"));
    QCOMPARE(base64::encodeUrlSafe(QByteArray::fromHex("0001")), QStringLiteral("AAE"));
    QCOMPARE(base64::encodeUrlSafe({}), QString());
}

void TestStrings::nativeManifest_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("native")))
        QTest::newRow(qPrintable(entry[u"file"].toString())) << entry;
}

void TestStrings::nativeManifest()
{
    QFETCH(QJsonObject, entry);
    checkAgainstManifest(entry, &native::read, QStringLiteral("ferogram-native"));
}

void TestStrings::compactManifest_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("compact")))
        QTest::newRow(qPrintable(entry[u"file"].toString())) << entry;
}

void TestStrings::compactManifest()
{
    QFETCH(QJsonObject, entry);
    const QString file = entry[u"file"].toString();
    checkAgainstManifest(entry, &compact::read,
                         file.contains(u"compact-v1") ? QStringLiteral("ferogram-compact-v1")
                                                      : QStringLiteral("ferogram-compact-v2"));
}

void TestStrings::nativeReencodesUpstreamText_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("native")))
        if (upstreamWritten(entry))
            QTest::newRow(qPrintable(entry[u"file"].toString())) << entry[u"file"].toString();
}

void TestStrings::nativeReencodesUpstreamText()
{
    QFETCH(QString, file);
    const QString text = vectorText(file);
    const auto decoded = native::read(text);
    QVERIFY(decoded.ok());
    const auto written = native::write(decoded->session(), decoded->version);
    QVERIFY(written.ok());
    QCOMPARE(*written, text.trimmed());
}

void TestStrings::compactReencodesUpstreamText_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("compact")))
        if (upstreamWritten(entry))
            QTest::newRow(qPrintable(entry[u"file"].toString())) << entry[u"file"].toString();
}

void TestStrings::compactReencodesUpstreamText()
{
    QFETCH(QString, file);
    const QString text = vectorText(file);
    const auto decoded = compact::read(text);
    QVERIFY(decoded.ok());
    compact::WriteOptions options;
    options.version = decoded->version;
    const auto written = compact::write(decoded->session(), options);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(*written, text.trimmed());
}

void TestStrings::binaryNativeRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("binary")))
        if (auto decoded = binary::read(
                test::readFile(test::dataPath(QStringLiteral("vectors/ferogram/") + entry[u"file"].toString())));
            decoded && binary::checkLimits(decoded->session(), 8).ok()) // not the recovered overflow files
            QTest::newRow(qPrintable(entry[u"file"].toString())) << entry[u"file"].toString();
}

// binary -> native -> binary keeps every byte of what our writer produces,
// for every version we write.
void TestStrings::binaryNativeRoundTrip()
{
    QFETCH(QString, file);
    const auto decoded = binary::read(test::readFile(test::dataPath(QStringLiteral("vectors/ferogram/") + file)));
    QVERIFY(decoded.ok());
    for (int version = 5; version <= 8; ++version) {
        const auto bytes = binary::write(decoded->session(), version);
        QVERIFY(bytes.ok());
        const auto text = native::write(decoded->session(), version);
        QVERIFY(text.ok());
        QCOMPARE(*text, base64::encodeUrlSafe(*bytes));
        const auto back = native::read(*text);
        QVERIFY(back.ok());
        QCOMPARE(back->format, Format::FerogramNative);
        QCOMPARE(back->version, version);
        const auto again = binary::write(back->session(), version);
        QVERIFY(again.ok());
        QCOMPARE(again->toHex(), bytes->toHex());
        if (version == 8)
            QVERIFY(back->session() == binary::read(*bytes)->session());
    }
}

void TestStrings::compactThroughBinaryRoundTrip_data()
{
    compactReencodesUpstreamText_data();
}

// compact -> binary (via the session) -> compact: the one DC and the key
// survive in the binary form; the account values come from the account block.
void TestStrings::compactThroughBinaryRoundTrip()
{
    QFETCH(QString, file);
    const auto decoded = compact::read(vectorText(file));
    QVERIFY(decoded.ok());
    const Session &s = decoded->session();
    QCOMPARE(s.dcs.size(), std::size_t(1));
    QCOMPARE(s.dcs.front().dcId, s.homeDcId);
    QCOMPARE(s.dcs.front().firstSalt, s.account.serverSalt.value_or(0));
    QCOMPARE(s.dcs.front().isIpv6(), s.dcs.front().addr.startsWith(u'['));

    const auto bytes = binary::write(s, 8);
    QVERIFY(bytes.ok());
    auto viaBinary = binary::read(*bytes);
    QVERIFY(viaBinary.ok());
    Session rebuilt = viaBinary->session();
    QCOMPARE(rebuilt.dcs, s.dcs);
    rebuilt.account = s.account; // the binary form has no account block
    compact::WriteOptions options;
    options.version = decoded->version;
    QCOMPARE(*compact::write(rebuilt, options), vectorText(file).trimmed());
}

void TestStrings::compactChoosesHomeDc()
{
    Session s = keyedSession(QStringLiteral("[2001:b28:f23d:f001::a]:443"), DcFlag::Ipv6);
    const DcEntry ipv6 = s.dcs.front();
    DcEntry media = keyedSession(QStringLiteral("149.154.167.222:443"), DcFlag::MediaOnly).dcs.front();
    DcEntry plain = keyedSession(QStringLiteral("149.154.167.51:443")).dcs.front();
    DcEntry otherDc = plain;
    otherDc.dcId = 4;
    DcEntry noKey = plain;
    noKey.authKey.reset();
    s.dcs = {otherDc, noKey, ipv6};
    QCOMPARE(compact::chooseDc(s), &s.dcs[2]); // IPv6 only when no IPv4 entry has a key
    s.dcs = {otherDc, ipv6, media, plain};
    QCOMPARE(compact::chooseDc(s), &s.dcs[3]); // a plain IPv4 entry first
    s.dcs = {ipv6, media};
    QCOMPARE(compact::chooseDc(s), &s.dcs[1]); // then any IPv4 entry

    s.dcs = {ipv6};
    s.account.userId = 5;
    compact::WriteOptions options;
    options.userId = -42;
    const auto text = compact::write(s, options);
    QVERIFY(text.ok());
    QCOMPARE(text->size(), 380); // V2 with IPv6: 1+1+1+16+2+8+256 = 285 bytes
    const auto back = compact::read(*text);
    QVERIFY(back.ok());
    QCOMPARE(back->session().account.userId, std::optional<std::int64_t>(-42));
    QCOMPARE(back->session().dcs.front().addr, ipv6.addr);
    QCOMPARE(back->session().dcs.front().flags, DcFlag::Ipv6);
}

void TestStrings::compactWriteRefuses_data()
{
    QTest::addColumn<QString>("addr");
    QTest::addColumn<int>("home");
    QTest::addColumn<bool>("key");
    QTest::addColumn<QString>("word");
    QTest::addRow("hostname") << QStringLiteral("dc2.example.org:443") << 2 << true << QStringLiteral("hostname");
    QTest::addRow("zone id") << QStringLiteral("[fe80::1%eth0]:443") << 2 << true << QStringLiteral("zone id");
    QTest::addRow("no port") << QStringLiteral("149.154.167.51") << 2 << true << QStringLiteral("not an IP");
    QTest::addRow("home DC without key") << QStringLiteral("149.154.167.51:443") << 2 << false
                                         << QStringLiteral("no DC entry with an auth key");
    QTest::addRow("home DC 256") << QStringLiteral("149.154.167.51:443") << 256 << true
                                 << QStringLiteral("does not fit");
    QTest::addRow("home DC -1") << QStringLiteral("149.154.167.51:443") << -1 << true << QStringLiteral("does not fit");
}

void TestStrings::compactWriteRefuses()
{
    QFETCH(QString, addr);
    QFETCH(int, home);
    QFETCH(bool, key);
    QFETCH(QString, word);
    Session s = keyedSession(addr);
    s.homeDcId = home;
    s.dcs.front().dcId = home;
    if (!key)
        s.dcs.front().authKey.reset();
    for (int version : {1, 2}) {
        compact::WriteOptions options;
        options.version = version;
        const auto text = compact::write(s, options);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().kind, ErrorKind::Refused);
        QVERIFY2(text.error().message.contains(word), qPrintable(text.error().message));
    }
}

void TestStrings::compactV1CarriesSaltSeqLayer()
{
    Session s = keyedSession(QStringLiteral("149.154.167.51:443"));
    s.account.seqNo = 4000000000u;
    s.account.layer = 181;
    compact::WriteOptions options;
    options.version = 1;
    const auto text = compact::write(s, options);
    QVERIFY(text.ok());
    const auto back = compact::read(*text);
    QVERIFY(back.ok());
    QCOMPARE(back->format, Format::FerogramCompactV1);
    QCOMPARE(back->session().account.serverSalt, std::optional<std::int64_t>(-77));
    QCOMPARE(back->session().account.seqNo, std::optional<std::uint32_t>(4000000000u));
    QCOMPARE(back->session().account.layer, std::optional<std::uint32_t>(181));
    QCOMPARE(back->session().account.userId, std::optional<std::int64_t>(0));
    QCOMPARE(back->session().dcs.front().firstSalt, -77);
    QCOMPARE(back->session().dcs.front().authKey, s.dcs.front().authKey);
    QVERIFY(back->warnings.isEmpty());
}

void TestStrings::compactIpv6Text_data()
{
    // The spelling Rust's Ipv6Addr Display uses (what ferogram stores).
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("read");
    QTest::addRow("one zero run") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1");
    QTest::addRow("loopback") << QStringLiteral("::1") << QStringLiteral("::1");
    QTest::addRow("unspecified") << QStringLiteral("::") << QStringLiteral("::");
    QTest::addRow("trailing run") << QStringLiteral("1::") << QStringLiteral("1::");
    QTest::addRow("single zero group stays")
        << QStringLiteral("2001:db8:0:1:1:1:1:1") << QStringLiteral("2001:db8:0:1:1:1:1:1");
    QTest::addRow("longest run wins") << QStringLiteral("1:0:0:2:0:0:0:3") << QStringLiteral("1:0:0:2::3");
    QTest::addRow("first of equal runs") << QStringLiteral("1:0:0:2:3:0:0:4") << QStringLiteral("1::2:3:0:0:4");
    QTest::addRow("upper case, leading zeros")
        << QStringLiteral("2001:0DB8:0000:0000:0000:0000:0000:00AB") << QStringLiteral("2001:db8::ab");
    QTest::addRow("IPv4-mapped") << QStringLiteral("::ffff:149.154.167.51") << QStringLiteral("::ffff:149.154.167.51");
}

void TestStrings::compactIpv6Text()
{
    QFETCH(QString, written);
    QFETCH(QString, read);
    const Session s = keyedSession(QStringLiteral("[%1]:443").arg(written), DcFlag::Ipv6);
    const auto text = compact::write(s, {});
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
    const auto back = compact::read(*text);
    QVERIFY(back.ok());
    QCOMPARE(back->session().dcs.front().addr, QStringLiteral("[%1]:443").arg(read));
}

void TestStrings::nativeTruncationsNeverPassSilently()
{
    const QString text = vectorText(QStringLiteral("fg065-fresh-login.native.txt")).trimmed();
    QVERIFY(native::read(text).ok());
    for (qsizetype n = 0; n < text.size(); ++n) {
        const auto decoded = native::read(QStringView(text).first(n));
        QVERIFY2(!decoded.ok() || !decoded->warnings.isEmpty(), qPrintable(QString::number(n)));
    }
    const QString compactText = vectorText(QStringLiteral("fg065-full-ipv4.compact-v1.txt")).trimmed();
    for (qsizetype n = 0; n < compactText.size(); ++n)
        QVERIFY(!compact::read(QStringView(compactText).first(n)).ok());
}

QTEST_GUILESS_MAIN(TestStrings)
#include "tst_strings.moc"
