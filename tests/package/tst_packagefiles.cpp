// What the Debian package installs beside the programs passes the checks a
// distribution runs on it: the desktop entry (desktop-file-validate, hints
// included), the AppStream metainfo (appstreamcli validate --no-net), both
// man pages (man --warnings: groff's warnings, none allowed); feroscope(1)
// lists every option `feroscope --help` shows; and the version is one
// everywhere: both programs' --version, the man pages, the metainfo's
// release and the package changelog.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // the GUI's --help
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("cannot start %1 (bash .ci/dev test installs it)").arg(program)};
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

const QString Source = QStringLiteral(FEROSCOPE_SOURCE_DIR);
const QString Binary = QStringLiteral(FEROSCOPE_BINARY_DIR);
const QString Version = QStringLiteral(FEROSCOPE_VERSION);

} // namespace

class TestPackageFiles : public QObject {
    Q_OBJECT

private slots:
    void desktopEntryIsValid()
    {
        const Run r =
            run(QStringLiteral("desktop-file-validate"), {Source + QStringLiteral("/resources/feroscope.desktop")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.out + r.err)); // no hints either
    }

    void metainfoIsValid()
    {
        const QString metainfo = Binary + QStringLiteral("/resources/io.feroscope.Feroscope.metainfo.xml");
        const Run r = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                           QStringLiteral("--no-color"), metainfo});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(readText(metainfo).contains(QStringLiteral("<release version=\"%1\"").arg(Version)));
    }

    void manPagesHaveNoWarnings_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("feroscope-cli.1") << Binary + QStringLiteral("/app/cli/feroscope-cli.1.gz");
        QTest::newRow("feroscope.1") << Binary + QStringLiteral("/resources/feroscope.1.gz");
    }

    void manPagesHaveNoWarnings()
    {
        QFETCH(QString, page);
        const Run r = run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), page});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Feroscope ") + Version));
        QVERIFY(r.out.contains(QStringLiteral("SECURITY")));
    }

    void guiManPageListsEveryOption()
    {
#ifdef FEROSCOPE_GUI
        const QString page = readText(Binary + QStringLiteral("/resources/feroscope.1"));
        const Run r = run(QStringLiteral(FEROSCOPE_GUI), {QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        static const QRegularExpression option(QStringLiteral("^  (?:-[a-zA-Z], )?(--[a-z-]+)"),
                                               QRegularExpression::MultilineOption);
        int seen = 0;
        for (auto it = option.globalMatch(r.out); it.hasNext();) {
            QString flag = it.next().captured(1);
            ++seen;
            QVERIFY2(page.contains(QStringLiteral("\\fB") + flag.replace(u'-', QStringLiteral("\\-"))
                                   + QStringLiteral("\\fR")),
                     qPrintable(QStringLiteral("feroscope --help lists %1; feroscope.1 does not").arg(flag)));
        }
        QVERIFY(seen >= 4); // --help, --help-all, --version, --tab, --show-export
#else
        QFAIL("built without the GUI (FEROSCOPE_BUILD_GUI=OFF): the package needs it");
#endif
    }

    // The package's version (the changelog's first line, which CPack's
    // version must match: resources/packaging/packaging.cmake) is what each program says.
    void oneVersionEverywhere()
    {
        const QString changelog = readText(Source + QStringLiteral("/resources/packaging/debian/changelog"));
        QVERIFY2(changelog.startsWith(QStringLiteral("feroscope (%1) ").arg(Version)), qPrintable(changelog.left(40)));
        const Run cli = run(QStringLiteral(FEROSCOPE_CLI), {QStringLiteral("--version")});
        QCOMPARE(cli.out.trimmed(), QStringLiteral("feroscope-cli ") + Version);
#ifdef FEROSCOPE_GUI
        const Run gui = run(QStringLiteral(FEROSCOPE_GUI), {QStringLiteral("--version")});
        QCOMPARE(gui.out.trimmed(), QStringLiteral("feroscope ") + Version);
#endif
    }
};

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"
