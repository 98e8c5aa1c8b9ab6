// Drives the real window: opens vectors, switches tabs, filters peers,
// reveals a key, pastes a string, scans a folder, reloads on change.
#include "window/appsettings.h"
#include "widgets/columnsmenu.h"
#include "convert/convert.h"
#include "session/dcstab.h"
#include "library/flaglegend.h"
#include "guitestenv.h"
#include "inspect/inspect.h"
#include "library/libraryflagdelegate.h"
#include "library/libraryflags.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "window/mainwindow.h"
#include "session/minpeerstab.h"
#include "open/opener.h"
#include "session/overviewtab.h"
#include "session/peerstab.h"
#include "session/rawtab.h"
#include "window/reloadwatcher.h"
#include "widgets/secrettextedit.h"
#include "session/sessionview.h"
#include "synthetic.h"
#include "testsupport.h"
#include "session/updatestab.h"
#include "actions/clipboardguard.h"
#include "actions/exportdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace fero::gui;

namespace {

QString vector(const QString &name)
{
    return fero::test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

// Every model and proxy the window shows, under the model tester.
struct Testers {
    explicit Testers(MainWindow &w)
    {
        SessionView *v = w.sessionView();
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 w.library(), v->dcs()->model(), v->updates()->model(), v->updates()->proxy(), v->peers()->model(),
                 v->peers()->proxy(), v->minPeers()->model(), v->minPeers()->proxy()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

QString allSettingsText()
{
    QSettings settings;
    QString text;
    for (const QString &key : settings.allKeys())
        text += key + QLatin1Char('=') + settings.value(key).toString() + QLatin1Char('\n');
    return text;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensVectorsIntoOverview_data();
    void opensVectorsIntoOverview();
    void emptyStateWithoutSelection();
    void tabsBySwitchingShortcuts();
    void dcTabRevealsOneKey();
    void peersFilterAndCount();
    void minPeerDoubleClickJumps();
    void rawJsonHidesKeys();
    void pasteStringSession();
    void unreadableFileShowsError();
    void folderScanInBackground();
    void reloadsOnChangeKeepingSelection();
    void missingRecentSourceShownAsMissing();
    void pluggableActionsHaveShortcuts();
    void libraryReadableAtDefaultSize();
    void columnsMenuShowsHiddenColumns();
    void startWithPathsKeepsRemembered();
    void startupScansOnlyWhatItWasGiven();
    void revealedKeyCopiesAsSecret();
    void revealedJsonCopiesAsSecret();
    void removeSelectedMinPeers();
    void removeSelectedPeersIsLinear();
    void exportStartsOnChosenRelease();
    void forgottenSessionLeavesRecent();
    void peersEmptyStateAndKindsWithoutZeros();

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->reloadWatcher()->setDebounce(50);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need an active window
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::opensVectorsIntoOverview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("opensIn"); // a part of the "Opens in" field
    QTest::newRow("binary v8") << QStringLiteral("fg065-typical.session") << QStringLiteral("0.6.5 and newer");
    QTest::newRow("binary v6") << QStringLiteral("fg052-typical.session") << QStringLiteral("0.5.2 and newer");
    QTest::newRow("sqlite") << QStringLiteral("fg065-typical.sqlite") << QStringLiteral("0.3.0 and newer");
    QTest::newRow("native string file") << QStringLiteral("fg065-typical.native.txt")
                                        << QStringLiteral("0.6.5 and newer");
    QTest::newRow("fresh login") << QStringLiteral("fg065-fresh-login.session") << QStringLiteral("0.6.5 and newer");
    // Files Feroscope reads but every release misreads or rejects.
    QTest::newRow("legacy v1, home DC 2")
        << QStringLiteral("hand-v1-home2.session") << QStringLiteral("no ferogram release");
    QTest::newRow("overflowed address") << QStringLiteral("fg065-overflow-addr300.session")
                                        << QStringLiteral("no ferogram release");
}

void TestMainWindow::opensVectorsIntoOverview()
{
    QFETCH(QString, file);
    QFETCH(QString, opensIn);
    Testers testers(*m_window);
    const auto expected = fero::openPath(vector(file));
    QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().message));

    m_window->openInitial({vector(file)});
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.path, QFileInfo(vector(file)).absoluteFilePath());
    QCOMPARE(current.displayName, file);
    QCOMPARE(current.decoded->format, expected->format);

    const OverviewTab *overview = m_window->sessionView()->overview();
    QVERIFY(!overview->isShowingEmptyState());
    QVERIFY(overview->fieldText(QStringLiteral("format")).contains(fero::formatDisplayName(expected->format)));
    QCOMPARE(overview->fieldText(QStringLiteral("opensIn")), fero::releasesThatCanOpen(*expected));
    QVERIFY2(overview->fieldText(QStringLiteral("opensIn")).contains(opensIn),
             qPrintable(overview->fieldText(QStringLiteral("opensIn"))));
    QCOMPARE(overview->fieldText(QStringLiteral("homeDc")), QStringLiteral("DC %1").arg(expected->session().homeDcId));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("%1 — Feroscope").arg(file));

    // The library row says the same.
    const QModelIndex row = m_window->libraryPane()->currentIndex();
    const LibraryEntry *entry = m_window->library()->entry(row.siblingAtColumn(0));
    QVERIFY(entry);
    QCOMPARE(entry->peers, qint64(expected->session().peers.size()));
    QCOMPARE(entry->homeDc, expected->session().homeDcId);
    if (const fero::DcEntry *home = fero::homeDcEntry(expected->session()); home && home->authKey)
        QCOMPARE(entry->authKeyId, home->authKey->idHex());
    // Nothing secret in the title, settings or library tooltips.
    for (const fero::DcEntry &dc : expected->session().dcs) {
        if (!dc.authKey)
            continue;
        const QString hex = QString::fromLatin1(dc.authKey->toHex()).left(24);
        QVERIFY(!m_window->windowTitle().contains(hex));
        QVERIFY(!allSettingsText().contains(hex));
        for (int c = 0; c < LibraryModel::ColumnCount; ++c)
            QVERIFY(!row.siblingAtColumn(c).data(Qt::ToolTipRole).toString().contains(hex));
    }
}

void TestMainWindow::emptyStateWithoutSelection()
{
    Testers testers(*m_window);
    SessionView *view = m_window->sessionView();
    QVERIFY(view->overview()->isShowingEmptyState());
    QVERIFY(!view->isTabEnabled(SessionView::PeersPage));
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    QVERIFY(!view->overview()->isShowingEmptyState());
    QVERIFY(view->isTabEnabled(SessionView::PeersPage));
    m_window->libraryView()->setCurrentIndex({});
    QVERIFY(view->overview()->isShowingEmptyState());
    QVERIFY(!m_window->currentSession().isValid());
}

void TestMainWindow::tabsBySwitchingShortcuts()
{
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    SessionView *view = m_window->sessionView();
    for (int tab = SessionView::TabCount - 1; tab >= 0; --tab) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
        QCOMPARE(view->currentIndex(), tab);
    }
}

void TestMainWindow::dcTabRevealsOneKey()
{
    Testers testers(*m_window);
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    const fero::Session &session = m_window->currentSession().decoded->session();
    SessionView *view = m_window->sessionView();
    view->setCurrentIndex(SessionView::DcsPage);
    DcsTab *dcs = view->dcs();
    QCOMPARE(dcs->model()->rowCount(), int(session.dcs.size()));

    const int home = dcs->model()->homeRow();
    QVERIFY(home >= 0);
    QVERIFY(session.dcs[std::size_t(home)].authKey);
    const QString hex = QString::fromLatin1(session.dcs[std::size_t(home)].authKey->toHex());
    QCOMPARE(dcs->model()->index(home, DcTableModel::Key).data().toString(), DcTableModel::MaskedKey.toString());
    QVERIFY(!dcs->revealAction()->isEnabled() || dcs->view()->currentIndex().row() == home);

    dcs->view()->setCurrentIndex(dcs->model()->index(home, DcTableModel::DcId));
    QVERIFY(dcs->revealAction()->isEnabled());
    dcs->revealAction()->trigger();
    QCOMPARE(dcs->model()->keyText(home), hex);
    QCOMPARE(dcs->keyField()->toPlainText(), hex);
    for (int row = 0; row < dcs->model()->rowCount(); ++row) {
        if (row != home && session.dcs[std::size_t(row)].authKey)
            QCOMPARE(dcs->model()->index(row, DcTableModel::Key).data().toString(), DcTableModel::MaskedKey.toString());
    }
    QVERIFY(!m_window->windowTitle().contains(hex.left(16)));
    QVERIFY(!allSettingsText().contains(hex.left(16)));
    // Hide again.
    dcs->hideAllAction()->trigger();
    QCOMPARE(dcs->model()->index(home, DcTableModel::Key).data().toString(), DcTableModel::MaskedKey.toString());
}

void TestMainWindow::peersFilterAndCount()
{
    Testers testers(*m_window);
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    const fero::Session &session = m_window->currentSession().decoded->session();
    const int total = int(session.peers.size());
    QVERIFY(total > 0);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    PeersTab *peers = m_window->sessionView()->peers();
    QCOMPARE(peers->countText(),
             PeersTab::tr("%1 of %2 shown").arg(QLocale().toString(total), QLocale().toString(total)));

    // Type the first digits of a real id.
    const QString id = QString::number(session.peers[3].id);
    const QString needle = id.left(qMin(4, id.size()));
    QTest::keyClicks(peers->searchBox(), needle);
    int expected = 0;
    for (const fero::CachedPeer &p : session.peers)
        expected += QString::number(p.id).contains(needle) || QString::number(p.accessHash).contains(needle);
    QCOMPARE(peers->view()->model()->rowCount(), expected);
    QVERIFY(expected >= 1);
    QCOMPARE(peers->countText(),
             PeersTab::tr("%1 of %2 shown").arg(QLocale().toString(expected), QLocale().toString(total)));

    // Kind filter through the combo box.
    peers->searchBox()->clear();
    const int users = peers->kindBox()->findData(int(PeerKindFilter::Users));
    peers->kindBox()->setCurrentIndex(users);
    const int expectedUsers = int(fero::computeStats(session).users);
    QCOMPARE(peers->view()->model()->rowCount(), expectedUsers);

    // Copy selected rows as JSON: ids survive exactly.
    peers->view()->selectRow(0);
    const QString json = peers->selectedAsJson();
    const qint64 firstId =
        peers->view()->model()->index(0, PeerTableModel::Id).data(PeerTableModel::IdRole).toLongLong();
    QVERIFY(json.contains(QString::number(firstId)));
    const QString text = peers->selectedAsText();
    QCOMPARE(text.count(QLatin1Char('\n')), 2); // header + one row
}

void TestMainWindow::minPeerDoubleClickJumps()
{
    // A session where one min-user context certainly points at a cached chat.
    fero::SyntheticShape shape;
    shape.peers = 400;
    fero::DecodedSession decoded;
    decoded.format = fero::Format::FerogramBinary;
    decoded.version = 8;
    decoded.sessions.push_back(fero::makeSyntheticSession(shape, 5));
    fero::Session &s = decoded.session();
    const qint64 chatId = s.peers[300].id;
    s.minPeers.insert(s.minPeers.begin(), fero::MinPeer{-77, chatId, 99});
    m_window->addUnsavedCopy(std::move(decoded), QStringLiteral("linked"), QString());

    SessionView *view = m_window->sessionView();
    MinPeersTab *minPeers = view->minPeers();
    QVERIFY(minPeers->model()->cachedPeerRow(0) >= 0);
    view->setCurrentIndex(SessionView::MinPeersPage);
    view->peers()->searchBox()->setText(QStringLiteral("no such digits"));
    const QModelIndex proxyIndex =
        minPeers->proxy()->mapFromSource(minPeers->model()->index(0, MinPeerTableModel::PeerId));
    minPeers->view()->scrollTo(proxyIndex);
    // What the view emits on a double-click (offscreen mouse double-clicks are unreliable).
    emit minPeers->view()->doubleClicked(proxyIndex);
    QCOMPARE(view->currentIndex(), int(SessionView::PeersPage));
    QVERIFY(view->peers()->searchBox()->text().isEmpty()); // the filter that hid it was cleared
    QCOMPARE(view->peers()->selectedPeerIds(), QList<qint64>{chatId});
}

void TestMainWindow::rawJsonHidesKeys()
{
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    const fero::Session &session = m_window->currentSession().decoded->session();
    const QString hex = QString::fromLatin1(fero::homeDcEntry(session)->authKey->toHex());
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    RawTab *raw = m_window->sessionView()->raw();
    QVERIFY(raw->text().contains(QLatin1String("\"home_dc_id\"")));
    QVERIFY(!raw->text().contains(hex));
    raw->revealBox()->setChecked(true);
    QVERIFY(raw->text().contains(hex));
    // Another session starts hidden again.
    m_window->addSources({vector(QStringLiteral("fg052-typical.session"))});
    QVERIFY(!raw->revealBox()->isChecked());
    QVERIFY(!raw->text().contains(hex));
}

void TestMainWindow::pasteStringSession()
{
    Testers testers(*m_window);
    const QString text =
        QString::fromUtf8(fero::test::readFile(vector(QStringLiteral("fg065-typical.native.txt")))).trimmed();
    QGuiApplication::clipboard()->setText(text);
    m_window->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
    // Ctrl+V shows what the text is first; Open adds it.
    QVERIFY(m_window->pasteBox());
    QVERIFY(m_window->pasteBox()->canOpen());
    const QString detected = m_window->pasteBox()->detectedText();
    QVERIFY(!detected.isEmpty());
    m_window->pasteBox()->accept();
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.kind, SourceKind::Pasted);
    // The status says what was opened (it once read "string:  It is", the
    // detection taken away with the result).
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(detected), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral(":  ")), qPrintable(status));
    QVERIFY(current.path.isEmpty());
    QVERIFY(!m_window->windowTitle().contains(text.left(20)));
    QVERIFY(!allSettingsText().contains(text.left(20)));
    for (const RecentSource &source : AppSettings::recentSources())
        QVERIFY(source.kind != SourceKind::Pasted);
    QCOMPARE(m_window->sessionView()->peers()->model()->rowCount(), int(current.decoded->session().peers.size()));

    // Text that is not a session: nothing is added, the library stays as it was.
    const int before = m_window->library()->entryCount();
    QString error;
    QVERIFY(!m_window->addPastedText(QStringLiteral("definitely not a session"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_window->library()->entryCount(), before);
}

void TestMainWindow::unreadableFileShowsError()
{
    m_window->openInitial({vector(QStringLiteral("bad-truncated-20.session"))});
    const LibraryEntry *entry = m_window->library()->entry(m_window->libraryPane()->currentIndex());
    QVERIFY(entry);
    QCOMPARE(entry->state, LibraryEntry::State::Failed);
    QVERIFY(!entry->error.isEmpty());
    QVERIFY(!m_window->currentSession().isValid());
    QVERIFY(!m_window->sessionView()->isTabEnabled(SessionView::PeersPage));
    QVERIFY(!m_window->sessionView()->overview()->isShowingEmptyState());
}

void TestMainWindow::folderScanInBackground()
{
    Testers testers(*m_window);
    const QString folder = m_env->path() + QStringLiteral("/scan");
    QDir().mkpath(folder);
    const QStringList files{QStringLiteral("fg065-typical.session"), QStringLiteral("fg052-typical.session"),
                            QStringLiteral("fg065-fresh-login.session")};
    for (const QString &f : files)
        QVERIFY(QFile::copy(vector(f), folder + QLatin1Char('/') + f));
    // The same file twice in one folder: the same auth key twice.
    QVERIFY(QFile::copy(vector(files.first()), folder + QStringLiteral("/copy-of-typical.session")));

    QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
    m_window->addFolder(folder);
    QVERIFY(m_window->isScanning() || done.count() == 1);
    QVERIFY(done.count() == 1 || done.wait(20000));
    const QModelIndex folderIndex = m_window->library()->indexOfFolder(folder);
    QVERIFY(folderIndex.isValid());
    QCOMPARE(m_window->library()->rowCount(folderIndex), files.size() + 1);

    // Selecting a listed entry decodes it.
    const QModelIndex typical = m_window->library()->indexOfPath(folder + QStringLiteral("/fg065-typical.session"));
    QVERIFY(typical.isValid());
    m_window->selectIndex(typical);
    QVERIFY(m_window->currentSession().isValid());
    QVERIFY(!m_window->library()->entry(typical)->sameKeyAs.isEmpty());
    QVERIFY(m_window->library()->entry(typical)->sameKeyAs.contains(QStringLiteral("copy-of-typical.session")));
    QVERIFY(AppSettings::recentSources().contains(RecentSource{SourceKind::Folder, folder}));
}

void TestMainWindow::reloadsOnChangeKeepingSelection()
{
    Testers testers(*m_window);
    // A session we can rewrite: synthetic, encoded as binary v8.
    fero::SyntheticShape shape;
    shape.peers = 5000;
    fero::Session session = fero::makeSyntheticSession(shape, 11);
    const fero::ConvertTarget target{fero::Format::FerogramBinary, 8, std::nullopt};
    const auto bytes = fero::encode(session, target);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
    const QString path = m_env->path() + QStringLiteral("/live.session");
    QFile::remove(path);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
    }
    m_window->openInitial({path});
    SessionView *view = m_window->sessionView();
    view->setCurrentIndex(SessionView::PeersPage);
    PeersTab *peers = view->peers();
    peers->view()->selectRow(2000);
    const QList<qint64> selected = peers->selectedPeerIds();
    QCOMPARE(selected.size(), 1);
    QTest::qWait(10);
    const int scroll = peers->view()->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // The client saves: one more peer, written atomically over the file.
    session.peers.push_back({123456789, 42, false, false, fero::ChannelKind::None, false});
    const auto changed = fero::encode(session, target);
    QVERIFY(changed.ok());
    {
        QFile file(path + QStringLiteral(".1.tmp"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*changed);
    }
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(path + QStringLiteral(".1.tmp"), path));

    QTRY_COMPARE_WITH_TIMEOUT(peers->model()->rowCount(), 5001, 10000);
    QCOMPARE(view->currentIndex(), int(SessionView::PeersPage));
    QCOMPARE(peers->selectedPeerIds(), selected);
    QCOMPARE(peers->view()->verticalScrollBar()->value(), scroll);
    QCOMPARE(m_window->currentSession().decoded->session().peers.size(), std::size_t(5001));
}

void TestMainWindow::missingRecentSourceShownAsMissing()
{
    const QString gone = m_env->path() + QStringLiteral("/was-here.session");
    AppSettings::setRecentSources({{SourceKind::File, gone}});
    m_window->openInitial({}); // demo + recent + current folder
    const QModelIndex index = m_window->library()->indexOfPath(gone);
    QVERIFY(index.isValid());
    QCOMPARE(m_window->library()->entry(index)->state, LibraryEntry::State::Missing);
    QVERIFY(m_window->library()->groupIndex(SourceKind::Demo).isValid());
    // The demo is selected first so a newcomer sees a session.
    QCOMPARE(m_window->currentSession().kind, SourceKind::Demo);
    QVERIFY(m_window->currentSession().isValid());
    // Still remembered (not silently dropped).
    QVERIFY(AppSettings::recentSources().contains(RecentSource{SourceKind::File, gone}));
}

void TestMainWindow::pluggableActionsHaveShortcuts()
{
    QSet<QKeySequence> seen;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->objectName().startsWith(QLatin1String("action")) && action->text().size() > 0
            && action->objectName() != QLatin1String("actionAboutQt")
            && action->objectName() != QLatin1String("actionAbout")) { // F1 is Help, as everywhere
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        }
    }
    for (int i = 0; i < int(MainWindow::ActionId::Count); ++i) {
        QAction *action = m_window->pluggableAction(MainWindow::ActionId(i));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!seen.contains(action->shortcut()));
        seen.insert(action->shortcut());
    }
}

// A copy of a vector that others can read (mode 0644), for the flag icons.
static QString readableCopy(const QString &folder, const QString &vectorName, const QString &as)
{
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + as;
    QFile::remove(path);
    QFile::copy(vector(vectorName), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

void TestMainWindow::libraryReadableAtDefaultSize()
{
    // The audit's case: several sessions, others can read them, two share a
    // key, at a 1360 px window. Every flag is an icon with its own tooltip
    // next to a name that is not elided, and nothing scrolls sideways.
    Testers testers(*m_window);
    m_window->resize(1360, 768);
    const QString folder = m_env->path() + QStringLiteral("/flags");
    const QString typical =
        readableCopy(folder, QStringLiteral("fg065-typical.session"), QStringLiteral("fg065-typical.session"));
    const QString dup =
        readableCopy(folder, QStringLiteral("fg065-typical.session"), QStringLiteral("dup-copy.session"));
    const QString older =
        readableCopy(folder, QStringLiteral("fg052-typical.session"), QStringLiteral("hand-v6.session"));
    m_window->openInitial({typical, dup, older});
    QTreeView *view = m_window->libraryView();
    LibraryModel *library = m_window->library();

    const QModelIndex row = library->indexOfPath(typical);
    QVERIFY(row.isValid());
    QVariantList flags = row.data(LibraryModel::FlagsRole).toList();
    QVERIFY(flags.contains(int(LibraryFlag::OthersReadable)));
    QVERIFY(flags.contains(int(LibraryFlag::DuplicateKey)));
    const QStringList tips = row.data(LibraryModel::FlagToolTipsRole).toStringList();
    QCOMPARE(tips.size(), flags.size());
    QVERIFY(tips[0] != tips[1]);
    QVERIFY(tips.join(u' ').contains(QStringLiteral("dup-copy.session")));
    // Distinct icons: no two flags look the same.
    for (LibraryFlag a : AllLibraryFlags) {
        QVERIFY(!flagIcon(a).isNull());
        for (LibraryFlag b : AllLibraryFlags)
            QCOMPARE(flagIcon(a).pixmap(16, 16).toImage() == flagIcon(b).pixmap(16, 16).toImage(), a == b);
    }

    // The header explains the icons.
    const QString headerTip = library->headerData(LibraryModel::Name, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY(headerTip.contains(flagsLegendToolTip(fero::ferogramRelease(AppSettings::ferogramRelease()).label)));
    QVERIFY(!library->headerData(LibraryModel::Flags, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    // Size, Modified and the textual Flags are hidden by default; the rest fits.
    QVERIFY(view->header()->isSectionHidden(LibraryModel::Size));
    QVERIFY(view->header()->isSectionHidden(LibraryModel::Modified));
    QVERIFY(view->header()->isSectionHidden(LibraryModel::Flags));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    const QAbstractItemView *baseView = view; // QTreeView hides sizeHintForColumn()
    QTRY_VERIFY(view->columnWidth(LibraryModel::Name) >= baseView->sizeHintForColumn(LibraryModel::Name));

    // The key under the library is shown, the flags that occur enabled.
    FlagLegend *legend = m_window->flagLegend();
    QTRY_VERIFY(legend->isVisible());
    QVERIFY(legend->findChild<QLabel *>(QStringLiteral("flagLegendText%1").arg(int(LibraryFlag::OthersReadable)))
                ->isEnabled());

    // The tooltip of the icon under the mouse is that flag's.
    const QModelIndex shown = m_window->libraryPane()->viewIndex(row); // through the library's filter
    view->scrollTo(shown);
    const QRect cell = view->visualRect(shown);
    const QList<QRect> rects = LibraryFlagDelegate::iconRects(cell, int(flags.size()));
    QHelpEvent help(QEvent::ToolTip, rects[1].center(), view->viewport()->mapToGlobal(rects[1].center()));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), tips[1]);
    QToolTip::hideText();
}

void TestMainWindow::columnsMenuShowsHiddenColumns()
{
    QHeaderView *header = m_window->libraryView()->header();
    QVERIFY(header->isSectionHidden(LibraryModel::Size));
    std::unique_ptr<QMenu> menu(createColumnsMenu(
        header, nullptr, [](const QList<int> &hidden) { AppSettings::setLibraryHiddenColumns(hidden); }));
    QAction *size = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toInt() == LibraryModel::Size)
            size = action;
    }
    QVERIFY(size);
    QVERIFY(!size->isChecked());
    size->trigger();
    QVERIFY(!header->isSectionHidden(LibraryModel::Size));
    QVERIFY(!AppSettings::libraryHiddenColumns({}).contains(LibraryModel::Size));
    // Remembered for the next window.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!m_window->libraryView()->header()->isSectionHidden(LibraryModel::Size));
    QVERIFY(m_window->libraryView()->header()->isSectionHidden(LibraryModel::Modified));
}

void TestMainWindow::startWithPathsKeepsRemembered()
{
    // "feroscope x.session" (the .desktop file's Exec=feroscope %F) used to
    // replace five remembered sources with one.
    const QString folder = m_env->path() + QStringLiteral("/remembered");
    QList<RecentSource> remembered;
    for (const QString &name : {QStringLiteral("a.session"), QStringLiteral("b.session"), QStringLiteral("c.session"),
                                QStringLiteral("d.session")})
        remembered.append({SourceKind::File, readableCopy(folder, QStringLiteral("fg052-typical.session"), name)});
    remembered.append({SourceKind::File, folder + QStringLiteral("/gone.session")});
    AppSettings::setRecentSources(remembered);

    const QString given = readableCopy(m_env->path() + QStringLiteral("/given"),
                                       QStringLiteral("fg065-typical.session"), QStringLiteral("x.session"));
    m_window->openInitial({given});
    QCOMPARE(m_window->currentSession().path, given); // what was asked for is shown
    const QList<RecentSource> now = AppSettings::recentSources();
    for (const RecentSource &source : std::as_const(remembered)) {
        QVERIFY2(now.contains(source), qPrintable(source.path));
        QVERIFY(m_window->library()->indexOfPath(source.path).isValid()); // listed too
    }
    QVERIFY(now.contains(RecentSource{SourceKind::File, given}));
    QCOMPARE(now.size(), remembered.size() + 1);
    QVERIFY(!m_window->library()->groupIndex(SourceKind::Demo).isValid()); // the demo only without paths
}

void TestMainWindow::startupScansOnlyWhatItWasGiven()
{
    // Started from a folder of sessions, with nothing given: the folder is
    // not scanned (nor remembered); the demo shows.
    const QString here = m_env->path() + QStringLiteral("/here");
    readableCopy(here, QStringLiteral("fg065-typical.session"), QStringLiteral("top.session"));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(here));
    m_window->openInitial({});
    QDir::setCurrent(before);
    const QString absolute = QFileInfo(here).absoluteFilePath();
    QVERIFY(!m_window->library()->indexOfFolder(absolute).isValid());
    QVERIFY(!m_window->isScanning());
    QCOMPARE(m_window->currentSession().kind, SourceKind::Demo);
    QVERIFY(!AppSettings::recentSources().contains(RecentSource{SourceKind::Folder, absolute, false}));
    QVERIFY(!AppSettings::recentSources().contains(RecentSource{SourceKind::Folder, absolute, true}));

    // A remembered folder is reopened, and the status bar says which.
    AppSettings::setRecentSources({RecentSource{SourceKind::Folder, absolute, false}});
    m_window = std::make_unique<MainWindow>();
    QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
    m_window->openInitial({});
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QDir::toNativeSeparators(absolute)), qPrintable(status));
    QVERIFY(done.count() >= 1 || done.wait(20000));
    const QModelIndex folder = m_window->library()->indexOfFolder(absolute);
    QVERIFY(folder.isValid());
    QVERIFY(!m_window->library()->isFolderRecursive(folder)); // as it was remembered
    QCOMPARE(m_window->library()->rowCount(folder), 1);
}

void TestMainWindow::revealedKeyCopiesAsSecret()
{
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    SessionView *view = m_window->sessionView();
    view->setCurrentIndex(SessionView::DcsPage);
    DcsTab *dcs = view->dcs();
    const int home = dcs->model()->homeRow();
    const fero::Session &session = m_window->currentSession().decoded->session();
    const QString hex = QString::fromLatin1(session.dcs[std::size_t(home)].authKey->toHex());

    // A masked cell copies as plain text (the placeholder, never the key).
    dcs->view()->setFocus();
    dcs->view()->setCurrentIndex(dcs->model()->index(home, DcTableModel::Key));
    QTest::keyClick(dcs->view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), DcTableModel::MaskedKey.toString());

    // Revealed, Ctrl+C on the key goes through the guard: hinted, cleared later.
    dcs->revealAction()->trigger();
    QCOMPARE(dcs->model()->keyText(home), hex);
    dcs->view()->setCurrentIndex(dcs->model()->index(home, DcTableModel::Key));
    QTest::keyClick(dcs->view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), hex);
    QCOMPARE(mime->data(QString::fromLatin1(fero::gui::ClipboardGuard::HintMime)), QByteArrayLiteral("secret"));
    auto *guard = m_window->findChild<fero::gui::ClipboardGuard *>();
    QVERIFY(guard && guard->holdsSecret());
    QVERIFY(guard->secondsLeft() > 0);
    // The same through the context menu's Copy Key.
    QGuiApplication::clipboard()->clear();
    QVERIFY(dcs->copyKeyAction()->isEnabled());
    dcs->copyKeyAction()->trigger();
    QVERIFY(guard->holdsSecret());
    guard->clearSecret();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestMainWindow::revealedJsonCopiesAsSecret()
{
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    const QString hex =
        QString::fromLatin1(fero::homeDcEntry(m_window->currentSession().decoded->session())->authKey->toHex());
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    RawTab *raw = m_window->sessionView()->raw();
    SecretTextEdit *text = raw->textView();
    text->selectAll();
    // Masked JSON: Qt's own paths are fine (nothing secret in it).
    {
        std::unique_ptr<QMimeData> primary(text->createMimeDataFromSelection());
        QVERIFY(primary->hasText());
    }
    raw->revealBox()->setChecked(true);
    text->selectAll();
    QVERIFY(text->textCursor().selectedText().contains(hex));
    // Revealed: nothing reaches PRIMARY (what a mouse selection would set) or a drag.
    {
        std::unique_ptr<QMimeData> primary(text->createMimeDataFromSelection());
        QVERIFY(!primary->hasText());
        QVERIFY(primary->formats().isEmpty());
    }
    // Ctrl+C copies through the guard.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->text().contains(hex));
    QCOMPARE(mime->data(QString::fromLatin1(fero::gui::ClipboardGuard::HintMime)), QByteArrayLiteral("secret"));
    QVERIFY(m_window->findChild<fero::gui::ClipboardGuard *>()->holdsSecret());
}

void TestMainWindow::removeSelectedMinPeers()
{
    Testers testers(*m_window);
    fero::SyntheticShape shape;
    shape.minPeers = 20;
    fero::DecodedSession decoded;
    decoded.format = fero::Format::FerogramBinary;
    decoded.version = 8;
    decoded.sessions.push_back(fero::makeSyntheticSession(shape, 7));
    // One user seen in two places: removing one context must keep the other.
    decoded.session().minPeers[3].userId = decoded.session().minPeers[0].userId;
    const std::vector<fero::MinPeer> before = decoded.session().minPeers;
    m_window->addUnsavedCopy(std::move(decoded), QStringLiteral("mins"), QString());

    SessionView *view = m_window->sessionView();
    view->setCurrentIndex(SessionView::MinPeersPage);
    MinPeersTab *tab = view->minPeers();
    QAction *remove = m_window->pluggableAction(MainWindow::ActionId::RemoveSelectedMinPeers);
    QVERIFY(remove->isEnabled());
    QVERIFY(!remove->shortcut().isEmpty());
    QVERIFY(tab->view()->actions().contains(remove)); // in the context menu
    QVERIFY(view->peers()->view()->actions().contains(
        m_window->pluggableAction(MainWindow::ActionId::RemoveSelectedPeers)));

    QItemSelection selection;
    for (int sourceRow : {0, 2}) {
        const QModelIndex index = tab->proxy()->mapFromSource(tab->model()->index(sourceRow, 0));
        selection.select(index, index);
    }
    tab->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->selectedMinPeerRows().size(), 2);
    remove->trigger();

    const SessionRef copy = m_window->currentSession();
    QCOMPARE(copy.kind, SourceKind::Modified);
    const std::vector<fero::MinPeer> &after = copy.decoded->session().minPeers;
    QCOMPARE(after.size(), before.size() - 2);
    std::vector<fero::MinPeer> expected = before;
    expected.erase(expected.begin() + 2);
    expected.erase(expected.begin());
    QVERIFY(after == expected); // the other context of user 0 (row 3) stays
}

void TestMainWindow::removeSelectedPeersIsLinear()
{
    // The largest cache a format allows, every row selected: this used to be
    // a QList::contains per peer (65,535 x 65,535).
    fero::SyntheticShape shape;
    shape.peers = 65535;
    shape.minPeers = 10;
    fero::DecodedSession decoded;
    decoded.format = fero::Format::FerogramBinary;
    decoded.version = 8;
    decoded.sessions.push_back(fero::makeSyntheticSession(shape, 9));
    m_window->addUnsavedCopy(std::move(decoded), QStringLiteral("big"), QString());
    SessionView *view = m_window->sessionView();
    view->setCurrentIndex(SessionView::PeersPage);
    view->peers()->view()->selectAll();
    QElapsedTimer timer;
    timer.start();
    m_window->pluggableAction(MainWindow::ActionId::RemoveSelectedPeers)->trigger();
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_window->currentSession().decoded->session().peers.size(), std::size_t(0));
}

void TestMainWindow::exportStartsOnChosenRelease()
{
    // The user runs ferogram 0.5.2 - 0.6.3 (reads up to v6): export as v6.
    AppSettings::setFerogramRelease(QStringLiteral("0.5.2"));
    m_window->openInitial({vector(QStringLiteral("fg065-typical.session"))});
    QDialog *dialog = m_window->showExportDialog(fero::formatId(fero::Format::FerogramBinary));
    auto *exportDialog = qobject_cast<fero::gui::ExportDialog *>(dialog);
    QVERIFY(exportDialog);
    QCOMPARE(exportDialog->choice().version, 6);
    dialog->close();
}

void TestMainWindow::forgottenSessionLeavesRecent()
{
    const QString path = readableCopy(m_env->path() + QStringLiteral("/forget"),
                                      QStringLiteral("fg065-typical.session"), QStringLiteral("deleted.session"));
    m_window->openInitial({path});
    QVERIFY(AppSettings::recentSources().contains(RecentSource{SourceKind::File, path}));
    QFile::remove(path); // what Delete did
    m_window->forgetPath(path);
    QVERIFY(!m_window->library()->indexOfPath(path).isValid());
    QVERIFY(!AppSettings::recentSources().contains(RecentSource{SourceKind::File, path}));
}

void TestMainWindow::peersEmptyStateAndKindsWithoutZeros()
{
    m_window->openInitial({vector(QStringLiteral("fg065-fresh-login.session"))});
    const bool noPeers = m_window->currentSession().decoded->session().peers.empty();
    QCOMPARE(m_window->sessionView()->peers()->isShowingEmptyState(), noPeers);
    m_window->addSources({vector(QStringLiteral("fg065-typical.session"))});
    QVERIFY(!m_window->sessionView()->peers()->isShowingEmptyState());
    // "By kind" lists only kinds the cache holds, each with its own count.
    const QString kinds = m_window->sessionView()->overview()->fieldText(QStringLiteral("peerKinds"));
    QVERIFY(!kinds.isEmpty());
    const QStringList parts = kinds.split(QRegularExpression(QStringLiteral(",\\s*")));
    QVERIFY2(parts.size() > 3, qPrintable(kinds));
    for (const QString &part : parts)
        QVERIFY2(!part.startsWith(QLatin1String("0 ")), qPrintable(kinds));
    // Two kinds a line: a wrapped line was cut off in the form (Qt 6.4).
    QCOMPARE(kinds.count(u'\n'), (parts.size() - 1) / 2);
    // Every pluggable action explains itself, with its shortcut in the tooltip.
    for (int i = 0; i < int(MainWindow::ActionId::Count); ++i) {
        QAction *action = m_window->pluggableAction(MainWindow::ActionId(i));
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
