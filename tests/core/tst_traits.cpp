// The format table (formats/traits.h) is data the GUI and the CLI trust
// instead of switching on Format, so its rows must agree with each other and
// with the writers: every Format has its own row, ids are unique and stable,
// a string form is a string the build can write, an option a format needs is
// one it takes, and the extension is what the converter really names files.
#include "convert/convert.h"
#include "formats/traits.h"

#include <QSet>
#include <QTest>

using namespace fero;

Q_DECLARE_METATYPE(fero::Format)

class TraitsTest : public QObject {
    Q_OBJECT

private slots:
    void eachRow_data()
    {
        QTest::addColumn<Format>("format");
        for (std::size_t f = 0; f < kFormatCount; ++f)
            QTest::newRow(qPrintable(formatId(Format(f)))) << Format(f);
    }

    void eachRow()
    {
        QFETCH(Format, format);
        const FormatTraits &t = traits(format);
        QCOMPARE(t.format, format);
        QCOMPARE(formatFromId(formatId(format)), std::optional(format));
        QVERIFY(!t.displayName().isEmpty());
        QVERIFY(!t.shortDisplayName(8).isEmpty());
        // %1 in a short name is the version: only versioned formats have one.
        QCOMPARE(t.shortDisplayName(7).contains(QLatin1String("7")), t.versioned);

        // What Copy String Session gives is a string this build writes.
        const FormatTraits &string = traits(t.stringForm);
        QVERIFY(string.isString());
        QVERIFY(string.canWrite);
        if (t.isString())
            QCOMPARE(t.stringForm, format);

        // Needs are a subset of takes; versioned formats take a version.
        QCOMPARE(unsigned(t.needs) & ~unsigned(t.takes), 0u);
        QCOMPARE(t.takesOption(TargetOption::Version), t.versioned);
        QCOMPARE(t.compactVersion != 0, t.isString() && t.library == Library::Ferogram && !t.versioned);

        // Folders have no extension; everything else is named with one, the
        // one the converter uses.
        QCOMPARE(QString::fromLatin1(t.extension).isEmpty(), t.kind == FormatKind::Folder);
        QCOMPARE(targetExtension(format), QString::fromLatin1(t.extension));
        QCOMPARE(isWritable(format), t.canWrite);
        QCOMPARE(isStringFormat(format), t.isString());
        QCOMPARE(hasFerogramVersion(format), t.versioned);
        QCOMPARE(t.isForeign(), t.library != Library::Ferogram);
        QVERIFY(!libraryName(t.library).isEmpty());
    }

    void menuOrderListsEveryFormatOnce()
    {
        QSet<QString> ids;
        QSet<int> formats;
        for (const FormatTraits &t : allFormatTraits()) {
            ids.insert(QString::fromLatin1(t.id));
            formats.insert(int(t.format));
        }
        QCOMPARE(std::size_t(ids.size()), kFormatCount);
        QCOMPARE(std::size_t(formats.size()), kFormatCount);
        QCOMPARE(allFormatTraits().size(), kFormatCount);
    }

    void onlyTdataHoldsSeveralAccounts()
    {
        for (const FormatTraits &t : allFormatTraits())
            QCOMPARE(t.multiAccount, t.takesOption(TargetOption::Accounts));
    }

    // A media DC slot and an optional self user are mtcute's own (its
    // readers put the media DC second): its string and its SQLite storage
    // (dc_media, current_user); no other format has such a slot.
    void onlyMtcuteNamesAMediaDc()
    {
        for (const FormatTraits &t : allFormatTraits()) {
            QCOMPARE(t.mediaDcAndSelf, t.library == Library::Mtcute);
            if (t.mediaDcAndSelf)
                QVERIFY((t.isString() || t.kind == FormatKind::Database) && t.storesAddress);
        }
    }
};

QTEST_GUILESS_MAIN(TraitsTest)
#include "tst_traits.moc"
