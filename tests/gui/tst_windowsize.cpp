// The main window fits a laptop screen (issue 12): in every shipped language,
// with a session file and a folder of mixed sessions open and every tab
// visited, the window can be made 1000 x 650 or smaller, and visiting a tab
// never grows it by itself. Style and font are pinned (Fusion, DejaVu Sans)
// so the numbers do not depend on the machine's desktop.
#include "guitestenv.h"
#include "i18n.h"
#include "library/flaglegend.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "session/sessionview.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLayout>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace fero::gui;

namespace {

constexpr QSize Limit(1000, 650);

// Removes the translators installTranslations() added, so the next
// language starts from English.
void removeTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

// What the window asks of the window manager as its smallest size.
QSize smallestSize(QMainWindow &window)
{
    window.layout()->activate();
    return window.minimumSizeHint().expandedTo(window.minimumSize()).expandedTo(window.layout()->totalMinimumSize());
}

// The widgets whose minimum width is largest, for a failure message: the
// culprit is the widest one below the window's own containers.
QString widestChildren(const QWidget &window)
{
    QList<QPair<int, QString>> widths;
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        const QString name = w->objectName().isEmpty() ? QString() : QLatin1Char(' ') + w->objectName();
        widths.append({w->minimumSizeHint().width(), QString::fromLatin1(w->metaObject()->className()) + name});
    }
    std::sort(widths.begin(), widths.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList top;
    for (qsizetype i = 0; i < std::min<qsizetype>(8, widths.size()); ++i)
        top << QStringLiteral("%1 (%2 px)").arg(widths[i].second).arg(widths[i].first);
    return top.join(QStringLiteral(", "));
}

} // namespace

class TestWindowSize : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { removeTranslators(); }

    void fitsLaptopScreen_data();
    void fitsLaptopScreen();

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
};

void TestWindowSize::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    QApplication::setFont(font);
    QVERIFY2(QFontInfo(QApplication::font()).family().contains(QStringLiteral("DejaVu")),
             "install fonts-dejavu-core: the sizes are measured with DejaVu Sans");
}

void TestWindowSize::fitsLaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "es", "ru"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestWindowSize::fitsLaptopScreen()
{
    QFETCH(QString, language);
    removeTranslators();
    fero::installTranslations(language);

    // A session file others can read, twice (same key): every flag of the
    // legend that a plain folder gives, with the longest words.
    const QString folder = m_env->path() + QStringLiteral("/flags-") + language;
    QVERIFY(QDir().mkpath(folder));
    const QString session = folder + QStringLiteral("/fg065-typical.session");
    for (const QString &copy : {session, folder + QStringLiteral("/dup-copy.session")}) {
        QFile::remove(copy);
        QVERIFY(QFile::copy(fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session")), copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    }

    MainWindow window;
    window.setPasscodeProvider([](const QString &, const QString &) { return std::optional<QString>(); });
    window.resize(Limit);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy scans(&window, &MainWindow::scansFinished);
    window.openInitial({session, folder + QStringLiteral("/dup-copy.session")});
    window.addFolder(fero::test::dataPath(QStringLiteral("vectors/foreign")));
    QVERIFY(!window.isScanning() || scans.wait(30000));
    window.selectIndex(window.library()->indexOfPath(session));
    QVERIFY(window.currentSession().isValid());
    QTRY_VERIFY(window.libraryPane()->legend()->isVisible());

    for (int tab = 0; tab < SessionView::TabCount; ++tab) {
        window.showTab(tab);
        QApplication::processEvents();
        const QSize smallest = smallestSize(window);
        const QString where = QStringLiteral("%1, tab %2: the window needs at least %3 x %4; widest: %5")
                                  .arg(language)
                                  .arg(tab)
                                  .arg(smallest.width())
                                  .arg(smallest.height())
                                  .arg(widestChildren(window));
        QVERIFY2(smallest.width() <= Limit.width() && smallest.height() <= Limit.height(), qPrintable(where));
        // Visiting a tab never grows the window by itself.
        QVERIFY2(window.width() <= Limit.width() && window.height() <= Limit.height(),
                 qPrintable(QStringLiteral("%1, tab %2: the window grew to %3 x %4")
                                .arg(language)
                                .arg(tab)
                                .arg(window.width())
                                .arg(window.height())));
    }
    qInfo("%s: smallest window %d x %d", qPrintable(language), smallestSize(window).width(),
          smallestSize(window).height());
}

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
