// The accounts of a multi-account source found by a folder scan (tdata with
// two and three accounts, one with a local passcode), driven through the real
// window: each row opens its own account, now and after a restart; a locked
// tdata says "passcode needed" (never "wrong"), offers Enter Passcode… in the
// pane and in the row's menu, is opened off the GUI thread and unlocks in
// place; a wrong passcode asks again; quitting while it is opened ends cleanly.
#include "formats/tdesktop/tdata.h"
#include "guitestenv.h"
#include "inspect/inspect.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "window/mainwindow.h"
#include "open/opener.h"
#include "session/overviewtab.h"
#include "session/sessionview.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace fero::gui;

namespace {

const QString Passcode = QStringLiteral("three blind mice");

// One account per user id, each on its own home DC: what tells them apart.
std::vector<fero::Session> accounts(const QList<std::int64_t> &userIds)
{
    std::vector<fero::Session> sessions;
    for (qsizetype i = 0; i < userIds.size(); ++i) {
        fero::SyntheticShape shape;
        shape.peers = 3;
        shape.minPeers = 0;
        fero::Session s = fero::makeSyntheticSession(shape, 700 + std::uint64_t(i));
        s.account.userId = userIds[i];
        sessions.push_back(std::move(s));
    }
    return sessions;
}

// The home key id of each account of a tdata folder, as the core reads it.
QStringList keyIds(const QString &folder, const QString &passcode = {})
{
    auto decoded = fero::tdata::read(folder, passcode);
    if (!decoded.ok())
        return {};
    QStringList ids;
    for (const fero::Session &s : decoded->sessions)
        ids << fero::homeDcEntry(s)->authKey->idHex();
    return ids;
}

QModelIndex folderRowFor(LibraryModel *library, const QModelIndex &folder, const QString &name)
{
    for (int r = 0; r < library->rowCount(folder); ++r) {
        const QModelIndex row = library->index(r, 0, folder);
        if (library->entry(row)->name == name)
            return row;
    }
    return {};
}

} // namespace

class TestFolderAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachRowOpensItsAccount_data();
    void eachRowOpensItsAccount();
    void rowsNameTheStoresOwnAccountIds();
    void lockedRowIsNotWrong();
    void passcodeNeededWrongRightInPlace();
    void realPasscodeDialog();
    void rowMenuOffersEnterPasscode();
    void quitWhileOpening();

private:
    void openWindow();
    // Selects a row as a user does: a click on its name.
    void clickRow(const QModelIndex &index);
    QModelIndex scan(); // Open Folder on m_folder; returns the folder's node

    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_folder;
    QStringList m_twoIds, m_threeIds;
};

void TestFolderAccounts::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
    // A folder as users have it: a two-account tdata, a three-account tdata
    // with a local passcode, a plain three-account one and a ferogram file.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("sessions"));
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(fero::test::copyFolder(fero::test::dataPath(QStringLiteral("vectors/foreign/tdata/tdata_two_accounts")),
                       m_folder + QStringLiteral("/tdata_two_accounts")));
    for (const auto &[name, ids, passcode] : {std::tuple{QStringLiteral("three"), QList<std::int64_t>{1001, 1002, 1003}, QString()},
                                              std::tuple{QStringLiteral("locked"), QList<std::int64_t>{2001, 2002, 2003}, Passcode}}) {
        const fero::Status written = fero::tdata::write(accounts(ids), m_folder + QLatin1Char('/') + name, passcode);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    }
    // Desktop's account indexes 0 and 2 (the account at 1 was logged out).
    QVERIFY(fero::test::copyFolder(fero::test::dataPath(QStringLiteral("vectors/foreign/tdata-edge/tdata_edge_pub_stale_legacy")),
                       m_folder + QStringLiteral("/sparse")));
    QVERIFY(QFile::copy(fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session")),
                        m_folder + QStringLiteral("/bot.session")));
    m_twoIds = keyIds(m_folder + QStringLiteral("/tdata_two_accounts"));
    m_threeIds = keyIds(m_folder + QStringLiteral("/three"));
    QCOMPARE(m_twoIds.size(), 2);
    QCOMPARE(m_threeIds.size(), 3);
    QVERIFY(m_twoIds[0] != m_twoIds[1]);
}

void TestFolderAccounts::init()
{
    QSettings().clear();
    openWindow();
}

void TestFolderAccounts::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFolderAccounts::cleanup()
{
    m_window.reset();
}

void TestFolderAccounts::clickRow(const QModelIndex &index)
{
    QTreeView *view = m_window->libraryView();
    const QModelIndex row = m_window->libraryPane()->viewIndex(index); // through the library's filter
    view->scrollTo(row);
    const QRect rect = view->visualRect(row);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->libraryPane()->currentIndex(), index.siblingAtColumn(0));
}

QModelIndex TestFolderAccounts::scan()
{
    QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
    m_window->addFolder(m_folder);
    if (m_window->isScanning() && !done.wait(30000))
        return {};
    return m_window->library()->indexOfFolder(m_folder);
}

void TestFolderAccounts::eachRowOpensItsAccount_data()
{
    QTest::addColumn<bool>("afterRestart");
    QTest::newRow("now") << false;
    QTest::newRow("after a restart") << true;
}

// Issue: selecting the second row loaded account 0 and overwrote the row.
void TestFolderAccounts::eachRowOpensItsAccount()
{
    QFETCH(bool, afterRestart);
    QModelIndex folder = scan();
    QVERIFY(folder.isValid());
    if (afterRestart) {
        m_window.reset(); // the folder is remembered; the next start rescans it
        openWindow();
        QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
        m_window->openInitial({});
        QVERIFY(!m_window->isScanning() || done.wait(30000));
        folder = m_window->library()->indexOfFolder(m_folder);
        QVERIFY(folder.isValid());
    }
    LibraryModel *library = m_window->library();
    const struct {
        QString source;
        QStringList ids;
        std::int64_t firstUserId; // 0: as the vector has them
    } sources[] = {{QStringLiteral("tdata_two_accounts"), m_twoIds, 0}, {QStringLiteral("three"), m_threeIds, 1001}};
    for (const auto &source : sources) {
        for (qsizetype i = 0; i < source.ids.size(); ++i) {
            const QString name = QStringLiteral("%1, account index %2").arg(source.source).arg(i);
            const QModelIndex row = folderRowFor(library, folder, name);
            QVERIFY2(row.isValid(), qPrintable(name));
            QCOMPARE(row.siblingAtColumn(LibraryModel::AuthKeyId).data().toString(), source.ids[i]);
            clickRow(row);
            const SessionRef current = m_window->currentSession();
            QVERIFY2(current.isValid(), qPrintable(name));
            QCOMPARE(fero::homeDcEntry(current.decoded->session())->authKey->idHex(), source.ids[i]);
            if (source.firstUserId != 0)
                QCOMPARE(current.decoded->session().account.userId, std::optional<std::int64_t>(source.firstUserId + i));
            QVERIFY2(current.decoded->layout.contains(QStringLiteral("account %1 of %2").arg(i + 1).arg(source.ids.size())),
                     qPrintable(current.decoded->layout));
            // The row keeps its own values once loaded.
            QCOMPARE(row.siblingAtColumn(LibraryModel::AuthKeyId).data().toString(), source.ids[i]);
            QCOMPARE(m_window->sessionView()->overview()->fieldText(QStringLiteral("authKeyId")).isEmpty(), false);
        }
    }
}

// Rows use the store's own numbering, which --account also takes: a tdata
// whose accounts are at Desktop's indexes 0 and 2 shows "account index 2",
// and that row opens the account at index 2.
void TestFolderAccounts::rowsNameTheStoresOwnAccountIds()
{
    const QModelIndex folder = scan();
    LibraryModel *library = m_window->library();
    const QStringList ids = keyIds(m_folder + QStringLiteral("/sparse"));
    QCOMPARE(ids.size(), 2);
    QVERIFY(folderRowFor(library, folder, QStringLiteral("sparse, account index 1")) == QModelIndex());
    const QModelIndex second = folderRowFor(library, folder, QStringLiteral("sparse, account index 2"));
    QVERIFY(second.isValid());
    QCOMPARE(library->entry(second)->accountId, QStringLiteral("index:2"));
    clickRow(second);
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(fero::homeDcEntry(current.decoded->session())->authKey->idHex(), ids[1]);
    QCOMPARE(current.decoded->accountIds, (std::vector<QString>{QStringLiteral("index:2")}));
}

// A tdata with a passcode inside a scanned folder: "passcode needed", not
// red, not "wrong", with the way in shown in the pane.
void TestFolderAccounts::lockedRowIsNotWrong()
{
    int asked = 0;
    m_window->setPasscodeProvider([&](const QString &, const QString &) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    const QModelIndex folder = scan();
    LibraryModel *library = m_window->library();
    const QModelIndex row = folderRowFor(library, folder, QStringLiteral("locked"));
    QVERIFY(row.isValid());
    clickRow(row);
    const LibraryEntry *entry = library->entry(row);
    QCOMPARE(entry->state, LibraryEntry::State::Locked);
    QCOMPARE(row.siblingAtColumn(LibraryModel::AuthKeyId).data().toString(), QStringLiteral("passcode needed"));
    QVERIFY(!entry->error.contains(QStringLiteral("rong")));
    QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("rong passcode")));
    QCOMPARE(asked, 0); // selecting never prompts
    OverviewTab *overview = m_window->sessionView()->overview();
    QVERIFY(overview->isShowingLockedState());
    auto *button = overview->findChild<QPushButton *>(QStringLiteral("enterPasscodeButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    // Cancelling the prompt changes nothing.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(library->entry(row)->state, LibraryEntry::State::Locked);
    QVERIFY(!m_window->isUnlocking());
}

// needs -> wrong -> right, in place: the accounts take the locked row's
// place in the same folder, no new folder group appears, and after a restart
// the row is locked again (the passcode is never remembered).
void TestFolderAccounts::passcodeNeededWrongRightInPlace()
{
    QStringList problems;
    m_window->setPasscodeProvider([&](const QString &, const QString &problem) -> std::optional<QString> {
        problems << problem;
        return problems.size() == 1 ? QStringLiteral("wrong") : Passcode;
    });
    const QModelIndex folder = scan();
    LibraryModel *library = m_window->library();
    const QModelIndex foldersGroup = library->groupIndex(SourceKind::Folder);
    const int foldersBefore = library->rowCount(foldersGroup);
    const int rowsBefore = library->rowCount(folder);
    const QModelIndex row = folderRowFor(library, folder, QStringLiteral("locked"));
    clickRow(row);
    QTest::mouseClick(m_window->sessionView()->overview()->findChild<QPushButton *>(QStringLiteral("enterPasscodeButton")),
                      Qt::LeftButton);
    // Off the GUI thread: the click returned while the derivation runs, with a busy bar.
    QVERIFY(m_window->isUnlocking());
    auto *busy = m_window->sessionView()->overview()->findChild<QProgressBar *>(QStringLiteral("unlockingProgress"));
    QVERIFY(busy && busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(problems.size() == 2 && !m_window->isUnlocking(), 30000);
    QVERIFY(problems[0].isEmpty());
    QVERIFY2(problems[1].contains(QStringLiteral("Wrong passcode")), qPrintable(problems[1]));

    QCOMPARE(library->rowCount(foldersGroup), foldersBefore); // no new folder group
    QCOMPARE(library->rowCount(folder), rowsBefore + 2);      // one locked row became three
    const QStringList ids = keyIds(m_folder + QStringLiteral("/locked"), Passcode);
    for (int i = 0; i < 3; ++i) {
        const QModelIndex account = folderRowFor(library, folder, QStringLiteral("locked, account index %1 (%2)").arg(i).arg(2001 + i));
        QVERIFY(account.isValid());
        clickRow(account);
        const SessionRef current = m_window->currentSession();
        QVERIFY(current.isValid());
        QCOMPARE(current.decoded->session().account.userId, std::optional<std::int64_t>(2001 + i));
        QCOMPARE(fero::homeDcEntry(current.decoded->session())->authKey->idHex(), ids[i]);
    }
    QVERIFY(!busy->isVisible());

    // Restart: listed as locked again, and nothing of the passcode is stored.
    m_window.reset();
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(Passcode));
    openWindow();
    QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
    m_window->openInitial({});
    QVERIFY(!m_window->isScanning() || done.wait(30000));
    const QModelIndex again = folderRowFor(m_window->library(), m_window->library()->indexOfFolder(m_folder),
                                           QStringLiteral("locked"));
    QVERIFY(again.isValid());
    QCOMPARE(m_window->library()->entry(again)->state, LibraryEntry::State::Locked);
}

// The prompt a user sees: a masked input dialog; a wrong passcode reopens it
// with the reason.
void TestFolderAccounts::realPasscodeDialog()
{
    const QModelIndex folder = scan();
    const QModelIndex row = folderRowFor(m_window->library(), folder, QStringLiteral("locked"));
    clickRow(row);
    QStringList labels;
    const QStringList typed{QStringLiteral("nope"), Passcode};
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, answer);
            return;
        }
        labels << dialog->labelText();
        auto *edit = dialog->findChild<QLineEdit *>();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, typed.value(labels.size() - 1));
        QTest::keyClick(edit, Qt::Key_Return);
        if (labels.size() < typed.size())
            QTimer::singleShot(20, answer); // the second prompt, after the wrong passcode
    };
    QTimer::singleShot(20, answer);
    m_window->findChild<QAction *>(QStringLiteral("actionEnterPasscode"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(labels.size() == 2 && !m_window->isUnlocking() && m_window->currentSession().isValid(),
                             30000);
    QVERIFY2(labels[1].contains(QStringLiteral("Wrong passcode")), qPrintable(labels[1]));
    QCOMPARE(m_window->currentSession().decoded->session().account.userId, std::optional<std::int64_t>(2001));
}

// The row's menu (the library's context actions) offers Enter Passcode… on
// a locked row only.
void TestFolderAccounts::rowMenuOffersEnterPasscode()
{
    const QModelIndex folder = scan();
    LibraryModel *library = m_window->library();
    QAction *enter = m_window->findChild<QAction *>(QStringLiteral("actionEnterPasscode"));
    QVERIFY(enter);
    QVERIFY(m_window->libraryView()->actions().contains(enter));
    clickRow(folderRowFor(library, folder, QStringLiteral("bot.session")));
    QVERIFY(!enter->isVisible());
    clickRow(folderRowFor(library, folder, QStringLiteral("locked")));
    QVERIFY(enter->isVisible());
    QVERIFY(enter->isEnabled());
}

// Quitting while a passcode is being tried: no crash, no hang, no result
// delivered into a destroyed window.
void TestFolderAccounts::quitWhileOpening()
{
    m_window->setPasscodeProvider([](const QString &, const QString &) -> std::optional<QString> { return Passcode; });
    const QModelIndex folder = scan();
    clickRow(folderRowFor(m_window->library(), folder, QStringLiteral("locked")));
    m_window->enterPasscode(m_window->libraryPane()->currentIndex());
    QVERIFY(m_window->isUnlocking());
    QVERIFY(m_window->close());
    QElapsedTimer timer;
    timer.start();
    m_window.reset();
    QVERIFY2(timer.elapsed() < 10000, "the window waited too long for the passcode worker");
    QTest::qWait(50); // any queued result would be delivered (and crash) here
}

QTEST_MAIN(TestFolderAccounts)
#include "tst_folderaccounts.moc"
