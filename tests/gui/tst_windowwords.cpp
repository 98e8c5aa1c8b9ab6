// The window's own words: the status after a pasted string, and the
// "readable by others" warning worded per library and not carried by an
// unsaved copy. (Restrict Permissions over a selection: tst_restrictselection.)
#include "guitestenv.h"

#include "actions/permissionsaction.h"
#include "i18n.h"
#include "library/librarymodel.h"
#include "open/opener.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace fero::gui;

namespace {

QString vector(const QString &relative)
{
    return fero::test::dataPath(QStringLiteral("vectors/") + relative);
}

void makeReadable(const QString &path)
{
    ::chmod(QFile::encodeName(path).constData(), 0644);
}

} // namespace

class TestWindowWords : public QObject {
    Q_OBJECT

public:
    explicit TestWindowWords(const test::GuiTestEnvironment &env)
        : m_env(env)
    {
    }

private slots:
    void pastedStatus_data();
    void pastedStatus();
    void readableWarningNamesFerogramOnlyForFerogram_data();
    void readableWarningNamesFerogramOnlyForFerogram();
    void unsavedCopyDropsTheModeWarning();

private:
    const test::GuiTestEnvironment &m_env;
};

void TestWindowWords::pastedStatus_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("status");
    QTest::newRow("a detection sentence") << QStringLiteral("Telethon string, IPv4, 353 characters.")
                                          << QStringLiteral("Opened the pasted string: Telethon string, IPv4, 353 "
                                                            "characters. It is kept in memory only.");
    QTest::newRow("a bare format name") << QStringLiteral(
        "Telethon string") << QStringLiteral("Opened the pasted string: Telethon string. It is kept in memory only.");
    QTest::newRow("nothing") << QString() << QStringLiteral("Opened the pasted string. It is kept in memory only.");
}

void TestWindowWords::pastedStatus()
{
    QFETCH(QString, what);
    QFETCH(QString, status);
    QCOMPARE(MainWindow::pastedStatus(what), status);
    QVERIFY(!MainWindow::pastedStatus(what).contains(QStringLiteral("  ")));
}

void TestWindowWords::readableWarningNamesFerogramOnlyForFerogram_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ferogram");
    QTest::newRow("ferogram binary") << QStringLiteral("ferogram/fg065-typical.session") << true;
    QTest::newRow("ferogram SQLite") << QStringLiteral("ferogram/fg065-typical.sqlite") << true;
    QTest::newRow("Telethon SQLite") << QStringLiteral("foreign/telethon/telethon_sqlite_full.session") << false;
    QTest::newRow("Telethon string") << QStringLiteral("foreign/telethon/telethon_str_dc2_v4.txt") << false;
}

void TestWindowWords::readableWarningNamesFerogramOnlyForFerogram()
{
    QFETCH(QString, file);
    QFETCH(bool, ferogram);
    const QString path = QDir(m_env.path()).filePath(QFileInfo(file).fileName());
    QFile::remove(path);
    QVERIFY(QFile::copy(vector(file), path));
    makeReadable(path);
    const auto opened = fero::openPath(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    const QString warning = fero::readableFileWarning(path, opened->format);
    QVERIFY2(opened->warnings.contains(warning), qPrintable(opened->warnings.join(u'\n')));
    QVERIFY(warning.contains(QStringLiteral("0644")));
    QCOMPARE(warning.contains(QStringLiteral("ferogram save")), ferogram);
}

void TestWindowWords::unsavedCopyDropsTheModeWarning()
{
    const QString path = QDir(m_env.path()).filePath(QStringLiteral("readable-copy.session"));
    QFile::remove(path);
    QVERIFY(QFile::copy(vector(QStringLiteral("ferogram/fg065-typical.session")), path));
    makeReadable(path);
    MainWindow window;
    window.addSources({path});
    const SessionRef source = window.currentSession();
    QVERIFY(source.isValid());
    QVERIFY(!source.decoded->session().minPeers.empty());
    const QString warning = fero::readableFileWarning(path, source.decoded->format);
    QVERIFY(source.decoded->warnings.contains(warning));
    // Prune All Min Peers makes an unsaved copy in memory: no file, no mode to warn about.
    window.findChild<QAction *>(QStringLiteral("actionPruneMinPeers"))->trigger();
    const SessionRef copy = window.currentSession();
    QCOMPARE(copy.kind, SourceKind::Modified);
    QVERIFY(copy.decoded->session().minPeers.empty());
    QVERIFY2(!copy.decoded->warnings.contains(warning), qPrintable(copy.decoded->warnings.join(u'\n')));
}

int main(int argc, char **argv)
{
    test::GuiTestEnvironment environment; // before QApplication reads HOME and XDG_*
    QApplication app(argc, argv);
    fero::installTranslations(QStringLiteral("en")); // English plural forms
    TestWindowWords test(environment);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowwords.moc"
