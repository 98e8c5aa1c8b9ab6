// The registry (formats/registry.cpp) is the one place the core finds a
// format's code: every Format has exactly one codec, the codec is the one
// for that format, and what it offers matches what the traits promise (a
// readable string has a text reader, a writable format an encoder or a
// writer, a database or folder a path reader). Detection walks codecs() in
// order, so each codec appears there once.
#include "detect/detect.h"
#include "formats/registry.h"
#include "formats/traits.h"

#include <QSet>
#include <QTest>

using namespace fero;

Q_DECLARE_METATYPE(fero::Format)

class RegistryTest : public QObject {
    Q_OBJECT

private slots:
    void eachFormat_data()
    {
        QTest::addColumn<Format>("format");
        for (std::size_t f = 0; f < kFormatCount; ++f)
            QTest::newRow(qPrintable(formatId(Format(f)))) << Format(f);
    }

    void eachFormat()
    {
        QFETCH(Format, format);
        const Codec &c = codec(format);
        const FormatTraits &t = traits(format);
        QCOMPARE(c.format, format);

        // Reading: strings from text, files from bytes, databases and folders
        // from a path; a file that needs a secret (WTelegramClient's key) from
        // its path too, where the secret comes with it.
        const bool secretFile = t.kind == FormatKind::File && t.takesOption(TargetOption::Passcode);
        QCOMPARE(bool(c.readText), t.isString());
        QCOMPARE(bool(c.readBytes), t.kind == FormatKind::File && !secretFile);
        QCOMPARE(bool(c.readPath), t.kind == FormatKind::Database || t.kind == FormatKind::Folder || secretFile);
        QVERIFY(t.canRead);

        // Writing: string and file targets encode, the others write; every
        // writable format reports its losses.
        QCOMPARE(t.canWrite, bool(c.encode) || bool(c.write));
        QCOMPARE(bool(c.encode), t.canWrite && (t.isString() || t.kind == FormatKind::File)); // tdl-bolt is read-only
        QCOMPARE(bool(c.write), t.kind == FormatKind::Database || t.kind == FormatKind::Folder);
        if (t.canWrite)
            QVERIFY(c.losses);
        // Only a target that takes a conflict policy can have conflicts.
        QCOMPARE(bool(c.conflicts), t.takesOption(TargetOption::Conflicts));
        // A folder is found by content: its codec claims it.
        if (t.kind == FormatKind::Folder)
            QVERIFY(c.claims);
        // Verdicts are what another library would do with a string: only
        // strings of other libraries have one.
        QCOMPARE(bool(c.verdict), t.isString() && t.isForeign());
    }

    void detectionOrderListsEachCodecOnce()
    {
        QSet<int> seen;
        for (const Codec *c : codecs()) {
            QVERIFY(c);
            QVERIFY2(!seen.contains(int(c->format)), qPrintable(formatId(c->format)));
            seen.insert(int(c->format));
            QCOMPARE(&codec(c->format), c);
        }
        QCOMPARE(std::size_t(seen.size()), kFormatCount);
    }

    // The string readings detection tries, in its order: the most specific
    // reading first; one compact reader covers both versions.
    void stringDetectionOrder()
    {
        QList<Format> order;
        for (const Codec *c : codecs())
            if (c->readText && c->detect)
                order << c->format;
        const QList<Format> expected{Format::FerogramCompactV2, Format::MtcuteString,  Format::GramjsString,
                                     Format::TelethonString,    Format::MtkrutoString, Format::FerogramNative,
                                     Format::PyrogramString,    Format::GotdJson}; // JSON: no base64 reading clashes
        QCOMPARE(order, expected);
    }

    // A forced reading goes to the codec's own reader.
    void readAsUsesTheCodec()
    {
        const auto compact = readAs(Format::FerogramCompactV1, QByteArrayLiteral("not a session"));
        QVERIFY(!compact.ok());
        const auto sqlite = readAs(Format::FerogramSqlite, QByteArrayLiteral("x"));
        QVERIFY(!sqlite.ok());
        QVERIFY(sqlite.error().message.contains(u"read from a file"));
    }
};

QTEST_GUILESS_MAIN(RegistryTest)
#include "tst_registry.moc"
