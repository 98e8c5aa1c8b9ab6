// WTelegramClient session files: every manifest vector decodes to `expected`
// with its key, no key is "needs a key" and a wrong key "wrong", detection
// comes before ferogram's binary reader, the ring's stale blocks are a
// warning, a bare block is read only when forced, and what we write is the
// newest JSON generation with numeric flags that reads back equal.
#include "foreignfixtures.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/wtelegram/wtelegramfile.h"
#include "open/opener.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using namespace fero::test;

namespace {

const QStringList kSummaryKeys{QStringLiteral("dc_id"),   QStringLiteral("ip"),        QStringLiteral("port"),
                               QStringLiteral("ipv6"),    QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                               QStringLiteral("is_bot"),  QStringLiteral("test_mode"), QStringLiteral("api_id")};

QList<QJsonObject> wtelegramVectors()
{
    QList<QJsonObject> out;
    const QJsonDocument doc = QJsonDocument::fromJson(
        readFile(dataPath(QStringLiteral("vectors/foreign/manifest.android-wtelegram-tdata.json"))));
    for (const QJsonValue &v : doc[u"vectors"].toArray())
        if (v[u"format"].toString() == u"wtelegram-session")
            out << v.toObject();
    return out;
}

QString pathOf(const QJsonObject &vector)
{
    return dataPath(QStringLiteral("vectors/foreign/") + vector[u"file"].toString());
}

QString keyOf(const QJsonObject &vector)
{
    const QJsonObject with = vector[u"read_with"].toObject();
    return with.contains(u"session_key") ? with[u"session_key"].toString() : with[u"api_hash"].toString();
}

} // namespace

class TestWtelegram : public QObject {
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QList<QJsonObject> vectors = wtelegramVectors();
        QVERIFY(vectors.size() >= 4);
        for (const QJsonObject &v : vectors)
            QTest::newRow(qPrintable(v[u"name"].toString())) << v;
    }

    // Detected by content (not as a damaged ferogram v8 file) and decoded to
    // the manifest's summary; opening changes nothing.
    void decodes_data() { vectors_data(); }
    void decodes()
    {
        QFETCH(QJsonObject, vector);
        QTemporaryDir temp;
        const QString copy = copyVector(pathOf(vector), temp.filePath(QStringLiteral("WTelegram.session")));
        const auto before = folderFingerprint(temp.path());
        Result<DecodedSession> decoded = openPath(copy, std::nullopt, keyOf(vector));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->format, Format::WtelegramSession);
        const QString diff =
            jsonDiff(pick(vector[u"expected"].toObject(), kSummaryKeys), summaryOf(decoded->session(), true));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(decoded->explanation.join(u' ').contains(u"ferogram binary"));
        const bool legacy = vector[u"name"].toString().endsWith(u"legacy");
        QCOMPARE(decoded->layout.contains(u"4.3.3"), legacy);
        // The ring leaves older blocks in the file: a warning says so.
        const bool ring = vector[u"expected"][u"wtelegram"][u"writes"].toArray().size() > 1;
        QCOMPARE(decoded->warnings.join(u' ').contains(u"older saves"), ring);
        QCOMPARE(folderFingerprint(temp.path()), before);
    }

    void needsAKey_data() { vectors_data(); }
    void needsAKey()
    {
        QFETCH(QJsonObject, vector);
        Result<DecodedSession> none = openPath(pathOf(vector));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().lock, Lock::PasscodeNeeded);
        QVERIFY(none.error().message.contains(u"WTelegramClient"));
        Result<DecodedSession> wrong = openPath(pathOf(vector), std::nullopt, QString(32, u'0'));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().lock, Lock::WrongPasscode);
        Result<DecodedSession> malformed = openPath(pathOf(vector), std::nullopt, QStringLiteral("not hex"));
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().lock, Lock::WrongPasscode);
    }

    // Written as the newest generation with numeric flags; reads back equal,
    // 0600, a header naming one block at 8 and nothing else.
    void roundTrip_data() { vectors_data(); }
    void roundTrip()
    {
        QFETCH(QJsonObject, vector);
        Result<DecodedSession> decoded = openPath(pathOf(vector), std::nullopt, keyOf(vector));
        QVERIFY(decoded.ok());
        ConvertTarget target{.format = Format::WtelegramSession};
        target.passcode = keyOf(vector);
        QVERIFY(lossReport(decoded->session(), target).lossless());
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("out.session"));
        Status written = writeTo(decoded->session(), target, out, false);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray bytes = readFile(out);
        const auto place = wtelegram::headerBlock(bytes);
        QVERIFY(place);
        QCOMPARE(place->position, 8);
        QCOMPARE(qsizetype(8 + place->length), bytes.size());
        Result<SecretBuffer> key = wtelegram::keyFromHex(keyOf(vector));
        Result<SecretBuffer> json = wtelegram::decryptBlock(QByteArrayView(bytes).sliced(8), key->view());
        QVERIFY(json.ok());
        const QByteArray text = json->view().toByteArray();
        QVERIFY(text.startsWith("{\"ApiId\":"));
        QVERIFY(!text.contains("\"flags\":\"")); // numbers, which every release reads
        QVERIFY(!text.contains(":0,") && !text.contains("null"));
        Result<DecodedSession> reread = openPath(out, std::nullopt, keyOf(vector));
        QVERIFY(reread.ok());
        QVERIFY(reread->session() == decoded->session());
    }

    // A custom stream's bare block: read only with --from wtelegram-session.
    void bareBlockOnlyWhenForced()
    {
        const QJsonObject vector = wtelegramVectors().constFirst();
        const QByteArray file = readFile(pathOf(vector));
        const auto place = wtelegram::headerBlock(file);
        QVERIFY(place);
        QTemporaryDir temp;
        const QString bare = temp.filePath(QStringLiteral("bare.bin"));
        QFile out(bare);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.mid(place->position, place->length));
        out.close();
        Result<DecodedSession> detected = openPath(bare, std::nullopt, keyOf(vector));
        QVERIFY(!detected.ok() || detected->format != Format::WtelegramSession);
        Result<DecodedSession> forced = openPath(bare, Format::WtelegramSession, keyOf(vector));
        QVERIFY2(forced.ok(), qPrintable(forced.ok() ? QString() : forced.error().message));
        QVERIFY(forced->warnings.join(u' ').contains(u"bare block"));
        QCOMPARE(forced->session().account.userId, vector[u"expected"][u"user_id"].toInteger());
    }

    // Writing needs the key and the api_id; neither is invented.
    void writeRefusals()
    {
        const QJsonObject vector = wtelegramVectors().constFirst();
        Result<DecodedSession> decoded = openPath(pathOf(vector), std::nullopt, keyOf(vector));
        QVERIFY(decoded.ok());
        ConvertTarget target{.format = Format::WtelegramSession};
        QCOMPARE(preflight(decoded->session(), target).error().kind, ErrorKind::Usage);
        target.passcode = keyOf(vector);
        Session noApi = decoded->session();
        noApi.account.apiId.reset();
        QCOMPARE(preflight(noApi, target).error().missing, MissingValue::ApiId);
        QVERIFY(preflight(decoded->session(), target).ok());
    }
};

QTEST_GUILESS_MAIN(TestWtelegram)
#include "tst_wtelegram.moc"
