// The man page and the shell completions cannot drift from the program:
// every command, option and FORMAT id `feroscope-cli --help` and `COMMAND
// --help` show is in the installed man page (the file the build generated),
// and the bash completion, run the way bash runs it, offers the commands,
// options, FORMAT ids and files each place wants. The zsh and fish scripts
// are checked by their shells' parsers.
#include "clirunner.h"

#include "formats/traits.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using fero::test::Cli;
using fero::test::Run;
using fero::test::show;

namespace {

QString docsFile(const char *name)
{
    return QStringLiteral(FEROSCOPE_CLI_DOCS_DIR "/") + QLatin1StringView(name);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QStringList section(const QByteArray &help, const QString &title)
{
    const QStringList lines = QString::fromUtf8(help).split(u'\n');
    const qsizetype start = lines.indexOf(title);
    QStringList result;
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines[i].isEmpty(); ++i)
        result << lines[i];
    return result;
}

// The man page's text from ".SS name" (or ".SH name") to the next heading.
QString manSection(const QString &page, const QString &heading)
{
    const qsizetype from = page.indexOf(heading + u'\n');
    if (from < 0)
        return {};
    static const QRegularExpression next(QStringLiteral("\n\\.S[SH] "));
    const qsizetype to = page.indexOf(next, from + heading.size());
    return page.mid(from, to < 0 ? -1 : to - from);
}

// "--passcode-file" as the man page sets it in bold.
QString boldFlag(const QString &flag)
{
    QString escaped = flag;
    escaped.replace(u'-', QStringLiteral("\\-"));
    return QStringLiteral("\\fB") + escaped + QStringLiteral("\\fR");
}

// The tag lines of a section's items (the line after each .TP).
QStringList itemLines(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QStringList tags;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines[i] == u".TP")
            tags << lines[i + 1];
    return tags;
}

struct Shell {
    int code = -1;
    QString out;
    QString err;
};

Shell runShell(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, args);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("%1 is not installed (bash .ci/dev test installs it)").arg(program)};
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// What bash's programmable completion offers for `line` (the cursor at its
// end; a line ending in a space completes an empty word), with the
// generated script loaded the way bash-completion loads it.
QStringList complete(const QString &line, const QString &workDir)
{
    QStringList words = line.split(u' ');
    QString wordsArray;
    for (const QString &word : words)
        wordsArray += QStringLiteral(" '%1'").arg(word);
    const QString script = QStringLiteral("source /usr/share/bash-completion/bash_completion || exit 9\n"
                                          "source '%1' || exit 9\n"
                                          "COMP_WORDS=(%2)\n"
                                          "COMP_CWORD=%3\n"
                                          "COMP_LINE='%4'\n"
                                          "COMP_POINT=${#COMP_LINE}\n"
                                          "_feroscope_cli feroscope-cli '%5' '%6' 2>/dev/null\n"
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                               .arg(docsFile("feroscope-cli.bash"), wordsArray)
                               .arg(words.size() - 1)
                               .arg(line, words.back(), words.size() > 1 ? words[words.size() - 2] : QString());
    const Shell r =
        runShell(QStringLiteral("bash"),
                 {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script}, workDir);
    if (r.code != 0)
        qWarning("bash completion failed (%d): %s", r.code, qPrintable(r.err));
    QStringList candidates = r.out.split(u'\n', Qt::SkipEmptyParts);
    candidates.sort();
    return candidates;
}

// "a b c" as a list (the expected candidates, sorted as the completion's are).
QStringList words(const char *spaced)
{
    QStringList list = QString::fromLatin1(spaced).split(u' ', Qt::SkipEmptyParts);
    list.sort();
    return list;
}

// In the traits' order, as the scripts list them.
QStringList formatIdsInOrder(bool writable)
{
    QStringList ids;
    for (const FormatTraits &t : allFormatTraits())
        if (writable ? t.canWrite : t.canRead)
            ids << QString::fromLatin1(t.id);
    return ids;
}

QStringList formatIds(bool writable)
{
    QStringList ids = formatIdsInOrder(writable);
    ids.sort();
    return ids;
}

} // namespace

class TestCliDocs : public QObject {
    Q_OBJECT

    Cli cli;
    QString page;
    QTemporaryDir files; // a session file and a folder, for the file completions

    QStringList commandNames() const
    {
        QStringList names;
        for (const QString &line : section(cli({QStringLiteral("--help")}).out, QStringLiteral("Commands:")))
            names << line.simplified().section(u' ', 0, 0);
        return names;
    }

private slots:
    void initTestCase()
    {
        page = readText(docsFile("feroscope-cli.1"));
        QVERIFY(files.isValid());
        QVERIFY(QDir(files.path()).mkdir(QStringLiteral("bots")));
        QFile session(files.filePath(QStringLiteral("a.session")));
        QVERIFY(session.open(QIODevice::WriteOnly));
    }

    // The file the build installs is what the program prints now.
    void installedPageIsGenerated()
    {
        const Run r = cli({QStringLiteral("--help-roff")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QCOMPARE(QString::fromUtf8(r.out), page);
    }

    void everyHelpOptionIsInTheManPage_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList names = commandNames();
        QVERIFY(names.size() >= 8);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    // Each `--flag` in COMMAND --help's option column is an item of the
    // command's section of the page; the section shows the command's usage.
    void everyHelpOptionIsInTheManPage()
    {
        QFETCH(QString, command);
        const QString text = manSection(page, QStringLiteral(".SS ") + command);
        QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no .SS %1 in feroscope-cli.1").arg(command)));
        QVERIFY(text.contains(QStringLiteral(".B feroscope\\-cli %1\n").arg(command)));
        const Run r = cli({command, QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        const QStringList options = section(r.out, QStringLiteral("Options:"));
        QVERIFY(!options.isEmpty());
        static const QRegularExpression flag(QStringLiteral("^  (?:-[a-z], )?(--[a-z-]+)"));
        int seen = 0;
        for (const QString &line : options) {
            const QRegularExpressionMatch m = flag.match(line);
            if (!m.hasMatch())
                continue; // a wrapped help line
            ++seen;
            QVERIFY2(itemLines(text).filter(boldFlag(m.captured(1))).size() == 1,
                     qPrintable(QStringLiteral("feroscope-cli %1 --help lists %2; its man page section does not")
                                    .arg(command, m.captured(1))));
        }
        QVERIFY(seen >= 1);
    }

    void everyFormatIsInTheManPage()
    {
        const QString formats = manSection(page, QStringLiteral(".SH FORMATS"));
        QVERIFY(!formats.isEmpty());
        const Run r = cli({QStringLiteral("--help")});
        int seen = 0;
        bool inFormats = false;
        for (const QString &line : QString::fromUtf8(r.out).split(u'\n')) {
            if (line.startsWith(QStringLiteral("FORMAT ")))
                inFormats = true;
            else if (inFormats && line.isEmpty())
                break;
            else if (inFormats) {
                QString id = line.simplified().section(u' ', 0, 0);
                ++seen;
                QVERIFY2(formats.contains(QStringLiteral(".B ") + id.replace(u'-', QStringLiteral("\\-"))),
                         qPrintable(line));
            }
        }
        QCOMPARE(seen, int(allFormatTraits().size()));
    }

    void manPageHasItsSections()
    {
        for (const char *heading : {".SH SYNOPSIS", ".SH COMMANDS", ".SH EXIT STATUS", ".SH PASSCODES", ".SH EXAMPLES",
                                    ".SH FILES", ".SH SECURITY", ".SH SEE ALSO"})
            QVERIFY2(page.contains(QLatin1StringView(heading) + u'\n'), heading);
        // The exit codes of --help, each an item of EXIT STATUS.
        const QString exits = manSection(page, QStringLiteral(".SH EXIT STATUS"));
        for (int code = 0; code <= 4; ++code)
            QVERIFY(exits.contains(QStringLiteral(".TP\n.B %1\n").arg(code)));
        QVERIFY(page.contains(QStringLiteral("\"Feroscope " FEROSCOPE_VERSION "\"")));
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QStringList all = commandNames() << QStringLiteral("--help") << QStringLiteral("--version");
        all.sort();
        QTest::newRow("command") << QStringLiteral("feroscope-cli ") << all;
        QTest::newRow("command prefix") << QStringLiteral("feroscope-cli con") << words("convert");
        QTest::newRow("--to: writable ids")
            << QStringLiteral("feroscope-cli convert a.session --to ") << formatIds(true);
        QTest::newRow("--from: readable ids") << QStringLiteral("feroscope-cli inspect --from ") << formatIds(false);
        QTest::newRow("--from prefix") << QStringLiteral("feroscope-cli diff --from telethon-")
                                       << words("telethon-sqlite telethon-string");
        QTest::newRow("--to=") << QStringLiteral("feroscope-cli convert a.session --to=pyrogram-")
                               << words("pyrogram-sqlite pyrogram-string");
        QTest::newRow("options") << QStringLiteral("feroscope-cli locate -") << words("--all --help --json");
        QTest::newRow("option prefix") << QStringLiteral("feroscope-cli convert a b --out-")
                                       << words("--out-dir --out-passcode --out-passcode-file");
        QTest::newRow("--keep") << QStringLiteral("feroscope-cli convert a b --keep ") << words("first last");
        QTest::newRow("--format-version")
            << QStringLiteral("feroscope-cli prune a b --format-version ") << words("5 6 7 8");
        QTest::newRow("passcode: nothing") << QStringLiteral("feroscope-cli inspect --passcode ") << QStringList{};
        QTest::newRow("session: files and folders")
            << QStringLiteral("feroscope-cli inspect ") << words("a.session bots");
        QTest::newRow("scan: folders only") << QStringLiteral("feroscope-cli scan ") << words("bots");
        QTest::newRow("--out-dir: folders only")
            << QStringLiteral("feroscope-cli convert a.session --out-dir ") << words("bots");
        QTest::newRow("--passcode-file: files")
            << QStringLiteral("feroscope-cli inspect --passcode-file ") << words("a.session bots");
        QTest::newRow("locate takes no path") << QStringLiteral("feroscope-cli locate ") << QStringList{};
    }

    void bashCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QCOMPARE(complete(line, files.path()), expected);
    }

    void zshAndFishScriptsParse()
    {
        const Shell zsh = runShell(QStringLiteral("zsh"), {QStringLiteral("-n"), docsFile("_feroscope-cli")});
        QVERIFY2(zsh.code == 0 && zsh.err.isEmpty(), qPrintable(zsh.err));
        const Shell fish =
            runShell(QStringLiteral("fish"), {QStringLiteral("--no-execute"), docsFile("feroscope-cli.fish")});
        QVERIFY2(fish.code == 0 && fish.err.isEmpty(), qPrintable(fish.err));
        // Both offer the FORMAT ids for --to.
        const QString writable = formatIdsInOrder(true).join(u' ');
        QVERIFY(readText(docsFile("_feroscope-cli")).contains(writable));
        QVERIFY(readText(docsFile("feroscope-cli.fish")).contains(writable));
    }

    // fish loads the script and answers a completion request with it.
    void fishCompletes()
    {
        const Shell r = runShell(QStringLiteral("fish"),
                                 {QStringLiteral("--no-config"), QStringLiteral("-c"),
                                  QStringLiteral("source '%1'; complete -C 'feroscope-cli convert a --to mtk'")
                                      .arg(docsFile("feroscope-cli.fish"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.section(u'\t', 0, 0).trimmed(), QStringLiteral("mtkruto-string"));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
