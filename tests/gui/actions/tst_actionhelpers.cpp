// The non-dialog helpers: the clipboard guard (hint, no PRIMARY, timed
// clearing that spares foreign content), peer-cache cleaning with Save As /
// Save (previous version into the trash), restrict permissions, copy report.
#include "actionstestenv.h"
#include "actions/clipboardguard.h"
#include "storage/leftovers.h"
#include "open/opener.h"
#include "actions/peercachecleaner.h"
#include "actions/permissionsaction.h"
#include "actions/reportaction.h"
#include "actions/savechangeshelper.h"
#include "storage/storage.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace fero;
using namespace fero::gui;
using namespace std::chrono_literals;
using fero::test::ActionsTestEnvironment;

class TestActionHelpers : public QObject {
    Q_OBJECT
public:
    explicit TestActionHelpers(ActionsTestEnvironment &env)
        : m_env(env)
    {
    }

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }
    void secretCopyIsHintedAndNotInSelection();
    void secretClearsAfterTimeout();
    void foreignChangeIsNotCleared();
    void destructorClearsOurSecret();
    void plainCopyStays();
    void cleanerMakesModifiedCopy();
    void saveAsWritesNewOwnerOnlyFile();
    void saveOverKeepsPreviousInTrash_data();
    void saveOverKeepsPreviousInTrash();
    void saveRefusesFileChangedOnDisk();
    void saveSweepsWhatAKilledSaveLeft_data() { saveOverKeepsPreviousInTrash_data(); }
    void saveSweepsWhatAKilledSaveLeft();
    void restrictPermissions();
    void copyReport();

private:
    QString workFile(const QString &name) const { return QDir(m_env.work()).filePath(name); }
    ActionsTestEnvironment &m_env;
};

void TestActionHelpers::secretCopyIsHintedAndNotInSelection()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection())
        clipboard->setText(QStringLiteral("selection before"), QClipboard::Selection);
    ClipboardGuard guard;
    guard.copySecret(QStringLiteral("1BvX-secret-session"));
    const QMimeData *mime = clipboard->mimeData(QClipboard::Clipboard);
    QCOMPARE(mime->text(), QStringLiteral("1BvX-secret-session"));
    QCOMPARE(mime->data(QString::fromLatin1(ClipboardGuard::HintMime)), QByteArrayLiteral("secret"));
    if (clipboard->supportsSelection())
        QCOMPARE(clipboard->text(QClipboard::Selection), QStringLiteral("selection before"));
    QVERIFY(guard.holdsSecret());
    QCOMPARE(guard.secondsLeft(), 30); // the default timeout
    guard.clearSecret();
    QVERIFY(clipboard->text().isEmpty());
}

void TestActionHelpers::secretClearsAfterTimeout()
{
    ClipboardGuard guard;
    guard.setTimeout(300ms);
    QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
    QSignalSpy finished(&guard, &ClipboardGuard::finished);
    guard.copySecret(QStringLiteral("secret"));
    QCOMPARE(countdown.first().first().toInt(), 1); // 300 ms rounds up to "1 s"
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(countdown.last().first().toInt(), 0);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!guard.holdsSecret());
}

void TestActionHelpers::foreignChangeIsNotCleared()
{
    ClipboardGuard guard;
    guard.setTimeout(300ms);
    QSignalSpy finished(&guard, &ClipboardGuard::finished);
    guard.copySecret(QStringLiteral("secret"));
    QGuiApplication::clipboard()->setText(QStringLiteral("copied by someone else"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(finished.first().first().toBool(), false);
    QTest::qWait(500); // past the original timeout
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied by someone else"));
    guard.clearSecret(); // nothing of ours left: must not clear
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied by someone else"));
}

void TestActionHelpers::destructorClearsOurSecret()
{
    {
        ClipboardGuard guard;
        guard.setTimeout(0ms); // no timer: only quit/destruction clears
        guard.copySecret(QStringLiteral("secret"));
        QTest::qWait(50);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("secret"));
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestActionHelpers::plainCopyStays()
{
    ClipboardGuard guard;
    guard.setTimeout(200ms);
    guard.copyPlain(QStringLiteral("report"));
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(ClipboardGuard::HintMime)));
    QTest::qWait(400);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("report"));
}

void TestActionHelpers::cleanerMakesModifiedCopy()
{
    const Session original = test::richSession();
    PeerCacheCleaner cleaner(original);
    QSignalSpy modified(&cleaner, &PeerCacheCleaner::modifiedChanged);
    QVERIFY(!cleaner.isModified());
    cleaner.removeAllMinPeers();
    QCOMPARE(modified.count(), 1);
    cleaner.clearChannelPts();
    cleaner.removePeers({{original.peers[0].id, original.peers[0].isChannel}});
    cleaner.removeMinPeers({42}); // nothing left to remove: no change, no signal
    QCOMPARE(modified.count(), 1);
    QVERIFY(cleaner.isModified());
    QVERIFY(cleaner.current().minPeers.empty());
    QVERIFY(cleaner.current().updates.channels.empty());
    QCOMPARE(cleaner.current().peers.size(), original.peers.size() - 1);
    QCOMPARE(cleaner.original(), original);
    const SessionDiff changes = cleaner.changes();
    QCOMPARE(changes.counts(DiffSection::MinPeers).removed, original.minPeers.size());
    QCOMPARE(changes.counts(DiffSection::Peers).removed, std::size_t(1));
    cleaner.revert();
    QVERIFY(!cleaner.isModified());
    QCOMPARE(modified.count(), 2);
}

void TestActionHelpers::saveAsWritesNewOwnerOnlyFile()
{
    const QString in = workFile(QStringLiteral("saveas-in.session"));
    QVERIFY(writeTo(test::richSession(), test::targetOf(Format::FerogramBinary, 7), in, false).ok());
    const Result<DecodedSession> opened = openPath(in);
    QVERIFY(opened.ok());
    PeerCacheCleaner cleaner(opened->session());
    cleaner.removeAllMinPeers();
    const SaveSource source{in, opened->format, opened->version, stampOf(in)};

    const QString out = workFile(QStringLiteral("saveas-out.session"));
    const Status saved = SaveChangesHelper::saveAs(cleaner.current(), source, out, false, false);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(test::modeBits(out), 0600);
    const Result<DecodedSession> back = openPath(out);
    QCOMPARE(back->version, 7); // the source's generation, not the newest
    QVERIFY(back->session().minPeers.empty());
    QVERIFY(!openPath(in)->session().minPeers.empty()); // the original untouched
    // Save As never replaces the original itself.
    QVERIFY(!SaveChangesHelper::saveAs(cleaner.current(), source, in, true, false).ok());
}

void TestActionHelpers::saveOverKeepsPreviousInTrash_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("binary") << int(Format::FerogramBinary) << QStringLiteral("over.session");
    QTest::newRow("sqlite") << int(Format::FerogramSqlite) << QStringLiteral("over.sqlite");
}

void TestActionHelpers::saveOverKeepsPreviousInTrash()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    const QString path = workFile(name);
    QVERIFY(writeTo(test::richSession(), test::targetOf(Format(format), 8), path, false).ok());
    const QByteArray previous = test::readFile(path);
    const Result<DecodedSession> opened = openPath(path);
    QVERIFY(opened.ok());
    PeerCacheCleaner cleaner(opened->session());
    cleaner.clearChannelPts();
    const SaveSource source{path, opened->format, opened->version, stampOf(path)};

    const Result<QString> saved = SaveChangesHelper::save(cleaner.current(), source, false);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY(openPath(path)->session().updates.channels.empty());
    QCOMPARE(test::modeBits(path), 0600);
    const QString inTrash = QDir(m_env.trashFiles()).filePath(name);
    QVERIFY(QFileInfo::exists(inTrash));
    QCOMPARE(test::readFile(inTrash), previous);
    // No staging folders left beside the session.
    QCOMPARE(QDir(m_env.work())
                 .entryList({QStringLiteral(".feroscope-*"), QStringLiteral("*feroscope-tmp*")},
                            QDir::AllEntries | QDir::Hidden),
             QStringList());
}

// A save killed half-way leaves its staging folder (a full copy of the
// session, keys included) under the core's leftover name, unlocked; the next
// save to the same file removes it. A save still running elsewhere holds its
// folder's lock, and its folder stays.
void TestActionHelpers::saveSweepsWhatAKilledSaveLeft()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    const QString path = workFile(QStringLiteral("swept-") + name);
    QVERIFY(writeTo(test::richSession(), test::targetOf(Format(format), 8), path, false).ok());
    const QDir work(m_env.work());
    const QString dead = work.filePath(leftoverPrefix(path) + QStringLiteral("kill01"));
    QVERIFY(QDir().mkpath(dead));
    QVERIFY(QFile::copy(path, QDir(dead).filePath(QFileInfo(path).fileName())));
    const QString live = work.filePath(leftoverPrefix(path) + QStringLiteral("live01"));
    QVERIFY(QDir().mkpath(live));
    const OwnerLock lock(live);
    QVERIFY(lock.held());

    const Result<DecodedSession> opened = openPath(path);
    QVERIFY(opened.ok());
    PeerCacheCleaner cleaner(opened->session());
    cleaner.clearChannelPts();
    const SaveSource source{path, opened->format, opened->version, stampOf(path)};
    const Result<QString> saved = SaveChangesHelper::save(cleaner.current(), source, false);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFileInfo::exists(live));
    // Only the live one is left: this save's own staging went with it.
    QCOMPARE(work.entryList({leftoverPrefix(path) + u'*'}, QDir::AllEntries | QDir::Hidden),
             QStringList{QFileInfo(live).fileName()});
    QVERIFY(removeTreeNoFollow(live));
}

void TestActionHelpers::saveRefusesFileChangedOnDisk()
{
    const QString path = workFile(QStringLiteral("changed.session"));
    QVERIFY(writeTo(test::richSession(), {}, path, false).ok());
    const Result<DecodedSession> opened = openPath(path);
    const SaveSource source{path, opened->format, opened->version, stampOf(path)};
    // A running client saves in between.
    QVERIFY(writeTo(test::richSession(9), {}, path, true).ok());
    const QByteArray clientVersion = test::readFile(path);
    PeerCacheCleaner cleaner(opened->session());
    cleaner.removeAllMinPeers();
    const Result<QString> saved = SaveChangesHelper::save(cleaner.current(), source, false);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message.contains(QStringLiteral("changed on disk")));
    QCOMPARE(test::readFile(path), clientVersion);
}

void TestActionHelpers::restrictPermissions()
{
    const QString path = workFile(QStringLiteral("open.session"));
    QVERIFY(writeTo(test::richSession(), {}, path, false).ok());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(PermissionsAction::applies(path));
    QVERIFY(PermissionsAction::confirmationText(path).contains(QStringLiteral("0644")));
    QVERIFY(PermissionsAction::apply(path).ok());
    QCOMPARE(test::modeBits(path), 0600);
    QVERIFY(!PermissionsAction::applies(path));
}

void TestActionHelpers::copyReport()
{
    DecodedSession decoded;
    decoded.format = Format::FerogramBinary;
    decoded.version = 8;
    decoded.layout = QStringLiteral("binary v8");
    decoded.sessions.push_back(test::richSession());
    decoded.session().account.userId = 987654321;
    ClipboardGuard guard;
    const QString message = ReportAction::copyReport(guard, decoded);
    QVERIFY(!message.isEmpty());
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.contains(QStringLiteral("DC table")));
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(ClipboardGuard::HintMime)));
    for (const DcEntry &dc : decoded.session().dcs)
        if (dc.authKey) {
            QVERIFY(text.contains(dc.authKey->idHex()));
            QVERIFY(!text.contains(QString::fromLatin1(dc.authKey->toHex().left(24))));
        }
    QVERIFY(!text.contains(QString::number(*decoded.session().account.userId)));
}

FERO_ACTIONS_TEST_MAIN(TestActionHelpers)
#include "tst_actionhelpers.moc"
