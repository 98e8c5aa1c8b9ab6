// core/report: the bug-report summary names format, DCs with auth key ids and
// counts per kind, and never keys, tokens, access hashes or (by default) ids.
#include "inspect/inspect.h"
#include "open/opener.h"
#include "inspect/report.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QTest>

using namespace fero;

namespace {

DecodedSession syntheticDecoded()
{
    DecodedSession d;
    d.format = Format::FerogramBinary;
    d.version = 8;
    d.layout = QStringLiteral("binary v8");
    d.sessions.push_back(makeSyntheticSession({}, 5));
    return d;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void noSecrets_data();
    void noSecrets();
    void countsPerKind();
    void idsOnlyOnRequest();
    void flagsText_data();
    void flagsText();
};

void TestReport::noSecrets_data()
{
    QTest::addColumn<QString>("vector"); // empty = synthetic
    QTest::newRow("synthetic") << QString();
    QTest::newRow("fg065 typical binary") << QStringLiteral("vectors/ferogram/fg065-typical.session");
    QTest::newRow("fg065 typical sqlite") << QStringLiteral("vectors/ferogram/fg065-typical.sqlite");
    QTest::newRow("compact v1") << QStringLiteral("vectors/ferogram/fg065-full-ipv4.compact-v1.txt");
}

void TestReport::noSecrets()
{
    QFETCH(QString, vector);
    DecodedSession decoded = syntheticDecoded();
    if (!vector.isEmpty()) {
        Result<DecodedSession> opened = openPath(test::dataPath(vector));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        decoded = std::move(opened.value());
    }
    const Session &s = decoded.session();
    const QString report = sessionReport(decoded);

    QVERIFY(report.contains(formatDisplayName(decoded.format)));
    QVERIFY(report.contains(QStringLiteral("Home DC: %1").arg(s.homeDcId)));
    for (const DcEntry &dc : s.dcs) {
        QVERIFY(report.contains(dc.addr));
        if (dc.authKey) {
            QVERIFY(report.contains(dc.authKey->idHex()));
            QVERIFY(!report.contains(QString::fromLatin1(dc.authKey->toHex().left(16))));
        }
    }
    for (const CachedPeer &p : s.peers)
        if (p.accessHash != 0 && std::abs(p.accessHash) > 999999)
            QVERIFY2(!report.contains(QString::number(p.accessHash)), qPrintable(QString::number(p.accessHash)));
    if (s.futureAuthToken && !s.futureAuthToken->isEmpty())
        QVERIFY(!report.contains(QString::fromLatin1(s.futureAuthToken->toHex())));
}

void TestReport::countsPerKind()
{
    const DecodedSession decoded = syntheticDecoded();
    const SessionStats stats = computeStats(decoded.session());
    const QString report = sessionReport(decoded);
    QVERIFY(report.contains(QStringLiteral("users: %1\n").arg(stats.users)));
    QVERIFY(report.contains(QStringLiteral("megagroups: %1\n").arg(stats.megagroups)));
    QVERIFY(report.contains(QStringLiteral("min peers: %1\n").arg(stats.minPeers)));
    QVERIFY(report.contains(QStringLiteral("Peer cache (%1 peers)").arg(decoded.session().peers.size())));
    QVERIFY(report.contains(QStringLiteral("channel pts entries: %1").arg(stats.channelPts)));
}

void TestReport::idsOnlyOnRequest()
{
    DecodedSession decoded = syntheticDecoded();
    decoded.session().account.userId = 7123456789;
    decoded.warnings << QStringLiteral("duplicate peer id 5000000013 at entry 4");
    const QString plain = sessionReport(decoded);
    QVERIFY(!plain.contains(QStringLiteral("7123456789")));
    QVERIFY(!plain.contains(QStringLiteral("5000000013")));
    QVERIFY(plain.contains(QStringLiteral("duplicate peer id <id> at entry 4")));
    ReportOptions options;
    options.includeIds = true;
    const QString withIds = sessionReport(decoded, options);
    QVERIFY(withIds.contains(QStringLiteral("User id: 7123456789")));
    QVERIFY(withIds.contains(QStringLiteral("5000000013")));
}

void TestReport::flagsText_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << QStringLiteral("-");
    QTest::newRow("ipv6 media") << int(DcFlag::Ipv6 | DcFlag::MediaOnly) << QStringLiteral("IPv6, media");
    QTest::newRow("cdn static tcpo") << int(DcFlag::Cdn | DcFlag::Static | DcFlag::TcpoOnly)
                                     << QStringLiteral("TCPO, CDN, static");
    QTest::newRow("unknown bit") << 0x41 << QStringLiteral("IPv6, 0x40");
}

void TestReport::flagsText()
{
    QFETCH(int, flags);
    QFETCH(QString, text);
    QCOMPARE(dcFlagsText(std::uint8_t(flags)), text);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
