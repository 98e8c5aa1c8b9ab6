// The CLI's documentation cannot drift from what it does: the README's usage
// block is what `feroscope-cli --help` prints (from the command table), the
// README's formats table and --help's format list are the format traits, and
// each command's synopsis, `COMMAND --help` options and parser agree.
#include "clirunner.h"

#include "formats/format.h"
#include "formats/traits.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace fero;
using fero::test::Cli;
using fero::test::Run;
using fero::test::show;

namespace {

QString readme()
{
    QFile file(QStringLiteral(FEROSCOPE_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// The README's text between <!-- NAME:begin --> and <!-- NAME:end -->; a null
// string when a marker is missing.
QString readmeBlock(const QString &name)
{
    const QString text = readme();
    const QString begin = QStringLiteral("<!-- %1:begin -->\n").arg(name);
    const QString end = QStringLiteral("<!-- %1:end -->").arg(name);
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        return {};
    return text.mid(from + begin.size(), to - from - begin.size());
}

// A drift fails with the block to paste, printed whole (a failure message
// may be cut short).
bool sameBlock(const QString &name, const QString &expected, QString *message)
{
    const QString actual = readmeBlock(name);
    if (actual == expected)
        return true;
    qWarning().noquote()
        << QStringLiteral("Paste this between <!-- %1:begin --> and <!-- %1:end --> in README.md:\n").arg(name)
               + expected;
    *message = actual.isNull()
                   ? QStringLiteral("README.md lacks the <!-- %1:begin --> / <!-- %1:end --> markers").arg(name)
                   : QStringLiteral("README.md's %1 block is not what the code generates; the block "
                                    "to paste is printed above")
                         .arg(name);
    return false;
}

// The lines of one section of a --help text ("Usage:", "Options:", ...),
// up to the next blank line.
QStringList section(const QByteArray &help, const QString &title)
{
    const QStringList lines = QString::fromUtf8(help).split(u'\n');
    const qsizetype start = lines.indexOf(title);
    QStringList result;
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines[i].isEmpty(); ++i)
        result << lines[i];
    return result;
}

// The README's formats table: one row per format, from the traits.
QString formatsTable()
{
    QString table = QStringLiteral("| format id | what | library | read | write |\n|---|---|---|---|---|\n");
    for (const FormatTraits &t : allFormatTraits()) {
        const QString write = !t.canWrite ? QStringLiteral("no")
                              : t.versioned
                                  ? QStringLiteral("v%1..v%2").arg(OldestWritableVersion).arg(LatestBinaryVersion)
                                  : QStringLiteral("yes");
        table += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                     .arg(QLatin1StringView(t.id), t.displayName(), libraryName(t.library),
                          t.canRead ? QStringLiteral("yes") : QStringLiteral("no"), write);
    }
    return table;
}

} // namespace

class TestCliUsage : public QObject {
    Q_OBJECT

    Cli cli;

    Run help() const { return cli({QStringLiteral("--help")}); }

    // "inspect", "convert", ...: the commands --help's usage names.
    QStringList commandNames() const
    {
        QStringList names;
        for (const QString &line : section(help().out, QStringLiteral("Usage:"))) {
            static const QRegularExpression usage(QStringLiteral("^  feroscope-cli ([a-z]+)"));
            const QRegularExpressionMatch m = usage.match(line);
            if (m.hasMatch() && !names.contains(m.captured(1)))
                names << m.captured(1);
        }
        return names;
    }

private slots:
    void readmeUsageIsHelpsUsage()
    {
        const Run r = help();
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QStringList usage;
        for (const QString &line : section(r.out, QStringLiteral("Usage:")))
            usage << line.mid(2);
        QVERIFY(usage.size() > 8);
        QString message;
        QVERIFY2(sameBlock(QStringLiteral("usage"),
                           QStringLiteral("```\n") + usage.join(u'\n') + QStringLiteral("\n```\n"), &message),
                 qPrintable(message));
    }

    void readmeFormatsAreTheTraits()
    {
        QString message;
        QVERIFY2(sameBlock(QStringLiteral("formats"), formatsTable(), &message), qPrintable(message));
    }

    // --help's format list: a line per format, in the traits' order, with its
    // id, its name and what can be done with it.
    void helpListsEveryFormat()
    {
        const Run r = help();
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        const QStringList lines =
            section(r.out, QStringLiteral("FORMAT (the input's is detected; --from forces one, --to "
                                          "chooses the output's):"));
        QCOMPARE(std::size_t(lines.size()), allFormatTraits().size());
        qsizetype i = 0;
        for (const FormatTraits &t : allFormatTraits()) {
            const QStringList words = lines[i++].simplified().split(u' ');
            QCOMPARE(words.front(), QString::fromLatin1(t.id));
            QVERIFY2(lines[i - 1].contains(QStringLiteral("  ") + t.displayName() + QStringLiteral("  ")),
                     qPrintable(lines[i - 1]));
            QStringList can;
            if (t.canRead)
                can << QStringLiteral("read");
            if (t.canWrite)
                can << QStringLiteral("write");
            QVERIFY2(lines[i - 1].endsWith(QStringLiteral("  ") + can.join(QStringLiteral(", "))),
                     qPrintable(lines[i - 1]));
        }
    }

    void everyCommandIsListed()
    {
        const QStringList names = commandNames();
        for (const char *name : {"inspect", "convert", "scan", "delete", "restrict", "diff", "prune", "locate"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
    }

    // COMMAND --help: the options it lists are exactly the --flags of its
    // synopsis (today's --keep was missing from the old usage), and its
    // parser takes each of them and refuses an unknown one.
    void commandOptionsAgree_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &name : commandNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void commandOptionsAgree()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));

        QSet<QString> inSynopsis;
        static const QRegularExpression flag(QStringLiteral("--[a-z][a-z0-9-]*"));
        for (const QString &line : section(r.out, QStringLiteral("Usage:"))) {
            QVERIFY2(line.startsWith(QStringLiteral("  feroscope-cli ") + command)
                         || line.startsWith(QStringLiteral("    ")),
                     qPrintable(line));
            for (const QRegularExpressionMatch &m : flag.globalMatch(line))
                inSynopsis << m.captured().mid(2);
        }

        QSet<QString> listed;
        static const QRegularExpression row(QStringLiteral("^  (?:-[a-z], )?--([a-z0-9-]+)(?: (\\S+))?(?:  |$)"));
        for (const QString &line : section(r.out, QStringLiteral("Options:"))) {
            const QRegularExpressionMatch m = row.match(line);
            if (!m.hasMatch())
                continue; // a wrapped help line
            const QString name = m.captured(1);
            listed << name;
            if (name == u"help")
                continue;
            QStringList args{command, QStringLiteral("--") + name};
            if (m.hasCaptured(2))
                args << QStringLiteral("1");
            args << QStringLiteral("--help"); // parsed, then only the help is printed: nothing runs
            const Run taken = cli(args);
            QVERIFY2(taken.code == 0, qPrintable(args.join(u' ') + u'\n' + show(taken)));
        }
        QVERIFY(listed.remove(QStringLiteral("help")));
        QStringList synopsisFlags = inSynopsis.values(), options = listed.values();
        synopsisFlags.sort();
        options.sort();
        QCOMPARE(synopsisFlags, options);

        const Run unknown = cli({command, QStringLiteral("--no-such-option"), QStringLiteral("--help")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("no-such-option"), qPrintable(show(unknown)));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
