// No two entries that one Alt+letter could reach share the letter, in any
// shipped language: the menu bar's titles together with the session view's
// tabs (Alt+D opened the DCs tab instead of German "&Datei"), and the
// entries of each menu and submenu (hidden entries included: they show up
// as soon as a session allows them).
#include "guitestenv.h"
#include "layoutcheck.h"

#include "session/sessionview.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

#include <map>
#include <memory>

using namespace fero::gui;

namespace {

// The letter after a lone '&' ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "'&Datei' and '&DCs' share D" for every letter given twice in one scope.
QStringList clashes(const QString &scope, const QStringList &texts)
{
    std::map<QChar, QStringList> byLetter;
    for (const QString &text : texts)
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter[letter] << text;
    QStringList out;
    for (const auto &[letter, users] : byLetter)
        if (users.size() > 1)
            out << QStringLiteral("%1: %2 share %3").arg(scope, users.join(QStringLiteral(", ")), letter);
    return out;
}

QStringList menuClashes(const QMenu *menu)
{
    QStringList texts;
    QStringList out;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text();
        if (const QMenu *sub = action->menu())
            out << menuClashes(sub);
    }
    out << clashes(QStringLiteral("menu %1").arg(menu->title()), texts);
    return out;
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::pinLook(); }
    void cleanupTestCase() { test::switchLanguage(QStringLiteral("en")); }
    void unique_data();
    void unique();
    void clashesAreFound();
};

void TestMnemonics::unique_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "es", "ru"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestMnemonics::unique()
{
    QFETCH(QString, language);
    test::switchLanguage(language);
    MainWindow window;
    QStringList found;
    // One window: the menu bar and the tab bar answer the same Alt+letter.
    QStringList windowScope;
    for (const QAction *action : window.menuBar()->actions()) {
        windowScope << action->text();
        if (const QMenu *menu = action->menu())
            found << menuClashes(menu);
    }
    const QTabBar *tabs = window.sessionView()->tabBar();
    QVERIFY(tabs->count() >= 6);
    for (int i = 0; i < tabs->count(); ++i)
        windowScope << tabs->tabText(i);
    QVERIFY(windowScope.size() >= 11);
    found << clashes(QStringLiteral("menu bar and tabs"), windowScope);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// The check itself: a clash is reported, "&&" is no mnemonic.
void TestMnemonics::clashesAreFound()
{
    QCOMPARE(clashes(QStringLiteral("s"), {QStringLiteral("&Datei"), QStringLiteral("&DCs")}).size(), 1);
    QVERIFY(clashes(QStringLiteral("s"), {QStringLiteral("&Datei"), QStringLiteral("D&Cs")}).isEmpty());
    QVERIFY(clashes(QStringLiteral("s"), {QStringLiteral("A && B"), QStringLiteral("&A")}).isEmpty());
    QCOMPARE(mnemonic(QStringLiteral("Tom && &Jerry")), QChar(u'j'));
}

int main(int argc, char **argv)
{
    fero::gui::test::GuiTestEnvironment environment;
    QApplication app(argc, argv);
    TestMnemonics test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mnemonics.moc"
