// The library's filter (issue 13): typing narrows the library by name,
// format, key id, user id or path (every word must match); folders stay
// while a session in them matches; Esc clears; Ctrl+F focuses the search of
// whatever has focus (the Peers search, the Raw JSON find bar, else this).
#include "guitestenv.h"

#include "library/libraryfilter.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "session/minpeerstab.h"
#include "session/minpeertablemodel.h"
#include "session/peerstab.h"
#include "session/rawtab.h"
#include "session/sessionview.h"
#include "testsupport.h"
#include "widgets/findbar.h"
#include "widgets/intsortproxy.h"
#include "widgets/secrettextedit.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace fero::gui;

namespace {

QString vector(const QString &name)
{
    return fero::test::dataPath(QStringLiteral("vectors/") + name);
}

// The session names the view shows (through the filter), in order.
QStringList shownNames(MainWindow &window)
{
    QStringList names;
    QAbstractItemModel *model = window.libraryView()->model();
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            const QModelIndex source = window.libraryPane()->filter()->mapToSource(child);
            if (const LibraryEntry *e = window.library()->entry(source))
                names << e->name;
            else
                stack << child;
        }
    }
    names.sort();
    return names;
}

} // namespace

class TestLibraryFilter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }

    void narrowsTheLibrary_data();
    void narrowsTheLibrary();
    void escClearsAndSelectingAHiddenRowShowsAll();
    void ctrlFFocusesTheSearchWhereYouAre();
    void minPeersFilterByAnyId();

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_folder;
};

void TestLibraryFilter::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
    // A folder with sessions of three libraries, one in a subfolder.
    m_folder = m_env->path() + QStringLiteral("/farm");
    QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/sub")));
    const std::pair<const char *, const char *> files[] = {
        {"ferogram/fg065-typical.session", "alpha.session"},
        {"ferogram/fg052-typical.session", "beta.session"},
        {"foreign/telethon/telethon_sqlite_full.session", "sub/gamma.session"},
    };
    for (const auto &[from, to] : files)
        QVERIFY(QFile::copy(vector(QString::fromLatin1(from)), m_folder + QLatin1Char('/') + QString::fromLatin1(to)));
}

void TestLibraryFilter::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
    m_window->addFolder(m_folder);
    QVERIFY(!m_window->isScanning() || done.wait(20000));
    QCOMPARE(shownNames(*m_window).size(), 3);
}

void TestLibraryFilter::narrowsTheLibrary_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    const QStringList all{QStringLiteral("alpha.session"), QStringLiteral("beta.session"),
                          QStringLiteral("sub/gamma.session")}; // a scan names a row by its path in the folder
    QTest::newRow("nothing") << QString() << all;
    QTest::newRow("name") << QStringLiteral("alph") << QStringList{all[0]};
    QTest::newRow("name, any case") << QStringLiteral("BETA") << QStringList{all[1]};
    QTest::newRow("format") << QStringLiteral("telethon") << QStringList{all[2]};
    QTest::newRow("path") << QStringLiteral("/sub/") << QStringList{all[2]};
    QTest::newRow("folder path: all of it") << QStringLiteral("farm") << all;
    QTest::newRow("two words, both must match") << QStringLiteral("ferogram alpha") << QStringList{all[0]};
    QTest::newRow("no match") << QStringLiteral("zzz-nothing") << QStringList{};
}

void TestLibraryFilter::narrowsTheLibrary()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    QLineEdit *field = m_window->libraryPane()->filterField();
    QTest::keyClicks(field, typed);
    // The filter runs once typing pauses; its count appears when it has.
    auto *count = m_window->libraryPane()->findChild<QWidget *>(QStringLiteral("libraryFilterCount"));
    QVERIFY(count);
    QTRY_COMPARE(count->isVisible(), !typed.isEmpty());
    QCOMPARE(shownNames(*m_window), shown);
}

void TestLibraryFilter::escClearsAndSelectingAHiddenRowShowsAll()
{
    // A session's auth key id finds it (the column users compare).
    const QModelIndex alpha = m_window->library()->indexOfPath(m_folder + QStringLiteral("/alpha.session"));
    QVERIFY(m_window->library()->ensureLoaded(alpha));
    const QString keyId = m_window->library()->entry(alpha)->authKeyId;
    QVERIFY(!keyId.isEmpty());
    QLineEdit *field = m_window->libraryPane()->filterField();
    QTest::keyClicks(field, keyId.left(10));
    QTRY_VERIFY(!shownNames(*m_window).contains(QStringLiteral("sub/gamma.session")));
    QVERIFY(shownNames(*m_window).contains(QStringLiteral("alpha.session")));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QTRY_COMPARE(shownNames(*m_window).size(), 3);

    // Selecting a row the filter hides (e.g. after Export added it) shows it.
    QTest::keyClicks(field, QStringLiteral("beta"));
    QTRY_COMPARE(shownNames(*m_window).size(), 1);
    m_window->selectIndex(alpha);
    QCOMPARE(m_window->libraryPane()->currentIndex(), alpha);
    QVERIFY(field->text().isEmpty());
}

void TestLibraryFilter::ctrlFFocusesTheSearchWhereYouAre()
{
    const QModelIndex alpha = m_window->library()->indexOfPath(m_folder + QStringLiteral("/alpha.session"));
    m_window->selectIndex(alpha);
    SessionView *view = m_window->sessionView();

    // In the library: its filter.
    m_window->libraryView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->libraryPane()->filterField());

    // In the Peers tab: the Peers search.
    view->setCurrentIndex(SessionView::PeersPage);
    view->peers()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view->peers()->searchBox());

    // In Min Peers: its search.
    view->setCurrentIndex(SessionView::MinPeersPage);
    view->minPeers()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view->minPeers()->searchBox());

    // In Raw JSON: its find bar.
    view->setCurrentIndex(SessionView::RawPage);
    view->raw()->textView()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(view->raw()->findBar()->isVisible());
    QVERIFY(view->raw()->findBar()->isAncestorOf(QApplication::focusWidget()));
}

void TestLibraryFilter::minPeersFilterByAnyId()
{
    const QModelIndex alpha = m_window->library()->indexOfPath(m_folder + QStringLiteral("/alpha.session"));
    m_window->selectIndex(alpha);
    MinPeersTab *tab = m_window->sessionView()->minPeers();
    const int all = tab->proxy()->rowCount();
    QVERIFY(all > 1);
    // Any column: a message id and a user id of one row each find it.
    const fero::MinPeer &first = tab->model()->minPeer(0);
    for (const qint64 id : {qint64(first.userId), qint64(first.msgId), qint64(first.peerId)}) {
        tab->searchBox()->setText(QString::number(id));
        QVERIFY2(tab->proxy()->rowCount() >= 1 && tab->proxy()->rowCount() < all, qPrintable(QString::number(id)));
        bool found = false;
        for (int row = 0; row < tab->proxy()->rowCount(); ++row)
            found = found || tab->proxy()->mapToSource(tab->proxy()->index(row, 0)).row() == 0;
        QVERIFY(found);
    }
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("minPeerCount"))->text().contains(QLocale().toString(all)));
    // Another session: the search does not carry over.
    const QModelIndex beta = m_window->library()->indexOfPath(m_folder + QStringLiteral("/beta.session"));
    m_window->selectIndex(beta);
    QVERIFY(tab->searchBox()->text().isEmpty());
    QCOMPARE(tab->proxy()->rowCount(), tab->model()->rowCount());

    // No column cuts what it holds: every cell and title fits its column.
    QTableView *view = tab->view();
    const QFontMetrics fm = view->fontMetrics();
    for (int column = 0; column < tab->model()->columnCount(); ++column) {
        const int room = view->columnWidth(column);
        const QString title = tab->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(view->horizontalHeader()->fontMetrics().horizontalAdvance(title) < room, qPrintable(title));
        for (int row = 0; row < tab->model()->rowCount(); ++row) {
            const QString text = tab->model()->index(row, column).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) < room, qPrintable(QStringLiteral("%1 in column %2").arg(text).arg(column)));
        }
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestLibraryFilter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libraryfilter.moc"
