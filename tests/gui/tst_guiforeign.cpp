// Other libraries' sessions in the window: the paste box names the format a
// pasted string was read as (and what else it could have been) before it is
// added; tdata folders ask for their passcode through an injected provider
// (no modal dialog) and list one row per account; the Overview shows the
// foreign account fields; the Export dialog writes a Telethon string.
#include "window/appsettings.h"
#include "detect/detect.h"
#include "actions/exportdialog.h"
#include "guitestenv.h"
#include "formats/traits.h"
#include "inspect/inspect.h"
#include "library/librarymodel.h"
#include "library/librarypane.h"
#include "window/mainwindow.h"
#include "open/opener.h"
#include "session/overviewtab.h"
#include "library/pastedialog.h"
#include "window/reloadwatcher.h"
#include "session/sessionview.h"
#include "testsupport.h"
#include "window/windowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace fero::gui;

Q_DECLARE_METATYPE(fero::Format)
Q_DECLARE_METATYPE(fero::gui::SourceKind)

namespace {

QString foreignVector(const QString &name)
{
    return fero::test::dataPath(QStringLiteral("vectors/foreign/") + name);
}

const QString TdataPasscode = QStringLiteral("correct horse"); // tdata_single_passcode (manifest, tst_tdata)

} // namespace

class TestGuiForeign : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pasteShowsDetectionBeforeAdding_data();
    void pasteShowsDetectionBeforeAdding();
    void pasteBoxRefusesText();
    void tdataPasscodeAskedAgainWhenWrong();
    void tdataPasscodeCancelledStaysLocked();
    void tdataAccountsAreRows();
    void storeFoldersUnderFolders_data();
    void storeFoldersUnderFolders();
    void recognisedStoresListedAsSuch();
    void exportToTelethonString();
    void exportOffersEveryFormatWithItsValues();
    void storeFolderRestrictReloadForget();
    void copyStringOfTelethonDatabaseIsTelethon();

private:
    // A writable copy of a vector folder under the test's temporary folder.
    QString copyFolder(const QString &vector, const QString &name) const;
    std::unique_ptr<test::GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGuiForeign::initTestCase()
{
    m_env = std::make_unique<test::GuiTestEnvironment>();
}

void TestGuiForeign::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->library(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Never a modal dialog in a test: a provider that fails the test if asked unexpectedly.
    m_window->setPasscodeProvider([](const QString &, const QString &) -> std::optional<QString> {
        qWarning("unexpected passcode prompt");
        return std::nullopt;
    });
    m_window->show();
}

void TestGuiForeign::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

void TestGuiForeign::pasteShowsDetectionBeforeAdding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<fero::Format>("format");
    QTest::addColumn<QString>("layoutWord"); // a word of the layout the box must name
    QTest::newRow("Telethon IPv4") << QStringLiteral("telethon/telethon_str_dc2_v4.txt") << fero::Format::TelethonString
                                   << QStringLiteral("IPv4");
    QTest::newRow("Telethon IPv6") << QStringLiteral("telethon/telethon_str_dc2_v6.txt") << fero::Format::TelethonString
                                   << QStringLiteral("IPv6");
    QTest::newRow("Pyrogram new") << QStringLiteral("mtcute/pyrogram_new_dc2_user.txt") << fero::Format::PyrogramString
                                  << QString();
    QTest::newRow("Pyrogram old") << QStringLiteral("mtcute/pyrogram_old_dc2_user.txt") << fero::Format::PyrogramString
                                  << QStringLiteral("old");
}

void TestGuiForeign::pasteShowsDetectionBeforeAdding()
{
    QFETCH(QString, file);
    QFETCH(fero::Format, format);
    QFETCH(QString, layoutWord);
    const QString text = QString::fromUtf8(fero::test::readFile(foreignVector(file))).trimmed();
    QVERIFY(!text.isEmpty());
    const int before = m_window->library()->entryCount();

    QGuiApplication::clipboard()->setText(text);
    m_window->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
    PasteDialog *box = m_window->pasteBox();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    // Nothing is added before the user presses Open.
    QCOMPARE(m_window->library()->entryCount(), before);
    QVERIFY(box->canOpen());
    const QString detected = box->detectedText();
    QVERIFY2(detected.contains(fero::formatDisplayName(format)), qPrintable(detected));
    if (!layoutWord.isEmpty())
        QVERIFY2(detected.contains(layoutWord, Qt::CaseInsensitive), qPrintable(detected));
    // The other readings are listed with their reasons, and none is the chosen format's name alone.
    QVERIFY(box->otherReadings().size() >= 3);
    for (const QString &line : box->otherReadings())
        QVERIFY2(!line.contains(text.left(24)), "the string itself is never repeated in the explanation");

    box->accept();
    QCOMPARE(m_window->library()->entryCount(), before + 1);
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.kind, SourceKind::Pasted);
    QCOMPARE(current.decoded->format, format);

    // The Overview shows the foreign account fields the string carries.
    const OverviewTab *overview = m_window->sessionView()->overview();
    const fero::AccountInfo &account = current.decoded->session().account;
    if (account.apiId)
        QCOMPARE(overview->fieldText(QStringLiteral("apiId")), QString::number(*account.apiId));
    if (account.userId && *account.userId != 0)
        QCOMPARE(overview->fieldText(QStringLiteral("userId")), QString::number(*account.userId));
    if (account.testMode)
        QVERIFY(!overview->fieldText(QStringLiteral("servers")).isEmpty());
    QVERIFY(!m_window->windowTitle().contains(text.left(16)));
}

void TestGuiForeign::pasteBoxRefusesText()
{
    m_window->openPasteBox(QStringLiteral("AAAAnot-a-session"));
    PasteDialog *box = m_window->pasteBox();
    QVERIFY(box);
    QVERIFY(!box->canOpen());
    QVERIFY(box->detectedText().isEmpty());
    const int before = m_window->library()->entryCount();
    box->accept(); // refused: stays open, adds nothing
    QVERIFY(box->isVisible());
    QCOMPARE(m_window->library()->entryCount(), before);
    box->reject();
}

void TestGuiForeign::tdataPasscodeAskedAgainWhenWrong()
{
    QStringList problems;
    QStringList folders;
    m_window->setPasscodeProvider([&](const QString &folder, const QString &problem) -> std::optional<QString> {
        folders << folder;
        problems << problem;
        return folders.size() == 1 ? QStringLiteral("wrong horse") : TdataPasscode;
    });
    const QString tdata = foreignVector(QStringLiteral("tdata/tdata_single_passcode"));
    m_window->addSources({tdata});

    // The passcode is tried off the GUI thread: wait for the second try to end.
    QTRY_COMPARE_WITH_TIMEOUT(folders.size(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isUnlocking() && m_window->currentSession().isValid(), 20000);
    QCOMPARE(folders.front(), QFileInfo(tdata).absoluteFilePath());
    QVERIFY(problems.front().isEmpty()); // first ask: no complaint
    QVERIFY2(problems.back().contains(QStringLiteral("Wrong passcode")), qPrintable(problems.back()));
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.decoded->format, fero::Format::TdesktopTdata);
    QCOMPARE(current.decoded->sessions.size(), std::size_t(1));
    QCOMPARE(current.decoded->session().account.userId, std::optional<std::int64_t>(7999999999999));
    QCOMPARE(current.decoded->session().homeDcId, 5);
    QCOMPARE(m_window->sessionView()->overview()->fieldText(QStringLiteral("userId")), QStringLiteral("7999999999999"));
    // The passcode is never remembered in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(TdataPasscode));
}

// Cancelling the prompt keeps the folder listed as locked (not unreadable),
// so the passcode can be entered later from its row.
void TestGuiForeign::tdataPasscodeCancelledStaysLocked()
{
    int asked = 0;
    m_window->setPasscodeProvider([&](const QString &, const QString &) -> std::optional<QString> {
        ++asked;
        return std::nullopt;
    });
    const int before = m_window->library()->entryCount();
    const QString tdata = foreignVector(QStringLiteral("tdata/tdata_single_passcode"));
    m_window->addSources({tdata});
    QCOMPARE(asked, 1);
    QCOMPARE(m_window->library()->entryCount(), before + 1);
    QVERIFY(!m_window->currentSession().isValid());
    const LibraryEntry *entry = m_window->library()->entry(m_window->libraryPane()->currentIndex());
    QVERIFY(entry);
    QCOMPARE(entry->state, LibraryEntry::State::Locked);
    QCOMPARE(entry->path, QFileInfo(tdata).absoluteFilePath());
    QVERIFY(m_window->sessionView()->overview()->isShowingLockedState());
}

void TestGuiForeign::tdataAccountsAreRows()
{
    const QString tdata = foreignVector(QStringLiteral("tdata/tdata_two_accounts"));
    m_window->addSources({tdata});
    LibraryModel *library = m_window->library();
    const QModelIndex folder = library->indexOfFolder(tdata);
    QVERIFY(folder.isValid());
    QVERIFY(library->isStoreFolder(folder));
    QCOMPARE(folder.parent(), library->groupIndex(SourceKind::Folder));
    QCOMPARE(library->rowCount(folder), 2);
    const int expectedDcs[] = {4, 2};
    const std::int64_t expectedUsers[] = {0, 5123456789};
    QStringList keyIds;
    for (int row = 0; row < 2; ++row) {
        const LibraryEntry *entry = library->entry(library->index(row, 0, folder));
        QVERIFY(entry);
        QCOMPARE(entry->state, LibraryEntry::State::Loaded);
        QCOMPARE(entry->account, row);
        QCOMPARE(entry->homeDc, expectedDcs[row]);
        QCOMPARE(entry->decoded->sessions.size(), std::size_t(1));
        QCOMPARE(entry->decoded->session().account.userId.value_or(0), expectedUsers[row]);
        keyIds << entry->authKeyId;
    }
    QVERIFY(keyIds[0] != keyIds[1]);
    // The second row opens in the view with its own account.
    m_window->selectIndex(library->index(1, 0, folder));
    QCOMPARE(m_window->currentSession().decoded->session().homeDcId, 2);
    // Reloading keeps one row per account.
    m_window->refreshPath(QFileInfo(tdata).absoluteFilePath());
    QCOMPARE(library->rowCount(library->indexOfFolder(tdata)), 2);
}

void TestGuiForeign::storeFoldersUnderFolders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SourceKind>("group");
    QTest::addColumn<fero::Format>("format");
    QTest::newRow("GramJS store") << QStringLiteral("gramjs/gramjs_store_dc4") << SourceKind::Folder
                                  << fero::Format::GramjsStore;
    QTest::newRow("tdata without passcode")
        << QStringLiteral("tdata/tdata_single_nopass") << SourceKind::Folder << fero::Format::TdesktopTdata;
    QTest::newRow("Telethon SQLite") << QStringLiteral("telethon/telethon_sqlite_full.session") << SourceKind::Database
                                     << fero::Format::TelethonSqlite;
    QTest::newRow("Pyrogram SQLite") << QStringLiteral("pyrogram/pyrogram_sqlite_user_dc2.session")
                                     << SourceKind::Database << fero::Format::PyrogramSqlite;
}

void TestGuiForeign::storeFoldersUnderFolders()
{
    QFETCH(QString, path);
    QFETCH(SourceKind, group);
    QFETCH(fero::Format, format);
    m_window->addSources({foreignVector(path)});
    const SessionRef current = m_window->currentSession();
    QVERIFY(current.isValid());
    QCOMPARE(current.decoded->format, format);
    QCOMPARE(current.kind, group);
    const QModelIndex index = m_window->libraryPane()->currentIndex();
    QModelIndex top = index;
    while (top.parent().isValid())
        top = top.parent();
    QCOMPARE(top, m_window->library()->groupIndex(group));
    // The library's format column names it.
    QVERIFY(!index.siblingAtColumn(LibraryModel::FormatVersion).data().toString().isEmpty());
}

// MadelineProto and TDLib stores in a scanned folder: one row per store
// folder, named by its program in the Format column (never "ferogram file
// v0"), and selecting one says what it is.
void TestGuiForeign::recognisedStoresListedAsSuch()
{
    const QString root = QDir::cleanPath(foreignVector(QStringLiteral("recognised")));
    QSignalSpy done(m_window.get(), &MainWindow::scansFinished);
    m_window->addFolder(root);
    QVERIFY(!m_window->isScanning() || done.wait(30000));
    LibraryModel *library = m_window->library();
    const QModelIndex folder = library->indexOfFolder(root);
    QVERIFY(folder.isValid());
    QMap<QString, QString> formatOf; // relative path -> Format column
    QModelIndex madeline;
    for (int r = 0; r < library->rowCount(folder); ++r) {
        const QModelIndex row = library->index(r, 0, folder);
        formatOf.insert(library->entry(row)->name, row.siblingAtColumn(LibraryModel::FormatVersion).data().toString());
        if (library->entry(row)->name == u"madelineproto/session.madeline")
            madeline = row;
    }
    QCOMPARE(formatOf.keys(), (QStringList{QStringLiteral("madelineproto/legacy_4x.madeline"),
                                           QStringLiteral("madelineproto/session.madeline"),
                                           QStringLiteral("tdlib/default_key"), QStringLiteral("tdlib/no_encryption"),
                                           QStringLiteral("tdlib/user_key")}));
    QCOMPARE(formatOf.value(QStringLiteral("tdlib/default_key")), QStringLiteral("TDLib (not supported)"));
    QCOMPARE(formatOf.value(QStringLiteral("madelineproto/session.madeline")),
             QStringLiteral("MadelineProto (not supported)"));
    QVERIFY(madeline.isValid());
    m_window->libraryView()->setCurrentIndex(m_window->libraryPane()->viewIndex(madeline));
    auto *verdict = m_window->sessionView()->overview()->findChild<QLabel *>(QStringLiteral("errorState"));
    QVERIFY(verdict);
    QTRY_COMPARE(verdict->text(), QStringLiteral("A MadelineProto session, which Feroscope recognises but cannot open."));
    QCOMPARE(library->entry(madeline)->state, LibraryEntry::State::Failed);
}

void TestGuiForeign::exportToTelethonString()
{
    m_window->addSources({fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session"))});
    const SessionRef source = m_window->currentSession();
    QVERIFY(source.isValid());
    auto *dialog =
        qobject_cast<fero::gui::ExportDialog *>(m_window->showExportDialog(QStringLiteral("telethon-string")));
    QVERIFY(dialog);
    QCOMPARE(dialog->choice().format, fero::Format::TelethonString);
    // A Telethon string keeps one DC and no peers: the loss report says so and asks.
    QVERIFY(dialog->confirmationRequired());
    QVERIFY(!dialog->canExport());
    const QString out = m_env->path() + QStringLiteral("/export/typical.telethon.txt");
    QDir().mkpath(QFileInfo(out).absolutePath());
    dialog->setDestination(out);
    dialog->setLossConfirmed(true);
    QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorMessage()));

    auto written = fero::openPath(out);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(written->format, fero::Format::TelethonString);
    QCOMPARE(written->session().homeDcId, source.decoded->session().homeDcId);
    const fero::DcEntry *home = fero::homeDcEntry(written->session());
    const fero::DcEntry *sourceHome = fero::homeDcEntry(source.decoded->session());
    QVERIFY(home && home->authKey && sourceHome && sourceHome->authKey);
    QCOMPARE(home->authKey->idHex(), sourceHome->authKey->idHex());
    QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestGuiForeign::exportOffersEveryFormatWithItsValues()
{
    m_window->addSources({fero::test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.session"))});
    auto *dialog =
        qobject_cast<fero::gui::ExportDialog *>(m_window->showExportDialog(QStringLiteral("pyrogram-string")));
    QVERIFY(dialog);
    auto *formats = dialog->findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(formats);
    // Every format that can be written, and no read-only one (tdl's store).
    for (fero::Format format : fero::supportedFormats())
        QVERIFY2((formats->findData(int(format)) >= 0) == fero::traits(format).canWrite, qPrintable(fero::formatId(format)));

    // Pyrogram's new layout needs an api id: without one the export is refused, with one it is possible.
    auto *apiId = dialog->findChild<QLineEdit *>(QStringLiteral("apiId"));
    QVERIFY(apiId && apiId->isVisible());
    apiId->clear();
    dialog->setLossConfirmed(true);
    QVERIFY(!dialog->canExport());
    apiId->setText(QStringLiteral("12345"));
    dialog->setLossConfirmed(true);
    QCOMPARE(dialog->choice().apiId, std::optional<std::int64_t>(12345));

    // tdata: a masked passcode field.
    fero::ConvertTarget tdata;
    tdata.format = fero::Format::TdesktopTdata;
    tdata.userId = 424242; // tdata needs one; what is tested here is the passcode
    dialog->setChoice(tdata);
    auto *passcode = dialog->findChild<QLineEdit *>(QStringLiteral("passcode"));
    QVERIFY(passcode && passcode->isVisible());
    QCOMPARE(passcode->echoMode(), QLineEdit::Password);
    QVERIFY(!apiId->isVisible());
    // The eye shows the passcode and masks it again.
    auto *reveal = passcode->findChild<QAction *>(QStringLiteral("passcodeReveal"));
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(passcode->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(passcode->echoMode(), QLineEdit::Password);
    // A new passcode is typed twice; until both agree, nothing is exported.
    auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("passcodeRepeat"));
    QVERIFY(repeat && !repeat->isVisible());
    QTest::keyClicks(passcode, QStringLiteral("correct horse"));
    QVERIFY(repeat->isVisible());
    QCOMPARE(repeat->echoMode(), QLineEdit::Password);
    dialog->setDestination(m_env->path() + QStringLiteral("/new-tdata"));
    dialog->setLossConfirmed(true);
    QVERIFY(!dialog->canExport());
    QTest::keyClicks(repeat, QStringLiteral("correct hose"));
    QVERIFY(!dialog->canExport());
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(problem && problem->text().contains(QStringLiteral("differ")));
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("correct horse"));
    dialog->setLossConfirmed(true);
    QVERIFY2(dialog->canExport(), qPrintable(problem->text()));
    QCOMPARE(dialog->choice().passcode, QStringLiteral("correct horse"));
    dialog->reject();
}

QString TestGuiForeign::copyFolder(const QString &vector, const QString &name) const
{
    const QString from = foreignVector(vector);
    const QString to = m_env->path() + QLatin1Char('/') + name;
    QDir(to).removeRecursively();
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return to;
}

void TestGuiForeign::storeFolderRestrictReloadForget()
{
    const QString tdata = copyFolder(QStringLiteral("tdata/tdata_single_nopass"), QStringLiteral("tdata"));
    m_window->reloadWatcher()->setDebounce(50);
    m_window->addSources({tdata});
    const LibraryEntry *entry = m_window->library()->entry(m_window->libraryPane()->currentIndex());
    QVERIFY(entry);
    QCOMPARE(entry->path, QFileInfo(tdata).absoluteFilePath());
    QVERIFY(entry->othersCanRead);

    // Restrict Permissions is offered for the folder (it used to be files only).
    QAction *restrict = m_window->findChild<QAction *>(QStringLiteral("actionRestrictPermissions"));
    QVERIFY(restrict->isEnabled());

    // The folder is watched: Telegram Desktop rewriting its map reloads it.
    QVERIFY(m_window->reloadWatcher()->paths().contains(entry->path));
    QSignalSpy reloaded(m_window->library(), &LibraryModel::entryReloaded);
    {
        const QString maps = tdata + QStringLiteral("/D877F783D5D3EF8C/maps");
        const QByteArray bytes = fero::test::readFile(maps);
        QFile file(maps);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000);
    QVERIFY(m_window->currentSession().isValid());

    // Deleted on purpose: it leaves the library and the recent list.
    QVERIFY(AppSettings::recentSources().contains(RecentSource{SourceKind::Folder, entry->path}));
    const QString path = entry->path;
    m_window->forgetPath(path);
    QVERIFY(!m_window->library()->indexOfFolder(path).isValid());
    QVERIFY(!m_window->library()->indexOfPath(path).isValid());
    for (const RecentSource &source : AppSettings::recentSources())
        QVERIFY(source.path != path);
}

void TestGuiForeign::copyStringOfTelethonDatabaseIsTelethon()
{
    // A Telethon user copies a string to paste into Telethon, not a ferogram one.
    m_window->addSources({foreignVector(QStringLiteral("telethon/telethon_sqlite_dc4_v6.session"))});
    QVERIFY(m_window->currentSession().isValid());
    QCOMPARE(m_window->currentSession().decoded->format, fero::Format::TelethonSqlite);
    QGuiApplication::clipboard()->clear();
    // The string drops the update state: the user is asked first, and agrees.
    QStringList asked;
    m_window->findChild<WindowActions *>()->setLossyCopyConfirmation([&](const QString &what, const QStringList &) {
        asked << what;
        return true;
    });
    m_window->pluggableAction(MainWindow::ActionId::CopyStringSession)->trigger();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.front().startsWith(QStringLiteral("Telethon string")), qPrintable(asked.front()));
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasText());
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    const fero::Detection detection = fero::detectText(mime->text().trimmed());
    QVERIFY(detection.result.ok());
    QCOMPARE(detection.result->format, fero::Format::TelethonString);
}

QTEST_MAIN(TestGuiForeign)
#include "tst_guiforeign.moc"
