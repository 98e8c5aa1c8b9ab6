// Telegram Android app folders: every manifest vector decodes to `expected`
// (folder and bare tgnet.dat), the .bak wins as in the app, both user
// constructors give the id, slots are further accounts with their native
// ids, and what we write reads back equal in the layout AndroidTelePorter reads.
#include "foreignfixtures.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/android/tgnet.h"
#include "formats/android/userconfig.h"
#include "open/accountchoice.h"
#include "open/opener.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace fero;
using namespace fero::test;

namespace {

const QStringList kSummaryKeys{QStringLiteral("dc_id"),   QStringLiteral("ip"),        QStringLiteral("port"),
                               QStringLiteral("ipv6"),    QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                               QStringLiteral("is_bot"),  QStringLiteral("test_mode"), QStringLiteral("api_id")};

QList<QJsonObject> androidVectors()
{
    QList<QJsonObject> out;
    const QJsonDocument doc = QJsonDocument::fromJson(
        readFile(dataPath(QStringLiteral("vectors/foreign/manifest.android-wtelegram-tdata.json"))));
    for (const QJsonValue &v : doc[u"vectors"].toArray())
        if (v[u"format"].toString() == u"android-tgnet")
            out << v.toObject();
    return out;
}

QString pathOf(const QJsonObject &vector)
{
    return dataPath(QStringLiteral("vectors/foreign/") + vector[u"file"].toString());
}

} // namespace

class TestAndroid : public QObject {
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QList<QJsonObject> vectors = androidVectors();
        QVERIFY(vectors.size() >= 4);
        for (const QJsonObject &v : vectors)
            QTest::newRow(qPrintable(v[u"name"].toString())) << v;
    }

    void decodes_data() { vectors_data(); }
    void decodes()
    {
        QFETCH(QJsonObject, vector);
        QTemporaryDir temp;
        const QString copy = copyVector(pathOf(vector), temp.filePath(QStringLiteral("app")));
        const auto before = folderFingerprint(temp.path());
        for (const QString &path : {copy, copy + QStringLiteral("/files/tgnet.dat")}) {
            Result<DecodedSession> decoded = openPath(path);
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
            QCOMPARE(decoded->format, Format::AndroidTgnet);
            const QString diff =
                jsonDiff(pick(vector[u"expected"].toObject(), kSummaryKeys), summaryOf(decoded->session(), true));
            QVERIFY2(diff.isEmpty(), qPrintable(path + u' ' + diff));
            // Every stored address is an entry.
            int addresses = 0;
            for (const QJsonValue &dc : vector[u"expected"][u"android"][u"tgnet"][u"datacenters"].toArray())
                for (const QJsonValue &list : dc[u"addresses"].toObject())
                    addresses += int(list.toArray().size());
            QCOMPARE(int(decoded->session().dcs.size()), addresses);
        }
        QCOMPARE(folderFingerprint(temp.path()), before);
    }

    void roundTrip_data() { vectors_data(); }
    void roundTrip()
    {
        QFETCH(QJsonObject, vector);
        Result<DecodedSession> decoded = openPath(pathOf(vector));
        QVERIFY(decoded.ok());
        ConvertTarget target{.format = Format::AndroidTgnet};
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("out"));
        Status written = writeTo(decoded->session(), target, out, false);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/files/tgnet.dat")));
        QCOMPARE(QFileInfo(out + QStringLiteral("/files/tgnet.dat")).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        Result<DecodedSession> reread = openPath(out);
        QVERIFY(reread.ok());
        // userEmpty has no bot flag; the user object written says "not a bot" (reported as a loss).
        Session expected = decoded->session();
        QCOMPARE(lossReport(expected, target).lossless(), expected.account.isBot.has_value());
        expected.account.isBot = expected.account.isBot.value_or(false);
        QVERIFY(reread->session() == expected);
        // The user object is the layer-144 constructor AndroidTelePorter's parser reads.
        const QByteArray xml = readFile(out + QStringLiteral("/shared_prefs/userconfing.xml"));
        QVERIFY(xml.contains("<string name=\"user\">sOz2Pw"));
    }

    // The app replaces tgnet.dat with a .bak left by an unfinished save (§1.1).
    void bakWins()
    {
        const QJsonObject a = androidVectors().at(0), b = androidVectors().at(1);
        QTemporaryDir temp;
        const QString app = copyVector(pathOf(a), temp.filePath(QStringLiteral("app")));
        QFile::copy(pathOf(b) + QStringLiteral("/files/tgnet.dat"), app + QStringLiteral("/files/tgnet.dat.bak"));
        Result<DecodedSession> decoded = openPath(app);
        QVERIFY(decoded.ok());
        QCOMPARE(qint64(decoded->session().homeDcId), b[u"expected"][u"dc_id"].toInteger());
        QVERIFY(decoded->warnings.join(u' ').contains(u".bak"));
    }

    // The layer-227 user#31774388 (flags, flags2, id) current apps write.
    void currentUserConstructor()
    {
        QByteArray tl(20, '\0');
        qToLittleEndian<quint32>(0x31774388, tl.data());
        qToLittleEndian<quint32>(1u << 14, tl.data() + 4);
        qToLittleEndian<qint64>(7123456789, tl.data() + 12);
        const QByteArray xml = "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
                               "    <int name=\"selectedAccount\" value=\"0\" />\n    <string name=\"user\">"
                               + tl.toBase64().insert(8, "&#10;") + "&#10;</string>\n</map>\n";
        auto user = userconfig::read(xml);
        QVERIFY(user.ok() && user.value());
        QCOMPARE(user.value()->id, 7123456789);
        QCOMPARE(user.value()->isBot, true);
        auto missing = userconfig::read("<map></map>");
        QVERIFY(missing.ok() && !missing.value());
    }

    // Slots files/account1..4 are further accounts, sparse, by native id.
    void accountSlots()
    {
        const QList<QJsonObject> v = androidVectors();
        QTemporaryDir temp;
        const QString app = copyVector(pathOf(v.at(0)), temp.filePath(QStringLiteral("app")));
        QDir().mkpath(app + QStringLiteral("/files/account3"));
        QVERIFY(QFile::copy(pathOf(v.at(1)) + QStringLiteral("/files/tgnet.dat"),
                            app + QStringLiteral("/files/account3/tgnet.dat")));
        QVERIFY(QFile::copy(pathOf(v.at(1)) + QStringLiteral("/shared_prefs/userconfing.xml"),
                            app + QStringLiteral("/shared_prefs/userconfig3.xml")));
        Result<DecodedSession> decoded = openPath(app);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->sessions.size(), std::size_t(2));
        QCOMPARE(decoded->accountIds, (std::vector<QString>{QStringLiteral("slot:0"), QStringLiteral("slot:3")}));
        auto choice = parseAccountChoice(QStringLiteral("--account"), QStringLiteral("slot:3"));
        QVERIFY(choice.ok());
        QCOMPARE(resolveAccount(QStringLiteral("--account"), decoded.value(), *choice).value(), std::size_t(1));
        QCOMPARE(decoded->sessions[1].account.userId, v.at(1)[u"expected"][u"user_id"].toInteger());
        auto missing = parseAccountChoice(QStringLiteral("--account"), QStringLiteral("slot:2"));
        QVERIFY(!resolveAccount(QStringLiteral("--account"), decoded.value(), *missing).ok());
        QVERIFY(!parseAccountChoice(QStringLiteral("--account"), QStringLiteral("slot:x")).ok());
        QVERIFY(parseAccountChoice(QStringLiteral("--account"), QStringLiteral("name:work")).ok());
        // Written back: both accounts, in slots 0 and 1.
        ConvertTarget target{.format = Format::AndroidTgnet};
        target.moreAccounts = {decoded->sessions[1]};
        const QString out = temp.filePath(QStringLiteral("out"));
        QVERIFY(writeTo(decoded->sessions[0], target, out, false).ok());
        Result<DecodedSession> reread = openPath(out);
        QVERIFY(reread.ok());
        QCOMPARE(reread->sessions.size(), std::size_t(2));
        std::vector<Session> expected = decoded->sessions;
        for (Session &s : expected)
            s.account.isBot = s.account.isBot.value_or(false);
        QVERIFY(reread->sessions == expected);
    }

    void damaged()
    {
        const QByteArray file = readFile(pathOf(androidVectors().at(0)) + QStringLiteral("/files/tgnet.dat"));
        for (qsizetype cut = 4; cut < file.size(); cut += 97) {
            QByteArray shorter = file.first(cut);
            qToLittleEndian<quint32>(quint32(cut - 4), shorter.data());
            auto read = tgnet::read(shorter);
            QVERIFY(!read.ok() || read->loggedOut);
        }
    }

    // A damaged file naming one DC in two records: the app keeps the later
    // one, reading both would merge two keys into one DC. Refused, saying which.
    void repeatedDatacenterRefused()
    {
        Session s;
        s.homeDcId = 2;
        for (const std::int32_t id : {2, 4}) {
            DcEntry dc;
            dc.dcId = id;
            dc.addr = QStringLiteral("149.154.167.%1:443").arg(id);
            dc.authKey = AuthKey::fromBytes(QByteArray(AuthKey::Size, char(id)));
            s.dcs.push_back(dc);
        }
        Result<QByteArray> written = tgnet::write(s);
        QVERIFY(written.ok());
        QVERIFY(tgnet::read(*written).ok());
        QByteArray damaged = *written;
        // Each datacenter record opens with its version (13) and its id.
        QByteArray second(8, '\0');
        qToLittleEndian<quint32>(13, second.data());
        qToLittleEndian<quint32>(4, second.data() + 4);
        const qsizetype at = damaged.indexOf(second);
        QVERIFY(at > 0);
        qToLittleEndian<quint32>(2, damaged.data() + at + 4);
        auto read = tgnet::read(damaged);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(QStringLiteral("datacenter 2 of 2 names DC 2 a second time")),
                 qPrintable(read.error().message));
    }

    void writeNeedsUserId()
    {
        Result<DecodedSession> decoded = openPath(pathOf(androidVectors().at(0)));
        QVERIFY(decoded.ok());
        Session s = decoded->session();
        s.account.userId.reset();
        QCOMPARE(preflight(s, ConvertTarget{.format = Format::AndroidTgnet}).error().missing, MissingValue::UserId);
    }
};

QTEST_GUILESS_MAIN(TestAndroid)
#include "tst_android.moc"
