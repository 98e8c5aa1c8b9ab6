// What the failure pane says about a file that cannot be opened: one line
// naming what it is, a best guess, and the readings tried one per line, with
// no sentence run into the next (".;" once joined them).
#include "inspect/failure.h"
#include "open/opener.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;

class TestFailure : public QObject {
    Q_OBJECT

private slots:
    void explains_data();
    void explains();
    void recognisedStoresSayWhatTheyAre_data();
    void recognisedStoresSayWhatTheyAre();
};

void TestFailure::explains_data()
{
    QTest::addColumn<QByteArray>("bytes"); // the file's content; "<missing>" = no file, "<folder>" = a folder
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("guessHas"); // a piece of the best guess ("" = no guess)
    QTest::addColumn<int>("minDetails");   // lines of detail at least

    const QByteArray v8 = test::readFile(test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session")));
    const QByteArray telethon =
        test::readFile(test::dataPath(QStringLiteral("vectors/foreign/telethon/telethon_sqlite_full_as_string.txt")));
    QTest::newRow("missing") << QByteArray("<missing>") << QStringLiteral("The file is not there.") << QString() << 1;
    QTest::newRow("a folder") << QByteArray("<folder>")
                              << QStringLiteral("A folder that holds no session Feroscope can read.") << QString() << 1;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.") << QStringLiteral("interrupted")
                           << 1;
    QTest::newRow("ferogram v8 cut short")
        << v8.left(v8.size() / 2) << QStringLiteral("A damaged ferogram session file.")
        << QStringLiteral("Probably a ferogram v8 file, cut short or overwritten: truncated session") << 1;
    QTest::newRow("plain text") << QByteArray("hello world, this is not a session\n")
                                << QStringLiteral("Text, but not a session string Feroscope knows.")
                                << QStringLiteral("is not base64") << 5;
    QTest::newRow("a Telethon string cut short")
        << telethon.trimmed().left(300) << QStringLiteral("Text, but not a session string Feroscope knows.")
        << QStringLiteral("Telethon") << 5;
    QTest::newRow("another program's binary")
        << QByteArray("\x7f" "ELF\x02\x01\x01\x00", 8) + QByteArray(600, '\x01')
        << QStringLiteral("Not a session Feroscope can read.") << QStringLiteral("0x7f") << 1;
}

void TestFailure::explains()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, verdict);
    QFETCH(QString, guessHas);
    QFETCH(int, minDetails);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.session"));
    if (bytes == "<folder>") {
        QVERIFY(QDir().mkdir(path));
    } else if (bytes != "<missing>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    // The error the opener gives is what the pane starts from.
    const auto opened = openPath(path);
    const QString error = opened.ok() ? QStringLiteral("?") : opened.error().message;
    QVERIFY2(!opened.ok() || bytes == "<folder>", "the sample must not open");
    const QByteArray before = bytes == "<missing>" || bytes == "<folder>" ? QByteArray() : test::readFile(path);

    const FailureExplanation why = explainFailure(path, error);
    QCOMPARE(why.verdict, verdict);
    QVERIFY2(!why.verdict.contains(QLatin1Char('\n')), qPrintable(why.verdict)); // one line
    if (guessHas.isEmpty())
        QVERIFY2(why.guess.isEmpty(), qPrintable(why.guess));
    else
        QVERIFY2(why.guess.contains(guessHas), qPrintable(why.guess));
    QVERIFY2(why.details.size() >= minDetails, qPrintable(why.details.join(u'\n')));
    for (const QString &line : why.details + QStringList{why.verdict, why.guess}) {
        QVERIFY2(!line.contains(QStringLiteral(".;")) && !line.contains(QStringLiteral("..")), qPrintable(line));
    }
    if (!before.isEmpty())
        QCOMPARE(test::readFile(path), before); // looked at, never written
}

// A MadelineProto or TDLib store: the verdict names the program, not "a
// folder that holds no session"; the details keep the opener's sentence.
void TestFailure::recognisedStoresSayWhatTheyAre_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("program");
    QTest::newRow("MadelineProto folder") << QStringLiteral("recognised/madelineproto/session.madeline")
                                          << QStringLiteral("MadelineProto");
    QTest::newRow("MadelineProto file") << QStringLiteral("recognised/madelineproto/legacy_4x.madeline")
                                        << QStringLiteral("MadelineProto");
    QTest::newRow("TDLib folder") << QStringLiteral("recognised/tdlib/default_key") << QStringLiteral("TDLib");
}

void TestFailure::recognisedStoresSayWhatTheyAre()
{
    QFETCH(QString, path);
    QFETCH(QString, program);
    const QString full = test::dataPath(QStringLiteral("vectors/foreign/") + path);
    const auto opened = openPath(full);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error().recognised.isEmpty());
    const FailureExplanation why = explainFailure(full, opened.error().message, opened.error().recognised);
    QCOMPARE(why.verdict, QStringLiteral("A %1 session, which Feroscope recognises but cannot open.").arg(program));
    QCOMPARE(why.details, QStringList{opened.error().message});
}

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
