// Help ▸ Feroscope Help (F1) and Help ▸ About: F1 opens the help page, not
// About; the page lists the window's real shortcuts; About names the version
// and the Qt, OpenSSL and SQLite the program runs with, and copies them.
#include "guitestenv.h"

#include "base/versions.h"
#include "window/aboutdialog.h"
#include "window/helpwindow.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace fero::gui;

class TestHelpAbout : public QObject {
    Q_OBJECT

private slots:
    void f1OpensHelpWithTheShortcuts();
    void aboutNamesVersionsAndCopiesThem();
};

void TestHelpAbout::f1OpensHelpWithTheShortcuts()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    HelpWindow *help = window.findChild<HelpWindow *>();
    QVERIFY2(help, "F1 opened no help window");
    QTRY_VERIFY(help->isVisible());
    const QString page = help->html();
    // The shortcut table comes from the actions: Open Session's key and words are there.
    auto *open = window.findChild<QAction *>(QStringLiteral("actionOpenFile"));
    QVERIFY(open);
    QVERIFY2(page.contains(open->shortcut().toString(QKeySequence::NativeText)), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("Open Session")));
    QVERIFY(!page.contains(QStringLiteral("&amp;Open"))); // the mnemonic's & is not shown
    // F1 again raises the same window instead of opening a second one.
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);
}

void TestHelpAbout::aboutNamesVersionsAndCopiesThem()
{
    AboutDialog about;
    QStringList texts;
    for (const QLabel *label : about.findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u'\n');
    QVERIFY(all.contains(fero::feroscopeVersion()));
    QVERIFY(all.contains(QString::fromLatin1(qVersion())));
    for (const fero::LibraryVersion &library : fero::runtimeLibraryVersions()) {
        QVERIFY2(!library.version.isEmpty(), qPrintable(library.name));
        QVERIFY2(all.contains(library.version), qPrintable(library.name));
    }
    auto *copy = about.findChild<QPushButton *>(QStringLiteral("copyVersionInfo"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.startsWith(QStringLiteral("Feroscope ") + fero::feroscopeVersion()));
    QVERIFY(copied.contains(QStringLiteral("OpenSSL ")));
    QVERIFY(copied.contains(QStringLiteral("SQLite ")));
}

int main(int argc, char **argv)
{
    test::GuiTestEnvironment environment; // before QApplication reads HOME and XDG_*
    QApplication app(argc, argv);
    TestHelpAbout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_helpabout.moc"
