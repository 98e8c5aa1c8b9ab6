// Opening by content: SQLite header, then every string reading, then binary;
// the file name never decides. Opening writes nothing.
#include "testsupport.h"

#include "detect/detect.h"
#include "formats/tdesktop/tdata.h"
#include "open/locations.h"
#include "open/opener.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;

namespace {

QString vectorDir()
{
    return test::dataPath(QStringLiteral("vectors/ferogram"));
}

QString vector(const QString &name)
{
    return vectorDir() + u'/' + name;
}

Format expectedFormat(const QString &kind, const QJsonObject &expected)
{
    if (kind == u"sqlite")
        return Format::FerogramSqlite;
    if (kind == u"binary")
        return Format::FerogramBinary;
    if (kind == u"native")
        return Format::FerogramNative;
    return expected[u"version"].toInt() == 1 ? Format::FerogramCompactV1 : Format::FerogramCompactV2;
}

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile::copy(info.filePath(), to + u'/' + info.fileName());
        QFile(to + u'/' + info.fileName())
            .setPermissions(QFile::ReadOwner | QFile::WriteOwner); // a writable folder: the harder case
    }
}

} // namespace

class TestOpener : public QObject {
    Q_OBJECT

private slots:
    // Every upstream-written vector that upstream reads: detected as its
    // container (by content: the names are not consulted).
    void detectsEveryUpstreamVector_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        for (const QJsonValue &v : test::manifestVectors(QStringLiteral("ferogram"))) {
            const QString file = v[u"file"].toString();
            const QJsonObject expected = v[u"expected"].toObject();
            if (!file.startsWith(u"fg0") || expected.contains(u"error") || expected.contains(u"no_session"))
                continue;
            QTest::newRow(qPrintable(file)) << file << int(expectedFormat(v[u"kind"].toString(), expected));
        }
    }

    void detectsEveryUpstreamVector()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        // Under a neutral name, so only the content can decide.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("input"));
        QVERIFY(QFile::copy(vector(file), copy));
        Result<DecodedSession> d = openPath(copy);
        QVERIFY2(d.ok(), d ? "" : qPrintable(d.error().message));
        QCOMPARE(int(d->format), format);
        // Bytes from stdin read the same way.
        Result<DecodedSession> fromBytes = openBytes(test::readFile(copy));
        QVERIFY2(fromBytes.ok(), fromBytes ? "" : qPrintable(fromBytes.error().message));
        QCOMPARE(int(fromBytes->format), format);
        QVERIFY(fromBytes->sessions == d->sessions);
    }

    // Which folder opens as one session: a tdata or GramJS store folder
    // itself, Telegram Desktop's folder through its tdata/, nothing else.
    void sessionFolderFor()
    {
        QTemporaryDir dir;
        const QString tdata = test::dataPath(QStringLiteral("vectors/foreign/tdata/tdata_two_accounts"));
        const QString store = test::dataPath(QStringLiteral("vectors/foreign/gramjs/gramjs_store_dc4"));
        QCOMPARE(fero::sessionFolderFor(tdata), QFileInfo(tdata).absoluteFilePath());
        QCOMPARE(fero::sessionFolderFor(store), QFileInfo(store).absoluteFilePath());
        const QString desktop = dir.filePath(QStringLiteral("TelegramDesktop"));
        copyFolder(tdata, desktop + QStringLiteral("/tdata"));
        QCOMPARE(fero::sessionFolderFor(desktop), desktop + QStringLiteral("/tdata"));
        QCOMPARE(fero::sessionFolderFor(dir.path()), QString()); // an ordinary folder: scanned
        QCOMPARE(fero::sessionFolderFor(vector(QStringLiteral("fg065-typical.session"))), QString()); // a file
        QCOMPARE(fero::sessionFolderFor(dir.filePath(QStringLiteral("missing"))), QString());
    }

    void nativeNamedLikeCompactReadsAsNative()
    {
        Result<DecodedSession> d = openPath(vector(QStringLiteral("compact-given-native.compact-v2.txt")));
        QVERIFY2(d.ok(), d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->format, Format::FerogramNative);

        QTemporaryDir dir;
        const QString disguised = dir.filePath(QStringLiteral("account.compact-v2.txt"));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-typical.native.txt")), disguised));
        Result<DecodedSession> n = openPath(disguised);
        QVERIFY(n.ok());
        QCOMPARE(n->format, Format::FerogramNative);
        QCOMPARE(n->version, 8);
        const Detection detection = detectText(QString::fromLatin1(test::readFile(disguised)));
        QVERIFY(detection.result.ok());
        // The compact reading was tried and rejected, with its reason.
        const auto compact =
            std::find_if(detection.rejected.begin(), detection.rejected.end(), [](const RejectedReading &r) {
                return r.format == Format::FerogramCompactV1 || r.format == Format::FerogramCompactV2;
            });
        QVERIFY(compact != detection.rejected.end());
        QVERIFY(!compact->reason.isEmpty());
    }

    // Detected text carries why it read as it did (the CLI's "Detected as"),
    // through every way in; a forced format or a non-text source needs none.
    void explainsDetectedText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("via");
        QTest::addColumn<bool>("forced");
        QTest::addColumn<QString>("first"); // the explanation's first line starts so; empty = no explanation
        const QString telethon = test::dataPath(QStringLiteral("vectors/foreign/telethon/telethon_str_dc2_v4.txt"));
        const QString native = vector(QStringLiteral("fg065-typical.native.txt"));
        const QString binary = vector(QStringLiteral("fg065-typical.session"));
        QTest::newRow("telethon path") << telethon << "path" << false << "Telethon string, IPv4, 353 characters";
        QTest::newRow("telethon bytes") << telethon << "bytes" << false << "Telethon string, IPv4, 353 characters";
        QTest::newRow("telethon text") << telethon << "text" << false << "Telethon string, IPv4, 353 characters";
        QTest::newRow("native path") << native << "path" << false << "ferogram native string";
        QTest::newRow("telethon forced") << telethon << "path" << true << QString();
        QTest::newRow("binary file") << binary << "path" << false << QString();
    }

    void explainsDetectedText()
    {
        QFETCH(QString, file);
        QFETCH(QString, via);
        QFETCH(bool, forced);
        QFETCH(QString, first);
        const QByteArray bytes = test::readFile(file);
        std::optional<Format> format;
        if (forced)
            format = Format::TelethonString;
        const Result<DecodedSession> d = via == u"path"    ? openPath(file, format)
                                         : via == u"bytes" ? openBytes(bytes, format)
                                                           : openText(QString::fromLatin1(bytes), format);
        QVERIFY2(d.ok(), d ? "" : qPrintable(d.error().message));
        if (first.isEmpty()) {
            QVERIFY2(d->explanation.isEmpty(), qPrintable(d->explanation.join(u'\n')));
            return;
        }
        QVERIFY(!d->explanation.isEmpty());
        QVERIFY2(d->explanation.front().startsWith(first), qPrintable(d->explanation.join(u'\n')));
    }

    // The usual tdata folders come through the core (open/locations.h), as
    // tdata lists them: the existing ones say whether a passcode is set.
    void usualTdataLocations()
    {
        const std::vector<SessionLocation> all = fero::usualTdataLocations(true);
        QCOMPARE(qsizetype(all.size()), tdata::usualLocations().size());
        for (const SessionLocation &location : all)
            QCOMPARE(location.needsPasscode.has_value(), location.exists);
        for (const SessionLocation &location : fero::usualTdataLocations(false))
            QVERIFY(location.exists);
    }

    void forcedFormatOverridesDetection()
    {
        const QString native = vector(QStringLiteral("fg065-typical.native.txt"));
        Result<DecodedSession> asCompact = openPath(native, Format::FerogramCompactV2);
        QVERIFY(!asCompact);
        QCOMPARE(asCompact.error().kind, ErrorKind::Invalid);
        Result<DecodedSession> asBinary = openPath(native, Format::FerogramBinary);
        QVERIFY(!asBinary);
        Result<DecodedSession> asNative = openPath(native, Format::FerogramNative);
        QVERIFY(asNative.ok());
        Result<DecodedSession> sqliteAsBinary =
            openPath(vector(QStringLiteral("fg065-typical.sqlite")), Format::FerogramBinary);
        QVERIFY(!sqliteAsBinary);
        Result<DecodedSession> binaryAsSqlite =
            openPath(vector(QStringLiteral("fg065-typical.session")), Format::FerogramSqlite);
        QVERIFY(!binaryAsSqlite);
    }

    void textWithWhiteSpaceAndPastes()
    {
        const QString text =
            QString::fromLatin1(test::readFile(vector(QStringLiteral("fg065-ipv4-dc2.compact-v2.txt"))));
        Result<DecodedSession> d = openText(QStringLiteral("\n  ") + text + QStringLiteral("  \n"));
        QVERIFY(d.ok());
        QCOMPARE(d->format, Format::FerogramCompactV2);
        Result<DecodedSession> garbage = openText(QStringLiteral("not a session at all"));
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().kind, ErrorKind::Invalid);
    }

    void refusesFoldersMissingAndHugeFiles()
    {
        QTemporaryDir dir;
        Result<DecodedSession> folder = openPath(dir.path());
        QVERIFY(!folder);
        QVERIFY(folder.error().message.contains(QStringLiteral("folder")));
        Result<DecodedSession> missing = openPath(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope")))); // and nothing was created

        QFile huge(dir.filePath(QStringLiteral("huge.session")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(MaxSessionFileBytes + 1)); // sparse: costs no disk
        huge.close();
        Result<DecodedSession> big = openPath(huge.fileName());
        QVERIFY(!big);
        QCOMPARE(big.error().kind, ErrorKind::Invalid);
        QVERIFY(big.error().message.contains(QStringLiteral("MiB")));
    }

    void warnsAboutOthersReadableFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.session"));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-fresh-login.session")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        Result<DecodedSession> open = openPath(path);
        QVERIFY(open.ok());
        QVERIFY(open->warnings.join(u' ').contains(QStringLiteral("0644")));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Result<DecodedSession> closed = openPath(path);
        QVERIFY(closed.ok());
        QVERIFY(!closed->warnings.join(u' ').contains(QStringLiteral("readable by other users")));
    }

    void sqliteFromBytesLeavesNothing()
    {
        const QByteArray db = test::readFile(vector(QStringLiteral("fg065-typical.sqlite")));
        Result<DecodedSession> d = openBytes(db);
        QVERIFY2(d.ok(), d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->format, Format::FerogramSqlite);
        Result<DecodedSession> fromFile = openPath(vector(QStringLiteral("fg065-typical.sqlite")));
        QVERIFY(fromFile.ok());
        QVERIFY(fromFile->sessions == d->sessions);
    }

    // Opening every vector (all kinds, errors included) changes no byte and
    // creates no file, in a writable copy of the folder.
    void openingWritesNothing()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("vectors"));
        copyFolder(vectorDir(), copy);
        const auto before = test::folderFingerprint(copy);
        QVERIFY(before.size() > 100);
        for (const QString &name : QDir(copy).entryList(QDir::Files)) {
            (void)openPath(copy + u'/' + name);
            (void)openBytes(test::readFile(copy + u'/' + name));
        }
        QCOMPARE(test::folderFingerprint(copy), before);
    }

    void looksLikeText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        QTest::newRow("url-safe") << QByteArray("AbC-_09") << true;
        QTest::newRow("standard + padding + newline") << QByteArray("Ab+/==\n") << true;
        QTest::newRow("only white space") << QByteArray(" \n\t") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("binary v8") << QByteArray("\x08\x02\x00\x00\x00", 5) << false;
        QTest::newRow("one bad character") << QByteArray("abc!") << true;
        QTest::newRow("a string with a bad character")
            << QByteArray(QByteArray(300, 'A') + "!" + QByteArray(52, 'B') + "=\n") << true;
        QTest::newRow("quoted string") << QByteArray("'" + QByteArray(350, 'x') + "'") << true;
        QTest::newRow("prose") << QByteArray("Hello, world: (this is) not a session! Really.") << false;
        QTest::newRow("control byte") << QByteArray("AbC\x01") << false;
        QTest::newRow("non-ASCII") << QByteArray("AbC\xc3\xa9") << false;
    }

    void looksLikeText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        QCOMPARE(fero::looksLikeText(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestOpener)
#include "tst_opener.moc"
