// Telegram Desktop tdata: every vector decodes (with and without passcode,
// every account), each crypto step matches the manifest, writing re-reads
// equal with the vectors' structure, and damaged input gives clear errors.
#include "foreignfixtures.h"
#include "testsupport.h"

#include "convert/convert.h"
#include "formats/tdesktop/tdata.h"
#include "open/opener.h"
#include "formats/tdesktop/tdatacrypto.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace fero;
using namespace fero::test;

namespace {

QJsonObject tdataVector(const QString &name)
{
    for (const QJsonObject &v : vectorsOfKind(QStringLiteral("foreign"), QStringLiteral("tdata")))
        if (v[u"name"].toString() == name)
            return v;
    qFatal("no tdata vector %s", qPrintable(name));
}

QString vectorPath(const QJsonObject &v)
{
    return dataPath(QStringLiteral("vectors/foreign/") + v[u"file"].toString());
}

QString passcodeOf(const QJsonObject &v)
{
    return v[u"expected"][u"tdata"][u"passcode"].toString();
}

// QDataStream QByteArrays of a TDF$ file's payload (for step-by-step checks).
QList<QByteArray> payloadArrays(const QString &file)
{
    const QByteArray bytes = readFile(file);
    QByteArray payload = bytes.sliced(8, bytes.size() - 24);
    QList<QByteArray> out;
    qsizetype at = 0;
    while (at + 4 <= payload.size()) {
        const quint32 n = quint32(quint8(payload[at])) << 24 | quint32(quint8(payload[at + 1])) << 16
                          | quint32(quint8(payload[at + 2])) << 8 | quint32(quint8(payload[at + 3]));
        out << payload.sliced(at + 4, n);
        at += 4 + n;
    }
    return out;
}

QStringList fileList(const QString &folder)
{
    return folderFingerprint(folder).keys();
}

} // namespace

class TestTdata : public QObject {
    Q_OBJECT

private slots:
    void fileKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("data") << "data"
                              << "D877F783D5D3EF8C";
        QTest::newRow("data#2") << "data#2"
                                << "A7FDF864FBC10B77";
        QTest::newRow("data#3") << "data#3"
                                << "F8806DD0C461824F";
    }
    void fileKeys()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(tdata::fileKey(name), key);
    }

    // key_datas lists 32-bit account indices; the file name of any of them,
    // INT_MAX too (index + 1 overflowed int: found by the tdata fuzz target).
    void accountDataNames()
    {
        QCOMPARE(tdata::accountDataName(0), QStringLiteral("data"));
        QCOMPARE(tdata::accountDataName(1), QStringLiteral("data#2"));
        QCOMPARE(tdata::accountDataName(std::numeric_limits<std::int32_t>::max()), QStringLiteral("data#2147483648"));
        QCOMPARE(tdata::accountDataName(-1), QStringLiteral("data#0"));
    }

    void igeRoundTrip()
    {
        const QByteArray key = tdatacrypto::randomBytes(32), iv = tdatacrypto::randomBytes(32);
        const QByteArray plain = tdatacrypto::randomBytes(96);
        const QByteArray cipher = tdatacrypto::aesIgeEncrypt(plain, key, iv);
        QCOMPARE(cipher.size(), plain.size());
        QVERIFY(cipher != plain);
        QCOMPARE(tdatacrypto::aesIgeDecrypt(cipher, key, iv), plain);
        const QByteArray local = tdatacrypto::randomBytes(256);
        const auto back = tdatacrypto::decryptLocal(tdatacrypto::encryptLocal("hello", local), local);
        QVERIFY(back.data);
        QCOMPARE(*back.data, QByteArray("hello"));
    }

    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonObject &v : vectorsOfKind(QStringLiteral("foreign"), QStringLiteral("tdata")))
            QTest::newRow(qPrintable(v[u"name"].toString())) << v;
    }

    // Salt -> passcode key -> local key -> account list, against the manifest.
    void cryptoSteps_data() { vectors_data(); }
    void cryptoSteps()
    {
        QFETCH(QJsonObject, vector);
        const QJsonObject keyData = vector[u"expected"][u"tdata"][u"key_data"].toObject();
        const QList<QByteArray> arrays = payloadArrays(vectorPath(vector) + QStringLiteral("/key_datas"));
        QCOMPARE(arrays.size(), 3);
        QCOMPARE(arrays[0].toHex(), keyData[u"salt"].toString().toLatin1());
        QCOMPARE(arrays[1].size(), keyData[u"key_encrypted_len"].toInt());
        const QByteArray passKey = tdatacrypto::passcodeKey(arrays[0], passcodeOf(vector).toUtf8());
        QCOMPARE(passKey.toHex(), keyData[u"passcode_key"].toString().toLatin1());
        const auto local = tdatacrypto::decryptLocal(arrays[1], passKey);
        QVERIFY(local.data);
        QCOMPARE(local.data->toHex(), keyData[u"local_key"].toString().toLatin1());
        const auto info = tdatacrypto::decryptLocal(arrays[2], *local.data);
        QVERIFY(info.data);
        QCOMPARE(info.data->size(), 4 * (2 + keyData[u"count"].toInt()));
        const QJsonArray accounts = vector[u"expected"][u"tdata"][u"accounts"].toArray();
        for (const QJsonValue &account : accounts) {
            const QString file = vectorPath(vector) + u'/' + account[u"file_key"].toString() + u's';
            const auto settings = tdatacrypto::decryptLocal(payloadArrays(file).value(0), *local.data);
            QVERIFY(settings.data);
            QCOMPARE(settings.data->toHex(), account[u"mtp_settings_plaintext"].toString().toLatin1());
        }
    }

    void decodes_data() { vectors_data(); }
    void decodes()
    {
        QFETCH(QJsonObject, vector);
        QTemporaryDir temp;
        const QString copy = copyVector(vectorPath(vector), temp.filePath(QStringLiteral("tdata")));
        const auto before = folderFingerprint(temp.path());
        tdata::Problem problem = tdata::Problem::Damaged;
        auto decoded = tdata::read(copy, passcodeOf(vector), &problem);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(problem, tdata::Problem::None);
        QCOMPARE(folderFingerprint(temp.path()), before);
        QCOMPARE(decoded->format, Format::TdesktopTdata);

        const QJsonArray accounts = vector[u"expected"][u"tdata"][u"accounts"].toArray();
        QCOMPARE(qsizetype(decoded->sessions.size()), accounts.size());
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const Session &s = decoded->sessions[std::size_t(i)];
            QCOMPARE(qint64(s.account.userId.value_or(-1)), accounts[i][u"user_id"].toInteger());
            QCOMPARE(s.homeDcId, accounts[i][u"main_dc_id"].toInt());
            const QJsonArray keys = accounts[i][u"auth_keys"].toArray();
            QCOMPARE(qsizetype(s.dcs.size()), keys.size());
            for (qsizetype k = 0; k < keys.size(); ++k) {
                QCOMPARE(s.dcs[std::size_t(k)].dcId, keys[k][u"dc_id"].toInt());
                QCOMPARE(s.dcs[std::size_t(k)].authKey->toHex(), keys[k][u"key"].toString().toLatin1());
            }
        }
        // Top-level keys = the first account's.
        const QStringList keys{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                               QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                               QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};
        const QString diff = jsonDiff(pick(vector[u"expected"].toObject(), keys), summaryOf(decoded->session(), false));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Written tdata re-reads equal to the input (under a UTF-8 passcode) and
    // has the vector's file names and sizes (salt and padding differ).
    void writes_data() { vectors_data(); }
    void writes()
    {
        QFETCH(QJsonObject, vector);
        auto decoded = tdata::read(vectorPath(vector), passcodeOf(vector));
        QVERIFY(decoded.ok());
        QTemporaryDir temp;
        const QString out = temp.filePath(QStringLiteral("tdata"));
        const QString passcode = QStringLiteral("pässwörd 🔑");
        QVERIFY(tdata::write(decoded->sessions, out, passcode).ok());
        QVERIFY(!QFileInfo(out + QStringLiteral("/key_datas")).permissions().testFlag(QFile::ReadOther));
        QCOMPARE(fileList(out), fileList(vectorPath(vector)));
        for (const QJsonValue &file : vector[u"expected"][u"tdata"][u"files"].toArray())
            QCOMPARE(QFileInfo(out + u'/' + file[u"path"].toString()).size(), file[u"size"].toInteger());
        QVERIFY(tdata::needsPasscode(out));
        auto reread = tdata::read(out, passcode);
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().message));
        QVERIFY(reread->sessions == decoded->sessions);
        // Without a passcode the same sessions give a folder that needs none.
        const QString plain = temp.filePath(QStringLiteral("plain"));
        QVERIFY(tdata::write(decoded->sessions, plain).ok());
        QVERIFY(!tdata::needsPasscode(plain));
        QVERIFY(tdata::read(plain)->sessions == decoded->sessions);
    }

    // No passcode given where one is set is its own outcome ("needed"), never
    // shown as a wrong one; a wrong one says so. Both carry the Lock a caller
    // reacts to (ask, ask again).
    void lockedOutcomes_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QString>("passcode");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("lock");
        QTest::addColumn<QString>("says");
        QTest::newRow("none given") << "tdata_single_passcode"
                                    << "" << int(tdata::Problem::PasscodeNeeded) << int(Lock::PasscodeNeeded)
                                    << "protected by a local passcode";
        QTest::newRow("wrong") << "tdata_single_passcode"
                               << "correct horse!" << int(tdata::Problem::WrongPasscode) << int(Lock::WrongPasscode)
                               << "Wrong passcode";
        QTest::newRow("given, not needed") << "tdata_single_nopass"
                                           << "x" << int(tdata::Problem::WrongPasscode) << int(Lock::WrongPasscode)
                                           << "Wrong passcode";
    }
    void lockedOutcomes()
    {
        QFETCH(QString, vector);
        QFETCH(QString, passcode);
        QFETCH(int, problem);
        QFETCH(int, lock);
        QFETCH(QString, says);
        const QString folder = vectorPath(tdataVector(vector));
        tdata::Problem why = tdata::Problem::None;
        auto decoded = tdata::read(folder, passcode, &why);
        QVERIFY(!decoded.ok());
        QCOMPARE(int(why), problem);
        QCOMPARE(int(decoded.error().lock), lock);
        QCOMPARE(decoded.error().kind, ErrorKind::Invalid);
        QVERIFY2(decoded.error().message.contains(says), qPrintable(decoded.error().message));
        // The source layer returns the same outcome: neither face calls the codec.
        auto opened = openPath(folder, std::nullopt, passcode);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().lock), lock);
        QCOMPARE(tdata::needsPasscode(folder), vector == u"tdata_single_passcode");
    }

    // A PasscodeKeyFunction replaces only the derivation: given the key
    // passcodeKey would derive, read() gives the same sessions; it is asked
    // once, for the key file's salt and the passcode in UTF-8; any other key
    // reads as a wrong passcode.
    void derivedKeyFunction()
    {
        const QJsonObject vector = tdataVector(QStringLiteral("tdata_single_passcode"));
        const QString passcode = passcodeOf(vector);
        const QByteArray salt = payloadArrays(vectorPath(vector) + QStringLiteral("/key_datas")).value(0);
        static QByteArray seenSalt, seenPasscode, key;
        static int calls = 0;
        key = tdatacrypto::passcodeKey(salt, passcode.toUtf8());
        const auto cached = [](QByteArrayView s, QByteArrayView p) {
            ++calls;
            seenSalt = s.toByteArray();
            seenPasscode = p.toByteArray();
            return key;
        };
        tdata::Problem problem = tdata::Problem::Damaged;
        auto viaCache = tdata::read(vectorPath(vector), passcode, &problem, cached);
        QVERIFY2(viaCache.ok(), qPrintable(viaCache.ok() ? QString() : viaCache.error().message));
        QCOMPARE(problem, tdata::Problem::None);
        QCOMPARE(calls, 1);
        QCOMPARE(seenSalt, salt);
        QCOMPARE(seenPasscode, passcode.toUtf8());
        auto derived = tdata::read(vectorPath(vector), passcode);
        QVERIFY(derived.ok());
        QVERIFY(viaCache->sessions == derived->sessions);

        key = tdatacrypto::passcodeKey(salt, QByteArrayLiteral("correct horse!"));
        QVERIFY(!tdata::read(vectorPath(vector), passcode, &problem, cached).ok());
        QCOMPARE(problem, tdata::Problem::WrongPasscode);
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("file");  // relative to the tdata copy
        QTest::addColumn<int>("keepBytes"); // -1 = delete the file
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("problem");
        QTest::newRow("key_datas short") << "key_datas" << 20 << "truncated" << int(tdata::Problem::Damaged);
        QTest::newRow("key_datas cut") << "key_datas" << 300 << "MD5" << int(tdata::Problem::Damaged);
        QTest::newRow("account cut") << "D877F783D5D3EF8Cs" << 347 << "MD5" << int(tdata::Problem::Damaged);
        QTest::newRow("account missing") << "D877F783D5D3EF8Cs" << -1 << "not found"
                                         << int(tdata::Problem::MissingFile);
        QTest::newRow("map missing") << "D877F783D5D3EF8C/maps" << -1 << "map file" << int(tdata::Problem::MissingFile);
        QTest::newRow("map cut") << "D877F783D5D3EF8C/maps" << 40 << "map file" << int(tdata::Problem::Damaged);
    }
    void damaged()
    {
        QFETCH(QString, file);
        QFETCH(int, keepBytes);
        QFETCH(QString, message);
        QFETCH(int, problem);
        QTemporaryDir temp;
        const QString copy = copyVector(vectorPath(tdataVector(QStringLiteral("tdata_single_nopass"))),
                                        temp.filePath(QStringLiteral("tdata")));
        QFile target(copy + u'/' + file);
        if (keepBytes < 0)
            QVERIFY(target.remove());
        else
            QVERIFY(target.resize(keepBytes));
        tdata::Problem seen = tdata::Problem::None;
        auto decoded = tdata::read(copy, {}, &seen);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().message));
        QCOMPARE(int(seen), problem);
    }

    void notTdata()
    {
        // The folder that holds tdata: the error points inside.
        QTemporaryDir temp;
        copyVector(vectorPath(tdataVector(QStringLiteral("tdata_single_nopass"))),
                   temp.filePath(QStringLiteral("tdata")));
        tdata::Problem problem = tdata::Problem::None;
        auto decoded = tdata::read(temp.path(), {}, &problem);
        QVERIFY(!decoded.ok());
        QCOMPARE(problem, tdata::Problem::NotTdata);
        QVERIFY2(decoded.error().message.contains(QStringLiteral("key_datas not found here; did you mean ")
                                                  + temp.filePath(QStringLiteral("tdata")) + u'?'),
                 qPrintable(decoded.error().message));
        // Any other folder.
        decoded = tdata::read(dataPath(QStringLiteral("vectors/foreign/telethon")), {}, &problem);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message.contains(u"key_datas not found"));
    }

    void writeNeedsUserId()
    {
        auto decoded = tdata::read(vectorPath(tdataVector(QStringLiteral("tdata_single_nopass"))));
        QVERIFY(decoded.ok());
        std::vector<Session> sessions = decoded->sessions;
        sessions.front().account.userId.reset();
        QTemporaryDir temp;
        const Status status = tdata::write(sessions, temp.filePath(QStringLiteral("tdata")));
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(u"user id"));
        QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("tdata"))));
    }

    // Every account needs an auth key for its home DC, and preflight says so
    // before anything is written, for the accounts after the first too
    // (it checked only the first: found by the roundtripfiles fuzz target).
    void preflightChecksEveryAccount()
    {
        auto decoded = tdata::read(vectorPath(tdataVector(QStringLiteral("tdata_two_accounts"))));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->sessions.size(), std::size_t(2));
        ConvertTarget target;
        target.format = Format::TdesktopTdata;
        target.moreAccounts = {decoded->sessions[1]};
        QVERIFY(preflight(decoded->sessions[0], target).ok());
        target.moreAccounts.front().homeDcId = 99; // no key for it
        const Status refused = preflight(decoded->sessions[0], target);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(u"home DC 99"), qPrintable(refused.error().message));
        QTemporaryDir temp;
        QVERIFY(!writeTo(decoded->sessions[0], target, temp.filePath(QStringLiteral("tdata")), false).ok());
        QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("tdata"))));
    }

    void usualLocations()
    {
        qputenv("XDG_DATA_HOME", "/nonexistent-xdg");
        const QStringList paths = tdata::usualLocations();
        QVERIFY(paths.contains(QStringLiteral("/nonexistent-xdg/TelegramDesktop/tdata")));
        QVERIFY(paths.contains(QDir::homePath()
                               + QStringLiteral("/snap/telegram-desktop/current/.local/share/TelegramDesktop/tdata")));
        QVERIFY(paths.contains(QDir::homePath()
                               + QStringLiteral("/.var/app/org.telegram.desktop/data/TelegramDesktop/tdata")));
        QVERIFY(paths.filter(QStringLiteral("AyuGram")).size() >= 1);
        QVERIFY(paths.filter(QStringLiteral("64Gram")).size() >= 1);
        for (const QString &found : tdata::existingLocations())
            QVERIFY(paths.contains(found));
    }

    // android-wtelegram.md §3: what newer Desktop builds and forks write.
    void edgeCases()
    {
        const QString base = dataPath(QStringLiteral("vectors/foreign/tdata-edge/"));
        auto many = tdata::read(base + QStringLiteral("tdata_edge_pub_20acc"));
        QVERIFY(many.ok());
        QCOMPARE(many->sessions.size(), std::size_t(20));
        QCOMPARE(many->accountIds.back(), QStringLiteral("index:19"));
        QVERIFY(many->warnings.join(u' ').contains(u"at most 6"));
        ConvertTarget target{.format = Format::TdesktopTdata};
        target.moreAccounts.assign(many->sessions.begin() + 1, many->sessions.end());
        QCOMPARE(preflight(many->sessions.front(), target).error().kind, ErrorKind::Refused);
        target.allowManyAccounts = true;
        QVERIFY(preflight(many->sessions.front(), target).ok());

        auto stale = tdata::read(base + QStringLiteral("tdata_edge_pub_stale_legacy"));
        QVERIFY(stale.ok());
        QCOMPARE(stale->accountIds, (std::vector<QString>{QStringLiteral("index:0"), QStringLiteral("index:2")}));
        QVERIFY(stale->warnings.join(u' ').contains(u"key_data0"));

        // An unknown map key type does not fail the read; the warning names
        // the type and says Desktop itself would not load that account.
        auto unknownKey = tdata::read(base + QStringLiteral("tdata_edge_pub_map_unknown_key"));
        QVERIFY(unknownKey.ok());
        QCOMPARE(unknownKey->sessions.size(), std::size_t(2));
        const QStringList mapWarnings = unknownKey->warnings.filter(QStringLiteral("would not load this account"));
        QCOMPARE(mapWarnings.size(), 1);
        QVERIFY2(mapWarnings.front().contains(QStringLiteral("type 30")), qPrintable(mapWarnings.front()));
        // Maps Desktop reads (mtcute's and ours) give no such warning.
        QVERIFY(stale->warnings.filter(QStringLiteral("would not load this account")).isEmpty());
        QVERIFY(many->warnings.filter(QStringLiteral("would not load this account")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTdata)
#include "tst_tdata.moc"
