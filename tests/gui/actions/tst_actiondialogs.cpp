// The action dialogs driven like a user would: Export / Convert (with and
// without loss, file and clipboard, batch), Compare, Delete (into a trash
// under the temporary XDG_DATA_HOME).
#include "actionstestenv.h"
#include "actions/clipboardguard.h"
#include "actions/comparedialog.h"
#include "actions/deletedialog.h"
#include "inspect/diff.h"
#include "actions/diffmodel.h"
#include "actions/exportdialog.h"
#include "storage/folderstorage.h"
#include "open/opener.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fero;
using namespace fero::gui;
using fero::test::ActionsTestEnvironment;

class TestActionDialogs : public QObject {
    Q_OBJECT
public:
    explicit TestActionDialogs(ActionsTestEnvironment &env)
        : m_env(env)
    {
    }

private slots:
    void exportToFile_data();
    void exportToFile();
    void exportConfirmationResetsWhenLossesChange();
    void exportRefusesExistingFile();
    void exportStringToClipboard();
    void batchExport();
    void exportStartsOnPreferredVersion();
    void exportChoosesWhichDuplicateToKeep();
    void compareCounts_data();
    void compareCounts();
    void compareCountsTokenOnceAndSaysDiffers();
    void compareShowsDatesAndOneNoneSign();
    void deleteIntoTrash();
    void deletePermanently();
    void deleteRowsOnly();
    void deleteStoreFolder_data();
    void deleteStoreFolder();
    void deleteWarnsWhenInUse();

private:
    QString workFile(const QString &name) const { return QDir(m_env.work()).filePath(name); }
    ActionsTestEnvironment &m_env;
};

void TestActionDialogs::exportToFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("lossy");

    QTest::newRow("binary v8: nothing lost") << int(Format::FerogramBinary) << 8 << false;
    QTest::newRow("binary v5: token and communities lost") << int(Format::FerogramBinary) << 5 << true;
    QTest::newRow("sqlite v8: nothing lost") << int(Format::FerogramSqlite) << 8 << false;
    QTest::newRow("native v6: lossy") << int(Format::FerogramNative) << 6 << true;
    QTest::newRow("compact v2 to a file: lossy") << int(Format::FerogramCompactV2) << 8 << true;
}

void TestActionDialogs::exportToFile()
{
    QFETCH(int, format);
    QFETCH(int, version);
    QFETCH(bool, lossy);

    const Session session = test::richSession();
    const ConvertTarget target = test::targetOf(Format(format), version, session.account.userId);
    QCOMPARE(!lossReport(session, target).lossless(), lossy); // the row's premise

    ExportDialog dialog({QStringLiteral("rich"), session}, QString(), nullptr);
    dialog.setChoice({Format(format), version, std::nullopt});
    const QString out =
        workFile(QStringLiteral("export-%1-%2%3").arg(format).arg(version).arg(targetExtension(Format(format))));
    dialog.setDestination(out);

    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *confirm = dialog.findChild<QCheckBox *>(QStringLiteral("confirmLoss"));
    auto *lossView = dialog.findChild<QPlainTextEdit *>(QStringLiteral("losses"));
    QCOMPARE(dialog.confirmationRequired(), lossy);
    QCOMPARE(confirm->isVisibleTo(&dialog), lossy);
    QCOMPARE(dialog.currentLosses(), lossReport(session, target).losses);
    for (const QString &loss : dialog.currentLosses())
        QVERIFY(lossView->toPlainText().contains(loss));

    if (lossy) {
        // Without the explicit confirmation nothing can be written.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.exportNow());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!dialog.errorMessage().isEmpty());
        confirm->click();
    }
    QVERIFY(ok->isEnabled());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    ok->click();
    QCOMPARE(exported.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(test::modeBits(out), 0600);

    Result<DecodedSession> back = openPath(out);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->format, Format(format));
    if (!lossy) // SQLite keeps rows in key order: compare by keys
        QVERIFY(diffSessions(session, back->session()).identical());
}

void TestActionDialogs::exportConfirmationResetsWhenLossesChange()
{
    ExportDialog dialog({QStringLiteral("rich"), test::richSession()}, QString(), nullptr);
    dialog.setDestination(workFile(QStringLiteral("reset.session")));
    dialog.setChoice({Format::FerogramBinary, 5, std::nullopt});
    QVERIFY(dialog.confirmationRequired());
    dialog.setLossConfirmed(true);
    QVERIFY(dialog.canExport());
    // Another target loses other things: the old confirmation must not count.
    dialog.setChoice({Format::FerogramNative, 5, std::nullopt});
    QVERIFY(dialog.confirmationRequired());
    QVERIFY(!dialog.canExport());
    dialog.setChoice({Format::FerogramBinary, 8, std::nullopt});
    QVERIFY(!dialog.confirmationRequired());
    QVERIFY(dialog.canExport());
}

void TestActionDialogs::exportRefusesExistingFile()
{
    const QString out = workFile(QStringLiteral("existing.session"));
    QVERIFY(saveFileAtomic(out, QByteArrayLiteral("keep me")).ok());
    ExportDialog dialog({QStringLiteral("rich"), test::richSession()}, QString(), nullptr);
    dialog.setChoice({Format::FerogramBinary, 8, std::nullopt});
    dialog.setDestination(out);
    QVERIFY(!dialog.canExport());
    QVERIFY(dialog.errorMessage().contains(QStringLiteral("already exists")));
    QVERIFY(!dialog.exportNow());
    QCOMPARE(test::readFile(out), QByteArrayLiteral("keep me"));
    dialog.setOverwrite(true);
    QVERIFY(dialog.exportNow());
    QVERIFY(openPath(out).ok());
}

void TestActionDialogs::exportStringToClipboard()
{
    ClipboardGuard guard;
    const Session session = test::richSession();
    ExportDialog dialog({QStringLiteral("rich"), session}, QString(), &guard);
    dialog.setChoice({Format::FerogramNative, 8, std::nullopt});
    dialog.setCopyToClipboard(true);
    dialog.setLossConfirmed(true);
    QVERIFY(dialog.exportNow());

    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const ConvertTarget target = test::targetOf(Format::FerogramNative, 8, session.account.userId);
    QCOMPARE(mime->text().toUtf8(), encode(session, target).value());
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(guard.holdsSecret());
    QVERIFY(dialog.resultMessage().contains(QStringLiteral("clipboard")));

    // A file-only target cannot go to the clipboard.
    ExportDialog binary({QStringLiteral("rich"), session}, QString(), &guard);
    binary.setChoice({Format::FerogramBinary, 8, std::nullopt});
    binary.setCopyToClipboard(true);
    QVERIFY(!binary.findChild<QWidget *>(QStringLiteral("toClipboard"))->isEnabled());
    guard.clearSecret();
}

void TestActionDialogs::batchExport()
{
    const QString folder = workFile(QStringLiteral("batch"));
    std::vector<ExportSource> sources{{QStringLiteral("one.session"), test::richSession(1)},
                                      {QStringLiteral("one.session"), test::richSession(2)},
                                      {QStringLiteral("two.sqlite"), test::richSession(3)}};
    ExportDialog dialog(sources);
    QVERIFY(dialog.isBatch());
    dialog.setChoice({Format::FerogramBinary, 5, std::nullopt});
    dialog.setDestination(folder);
    // One combined report naming each session.
    const QStringList losses = dialog.currentLosses();
    QVERIFY(!losses.isEmpty());
    QVERIFY(losses.first().startsWith(QStringLiteral("one.session: ")));
    QVERIFY(std::any_of(losses.begin(), losses.end(),
                        [](const QString &l) { return l.startsWith(QStringLiteral("two.sqlite: ")); }));
    QVERIFY(!dialog.exportNow());
    QVERIFY(!QFileInfo::exists(folder));

    dialog.setLossConfirmed(true);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.errorMessage()));
    const QStringList written = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(written, (QStringList{QStringLiteral("one-2.session"), QStringLiteral("one.session"),
                                   QStringLiteral("two.session")}));
    for (const QString &name : written) {
        QCOMPARE(test::modeBits(QDir(folder).filePath(name)), 0600);
        QCOMPARE(openPath(QDir(folder).filePath(name))->version, 5);
    }

    // Again without "replace": every output exists, so nothing may run.
    ExportDialog again(sources);
    again.setChoice({Format::FerogramBinary, 8, std::nullopt});
    again.setDestination(folder);
    QVERIFY(!again.canExport());
    QVERIFY(again.errorMessage().contains(QStringLiteral("already exists")));
}

void TestActionDialogs::exportStartsOnPreferredVersion()
{
    // The window passes the newest version the ferogram release chosen in
    // Settings reads (0.5.2 - 0.6.3: v6); the dialog starts there and keeps
    // it across a change of format.
    ExportDialog dialog({QStringLiteral("rich"), test::richSession()}, QString(), nullptr);
    QCOMPARE(dialog.choice().version, LatestBinaryVersion); // no preference: the newest
    dialog.setPreferredVersion(6);
    QCOMPARE(dialog.choice().version, 6);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(format);
    format->setCurrentIndex(format->findData(int(Format::FerogramSqlite)));
    QCOMPARE(dialog.choice().format, Format::FerogramSqlite);
    QCOMPARE(dialog.choice().version, 6);
    format->setCurrentIndex(format->findData(int(Format::FerogramBinary)));
    QCOMPARE(dialog.choice().version, 6);
}

void TestActionDialogs::exportChoosesWhichDuplicateToKeep()
{
    // Two peers with one id: a database keys peers by id. The dialog refuses
    // until the user picks which one survives, then lists the dropped one.
    Session session = test::richSession();
    CachedPeer twin = session.peers.front();
    twin.accessHash ^= 0x5a5a;
    session.peers.push_back(twin);
    const QString out = workFile(QStringLiteral("dup.sqlite"));
    ExportDialog dialog({QStringLiteral("dup"), session}, QString(), nullptr);
    auto *conflicts = dialog.findChild<QComboBox *>(QStringLiteral("conflicts"));
    QVERIFY(conflicts);
    dialog.setChoice({Format::FerogramBinary, 8, std::nullopt});
    QVERIFY(conflicts->isHidden()); // a binary file holds both
    dialog.setChoice({Format::FerogramSqlite, 8, std::nullopt});
    dialog.setDestination(out);
    QVERIFY(!conflicts->isHidden());
    QVERIFY(!dialog.canExport());
    QVERIFY2(dialog.errorMessage().contains(QString::number(twin.id)), qPrintable(dialog.errorMessage()));

    conflicts->setCurrentIndex(conflicts->findData(int(ConflictPolicy::KeepLast)));
    QVERIFY(dialog.errorMessage().isEmpty());
    QCOMPARE(dialog.currentLosses().size(), 1);
    QVERIFY(!dialog.canExport()); // the dropped peer is a loss to confirm
    dialog.setLossConfirmed(true);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.errorMessage()));
    const auto back = openPath(out);
    QVERIFY(back.ok());
    const auto &peers = back->session().peers;
    const auto kept = std::find_if(peers.begin(), peers.end(), [&](const CachedPeer &p) { return p.id == twin.id; });
    QVERIFY(kept != peers.end());
    QCOMPARE(kept->accessHash, twin.accessHash); // the last one
    QCOMPARE(peers.size(), session.peers.size() - 1);
}

void TestActionDialogs::compareCounts_data()
{
    QTest::addColumn<int>("removePeers");
    QTest::addColumn<int>("changePeers");
    QTest::addColumn<int>("addMinPeers");
    QTest::addColumn<bool>("changeDc");

    QTest::newRow("identical") << 0 << 0 << 0 << false;
    QTest::newRow("peers removed and changed") << 3 << 2 << 0 << false;
    QTest::newRow("min peers added, dc changed") << 0 << 0 << 4 << true;
}

void TestActionDialogs::compareCounts()
{
    QFETCH(int, removePeers);
    QFETCH(int, changePeers);
    QFETCH(int, addMinPeers);
    QFETCH(bool, changeDc);

    const Session a = test::richSession();
    Session b = a;
    b.peers.erase(b.peers.begin(), b.peers.begin() + removePeers);
    for (int i = 0; i < changePeers; ++i)
        b.peers[std::size_t(10 + i)].accessHash += 1;
    for (int i = 0; i < addMinPeers; ++i)
        b.minPeers.push_back({std::int64_t(900 + i), 1, 1});
    if (changeDc)
        b.dcs[1].timeOffset += 7;

    CompareDialog dialog(QStringLiteral("today"), a, QStringLiteral("backup"), b);
    for (DiffSection s : {DiffSection::Counters, DiffSection::Dcs, DiffSection::Peers, DiffSection::MinPeers,
                          DiffSection::ChannelPts}) {
        QAbstractItemModelTester modelTester(dialog.model(s), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(dialog.proxy(s), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setShowUnchanged(true);
        dialog.setShowUnchanged(false);
    }

    DiffModel *peers = dialog.model(DiffSection::Peers);
    DiffFilterProxy *peerProxy = dialog.proxy(DiffSection::Peers);
    QCOMPARE(peers->rowCount(), int(a.peers.size()));
    QCOMPARE(peerProxy->rowCount(), removePeers + changePeers); // unchanged rows hidden by default
    dialog.setShowUnchanged(true);
    QCOMPARE(peerProxy->rowCount(), int(a.peers.size()));
    dialog.setShowUnchanged(false);

    int removed = 0, changed = 0;
    for (int row = 0; row < peers->rowCount(); ++row) {
        const auto change = DiffChange(peers->index(row, 0).data(DiffModel::ChangeRole).toInt());
        removed += change == DiffChange::Removed;
        changed += change == DiffChange::Changed;
        const bool tinted = peers->index(row, 0).data(Qt::BackgroundRole).isValid();
        QCOMPARE(tinted, change != DiffChange::Unchanged);
    }
    QCOMPARE(removed, removePeers);
    QCOMPARE(changed, changePeers);
    QCOMPARE(dialog.proxy(DiffSection::MinPeers)->rowCount(), addMinPeers);
    QCOMPARE(dialog.proxy(DiffSection::Dcs)->rowCount(), changeDc ? 1 : 0);
    QCOMPARE(dialog.diff().identical(), removePeers + changePeers + addMinPeers == 0 && !changeDc);

    // Keys never reach the table: the DC columns show auth key ids.
    DiffModel *dcs = dialog.model(DiffSection::Dcs);
    for (int row = 0; row < dcs->rowCount(); ++row)
        for (int column = 0; column < dcs->columnCount(); ++column)
            for (const DcEntry &dc : a.dcs)
                if (dc.authKey)
                    QVERIFY(!dcs->index(row, column)
                                 .data()
                                 .toString()
                                 .contains(QString::fromLatin1(dc.authKey->toHex().left(32))));
}

void TestActionDialogs::compareCountsTokenOnceAndSaysDiffers()
{
    // Both sessions hold a token, with different bytes: one changed counter
    // row in the tab title and in the summary, and the row says it differs
    // (never the token itself).
    Session a = test::richSession();
    a.futureAuthToken = QByteArray(32, 'a');
    Session b = a;
    b.futureAuthToken = QByteArray(32, 'b');
    b.updates.pts += 5;
    CompareDialog dialog(QStringLiteral("today"), a, QStringLiteral("backup"), b);
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    const QString title = tabs->tabText(0);
    const QRegularExpressionMatch inTitle = QRegularExpression(QStringLiteral("\\((\\d+)\\)")).match(title);
    QVERIFY2(inTitle.hasMatch(), qPrintable(title));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    // Only sections that differ are named, only the counts that are not 0.
    QVERIFY2(summary.startsWith(QStringLiteral("Counters: ")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("Peers")), qPrintable(summary));
    int summed = 0;
    auto counts = QRegularExpression(QStringLiteral("(\\d+) (added|removed|changed)")).globalMatch(summary);
    while (counts.hasNext())
        summed += counts.next().captured(1).toInt();
    QCOMPARE(summed, inTitle.captured(1).toInt());

    DiffModel *counters = dialog.model(DiffSection::Counters);
    const int tokenRow = counters->rowCount() - 1;
    QStringList cells;
    for (int column = 0; column < counters->columnCount(); ++column)
        cells << counters->index(tokenRow, column).data().toString();
    QVERIFY2(cells.join(u' ').contains(DiffModel::tr("present, differs")), qPrintable(cells.join(u'|')));
    for (const QString &cell : std::as_const(cells)) {
        QVERIFY(!cell.contains(QLatin1String("aaaa")));
        QVERIFY(!cell.contains(QLatin1String("6161")));
    }
}

void TestActionDialogs::compareShowsDatesAndOneNoneSign()
{
    Session a = test::richSession();
    a.updates.date = 1700000000;
    Session b = a;
    b.updates.date = 1700086400;
    b.peers.erase(b.peers.begin()); // A has it, B does not
    b.dcs.front().authKey.reset();  // a DC without a key in B
    a.futureAuthToken.reset();
    b.futureAuthToken = QByteArray(32, 'b');
    CompareDialog dialog(QStringLiteral("today"), a, QStringLiteral("backup"), b);
    dialog.setShowUnchanged(true);

    // The date as people read it, the Unix time in its tooltip.
    DiffModel *counters = dialog.model(DiffSection::Counters);
    int dateRow = -1;
    for (int row = 0; row < counters->rowCount(); ++row)
        if (counters->index(row, 1).data().toString() == QLatin1String("date"))
            dateRow = row;
    QVERIFY(dateRow >= 0);
    const QString shown = counters->index(dateRow, 2).data().toString();
    QVERIFY2(shown.startsWith(QLocale().toString(QDateTime::fromSecsSinceEpoch(1700000000), QLocale::ShortFormat)),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("ago")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("1700000000")));
    QCOMPARE(counters->index(dateRow, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Unix time 1700000000"));

    // One sign wherever a side has nothing: a removed peer's B cells, a DC's
    // missing key, an absent token. Its tooltip says which side.
    QSet<QString> nothing;
    DiffModel *peers = dialog.model(DiffSection::Peers);
    for (int row = 0; row < peers->rowCount(); ++row) {
        if (DiffChange(peers->index(row, 0).data(DiffModel::ChangeRole).toInt()) != DiffChange::Removed)
            continue;
        nothing << peers->index(row, 4).data().toString() << peers->index(row, 6).data().toString();
        QCOMPARE(peers->index(row, 6).data(Qt::ToolTipRole).toString(), QStringLiteral("None in B"));
    }
    DiffModel *dcs = dialog.model(DiffSection::Dcs);
    for (int row = 0; row < dcs->rowCount(); ++row)
        if (DiffChange(dcs->index(row, 0).data(DiffModel::ChangeRole).toInt()) == DiffChange::Changed)
            nothing << dcs->index(row, 6).data().toString(); // Auth key id (B)
    nothing << counters->index(counters->rowCount() - 1, 2).data().toString(); // token (A)
    QCOMPARE(nothing, QSet<QString>{noneSign()});

    // Columns as wide as their content: the last one is not stretched.
    for (auto *view : dialog.findChildren<QTableView *>())
        QVERIFY(!view->horizontalHeader()->stretchLastSection());
}

void TestActionDialogs::deleteIntoTrash()
{
    const QString path = workFile(QStringLiteral("trash-me.sqlite"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.sqlite")), path));
    QVERIFY(saveFileAtomic(path + QStringLiteral("-wal"), QByteArrayLiteral("wal")).ok());
    QVERIFY(saveFileAtomic(path + QStringLiteral("-shm"), QByteArrayLiteral("shm")).ok());
    QVERIFY(saveFileAtomic(path + QStringLiteral(".bak"), QByteArrayLiteral("bak")).ok());

    DeleteDialog dialog({{path, true}});
    QCOMPARE(dialog.mode(), DeleteMode::Trash); // the default
    QVERIFY(dialog.rowsOnlyAvailable());
    const QStringList affected = dialog.affectedFiles();
    QVERIFY(affected.contains(path));
    QVERIFY(affected.contains(path + QStringLiteral("-wal")));
    QVERIFY(affected.contains(path + QStringLiteral("-shm")));
    QVERIFY(!affected.contains(path + QStringLiteral(".bak"))); // listed, kept unless ticked
    QVERIFY(dialog.relatedFiles().contains(path + QStringLiteral(".bak")));
    const QString listed = dialog.findChild<QPlainTextEdit *>(QStringLiteral("files"))->toPlainText();
    for (const QString &f : affected + dialog.relatedFiles())
        QVERIFY(listed.contains(QDir::toNativeSeparators(f)));

    QSignalSpy deleted(&dialog, &DeleteDialog::deleted);
    QVERIFY2(dialog.performDelete(), qPrintable(dialog.failures().join(u'\n')));
    QCOMPARE(deleted.count(), 1);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak")));
    QVERIFY(QFileInfo::exists(QDir(m_env.trashFiles()).filePath(QStringLiteral("trash-me.sqlite"))));
    QVERIFY(QFileInfo::exists(QDir(m_env.trashFiles()).filePath(QStringLiteral("trash-me.sqlite-wal"))));
}

void TestActionDialogs::deletePermanently()
{
    const QString path = workFile(QStringLiteral("gone.session"));
    QVERIFY(writeTo(test::richSession(), {}, path, false).ok());
    QVERIFY(saveFileAtomic(path + QStringLiteral(".bak"), QByteArrayLiteral("bak")).ok());
    DeleteDialog dialog({{path, false}});
    QVERIFY(!dialog.rowsOnlyAvailable());
    dialog.setMode(DeleteMode::RowsOnly); // not offered for a binary file: ignored
    QCOMPARE(dialog.mode(), DeleteMode::Trash);
    dialog.setMode(DeleteMode::Permanent);
    dialog.setIncludeRelated(true);
    QVERIFY(dialog.affectedFiles().contains(path + QStringLiteral(".bak")));
    QVERIFY(dialog.performDelete());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));
    QVERIFY(!QFileInfo::exists(QDir(m_env.trashFiles()).filePath(QStringLiteral("gone.session"))));
}

void TestActionDialogs::deleteRowsOnly()
{
    const QString path = workFile(QStringLiteral("rows.sqlite"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!openPath(path)->session().peers.empty());
    DeleteDialog dialog({{path, true}});
    dialog.setMode(DeleteMode::RowsOnly);
    QCOMPARE(dialog.affectedFiles(), QStringList{path});
    QVERIFY2(dialog.performDelete(), qPrintable(dialog.failures().join(u'\n')));
    QVERIFY(QFileInfo::exists(path));
    const Result<DecodedSession> after = openPath(path);
    QVERIFY(!after.ok() || after->session().peers.empty());
}

void TestActionDialogs::deleteStoreFolder_data()
{
    QTest::addColumn<bool>("permanent");
    QTest::newRow("to the trash") << false;
    QTest::newRow("permanently") << true;
}

void TestActionDialogs::deleteStoreFolder()
{
    // A tdata folder is a session too: Delete takes the whole folder (it
    // used to fail with "not a regular file" after the confirmation).
    QFETCH(bool, permanent);
    const QString folder = workFile(permanent ? QStringLiteral("tdata-perm") : QStringLiteral("tdata-trash"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/D877F783D5D3EF8C")));
    QVERIFY(saveFileAtomic(folder + QStringLiteral("/key_datas"), QByteArrayLiteral("k")).ok());
    QVERIFY(saveFileAtomic(folder + QStringLiteral("/D877F783D5D3EF8C/maps"), QByteArrayLiteral("m")).ok());

    DeleteDialog dialog({{folder, false}});
    QVERIFY(!dialog.rowsOnlyAvailable());
    QCOMPARE(dialog.affectedFiles(), QStringList{folder});
    const QString listed = dialog.findChild<QPlainTextEdit *>(QStringLiteral("files"))->toPlainText();
    QVERIFY2(listed.contains(DeleteDialog::tr("%1 (the folder and the %n file(s) in it)", nullptr, 2)
                                 .arg(QDir::toNativeSeparators(folder) + QDir::separator())),
             qPrintable(listed));
    if (permanent)
        dialog.setMode(DeleteMode::Permanent);
    QSignalSpy deleted(&dialog, &DeleteDialog::deleted);
    QVERIFY2(dialog.performDelete(), qPrintable(dialog.failures().join(u'\n')));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.front().front().toStringList(), QStringList{folder});
    QVERIFY(!QFileInfo::exists(folder));
    const QString inTrash = QDir(m_env.trashFiles()).filePath(QFileInfo(folder).fileName());
    QCOMPARE(QFileInfo::exists(inTrash + QStringLiteral("/D877F783D5D3EF8C/maps")), !permanent);
}

void TestActionDialogs::deleteWarnsWhenInUse()
{
    const QString path = workFile(QStringLiteral("busy.sqlite"));
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("vectors/ferogram/fg065-typical.sqlite")), path));
    {
        DeleteDialog quiet({{path, true}});
        QVERIFY(quiet.inUseWarning().isEmpty());
        QVERIFY(quiet.findChild<QLabel *>(QStringLiteral("inUse"))->isHidden());
    }
    QVERIFY(saveFileAtomic(path + QStringLiteral("-wal"), QByteArrayLiteral("wal")).ok());
    DeleteDialog dialog({{path, true}});
    QVERIFY(dialog.inUseWarning().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("inUse"))->isHidden());
}

FERO_ACTIONS_TEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
