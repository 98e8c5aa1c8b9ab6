// Other libraries' session strings (foreign-formats.md §2, §4, §6-§8, §10):
// every manifest vector decodes to what the writing library decodes, our
// writers reproduce the libraries' output byte for byte, detection names the
// right format (including the ambiguous lengths) and explains itself, and
// damaged strings give clear errors.
#include "base/address.h"
#include "convert/convert.h"
#include "detect/detect.h"
#include "detect/foreignstrings.h"
#include "formats/gramjs/gramjsstring.h"
#include "formats/mtcute/mtcutestring.h"
#include "formats/mtkruto/mtkrutostring.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "formats/telethon/telethonstring.h"
#include "detect/stringverdicts.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fero;

namespace {

const QString Set = QStringLiteral("foreign");

QString vectorValue(const QJsonObject &entry)
{
    if (entry.contains(u"value"))
        return entry[u"value"].toString();
    return QString::fromUtf8(
        test::readFile(test::dataPath(QStringLiteral("vectors/foreign/") + entry[u"file"].toString())));
}

QMap<QString, QJsonObject> stringVectorsByName()
{
    QMap<QString, QJsonObject> byName;
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("string")))
        byName.insert(entry[u"name"].toString(), entry);
    return byName;
}

Format formatOf(const QJsonObject &entry)
{
    return *formatFromId(entry[u"format"].toString());
}

// The entry a string format exports: the home DC's entry with a key.
const DcEntry *homeEntry(const Session &session)
{
    for (const DcEntry &entry : session.dcs)
        if (entry.dcId == session.homeDcId && entry.authKey)
            return &entry;
    return nullptr;
}

template <typename T>
QString compareOptional(const char *field, const QJsonValue &expected, const std::optional<T> &actual)
{
    if (expected.isNull())
        return actual ? QStringLiteral("%1: expected null, got a value").arg(QLatin1StringView(field)) : QString();
    if (!actual)
        return QStringLiteral("%1: expected a value, got none").arg(QLatin1StringView(field));
    const bool equal = expected.isBool() ? expected.toBool() == bool(*actual) : expected.toInteger() == qint64(*actual);
    return equal ? QString()
                 : QStringLiteral("%1: expected %2").arg(QLatin1StringView(field)).arg(expected.toVariant().toString());
}

// The first difference between a decoded session and a manifest `expected`.
QString diffExpected(const QJsonObject &expected, const Session &session)
{
    if (expected[u"dc_id"].toInt() != session.homeDcId)
        return QStringLiteral("dc_id %1 != %2").arg(session.homeDcId).arg(expected[u"dc_id"].toInt());
    const DcEntry *home = homeEntry(session);
    if (!home)
        return QStringLiteral("no keyed home DC entry");
    if (QString::fromLatin1(home->authKey->toHex()) != expected[u"auth_key"].toString())
        return QStringLiteral("auth_key differs");
    if (!expected[u"ip"].isNull()) {
        const auto address = splitAddress(home->addr);
        if (!address || address->host != expected[u"ip"].toString() || address->port != expected[u"port"].toInt())
            return QStringLiteral("address %1 != %2").arg(home->addr, expected[u"ip"].toString());
        if (home->isIpv6() != expected[u"ipv6"].toBool())
            return QStringLiteral("ipv6 flag differs");
    }
    for (const QString &problem : {compareOptional("user_id", expected[u"user_id"], session.account.userId),
                                   compareOptional("is_bot", expected[u"is_bot"], session.account.isBot),
                                   compareOptional("test_mode", expected[u"test_mode"], session.account.testMode),
                                   compareOptional("api_id", expected[u"api_id"], session.account.apiId)})
        if (!problem.isEmpty())
            return problem;
    if (expected.contains(u"media_dc")) { // mtcute
        const QJsonValue media = expected[u"media_dc"];
        const DcEntry *mediaEntry = session.dcs.size() > 1 ? &session.dcs[1] : nullptr;
        if (media.isNull() != !mediaEntry)
            return QStringLiteral("media DC presence differs");
        if (mediaEntry) {
            const auto address = splitAddress(mediaEntry->addr);
            const QJsonObject m = media.toObject();
            if (!address || address->host != m[u"ip"].toString() || address->port != m[u"port"].toInt()
                || mediaEntry->dcId != m[u"id"].toInt() || mediaEntry->isIpv6() != m[u"ipv6"].toBool()
                || bool(mediaEntry->flags & DcFlag::MediaOnly) != m[u"media_only"].toBool())
                return QStringLiteral("media DC differs");
        }
    }
    return {};
}

// Writes a session in a string format with the options a manifest entry
// implies (Pyrogram: its layout and api_id).
Result<QString> writeAs(Format format, const Session &session, const QJsonObject &expected = {})
{
    switch (format) {
    case Format::TelethonString:
        return telethonstring::write(session, {});
    case Format::GramjsString:
        return gramjsstring::write(session, {});
    case Format::MtcuteString:
        return mtcutestring::write(session, {});
    case Format::MtkrutoString:
        return mtkrutostring::write(session, {});
    case Format::PyrogramString: {
        pyrogramstring::WriteOptions options;
        const QJsonValue apiId = expected[u"api_id"];
        if (apiId.isDouble())
            options.apiId = apiId.toInteger();
        else
            options.layout = pyrogramstring::Layout::Old64;
        return pyrogramstring::write(session, options);
    }
    default:
        return Error::usage(QStringLiteral("not a foreign string format"));
    }
}

// Conversions whose output depends on @mtcute/convert's own address table
// (§1.5, §11): compared by content, not byte for byte.
bool usesMtcuteAddressTable(const QJsonObject &entry, const QJsonObject &source)
{
    const Format from = formatOf(source);
    return formatOf(entry) == Format::MtcuteString && (from == Format::PyrogramString || from == Format::MtkrutoString);
}

QByteArray base64Url(const QByteArray &bytes, bool padded)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding
                          | (padded ? QByteArray::Base64Option(0) : QByteArray::OmitTrailingEquals));
}

} // namespace

class TestForeignStrings : public QObject {
    Q_OBJECT

private slots:
    void decodesToExpected_data();
    void decodesToExpected();
    void writerReproducesLibrary_data();
    void writerReproducesLibrary();
    void cutShortAndBadBase64_data();
    void cutShortAndBadBase64();
    void badCharacterInBytesIsAStringError_data();
    void badCharacterInBytesIsAStringError();
    void cutShortIsExplained_data();
    void cutShortIsExplained();
    void telethonAcceptsEitherAlphabet();
    void pyrogramOld32Layout();
    void ambiguousLengthsExplained();
    void libraryVerdicts();
    void verdictsMatchRealMisreads_data();
    void verdictsMatchRealMisreads();
    void pyrogramNeedsApiId();
    void gramjsRefusesSignedPortOverflow();
    void mtkrutoSplitsLongZeroRuns();
    void ferogramRoundTrips_data();
    void ferogramRoundTrips();
    void lossReportKeepsPromises_data();
    void lossReportKeepsPromises();
    void convertTargetValues();
};

void TestForeignStrings::decodesToExpected_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const auto vectors = test::vectorsOfKind(Set, QStringLiteral("string"));
    QVERIFY(vectors.size() >= 80);
    for (const QJsonObject &entry : vectors)
        QTest::newRow(qPrintable(entry[u"name"].toString())) << entry;
}

// Every vector: the format's reader gives `expected`, the same format's writer
// gives the library's text back exactly, and detection names the format.
void TestForeignStrings::decodesToExpected()
{
    QFETCH(QJsonObject, entry);
    const Format format = formatOf(entry);
    const QString text = vectorValue(entry);

    auto decoded = readStringAs(format, text);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->format, format);
    const QString problem = diffExpected(entry[u"expected"].toObject(), decoded->session());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    auto rewritten = writeAs(format, decoded->session(), entry[u"expected"].toObject());
    QVERIFY2(rewritten.ok(), qPrintable(rewritten.ok() ? QString() : rewritten.error().message));
    QCOMPARE(*rewritten, text);

    QStringList explanation;
    auto best = readBestString(text, &explanation);
    QVERIFY2(best.ok(), qPrintable(explanation.join(u'\n')));
    QVERIFY2(best->format == format, qPrintable(explanation.join(u'\n')));
    QVERIFY(explanation.first().startsWith(formatDisplayName(format)));
    QVERIFY2(best->session() == decoded->session(), "detection returned another reading");
}

void TestForeignStrings::writerReproducesLibrary_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<QJsonObject>("source");
    const auto byName = stringVectorsByName();
    int rows = 0;
    for (const QJsonObject &entry : byName) {
        const QString from = entry[u"produced_from"].toString();
        if (!byName.contains(from))
            continue; // made from a database or tdata: foreign-files' suites
        QTest::newRow(qPrintable(entry[u"name"].toString())) << entry << byName[from];
        ++rows;
    }
    QVERIFY(rows >= 40);
}

// A conversion written by a real library from another string: reading the
// source with our reader and writing with our writer gives the same text
// (or, where @mtcute/convert used its own address table, the same content).
void TestForeignStrings::writerReproducesLibrary()
{
    QFETCH(QJsonObject, entry);
    QFETCH(QJsonObject, source);
    auto decoded = readStringAs(formatOf(source), vectorValue(source));
    QVERIFY(decoded.ok());
    auto written = writeAs(formatOf(entry), decoded->session(), entry[u"expected"].toObject());
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    if (!usesMtcuteAddressTable(entry, source)) {
        QCOMPARE(*written, vectorValue(entry));
        return;
    }
    auto ours = mtcutestring::read(*written);
    auto theirs = mtcutestring::read(vectorValue(entry));
    QVERIFY(ours.ok() && theirs.ok());
    const Session &a = ours->session(), &b = theirs->session();
    QCOMPARE(a.homeDcId, b.homeDcId);
    QCOMPARE(homeEntry(a)->authKey, homeEntry(b)->authKey);
    QCOMPARE(a.account.testMode, b.account.testMode);
    QCOMPARE(a.account.userId, b.account.userId);
    QCOMPARE(a.account.isBot, b.account.isBot);
}

void TestForeignStrings::cutShortAndBadBase64_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedWords");
    const auto byName = stringVectorsByName();
    const QStringList samples{QStringLiteral("telethon_str_dc2_v4"),
                              QStringLiteral("telethon_str_dc2_v6"),
                              QStringLiteral("gramjs_str_dc2_v4"),
                              QStringLiteral("gramjs_str_dc2_v6"),
                              QStringLiteral("mtcute_str_prod_dc2_user"),
                              QStringLiteral("mtcute_str_dc4_main_only_noself"),
                              QStringLiteral("pyrogram_new_dc2_user"),
                              QStringLiteral("pyrogram_old_dc2_user"),
                              QStringLiteral("mtkruto_dc2"),
                              QStringLiteral("mtkruto_dc1_test")};
    for (const QString &name : samples) {
        const QJsonObject entry = byName[name];
        const QString text = vectorValue(entry);
        const int format = int(formatOf(entry));
        for (int cut : {4, 8, 40, 200}) {
            // Removing 4k characters keeps whole base64 groups: the layout itself must notice.
            QTest::addRow("%s cut %d", qPrintable(name), cut)
                << format << text.chopped(cut) << QStringLiteral("cut short|holds|left over|Not a");
        }
        QTest::addRow("%s one char short", qPrintable(name))
            << format << text.trimmed().remove(u'=').chopped(2).append(u'A') // 4k+1 data characters
            << QStringLiteral("cut short|extra character|holds|Not a");
        QString bad = text;
        bad[100] = u'!';
        QTest::addRow("%s bad char", qPrintable(name)) << format << bad << QStringLiteral("position 101");
        QTest::addRow("%s only prefix", qPrintable(name))
            << format << text.left(2) << QStringLiteral("cut short|holds|Not a|extra character");
    }
}

void TestForeignStrings::cutShortAndBadBase64()
{
    QFETCH(int, format);
    QFETCH(QString, text);
    QFETCH(QString, expectedWords);
    auto decoded = readStringAs(Format(format), text);
    QVERIFY2(!decoded.ok(), "a damaged string decoded");
    QCOMPARE(decoded.error().kind, ErrorKind::Invalid);
    const QString message = decoded.error().message;
    QVERIFY2(QRegularExpression(expectedWords).match(message).hasMatch(), qPrintable(message));
    QStringList explanation;
    auto best = readBestString(text, &explanation); // never crashes; explains itself
    QVERIFY(!explanation.isEmpty());
    if (best.ok()) // only if another reading happens to fit, it must say so
        QVERIFY(best->format != Format(format) || !best->warnings.isEmpty());
}

void TestForeignStrings::badCharacterInBytesIsAStringError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("formatName");
    for (const char *name : {"pyrogram_new_dc2_user", "pyrogram_old_dc2_user", "telethon_str_dc2_v4",
                             "telethon_str_dc2_v6", "gramjs_str_dc2_v4", "mtcute_str_prod_dc2_user", "mtkruto_dc2"}) {
        const QJsonObject entry = stringVectorsByName()[QString::fromLatin1(name)];
        QTest::newRow(name) << QString::fromLatin1(name) << formatDisplayName(formatOf(entry));
    }
}

// A file or stdin holding a string with one bad character is a damaged
// string, not a binary file: the error names the character, its position and
// the layout the rest of the text fits.
void TestForeignStrings::badCharacterInBytesIsAStringError()
{
    QFETCH(QString, name);
    QFETCH(QString, formatName);
    QString text = vectorValue(stringVectorsByName()[name]);
    text[100] = u'!';
    const QByteArray bytes = text.toLatin1() + '\n'; // as a file holds it
    QVERIFY(looksLikeText(bytes));
    const Detection detection = detectBytes(bytes);
    QVERIFY(!detection.result.ok());
    const QString message = detection.result.error().message;
    QVERIFY2(message.contains(QStringLiteral("'!' at position 101")), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("It looks like a %1 with a damaged character").arg(formatName)),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("ferogram session")), qPrintable(message));
    QVERIFY(!detection.explanation.isEmpty());
    QVERIFY(message.startsWith(detection.explanation.first())); // the same line leads inspect's explanation
}

void TestForeignStrings::cutShortIsExplained_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto byName = stringVectorsByName();
    const struct {
        const char *name;
        const char *layout; // how the hint names the full length
    } samples[] = {
        {"telethon_str_dc2_v4", "Telethon string cut short: %1 of 353 characters (the IPv4 layout)"},
        {"telethon_str_dc2_v6", "Telethon string cut short: %1 of 369 characters (the IPv6 layout)"},
        {"gramjs_str_dc2_v4", "GramJS string cut short: %1 of 369 characters."},
        {"gramjs_str_dc2_v6", "GramJS string cut short: %1 of %2 characters."},
        {"mtcute_str_prod_dc2_user", "mtcute string cut short: %1 of %2 characters."},
        {"mtcute_str_test_dc2_bot", "mtcute string cut short: %1 of %2 characters."},
        {"pyrogram_new_dc2_user", "Pyrogram string cut short: %1 of 362 characters"},
        {"pyrogram_old_dc2_user", "Pyrogram string cut short: %1 of 362 characters (the new layout; the old"},
    };
    for (const auto &sample : samples) {
        const QString text = vectorValue(byName[QString::fromLatin1(sample.name)]).trimmed();
        for (int cut : {4, 8, 40, 100}) {
            const QString shorter = text.chopped(cut);
            QTest::addRow("%s cut %d", sample.name, cut)
                << shorter
                << QStringLiteral("It looks like a ")
                       + QString::fromLatin1(sample.layout).arg(shorter.size()).arg(text.size());
        }
    }
}

// A string that lost its end: the explanation starts with the layout its
// prefix names and how much is missing, and the error says it too.
void TestForeignStrings::cutShortIsExplained()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const StringDetection detection = detectString(text);
    QVERIFY(!detection.best.ok());
    const QString message = detection.best.error().message;
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    QVERIFY2(detection.explanation.value(0).startsWith(expected), qPrintable(detection.explanation.join(u'\n')));
    QVERIFY(message.contains(QStringLiteral("Not a session string Feroscope knows"))); // the readers still speak
}

// §1.1: Python's URL-safe decoder takes '+' '/' too; only missing padding or
// Telethon's length rule stop it, and the reader says so only then, as the
// verdict (which emulates Python) does.
void TestForeignStrings::telethonAcceptsEitherAlphabet()
{
    const auto byName = stringVectorsByName();
    QString standard = vectorValue(byName[QStringLiteral("telethon_str_dc2_v4")]);
    QVERIFY(standard.contains(u'-') || standard.contains(u'_'));
    standard.replace(u'-', u'+').replace(u'_', u'/');
    const auto wouldNotLoad = [](const QString &text) {
        auto read = readStringAs(Format::TelethonString, text);
        return read.ok() && read->warnings.join(u' ').contains(QStringLiteral("would not load"));
    };
    QVERIFY(readStringAs(Format::TelethonString, standard).ok());
    QVERIFY(!wouldNotLoad(standard));
    QCOMPARE(libraryVerdict(Format::TelethonString, standard, Format::TelethonString), QString());

    const QString unpadded = standard.chopped(1); // the one '='
    QVERIFY(wouldNotLoad(unpadded));
    QVERIFY(!libraryVerdict(Format::TelethonString, unpadded, Format::TelethonString).isEmpty());

    // The manifest records Telethon loading this GramJS string (misreading
    // it): read with Telethon's layout, it must not claim Telethon refuses it.
    const QJsonObject gramjs = byName[QStringLiteral("gramjs_str_dc2_v4")];
    QVERIFY(gramjs[u"decoded_by"].toObject().contains(QStringLiteral("telethon@1.25.1 (misread)")));
    QVERIFY(!wouldNotLoad(vectorValue(gramjs)));
}

// §7: the old layout with a 32-bit user id (351 characters), which Pyrogram
// reads and @mtcute/convert cannot (the manifest's probe input, §12.5), and
// one made here from known values.
void TestForeignStrings::pyrogramOld32Layout()
{
    QString probe;
    const QJsonObject manifest =
        QJsonDocument::fromJson(test::readFile(test::dataPath(QStringLiteral("vectors/foreign/manifest.json"))))
            .object();
    for (const QJsonValue &p : manifest[u"probes"].toArray())
        if (p[u"what"].toString().contains(QStringLiteral("32-bit user id")))
            probe = p[u"input_handmade"].toString();
    QCOMPARE(probe.size(), 351);
    QStringList explanation;
    auto read = readBestString(probe, &explanation);
    QVERIFY2(read.ok(), qPrintable(explanation.join(u'\n')));
    QCOMPARE(read->format, Format::PyrogramString);
    QCOMPARE(read->version, 1);
    QCOMPARE(explanation.first(), QStringLiteral("Pyrogram string, old 32-bit layout."));
    const Session &s = read->session();
    QCOMPARE(s.homeDcId, 2);
    QCOMPARE(s.account.userId, std::optional<std::int64_t>(123456789));
    QCOMPARE(s.account.isBot, std::optional<bool>(false));
    QCOMPARE(s.account.testMode, std::optional<bool>(false));
    QVERIFY(!s.account.apiId);
    QCOMPARE(s.dcs.front().authKey->toByteArray(), QByteArray(256, '\x01'));
    QVERIFY(read->warnings.join(u' ').contains(QStringLiteral("not by @mtcute/convert")));
    QCOMPARE(libraryVerdict(Format::PyrogramString, probe, Format::PyrogramString), QString()); // Pyrogram reads it

    // From values: DC 4, test mode, user 4294967294, bot.
    QByteArray bytes;
    bytes.append(char(4)).append(char(1));
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    bytes.append("\xff\xff\xff\xfe", 4).append(char(1));
    const QString made = QString::fromLatin1(base64Url(bytes, false));
    QCOMPARE(made.size(), 351);
    auto mine = readStringAs(Format::PyrogramString, made);
    QVERIFY(mine.ok());
    QCOMPARE(mine->layout, QStringLiteral("old 32-bit layout"));
    QCOMPARE(mine->session().account.userId, std::optional<std::int64_t>(4294967294LL));
    QCOMPARE(mine->session().account.isBot, std::optional<bool>(true));
    QCOMPARE(mine->session().account.testMode, std::optional<bool>(true));
    QCOMPARE(mine->session().dcs.front().authKey->toByteArray(), bytes.mid(2, 256));

    // Never written in this layout; the 64-bit one keeps every value.
    pyrogramstring::WriteOptions old32;
    old32.layout = pyrogramstring::Layout::Old32;
    QCOMPARE(pyrogramstring::write(mine->session(), old32).error().kind, ErrorKind::Usage);
    pyrogramstring::WriteOptions old64;
    old64.layout = pyrogramstring::Layout::Old64;
    auto rewritten = pyrogramstring::write(mine->session(), old64);
    QVERIFY(rewritten.ok());
    auto again = readStringAs(Format::PyrogramString, *rewritten);
    QVERIFY(again.ok());
    QCOMPARE(again->session().account, mine->session().account);
    QCOMPARE(again->session().dcs.front().authKey, mine->session().dcs.front().authKey);
}

// §10: Telethon IPv6 vs GramJS with a 14-character IPv4 address; MTKruto vs
// Pyrogram lengths (356 and 362 characters).
void TestForeignStrings::ambiguousLengthsExplained()
{
    const auto byName = stringVectorsByName();
    QStringList explanation;
    const QString gramjs = vectorValue(byName[QStringLiteral("gramjs_str_dc2_v4")]);
    QCOMPARE(gramjs.size(), 369); // the Telethon IPv6 length
    auto best = readBestString(gramjs, &explanation);
    QVERIFY(best.ok());
    QCOMPARE(best->format, Format::GramjsString);
    const QString all = explanation.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("\"149.154.167.51\""))
                 && all.contains(QStringLiteral("Not a Telethon string")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Telethon would load it without an error but misread it")), qPrintable(all));

    for (const QString &name : {QStringLiteral("mtkruto_dc1_test"), QStringLiteral("conv_mtkruto_from_dc5_bigid_bot"),
                               QStringLiteral("conv_mtkruto_from_test_dc2_bot")}) {
        const QString text = vectorValue(byName[name]);
        QVERIFY(text.size() == 356 || text.size() == 362);
        auto reading = readBestString(text, &explanation);
        QVERIFY(reading.ok());
        QCOMPARE(reading->format, Format::MtkrutoString);
        const QString lines = explanation.join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("Not a Pyrogram string")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Pyrogram would load it without an error but misread it")),
                 qPrintable(lines));
    }

    // A Pyrogram DC 3 string starts with 0x03 like an mtcute one; only the full parse decides.
    auto pyro = readBestString(vectorValue(byName[QStringLiteral("pyrogram_old_dc2_user")]), &explanation);
    QVERIFY(pyro.ok());
    QCOMPARE(pyro->format, Format::PyrogramString);
    QCOMPARE(explanation.first(), QStringLiteral("Pyrogram string, old 64-bit layout."));
    auto telethon = readBestString(vectorValue(byName[QStringLiteral("telethon_str_dc2_v4")]), &explanation);
    QVERIFY(telethon.ok());
    QCOMPARE(explanation.first(), QStringLiteral("Telethon string, IPv4, 353 characters."));
}

void TestForeignStrings::libraryVerdicts()
{
    const auto byName = stringVectorsByName();
    const QString pyrogram = vectorValue(byName[QStringLiteral("pyrogram_new_dc2_user")]);
    QVERIFY(libraryVerdict(Format::TelethonString, pyrogram, Format::PyrogramString).contains(u"Not a valid string"));
    QVERIFY(libraryVerdict(Format::PyrogramString, pyrogram, Format::PyrogramString).isEmpty());

    // The famous one: 352 characters after "1" (Telethon's IPv4 length) that
    // do not decode to 263 bytes, e.g. unpadded base64 of 264 bytes.
    const QString unpadded = QStringLiteral("1") + QString::fromLatin1(base64Url(QByteArray(264, '\x02'), false));
    QCOMPARE(unpadded.size(), 353);
    QVERIFY2(libraryVerdict(Format::TelethonString, unpadded, std::nullopt)
                 .contains(QStringLiteral("unpack requires a buffer of 263 bytes")),
             qPrintable(libraryVerdict(Format::TelethonString, unpadded, std::nullopt)));
    // GramJS strings of other lengths: Telethon expects its IPv6 size (vector decoded_by entries).
    const QString gramjsV6 = vectorValue(byName[QStringLiteral("gramjs_str_dc2_v6")]);
    QVERIFY(libraryVerdict(Format::TelethonString, gramjsV6, Format::GramjsString)
                .contains(QStringLiteral("unpack requires a buffer of 275 bytes")));
    // Pyrogram on a Telethon string: the "1" shifts the groups, 264 bytes come out
    // (checked with Python's own base64 and struct modules).
    const QString telethon = vectorValue(byName[QStringLiteral("telethon_str_dc2_v4")]);
    QVERIFY(libraryVerdict(Format::PyrogramString, telethon, Format::TelethonString)
                .contains(QStringLiteral("unpack requires a buffer of 271 bytes")));
    // A cut-short Pyrogram string: 4k+1 data characters.
    QVERIFY(libraryVerdict(Format::PyrogramString, pyrogram.chopped(1), std::nullopt).contains(u"binascii.Error"));
    // GramJS loads Telethon strings (it converts them); mtcute refuses them.
    QVERIFY(libraryVerdict(Format::GramjsString, telethon, Format::TelethonString).isEmpty());
    QVERIFY(libraryVerdict(Format::MtcuteString, telethon, Format::TelethonString).contains(u"mtcute would refuse"));
    // GramJS and a port above 32767 (§12.1).
    const QString port40443 = vectorValue(byName[QStringLiteral("telethon_str_dc2_port40443")]);
    QVERIFY(libraryVerdict(Format::GramjsString, port40443, Format::TelethonString)
                .isEmpty()); // 352: IPv4 layout, read as signed there too
}

void TestForeignStrings::verdictsMatchRealMisreads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("actual");
    QTest::addColumn<int>("library");
    QTest::addColumn<QJsonObject>("observed");
    int rows = 0;
    for (const QJsonObject &entry : test::vectorsOfKind(Set, QStringLiteral("string"))) {
        const QJsonObject decodedBy = entry[u"decoded_by"].toObject();
        for (auto it = decodedBy.begin(); it != decodedBy.end(); ++it) {
            if (!it.key().endsWith(u"(misread)"))
                continue;
            const Format library = it.key().startsWith(u"telethon") ? Format::TelethonString : Format::PyrogramString;
            QTest::addRow("%s by %s", qPrintable(entry[u"name"].toString()), qPrintable(it.key()))
                << vectorValue(entry) << int(formatOf(entry)) << int(library) << it.value().toObject();
            ++rows;
        }
    }
    QVERIFY(rows >= 15);
}

// The manifest's "(misread)" entries are what Telethon and @mtcute/convert's
// Pyrogram parser really did with another library's string: our verdict
// names the same error, or says it would be misread.
void TestForeignStrings::verdictsMatchRealMisreads()
{
    QFETCH(QString, text);
    QFETCH(int, actual);
    QFETCH(int, library);
    QFETCH(QJsonObject, observed);
    const QString verdict = libraryVerdict(Format(library), text, Format(actual));
    if (observed.contains(u"error")) {
        const QString error = observed[u"error"].toString().section(QStringLiteral(": "), 1); // "error: unpack ..."
        QVERIFY2(verdict.contains(error), qPrintable(verdict + QStringLiteral(" / ") + error));
    } else {
        QVERIFY2(verdict.contains(QStringLiteral("without an error but misread")), qPrintable(verdict));
        // Our reader of that library's layout misreads it the same way.
        auto misread = readStringAs(Format(library), text);
        QVERIFY(misread.ok());
        QCOMPARE(misread->session().homeDcId, observed[u"dc_id"].toInt());
        QCOMPARE(QString::fromLatin1(misread->session().dcs.front().authKey->toHex()),
                 observed[u"auth_key"].toString());
        if (observed.contains(u"ip"))
            QCOMPARE(splitAddress(misread->session().dcs.front().addr)->host, observed[u"ip"].toString());
    }
}

void TestForeignStrings::pyrogramNeedsApiId()
{
    const auto byName = stringVectorsByName();
    auto decoded = readStringAs(Format::PyrogramString, vectorValue(byName[QStringLiteral("pyrogram_old_dc2_user")]));
    QVERIFY(decoded.ok());
    QVERIFY(!decoded->session().account.apiId);
    auto newLayout = pyrogramstring::write(decoded->session(), {});
    QVERIFY(!newLayout.ok());
    QCOMPARE(newLayout.error().kind, ErrorKind::Usage);
    // The core names the missing value and why; each face words the remedy
    // (the CLI's options are checked in tst_cliforeign, the GUI's fields in tst_dialogwords).
    QCOMPARE(newLayout.error().missing, MissingValue::ApiId);
    QVERIFY(newLayout.error().message.contains(QStringLiteral("old 64-bit layout")));
    QVERIFY2(!newLayout.error().message.contains(QStringLiteral("--")), qPrintable(newLayout.error().message));
    pyrogramstring::WriteOptions old;
    old.layout = pyrogramstring::Layout::Old64;
    auto oldLayout = pyrogramstring::write(decoded->session(), old);
    QVERIFY(oldLayout.ok());
    QCOMPARE(oldLayout->size(), 356);
    pyrogramstring::WriteOptions withId;
    withId.apiId = 4294967295LL;
    auto given = pyrogramstring::write(decoded->session(), withId);
    QVERIFY(given.ok());
    QCOMPARE(readStringAs(Format::PyrogramString, *given)->session().account.apiId,
             std::optional<std::int64_t>(4294967295LL));
    withId.apiId = 4294967296LL;
    QVERIFY(!pyrogramstring::write(decoded->session(), withId).ok());
}

void TestForeignStrings::gramjsRefusesSignedPortOverflow()
{
    const auto byName = stringVectorsByName();
    auto decoded =
        readStringAs(Format::TelethonString, vectorValue(byName[QStringLiteral("telethon_str_dc2_port40443")]));
    QVERIFY(decoded.ok());
    auto written = gramjsstring::write(decoded->session(), {});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Refused);
    QVERIFY(written.error().message.contains(QStringLiteral("-25093")));
}

// §12.7: @mtcute/convert wraps the count of a zero run longer than 255; ours splits it.
void TestForeignStrings::mtkrutoSplitsLongZeroRuns()
{
    QByteArray plain(600, '\0');
    plain[300] = 'x';
    const QByteArray encoded = mtkrutostring::encodeZeroRuns(plain);
    QCOMPARE(mtkrutostring::decodeZeroRuns(encoded), std::optional<QByteArray>(plain));
    QVERIFY(!mtkrutostring::decodeZeroRuns(QByteArray("\x01\x00", 2)));

    Session session;
    session.homeDcId = 2;
    DcEntry dc;
    dc.dcId = 2;
    dc.addr = QStringLiteral("149.154.167.51:443");
    dc.authKey = AuthKey(); // all zero: a 257-byte zero run with the TL header
    session.dcs.push_back(dc);
    auto written = mtkrutostring::write(session);
    QVERIFY(written.ok());
    auto read = mtkrutostring::read(*written);
    QVERIFY(read.ok());
    QCOMPARE(read->session().dcs.front().authKey, dc.authKey);
}

void TestForeignStrings::ferogramRoundTrips_data()
{
    QTest::addColumn<int>("format");
    for (Format f : {Format::TelethonString, Format::GramjsString, Format::MtcuteString, Format::PyrogramString,
                     Format::MtkrutoString})
        QTest::newRow(qPrintable(formatId(f))) << int(f);
}

// ferogram -> each format -> back: the home DC, its key and address (where
// the format stores one) and the account values the format has fields for.
void TestForeignStrings::ferogramRoundTrips()
{
    QFETCH(int, format);
    const Format f = Format(format);
    Session session = makeSyntheticSession({}, 7);
    session.account.userId = 5123456789;
    session.account.isBot = true;
    session.account.apiId = 2040;
    const DcEntry *home = homeEntry(session);
    QVERIFY(home);

    QJsonObject options;
    options[u"api_id"] = 2040;
    auto written = writeAs(f, session, options);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    auto back = readBestString(*written);
    QVERIFY(back.ok());
    QCOMPARE(back->format, f);
    const Session &s = back->session();
    QCOMPARE(s.homeDcId, session.homeDcId);
    QCOMPARE(homeEntry(s)->authKey, home->authKey);
    const bool hasAddress = f != Format::PyrogramString && f != Format::MtkrutoString;
    if (hasAddress)
        QCOMPARE(homeEntry(s)->addr, home->addr);
    const bool hasSelf = f == Format::MtcuteString || f == Format::PyrogramString;
    QCOMPARE(s.account.userId, hasSelf ? session.account.userId : std::nullopt);
    QCOMPARE(s.account.isBot, hasSelf ? session.account.isBot : std::nullopt);
    QCOMPARE(s.account.apiId, f == Format::PyrogramString ? session.account.apiId : std::nullopt);
    if (f != Format::TelethonString && f != Format::GramjsString)
        QCOMPARE(s.account.testMode, std::optional<bool>(false));
}

void TestForeignStrings::lossReportKeepsPromises_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("oldLayout");
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ULL, 2ULL, 3ULL})
        for (Format f : {Format::TelethonString, Format::GramjsString, Format::MtcuteString, Format::PyrogramString,
                         Format::MtkrutoString}) {
            QTest::addRow("%s seed %llu", qPrintable(formatId(f)), seed) << int(f) << false << seed;
            if (f == Format::PyrogramString)
                QTest::addRow("%s old layout seed %llu", qPrintable(formatId(f)), seed) << int(f) << true << seed;
        }
}

// ferogram -> string (through convert's encode) -> read back: whatever differs
// from the source was announced by the loss report, kind by kind.
void TestForeignStrings::lossReportKeepsPromises()
{
    QFETCH(int, format);
    QFETCH(bool, oldLayout);
    QFETCH(quint64, seed);
    Session session = makeSyntheticSession({}, seed);
    session.account.isBot = seed % 2 == 0;
    if (seed == 3)
        session.account.userId.reset();
    ConvertTarget target;
    target.format = Format(format);
    target.pyrogramOldLayout = oldLayout;
    if (!oldLayout && target.format == Format::PyrogramString)
        target.apiId = 2040;

    const LossReport report = lossReport(session, target);
    QVERIFY(preflight(session, target).ok());
    auto bytes = encode(session, target);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
    auto back = readStringAs(target.format, QString::fromLatin1(*bytes));
    QVERIFY(back.ok());
    const Session &s = back->session();
    const QString all = report.losses.join(u'\n');

    QCOMPARE(s.homeDcId, session.homeDcId);
    const DcEntry *before = homeEntry(session);
    const DcEntry *after = homeEntry(s);
    QCOMPARE(after->authKey, before->authKey); // never lost
    auto announced = [&](bool differs, LossKind kind) { return !differs || report.has(kind); };
    QVERIFY2(announced(s.peers != session.peers, LossKind::Peers), qPrintable(all));
    QVERIFY2(announced(s.minPeers != session.minPeers, LossKind::MinPeers), qPrintable(all));
    QVERIFY2(announced(s.futureAuthToken != session.futureAuthToken, LossKind::Token), qPrintable(all));
    QVERIFY2(announced(s.updates.channels != session.updates.channels, LossKind::ChannelPts), qPrintable(all));
    QVERIFY2(announced(s.updates.pts != session.updates.pts, LossKind::Counters), qPrintable(all));
    QVERIFY2(announced(s.dcs.size() < session.dcs.size(), LossKind::OtherDcs), qPrintable(all));
    QVERIFY2(announced(after->addr != before->addr, LossKind::Address), qPrintable(all));
    QVERIFY2(announced((after->flags & ~DcFlag::Ipv6) != (before->flags & ~DcFlag::Ipv6), LossKind::DcFlags),
             qPrintable(all));
    QVERIFY2(announced(after->firstSalt != before->firstSalt, LossKind::Salt), qPrintable(all));
    QVERIFY2(announced(after->timeOffset != before->timeOffset, LossKind::DcDetails), qPrintable(all));
    const AccountInfo &a = session.account, &b = s.account;
    if (a.userId && b.userId != a.userId)
        QVERIFY2(report.has(LossKind::AccountValues) && all.contains(u"user id"), qPrintable(all));
    if (!a.userId && b.userId)
        QVERIFY2(report.has(LossKind::UserIdUnknown), qPrintable(all));
    if (a.isBot && b.isBot != a.isBot)
        QVERIFY2(all.contains(u"bot flag"), qPrintable(all));
    // Nothing is announced that was in fact kept.
    if (report.has(LossKind::Address))
        QVERIFY(after->addr != before->addr);
    if (a.userId && b.userId == a.userId)
        QVERIFY2(!all.contains(u"user id"), qPrintable(all));
}

void TestForeignStrings::convertTargetValues()
{
    Session session = makeSyntheticSession({}, 5);
    session.account.userId.reset();
    ConvertTarget target;
    target.format = Format::PyrogramString;
    auto missing = encode(session, target);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Usage);
    QCOMPARE(missing.error().missing, MissingValue::ApiId);
    QCOMPARE(preflight(session, target).error().kind, ErrorKind::Usage);
    QCOMPARE(preflight(session, target).error().missing, MissingValue::ApiId);

    target.apiId = 94575;
    target.userId = 6009876543;
    target.testMode = true;
    auto written = encode(session, target);
    QVERIFY(written.ok());
    auto back = readStringAs(Format::PyrogramString, QString::fromLatin1(*written));
    QVERIFY(back.ok());
    QCOMPARE(back->session().account.apiId, std::optional<std::int64_t>(94575));
    QCOMPARE(back->session().account.userId, std::optional<std::int64_t>(6009876543));
    QCOMPARE(back->session().account.testMode, std::optional<bool>(true));
    QCOMPARE(back->session().dcs.front().addr, QStringLiteral("149.154.167.40:443")); // the test table (§1.5)

    target.format = Format::MtkrutoString;
    auto kruto = encode(session, target);
    QVERIFY(kruto.ok());
    QCOMPARE(readStringAs(Format::MtkrutoString, QString::fromLatin1(*kruto))->layout, QStringLiteral("test DC 2"));
    QVERIFY(isWritable(Format::TelethonString) && isWritable(Format::MtkrutoString));
    const auto supported = supportedFormats();
    QVERIFY(std::find(supported.begin(), supported.end(), Format::PyrogramString) != supported.end());
}

QTEST_GUILESS_MAIN(TestForeignStrings)
#include "tst_foreignstrings.moc"
