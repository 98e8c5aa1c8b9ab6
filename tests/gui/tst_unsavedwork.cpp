// The desktop app loses nothing (issue 10): quitting with unsaved copies asks
// Save / Discard / Cancel, the title says so, a saved copy leaves "Unsaved
// copies", closing during a folder scan ends cleanly, and our own writes are
// not reported as "changed on disk" while other programs' changes are.
#include "guitestenv.h"
#include "library/librarymodel.h"
#include "window/mainwindow.h"
#include "open/opener.h"
#include "window/reloadwatcher.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace fero::gui;

namespace {

QString vector(const QString &name)
{
    return fero::test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

// Answers the modal dialogs the window opens, one handler per dialog in
// order, from a timer that runs inside their event loops. Remembers each
// message box's text.
class ModalAnswerer final : public QObject {
public:
    using Handler = std::function<void(QWidget *)>;

    explicit ModalAnswerer(QList<Handler> handlers)
        : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::poll);
        m_timer.start(20);
    }

    static Handler click(QMessageBox::StandardButton button)
    {
        return [button](QWidget *widget) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->button(button))
                box->button(button)->click();
            else if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject(); // not what the test expected: the count says so
        };
    }

    int answered() const { return m_answered; }
    QStringList texts() const { return m_texts; }

private:
    void poll()
    {
        QWidget *widget = QApplication::activeModalWidget();
        if (!widget || widget == m_last)
            return;
        m_last = widget;
        if (m_answered >= m_handlers.size()) {
            // One more than the test expects: closed, and counted, so the
            // test fails on the count instead of hanging in a nested exec().
            ++m_answered;
            if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject();
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(widget))
            m_texts << box->text();
        m_handlers[m_answered++](widget);
    }

    QList<Handler> m_handlers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    int m_answered = 0;
    QStringList m_texts;
};

} // namespace

class TestUnsavedWork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void quitAsksAboutUnsavedCopies_data();
    void quitAsksAboutUnsavedCopies();
    void savedCopyLeavesUnsavedGroup_data();
    void savedCopyLeavesUnsavedGroup();
    void closeDuringFolderScan();
    void ownWritesAreNotReloads_data();
    void ownWritesAreNotReloads();

private:
    // A copy of a ferogram vector with min peers in a fresh folder, opened and selected.
    QString openCopy(const QString &name = QStringLiteral("fg065-typical.session"));
    bool pruneMinPeers();

    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestUnsavedWork::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
    // Closing the window must not end the test's application.
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestUnsavedWork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->reloadWatcher()->setDebounce(50);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need an active window
}

void TestUnsavedWork::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestUnsavedWork::openCopy(const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!QFile::copy(vector(name), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    m_window->addSources({path});
    return QFileInfo(path).absoluteFilePath();
}

bool TestUnsavedWork::pruneMinPeers()
{
    const SessionRef original = m_window->currentSession();
    if (!original.isValid() || original.decoded->session().minPeers.empty())
        return false;
    m_window->pluggableAction(MainWindow::ActionId::PruneMinPeers)->trigger();
    const SessionRef copy = m_window->currentSession();
    return copy.kind == SourceKind::Modified && copy.decoded->session().minPeers.empty();
}

void TestUnsavedWork::quitAsksAboutUnsavedCopies_data()
{
    QTest::addColumn<bool>("edit");          // prune the min peers first (an unsaved copy)
    QTest::addColumn<QList<int>>("answers"); // the buttons clicked, one per dialog
    QTest::addColumn<bool>("closes");        // the window is gone afterwards
    QTest::addColumn<bool>("savedOnDisk");   // the file no longer has min peers
    QTest::addColumn<bool>("copyRemains");   // "Unsaved copies" still lists it

    QTest::newRow("no unsaved copies: no prompt") << false << QList<int>{} << true << false << false;
    QTest::newRow("cancel stays open") << true << QList<int>{QMessageBox::Cancel} << false << false << true;
    QTest::newRow("discard quits") << true << QList<int>{QMessageBox::Discard} << true << false << true;
    // Save, then the save's own confirmation (it names the trash).
    QTest::newRow("save writes and quits")
        << true << QList<int>{QMessageBox::Save, QMessageBox::Save} << true << true << false;
    // Save, but the save itself cancelled: nothing lost, the window stays.
    QTest::newRow("cancelled save stays open")
        << true << QList<int>{QMessageBox::Save, QMessageBox::Cancel} << false << false << true;
}

void TestUnsavedWork::quitAsksAboutUnsavedCopies()
{
    QFETCH(bool, edit);
    QFETCH(QList<int>, answers);
    QFETCH(bool, closes);
    QFETCH(bool, savedOnDisk);
    QFETCH(bool, copyRemains);

    const QString path = openCopy();
    QVERIFY(!path.isEmpty());
    QVERIFY(!m_window->windowTitle().contains(u'*'));
    if (edit) {
        QVERIFY(pruneMinPeers());
        QVERIFY2(m_window->windowTitle().startsWith(u'*'), qPrintable(m_window->windowTitle()));
        QVERIFY2(m_window->windowTitle().endsWith(QStringLiteral("Feroscope")), qPrintable(m_window->windowTitle()));
    }

    QList<ModalAnswerer::Handler> handlers;
    for (int answer : answers)
        handlers << ModalAnswerer::click(QMessageBox::StandardButton(answer));
    ModalAnswerer answerer(handlers);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);

    QCOMPARE(answerer.answered(), answers.size());
    if (edit) {
        // The prompt names the copy.
        QVERIFY(!answerer.texts().isEmpty());
        QVERIFY2(answerer.texts().first().contains(QStringLiteral("fg065-typical.session (cleaned)")),
                 qPrintable(answerer.texts().first()));
    }
    QCOMPARE(m_window->isVisible(), !closes);
    QCOMPARE(m_window->unsavedCopies().size(), copyRemains ? 1 : 0);
    QCOMPARE(m_window->windowTitle().contains(u'*'), copyRemains);

    const auto reopened = fero::openPath(path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->session().minPeers.empty(), savedOnDisk);
}

void TestUnsavedWork::savedCopyLeavesUnsavedGroup_data()
{
    QTest::addColumn<bool>("saveAs");
    QTest::newRow("save over the original") << false;
    QTest::newRow("save as a new file") << true;
}

void TestUnsavedWork::savedCopyLeavesUnsavedGroup()
{
    QFETCH(bool, saveAs);
    const QString path = openCopy();
    QVERIFY(!path.isEmpty());
    QVERIFY(pruneMinPeers());
    QVERIFY(m_window->library()->groupIndex(SourceKind::Modified).isValid());

    const QString target = saveAs ? m_dir->filePath(QStringLiteral("pruned.session")) : path;
    ModalAnswerer::Handler handler = ModalAnswerer::click(QMessageBox::Save);
    if (saveAs) {
        handler = [target](QWidget *widget) {
            auto *dialog = qobject_cast<QFileDialog *>(widget);
            if (!dialog) {
                qobject_cast<QDialog *>(widget)->reject();
                return;
            }
            // The name typed as a user types it: selectFile() can lose to the
            // dialog's own directory loading, leaving the proposed name (the
            // original, which exists) and an "overwrite?" question.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject();
                return;
            }
            name->setText(target);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot in QDialog
        };
    }
    ModalAnswerer answerer({handler});
    if (saveAs)
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    else
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(answerer.answered(), 1);

    // The copy left; its group with it; the file written is selected, as it is on disk.
    QVERIFY(!m_window->library()->groupIndex(SourceKind::Modified).isValid());
    QVERIFY(m_window->unsavedCopies().isEmpty());
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.kind, SourceKind::File);
    QCOMPARE(current.path, QFileInfo(target).absoluteFilePath());
    QVERIFY(current.decoded->session().minPeers.empty());
    QVERIFY(!m_window->windowTitle().contains(u'*'));
    QVERIFY(m_window->windowTitle().startsWith(QFileInfo(target).fileName()));
    const auto reopened = fero::openPath(target);
    QVERIFY(reopened.ok());
    QVERIFY(reopened->session().minPeers.empty());
    if (saveAs) {
        // The original is untouched and still listed.
        QVERIFY(m_window->library()->indexOfPath(path).isValid());
        QVERIFY(!fero::openPath(path)->session().minPeers.empty());
    }
}

void TestUnsavedWork::closeDuringFolderScan()
{
    // A few hundred small sessions: the scan is still running (or its result
    // not delivered yet) when the window closes.
    const QString folder = m_dir->filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 300; ++i)
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-typical.session")),
                            folder + QStringLiteral("/s%1.session").arg(i, 3, 10, QLatin1Char('0'))));
    QSignalSpy finished(m_window.get(), &MainWindow::scansFinished);
    m_window->addFolder(folder);
    QVERIFY(m_window->isScanning());
    const int entriesAtClose = m_window->library()->entryCount();

    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    // The scan is over for this window at once: no scanner left, one signal.
    QVERIFY(!m_window->isScanning());
    QCOMPARE(finished.count(), 1);
    // Nothing arrives afterwards (the cancelled scan's partial result included).
    QTest::qWait(300);
    QCOMPARE(m_window->library()->entryCount(), entriesAtClose);
    QCOMPARE(finished.count(), 1);
    // And the window goes without waiting for the whole folder or crashing.
    m_window.reset();
    QTest::qWait(100);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestUnsavedWork::ownWritesAreNotReloads_data()
{
    QTest::addColumn<QString>("action");  // what the user does through the real action
    QTest::addColumn<QString>("vector");  // the file copied and opened
    QTest::addColumn<QString>("message"); // a part of the confirmation in the status bar

    QTest::newRow("save over the original") << QStringLiteral("save") << QStringLiteral("fg065-typical.session")
                                            << QStringLiteral("the previous version is in the trash");
    QTest::newRow("restrict permissions") << QStringLiteral("restrict") << QStringLiteral("fg065-typical.session")
                                          << QStringLiteral("readable by you only");
    QTest::newRow("clear the session rows") << QStringLiteral("clearRows") << QStringLiteral("fg065-typical.sqlite")
                                            << QStringLiteral("Cleared the session rows of 1 database");
    QTest::newRow("move to the trash") << QStringLiteral("trash") << QStringLiteral("fg065-typical.session")
                                       << QStringLiteral("Moved 1 session(s) to the trash.");
}

void TestUnsavedWork::ownWritesAreNotReloads()
{
    QFETCH(QString, action);
    QFETCH(QString, vector);
    QFETCH(QString, message);

    // A neighbour in the same folder, also watched: what the "other program"
    // changes when the session itself is gone (trash).
    const QString neighbour = openCopy(QStringLiteral("fg052-typical.session"));
    QVERIFY(!neighbour.isEmpty());
    const QString path = openCopy(vector);
    QVERIFY(!path.isEmpty());
    QCOMPARE(m_window->currentSession().path, path);
    ReloadWatcher *watcher = m_window->reloadWatcher();
    QVERIFY(watcher->paths().contains(path));
    QVERIFY(watcher->paths().contains(neighbour));

    ModalAnswerer::Handler handler;
    if (action == QLatin1String("save")) {
        QVERIFY(pruneMinPeers());
        handler = ModalAnswerer::click(QMessageBox::Save);
    } else if (action == QLatin1String("restrict")) {
        handler = ModalAnswerer::click(QMessageBox::Yes);
    } else {
        const bool rowsOnly = action == QLatin1String("clearRows");
        handler = [rowsOnly](QWidget *widget) {
            if (rowsOnly) {
                if (auto *radio = widget->findChild<QRadioButton *>(QStringLiteral("rowsOnly")))
                    radio->setChecked(true);
            }
            if (!QMetaObject::invokeMethod(widget, "performDelete"))
                qobject_cast<QDialog *>(widget)->reject();
        };
    }
    QSignalSpy changed(watcher, &ReloadWatcher::changed);
    QSignalSpy shown(m_window->statusBar(), &QStatusBar::messageChanged);
    ModalAnswerer answerer({handler});
    if (action == QLatin1String("save"))
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    else if (action == QLatin1String("restrict"))
        m_window->findChild<QAction *>(QStringLiteral("actionRestrictPermissions"))->trigger();
    else
        m_window->pluggableAction(MainWindow::ActionId::Delete)->trigger();
    QCOMPARE(answerer.answered(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(message),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Well past the debounce: our write is not "changed on disk", and the
    // confirmation is still there.
    QTest::qWait(500);
    QCOMPARE(changed.count(), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(message),
             qPrintable(m_window->statusBar()->currentMessage()));
    for (const QList<QVariant> &args : std::as_const(shown))
        QVERIFY2(!args.first().toString().contains(QStringLiteral("changed on disk")),
                 qPrintable(args.first().toString()));

    // Another program writes afterwards: that is reported.
    // (A trashed file, or a database without session rows, is no longer watched: the neighbour then.)
    const QString outside = watcher->paths().contains(path) ? path : neighbour;
    QVERIFY(action != QLatin1String("trash") || !QFileInfo::exists(path));
    QVERIFY(action == QLatin1String("trash") || action == QLatin1String("clearRows") || outside == path);
    QFile file(outside);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QVERIFY(file.write("written by another program") > 0);
    file.close();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), outside);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("changed on disk")));
}

QTEST_MAIN(TestUnsavedWork)
#include "tst_unsavedwork.moc"
