// Keyboard mnemonics in every shipped language: with a session open, no two
// entries of the menu bar and the session's tab bar (both answer Alt+letter
// in the same window), of one menu, or of one context menu share a letter.
// German Alt+D once opened the DCs tab instead of the Datei menu.
#include "guitestenv.h"
#include "i18n.h"
#include "session/sessionview.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

using namespace fero::gui;

namespace {

// The letters of a group, each with what uses it; "" when none is used twice.
class MnemonicGroup {
public:
    explicit MnemonicGroup(QString name)
        : m_name(std::move(name))
    {
    }
    void add(const QString &text)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        ++m_count;
        const QString letter = key.toString().toLower();
        if (m_users.contains(letter))
            m_clashes << QStringLiteral("%1: \"%2\" and \"%3\" both use %4")
                             .arg(m_name, m_users.value(letter), text, key.toString(QKeySequence::NativeText));
        else
            m_users.insert(letter, text);
    }
    QStringList clashes() const { return m_clashes; }
    int count() const { return m_count; }

private:
    QString m_name;
    QHash<QString, QString> m_users;
    QStringList m_clashes;
    int m_count = 0;
};

void addMenu(QMenu *menu, const QString &path, QStringList &clashes, int &menus)
{
    MnemonicGroup group(path);
    ++menus;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        // Hidden actions too: Enter Passcode… shows up for a locked folder.
        group.add(action->text());
        if (QMenu *sub = action->menu())
            addMenu(sub, path + QStringLiteral(" ▸ ") + action->text(), clashes, menus);
    }
    clashes << group.clashes();
}

void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void noClashes_data();
    void noClashes();

private:
    std::unique_ptr<fero::gui::test::GuiTestEnvironment> m_env;
};

void TestMnemonics::initTestCase()
{
    m_env = std::make_unique<fero::gui::test::GuiTestEnvironment>();
}

void TestMnemonics::cleanup()
{
    removeTranslators();
}

void TestMnemonics::noClashes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu"); // the File menu's title, proving the language is loaded
    QTest::newRow("en") << QString() << QStringLiteral("&File");
    const QStringList languages = fero::availableLanguages();
    QVERIFY(languages.contains(QStringLiteral("de")) && languages.contains(QStringLiteral("es"))
            && languages.contains(QStringLiteral("ru")));
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language << QString();
}

void TestMnemonics::noClashes()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    removeTranslators();
    QCOMPARE(fero::installTranslations(language.isEmpty() ? QStringLiteral("en") : language), language);
    QSettings().clear();
    MainWindow window;
    window.show();
    window.openInitial({fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session"))});
    QVERIFY(window.currentSession().isValid());
    SessionView *view = window.sessionView();
    QVERIFY(view->isTabEnabled(SessionView::DcsPage)); // a session is open: every tab answers Alt

    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 5);
    if (fileMenu.isEmpty())
        QVERIFY2(menus.front()->text() != QStringLiteral("&File"), "the translation is not loaded");
    else
        QCOMPARE(menus.front()->text(), fileMenu);

    QStringList clashes;
    // The menu bar and the tab bar share Alt+letter.
    MnemonicGroup alt(QStringLiteral("menu bar + tabs"));
    for (QAction *menu : menus)
        alt.add(menu->text());
    for (int i = 0; i < view->count(); ++i)
        alt.add(view->tabText(i));
    QCOMPARE(alt.count(), menus.size() + view->count()); // every one has a mnemonic
    clashes << alt.clashes();

    int menuCount = 0;
    for (QAction *menu : menus)
        addMenu(menu->menu(), menu->text(), clashes, menuCount);
    QVERIFY(menuCount >= 6); // File, Edit, Session (with Clean Peer Cache), View, Help

    // Right-click menus built from a widget's actions.
    int contextMenus = 0;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->contextMenuPolicy() != Qt::ActionsContextMenu || widget->actions().isEmpty())
            continue;
        ++contextMenus;
        MnemonicGroup group(QStringLiteral("context menu of ") + widget->objectName());
        for (QAction *action : widget->actions()) {
            if (!action->isSeparator())
                group.add(action->text());
        }
        clashes << group.clashes();
    }
    QVERIFY(contextMenus >= 3); // the library, the DC table, the peer tables
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
