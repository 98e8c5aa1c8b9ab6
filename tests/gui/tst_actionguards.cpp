// Drives the real window's actions where they lose data or cannot apply:
// Copy String Session shows the loss report and asks before a lossy copy
// (nothing reaches the clipboard first), copies a lossless string at once,
// and Export / Copy String / Delete are disabled, saying why, on entries
// they cannot act on (unreadable, no file).
#include "guitestenv.h"
#include "inspect/inspect.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "window/mainwindow.h"
#include "open/opener.h"
#include "testsupport.h"
#include "actions/exportdialog.h"
#include "window/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

Q_DECLARE_METATYPE(fero::Format)
Q_DECLARE_METATYPE(fero::gui::SourceKind)

using namespace fero::gui;
using Id = MainWindow::ActionId;

namespace {

constexpr auto Sentinel = "not a session: the clipboard before the copy";

QString vector(const QString &relative)
{
    return fero::test::dataPath(QStringLiteral("vectors/") + relative);
}

// The first library entry (depth first) that matches.
QModelIndex findEntry(const LibraryModel *model, const std::function<bool(const LibraryEntry &)> &match,
                      const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (const LibraryEntry *e = model->entry(index); e && match(*e))
            return index;
        if (const QModelIndex found = findEntry(model, match, index); found.isValid())
            return found;
    }
    return {};
}

// A click on a library row, as the user selects it (Ctrl adds it to the selection).
void clickRow(MainWindow &window, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    QTreeView *view = window.libraryView();
    const QModelIndex row = window.libraryPane()->viewIndex(index); // the view shows the library through its filter
    view->scrollTo(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(row).center());
}

// Runs `handle` on the next modal dialog (within 5 s), from inside its event
// loop; `handle` must close it. The poll dies with `owner` at the latest, so
// a dialog that never came cannot call `handle` in a later test.
void onNextModal(QObject *owner, const std::function<void(QWidget *)> &handle)
{
    auto *poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle, waited = 0]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++waited < 500)
            return;
        poll->stop();
        poll->deleteLater();
        if (modal)
            handle(modal);
    });
    poll->start(10);
}

QString homeKeyHex(const fero::Session &session)
{
    const fero::DcEntry *home = fero::homeDcEntry(session);
    return home && home->authKey ? QString::fromLatin1(home->authKey->toHex()) : QString();
}

QString statusText(MainWindow &window)
{
    return window.statusBar()->currentMessage();
}

} // namespace

class TestActionGuards : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lossyCopyAsksFirst_data();
    void lossyCopyAsksFirst();
    void losslessCopyDoesNotAsk_data();
    void losslessCopyDoesNotAsk();
    void copyNeedingChoiceShowsLossesInExportDialog();
    void unreadableEntryDisablesExportAndCopy_data();
    void unreadableEntryDisablesExportAndCopy();
    void deleteNeedsAFile_data();
    void deleteNeedsAFile();

private:
    QModelIndex addUnreadable(const QString &kind);

    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestActionGuards::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
}

void TestActionGuards::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts need an active window
    QGuiApplication::clipboard()->setText(QString::fromLatin1(Sentinel));
}

void TestActionGuards::cleanup()
{
    m_window.reset();
}

void TestActionGuards::lossyCopyAsksFirst_data()
{
    QTest::addColumn<bool>("copyAnyway");
    QTest::newRow("cancel") << false;
    QTest::newRow("copy anyway") << true;
}

void TestActionGuards::lossyCopyAsksFirst()
{
    QFETCH(bool, copyAnyway);
    // A Telethon database with cached peers and a takeout id: a Telethon
    // string holds neither.
    const QString file = vector(QStringLiteral("foreign/telethon/telethon_sqlite_full.session"));
    m_window->addSources({file});
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.decoded->format, fero::Format::TelethonSqlite);
    const fero::Session &session = current.decoded->session();
    const std::size_t peers = std::max(session.peers.size(), session.foreign.peers.size());
    QVERIFY(peers > 0);
    QVERIFY(session.account.takeoutId.has_value());

    bool asked = false;
    QString question;
    QString clipboardWhileAsking;
    onNextModal(m_window.get(), [&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        asked = box != nullptr;
        clipboardWhileAsking = QGuiApplication::clipboard()->text();
        if (box) {
            question = box->text() + u'\n' + box->informativeText();
            QAbstractButton *button =
                copyAnyway ? static_cast<QAbstractButton *>(box->findChild<QPushButton *>(QStringLiteral("copyAnyway")))
                           : box->button(QMessageBox::Cancel);
            if (button) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        modal->close();
    });
    // The real shortcut of Copy String Session.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

    QVERIFY2(asked, "a lossy copy must ask first");
    QCOMPARE(clipboardWhileAsking, QString::fromLatin1(Sentinel)); // nothing copied before the answer
    // The loss report names the peers and the takeout id, and says what is copied and why.
    QVERIFY2(question.contains(QStringLiteral("%1 cached peer").arg(peers)), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("takeout id %1").arg(*session.account.takeoutId)), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Telethon string")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("the library this database belongs to")), qPrintable(question));

    const QString copied = QGuiApplication::clipboard()->text();
    if (!copyAnyway) {
        QCOMPARE(copied, QString::fromLatin1(Sentinel));
        QVERIFY2(statusText(*m_window).contains(QStringLiteral("Nothing copied")), qPrintable(statusText(*m_window)));
        return;
    }
    QVERIFY(copied != QString::fromLatin1(Sentinel));
    const auto decoded = fero::openText(copied.trimmed());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->format, fero::Format::TelethonString);
    QVERIFY(!homeKeyHex(session).isEmpty());
    QCOMPARE(homeKeyHex(decoded->session()), homeKeyHex(session));
    const QString status = statusText(*m_window);
    QVERIFY2(status.contains(QStringLiteral("Telethon string")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("the library this database belongs to")), qPrintable(status));
}

void TestActionGuards::losslessCopyDoesNotAsk_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<fero::Format>("copiedAs");
    QTest::addColumn<QString>("why"); // a part of the status message
    QTest::newRow("ferogram binary v8") << QStringLiteral("ferogram/fg065-typical.session")
                                        << fero::Format::FerogramNative << QStringLiteral("this file's version v8");
    QTest::newRow("ferogram native string")
        << QStringLiteral("ferogram/fg065-typical.native.txt") << fero::Format::FerogramNative
        << QStringLiteral("the format this string already is");
}

void TestActionGuards::losslessCopyDoesNotAsk()
{
    QFETCH(QString, file);
    QFETCH(fero::Format, copiedAs);
    QFETCH(QString, why);
    auto *actions = m_window->findChild<WindowActions *>();
    QVERIFY(actions);
    int asked = 0;
    actions->setLossyCopyConfirmation([&](const QString &, const QStringList &) {
        ++asked;
        return false;
    });
    m_window->addSources({vector(file)});
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QAction *copy = m_window->pluggableAction(Id::CopyStringSession);
    QVERIFY(copy->isEnabled());
    copy->trigger();

    QCOMPARE(asked, 0);
    const auto decoded = fero::openText(QGuiApplication::clipboard()->text().trimmed());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded->format, copiedAs);
    QCOMPARE(homeKeyHex(decoded->session()), homeKeyHex(current.decoded->session()));
    const QString status = statusText(*m_window);
    QVERIFY2(status.contains(fero::formatDisplayName(copiedAs)), qPrintable(status));
    QVERIFY2(status.contains(why), qPrintable(status));
}

void TestActionGuards::copyNeedingChoiceShowsLossesInExportDialog()
{
    // A Pyrogram session without its api_id: the Pyrogram string needs one,
    // so Copy String Session opens the Export dialog, which lists the losses.
    auto opened = fero::openPath(vector(QStringLiteral("foreign/pyrogram/pyrogram_sqlite_user_dc2.session")));
    QVERIFY(opened.ok());
    fero::DecodedSession decoded = std::move(opened).value();
    QVERIFY(!decoded.session().peers.empty() || !decoded.session().foreign.peers.empty());
    decoded.session().account.apiId.reset();
    m_window->addUnsavedCopy(std::move(decoded), QStringLiteral("no api id"), QString());
    auto *actions = m_window->findChild<WindowActions *>();
    int asked = 0;
    actions->setLossyCopyConfirmation([&](const QString &, const QStringList &) {
        ++asked;
        return false;
    });
    m_window->pluggableAction(Id::CopyStringSession)->trigger();

    QCOMPARE(asked, 0); // the dialog asks instead
    auto *dialog = m_window->findChild<fero::gui::ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->choice().format, fero::Format::PyrogramString);
    QVERIFY(!dialog->canExport());
    QVERIFY(dialog->confirmationRequired());
    const QStringList losses = dialog->currentLosses();
    QVERIFY(!losses.isEmpty());
    const QString shown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("losses"))->toPlainText();
    for (const QString &loss : losses)
        QVERIFY2(shown.contains(loss), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("cached peer")), qPrintable(shown));
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(Sentinel));
    dialog->close();
}

QModelIndex TestActionGuards::addUnreadable(const QString &kind)
{
    if (kind == QLatin1String("locked tdata")) {
        const QString folder =
            MainWindow::storeFolderFor(vector(QStringLiteral("foreign/tdata/tdata_single_passcode")));
        return m_window->addStoreFolder(folder, false); // listed as locked, not asked
    }
    QString path = vector(QStringLiteral("ferogram/bad-truncated-20.session"));
    if (kind == QLatin1String("garbage")) {
        path = m_env->path() + QStringLiteral("/x.session");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("\x13\x37garbage\xff\x00\x01", 12);
    }
    m_window->addSources({path});
    return m_window->library()->indexOfPath(QFileInfo(path).absoluteFilePath());
}

void TestActionGuards::unreadableEntryDisablesExportAndCopy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("noExport");
    QTest::addColumn<QString>("noCopy");
    const QString unreadableExport = QStringLiteral("This session could not be read: nothing to export");
    const QString unreadableCopy = QStringLiteral("This session could not be read: nothing to copy");
    // A locked tdata is readable once its passcode is entered: the tip says how.
    const QString locked = QStringLiteral("Locked by a local passcode: enter it first (Enter Passcode…)");
    QTest::newRow("garbage x.session") << QStringLiteral("garbage") << unreadableExport << unreadableCopy;
    QTest::newRow("truncated ferogram file") << QStringLiteral("truncated") << unreadableExport << unreadableCopy;
    QTest::newRow("locked tdata") << QStringLiteral("locked tdata") << locked << locked;
}

void TestActionGuards::unreadableEntryDisablesExportAndCopy()
{
    QFETCH(QString, kind);
    QAction *exportAction = m_window->pluggableAction(Id::ExportConvert);
    QAction *copy = m_window->pluggableAction(Id::CopyStringSession);
    QAction *remove = m_window->pluggableAction(Id::Delete);

    const QModelIndex bad = addUnreadable(kind);
    QVERIFY(bad.isValid());
    clickRow(*m_window, bad);
    QCOMPARE(m_window->libraryPane()->currentIndex(), bad);
    QVERIFY(m_window->library()->entry(bad));
    QVERIFY(!m_window->currentSession().isValid());

    QFETCH(QString, noExport);
    QFETCH(QString, noCopy);
    QVERIFY(!exportAction->isEnabled());
    QCOMPARE(exportAction->toolTip(), noExport);
    QCOMPARE(exportAction->statusTip(), noExport);
    QVERIFY(!copy->isEnabled());
    QCOMPARE(copy->toolTip(), noCopy);
    QCOMPARE(copy->statusTip(), noCopy);
    QVERIFY(remove->isEnabled()); // an unreadable file can still be deleted
    // The shortcut does nothing either: no dialog, nothing copied.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(Sentinel));

    // A readable session: enabled, with the usual tips back.
    const QString good = vector(QStringLiteral("ferogram/fg065-typical.session"));
    m_window->addSources({good});
    const QModelIndex goodIndex = m_window->library()->indexOfPath(QFileInfo(good).absoluteFilePath());
    QVERIFY(m_window->currentSession().isValid());
    for (QAction *action : {exportAction, copy}) {
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(!action->statusTip().contains(QStringLiteral("could not be read")));
        QCOMPARE(action->toolTip(), QStringLiteral("%1 (%2)").arg(
                                        action->statusTip(), action->shortcut().toString(QKeySequence::NativeText)));
    }

    // Back on the unreadable one: disabled again.
    clickRow(*m_window, bad);
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(!copy->isEnabled());
    QCOMPARE(exportAction->toolTip(), noExport);

    // Both selected, the unreadable one current: Export has one session to
    // export, Copy String Session (the current one) none.
    clickRow(*m_window, goodIndex);
    clickRow(*m_window, bad, Qt::ControlModifier);
    QCOMPARE(m_window->selectedSessions().size(), 2);
    QCOMPARE(m_window->libraryPane()->currentIndex(), bad);
    QVERIFY(exportAction->isEnabled());
    QVERIFY(!copy->isEnabled());
}

void TestActionGuards::deleteNeedsAFile_data()
{
    QTest::addColumn<SourceKind>("kind");
    QTest::addColumn<QString>("why");
    QTest::newRow("demo") << SourceKind::Demo << QStringLiteral("The demo session has no file to delete");
    QTest::newRow("pasted string") << SourceKind::Pasted << QStringLiteral("A pasted string has no file to delete");
    QTest::newRow("unsaved copy") << SourceKind::Modified
                                  << QStringLiteral("An unsaved copy has nothing on disk to delete");
}

void TestActionGuards::deleteNeedsAFile()
{
    QFETCH(SourceKind, kind);
    QFETCH(QString, why);
    QAction *remove = m_window->pluggableAction(Id::Delete);
    const QString file = vector(QStringLiteral("ferogram/fg065-typical.session"));
    switch (kind) {
    case SourceKind::Demo:
        m_window->addDemoSession();
        break;
    case SourceKind::Pasted:
        QVERIFY(m_window->addPastedText(
            QString::fromUtf8(fero::test::readFile(vector(QStringLiteral("ferogram/fg065-typical.native.txt"))))
                .trimmed()));
        break;
    case SourceKind::Modified: {
        auto opened = fero::openPath(file);
        QVERIFY(opened.ok());
        m_window->addUnsavedCopy(std::move(opened).value(), QStringLiteral("copy"), QString());
        break;
    }
    case SourceKind::File:
    case SourceKind::Folder:
    case SourceKind::Database:
        QFAIL("not a case of this test");
    }
    const QModelIndex noFile = findEntry(m_window->library(), [&](const LibraryEntry &e) { return e.kind == kind; });
    QVERIFY(noFile.isValid());
    clickRow(*m_window, noFile);
    QVERIFY(m_window->currentSession().isValid());
    QCOMPARE(m_window->currentSession().kind, kind);

    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), why);
    QCOMPARE(remove->statusTip(), why);
    // The session itself is readable: the other actions apply.
    QVERIFY(m_window->pluggableAction(Id::ExportConvert)->isEnabled());
    QVERIFY(m_window->pluggableAction(Id::CopyStringSession)->isEnabled());

    // A file: Delete is enabled with its usual tips, also with the other selected.
    m_window->addSources({file});
    const QModelIndex fileIndex = m_window->library()->indexOfPath(QFileInfo(file).absoluteFilePath());
    QVERIFY(remove->isEnabled());
    QVERIFY(!remove->statusTip().isEmpty() && remove->statusTip() != why);
    QCOMPARE(remove->toolTip(),
             QStringLiteral("%1 (%2)").arg(remove->statusTip(), remove->shortcut().toString(QKeySequence::NativeText)));
    clickRow(*m_window, noFile, Qt::ControlModifier);
    QCOMPARE(m_window->selectedSessions().size(), 2);
    QVERIFY(remove->isEnabled());

    // The entry without a file alone again: disabled.
    clickRow(*m_window, noFile);
    QCOMPARE(m_window->selectedSessions().size(), 1);
    QVERIFY(!remove->isEnabled());
    clickRow(*m_window, fileIndex);
    QVERIFY(remove->isEnabled());
}

QTEST_MAIN(TestActionGuards)
#include "tst_actionguards.moc"
