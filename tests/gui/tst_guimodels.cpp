// The GUI's models on their own: masking, filtering, sorting, linking, flags.
// Every model and proxy runs under QAbstractItemModelTester.
#include "window/appsettings.h"
#include "session/channelptsmodel.h"
#include "session/dctablemodel.h"
#include "inspect/inspect.h"
#include "guitestenv.h"
#include "model/markedid.h"
#include "inspect/inspect.h"
#include "library/libraryflags.h"
#include "open/opener.h"
#include "library/libraryfilter.h"
#include "library/librarymodel.h"
#include "session/minpeertablemodel.h"
#include "session/peerfilterproxy.h"
#include "session/peertablemodel.h"
#include "window/reloadwatcher.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
#include <QTest>

#include <algorithm>
#include <memory>
#include <string>

using namespace fero::gui;

namespace {

std::shared_ptr<const fero::Session> synthetic(std::size_t peers, std::size_t minPeers = 50, std::size_t pts = 40,
                                               std::uint64_t seed = 7)
{
    fero::SyntheticShape shape;
    shape.peers = peers;
    shape.minPeers = minPeers;
    shape.channelPts = pts;
    return std::make_shared<const fero::Session>(fero::makeSyntheticSession(shape, seed));
}

fero::DecodedSession decodedOf(const fero::Session &session, int version = 8)
{
    fero::DecodedSession d;
    d.format = fero::Format::FerogramBinary;
    d.version = version;
    d.layout = QStringLiteral("binary v%1").arg(version);
    d.sessions.push_back(session);
    return d;
}

// What the filter should keep, computed straight from the vector.
int expectedMatches(const fero::Session &s, PeerKindFilter kind, const std::string &needle)
{
    int n = 0;
    for (const fero::CachedPeer &p : s.peers) {
        if (!PeerFilterProxy::kindMatches(kind, peerKindOf(p)))
            continue;
        // The id as stored, as the Bot API writes it (-100… channels, -… chats), or the access hash.
        if (!needle.empty() && std::to_string(p.id).find(needle) == std::string::npos
            && std::to_string(fero::markedPeerId(p)).find(needle) == std::string::npos
            && std::to_string(p.accessHash).find(needle) == std::string::npos)
            continue;
        ++n;
    }
    return n;
}

} // namespace

class TestGuiModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_env = std::make_unique<test::GuiTestEnvironment>(); }

    void dcKeysMaskedUntilRevealed();
    void peerKinds_data();
    void peerKinds();
    void peerFilter_data();
    void peerFilter();
    void peerFilterIsFastOnLargestSession();
    void peerSortKeepsAfterFilter();
    void peerUsernamesFromAFork();
    void peerUsernamesFromMtcute();
    void minPeersLinkToCachedPeers();
    void channelPts();
    void libraryFlags();
    void libraryMissingAndRecent();
    void libraryLockedTdataSaysPasscodeNeeded();
    void libraryRescanUpdatesRowsInPlace();
    void librarySortsNamesWithoutCase();
    void reloadWatcherDebounces();

private:
    std::unique_ptr<test::GuiTestEnvironment> m_env;
};

void TestGuiModels::dcKeysMaskedUntilRevealed()
{
    const auto session = synthetic(10);
    DcTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session);
    QCOMPARE(model.rowCount(), int(session->dcs.size()));

    int keyed = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const fero::DcEntry &dc = session->dcs[std::size_t(row)];
        const QString shown = model.index(row, DcTableModel::Key).data().toString();
        if (!dc.authKey)
            continue;
        ++keyed;
        // One fixed placeholder for every key: it reveals nothing, not even a length.
        QCOMPARE(shown, DcTableModel::MaskedKey.toString());
        QCOMPARE(model.index(row, DcTableModel::AuthKeyId).data().toString(), dc.authKey->idHex());
        const QString hex = QString::fromLatin1(dc.authKey->toHex());
        for (int c = 0; c < DcTableModel::ColumnCount; ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole), int(Qt::StatusTipRole)})
                QVERIFY(!model.index(row, c).data(role).toString().contains(hex.left(16)));
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRevealed(row, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.keyText(row), hex);
        // The cell says where the key is shown (the DCs tab's key field), not the key.
        QVERIFY(!model.index(row, DcTableModel::Key).data().toString().contains(hex.left(16)));
        QVERIFY(!model.index(row, DcTableModel::Key).data(Qt::ToolTipRole).toString().contains(hex.left(16)));
        // Only that row.
        for (int other = 0; other < model.rowCount(); ++other) {
            if (other != row && session->dcs[std::size_t(other)].authKey)
                QCOMPARE(model.index(other, DcTableModel::Key).data().toString(), DcTableModel::MaskedKey.toString());
        }
        model.hideAll();
        QCOMPARE(model.index(row, DcTableModel::Key).data().toString(), DcTableModel::MaskedKey.toString());
        QCOMPARE(model.keyText(row), QString());
    }
    QVERIFY(keyed >= 1);
    // The home DC is marked on the row homeDcEntry() picks.
    const fero::DcEntry *home = fero::homeDcEntry(*session);
    QVERIFY(home);
    QCOMPARE(model.homeRow(), int(home - session->dcs.data()));
    QVERIFY(!model.index(model.homeRow(), DcTableModel::Home).data().toString().isEmpty());
    // A new session starts masked again.
    model.setRevealed(model.homeRow(), true);
    model.setSession(session);
    QVERIFY(!model.isRevealed(model.homeRow()));
}

void TestGuiModels::peerKinds_data()
{
    QTest::addColumn<bool>("isChannel");
    QTest::addColumn<bool>("isChat");
    QTest::addColumn<int>("channelKind");
    QTest::addColumn<bool>("isCommunity");
    QTest::addColumn<qint64>("accessHash");
    QTest::addColumn<int>("kind");
    QTest::newRow("user") << false << false << -1 << false << qint64(5) << int(PeerKind::User);
    QTest::newRow("chat") << false << true << -1 << false << qint64(0) << int(PeerKind::Chat);
    QTest::newRow("chat wins over channel") << true << true << 1 << false << qint64(9) << int(PeerKind::Chat);
    QTest::newRow("broadcast") << true << false << 0 << false << qint64(9) << int(PeerKind::Broadcast);
    QTest::newRow("megagroup") << true << false << 1 << false << qint64(9) << int(PeerKind::Megagroup);
    QTest::newRow("gigagroup") << true << false << 2 << false << qint64(9) << int(PeerKind::Gigagroup);
    QTest::newRow("channel without kind") << true << false << -1 << false << qint64(9) << int(PeerKind::ChannelNoKind);
    QTest::newRow("min channel") << true << false << -1 << false << qint64(0) << int(PeerKind::MinChannel);
    QTest::newRow("community") << false << false << -1 << true << qint64(3) << int(PeerKind::Community);
}

void TestGuiModels::peerKinds()
{
    QFETCH(bool, isChannel);
    QFETCH(bool, isChat);
    QFETCH(int, channelKind);
    QFETCH(bool, isCommunity);
    QFETCH(qint64, accessHash);
    QFETCH(int, kind);
    fero::CachedPeer p;
    p.id = 1;
    p.accessHash = accessHash;
    p.isChannel = isChannel;
    p.isChat = isChat;
    p.channelKind = fero::ChannelKind(channelKind);
    p.isCommunity = isCommunity;
    QCOMPARE(int(peerKindOf(p)), kind);
    QVERIFY(!peerKindName(PeerKind(kind)).isEmpty());
}

void TestGuiModels::peerFilter_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("search");
    QTest::newRow("all") << int(PeerKindFilter::All) << QString();
    QTest::newRow("users") << int(PeerKindFilter::Users) << QString();
    QTest::newRow("chats") << int(PeerKindFilter::Chats) << QString();
    QTest::newRow("channels") << int(PeerKindFilter::Channels) << QString();
    QTest::newRow("broadcasts") << int(PeerKindFilter::Broadcasts) << QString();
    QTest::newRow("megagroups") << int(PeerKindFilter::Megagroups) << QString();
    QTest::newRow("gigagroups") << int(PeerKindFilter::Gigagroups) << QString();
    QTest::newRow("min channels") << int(PeerKindFilter::MinChannels) << QString();
    QTest::newRow("communities") << int(PeerKindFilter::Communities) << QString();
    QTest::newRow("digits") << int(PeerKindFilter::All) << QStringLiteral("12");
    QTest::newRow("digits, users") << int(PeerKindFilter::Users) << QStringLiteral("7");
    QTest::newRow("negative hash or Bot-API id") << int(PeerKindFilter::All) << QStringLiteral("-");
    QTest::newRow("Bot-API channel ids") << int(PeerKindFilter::All) << QStringLiteral("-100");
    QTest::newRow("Bot-API ids, chats") << int(PeerKindFilter::Chats) << QStringLiteral("-1");
    QTest::newRow("spaces trimmed") << int(PeerKindFilter::All) << QStringLiteral(" 34 ");
    QTest::newRow("nothing") << int(PeerKindFilter::All) << QStringLiteral("not a number");
}

void TestGuiModels::peerFilter()
{
    QFETCH(int, kind);
    QFETCH(QString, search);
    const auto session = synthetic(3000);
    PeerTableModel model;
    PeerFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session);
    QCOMPARE(proxy.rowCount(), int(session->peers.size()));

    proxy.setKindFilter(PeerKindFilter(kind));
    proxy.setSearchText(search);
    const int expected = expectedMatches(*session, PeerKindFilter(kind), search.trimmed().toStdString());
    QCOMPARE(proxy.rowCount(), expected);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int source = proxy.mapToSource(proxy.index(row, 0)).row();
        QVERIFY(PeerFilterProxy::kindMatches(PeerKindFilter(kind), model.kind(source)));
    }
    proxy.setKindFilter(PeerKindFilter::All);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), int(session->peers.size()));
}

void TestGuiModels::peerFilterIsFastOnLargestSession()
{
    // The largest cache a binary file can hold.
    const auto session = synthetic(65535, 65535, 65535);
    PeerTableModel model;
    PeerFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setSession(session);
    proxy.sort(PeerTableModel::Id);
    QCOMPARE(proxy.rowCount(), 65535);

    // Typing "1", "12", "123", ... then deleting, as a user would.
    const QStringList keystrokes{
        QStringLiteral("1"),   QStringLiteral("12"), QStringLiteral("123"), QStringLiteral("1234"),
        QStringLiteral("123"), QStringLiteral("12"), QStringLiteral("1"),   QString()};
    QList<qint64> times;
    for (const QString &text : keystrokes) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(text);
        const int shown = proxy.rowCount();
        times << timer.nsecsElapsed() / 1000;
        QCOMPARE(shown, expectedMatches(*session, PeerKindFilter::All, text.toStdString()));
    }
    std::sort(times.begin(), times.end());
    const qint64 medianUs = times[times.size() / 2];
    qInfo("filtering 65,535 peers: median %lld us per keystroke, worst %lld us", medianUs, times.last());
    // Speed is judged by the GUI benchmark (tests/bench), not by a timed test.
}

void TestGuiModels::peerSortKeepsAfterFilter()
{
    const auto session = synthetic(2000);
    PeerTableModel model;
    PeerFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session);
    proxy.sort(PeerTableModel::AccessHash, Qt::DescendingOrder);
    proxy.setKindFilter(PeerKindFilter::Users);
    QVERIFY(proxy.rowCount() > 1);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const auto a = model.peer(proxy.mapToSource(proxy.index(row - 1, 0)).row()).accessHash;
        const auto b = model.peer(proxy.mapToSource(proxy.index(row, 0)).row()).accessHash;
        QVERIFY(a >= b);
    }
    // A reload (model reset) keeps the sort.
    model.setSession(synthetic(2000, 50, 40, 8));
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const auto a = model.peer(proxy.mapToSource(proxy.index(row - 1, 0)).row()).accessHash;
        const auto b = model.peer(proxy.mapToSource(proxy.index(row, 0)).row()).accessHash;
        QVERIFY(a >= b);
    }
}

// Kurigram keeps every username of a peer and types the model has no kind
// for (pyrogram-forks.md §2): the Peers tab shows both.
void TestGuiModels::peerUsernamesFromAFork()
{
    auto decoded = fero::openPath(fero::test::dataPath(QStringLiteral("vectors/foreign/kurigram/kurigram_sqlite_user_dc1.session")));
    QVERIFY(decoded.ok());
    const auto session = std::make_shared<const fero::Session>(decoded->session());
    PeerTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setSession(session);
    const auto text = [&](std::int64_t id) {
        return model.index(model.rowOfId(id), PeerTableModel::Usernames).data().toString();
    };
    QCOMPARE(text(5123456789), QStringLiteral("@alice_ex, @alice_nft, @alice_old"));
    QCOMPARE(text(1300000001), QStringLiteral("forum: @ferro_forum"));
    QCOMPARE(text(1400000002), QStringLiteral("direct"));
    QCOMPARE(model.index(model.rowOfId(1500000003), PeerTableModel::Kind).data().toString(), PeerTableModel::tr("community"));
    QCOMPARE(text(4012345678), QString());
}

// mtcute keeps every username of a peer in a list: the column shows each once.
void TestGuiModels::peerUsernamesFromMtcute()
{
    auto decoded = fero::openPath(fero::test::dataPath(QStringLiteral("vectors/foreign/mtcute-sqlite/mtsql_user_full_dc2.sqlite")));
    QVERIFY(decoded.ok());
    const auto session = std::make_shared<const fero::Session>(decoded->session());
    PeerTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setSession(session);
    const QString bot = model.index(model.rowOfId(6009876543), PeerTableModel::Usernames).data().toString();
    // mtcute stores them lower-cased.
    QVERIFY2(bot.contains(QStringLiteral("@ferro_bot")) && bot.contains(QStringLiteral("@ferroalt_bot")), qPrintable(bot));
    QCOMPARE(bot.split(QStringLiteral(", ")).count(QStringLiteral("@ferro_bot")), 1); // once, though stored twice
}

void TestGuiModels::minPeersLinkToCachedPeers()
{
    auto session = std::make_shared<fero::Session>(*synthetic(200, 30));
    // One context whose chat is certainly cached, one certainly not.
    session->minPeers.push_back({session->peers[5].id, session->peers[7].id, 42});
    session->minPeers.push_back({-1, -2, 43});
    PeerTableModel peers;
    MinPeerTableModel model(&peers);
    IntSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    peers.setSession(session);
    model.setSession(session);
    QCOMPARE(model.rowCount(), int(session->minPeers.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const fero::MinPeer &m = session->minPeers[std::size_t(row)];
        QCOMPARE(model.cachedPeerRow(row), peers.rowOfId(m.peerId));
        QCOMPARE(model.cachedUserRow(row), peers.rowOfId(m.userId));
        if (model.cachedPeerRow(row) >= 0)
            QCOMPARE(peers.peer(model.cachedPeerRow(row)).id, m.peerId);
    }
    const int linked = model.rowCount() - 2;
    QCOMPARE(model.cachedPeerRow(linked), peers.rowOfId(session->peers[7].id));
    QVERIFY(model.cachedPeerRow(linked) >= 0);
    QCOMPARE(model.cachedPeerRow(linked + 1), -1);
    QCOMPARE(model.index(linked + 1, MinPeerTableModel::PeerCached).data().toString(),
             MinPeerTableModel::tr("not cached"));
    proxy.sort(MinPeerTableModel::MsgId, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, MinPeerTableModel::MsgId).data().toInt(),
             std::max_element(session->minPeers.begin(), session->minPeers.end(), [](const auto &a, const auto &b) {
                 return a.msgId < b.msgId;
             })->msgId);
}

void TestGuiModels::channelPts()
{
    const auto session = synthetic(10, 5, 300);
    ChannelPtsModel model;
    IntSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(session);
    QCOMPARE(model.rowCount(), 300);
    proxy.sort(ChannelPtsModel::Pts);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, ChannelPtsModel::Pts).data().toInt()
                <= proxy.index(row, ChannelPtsModel::Pts).data().toInt());
    model.setSession(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestGuiModels::libraryFlags()
{
    LibraryModel library;
    QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto session = synthetic(20);
    const QModelIndex a =
        library.addDecoded(SourceKind::Pasted, QStringLiteral("Pasted string 1"), decodedOf(*session));
    QVERIFY(library.entry(a));
    QVERIFY(library.entry(a)->sameKeyAs.isEmpty());
    QCOMPARE(library.entry(a)->authKeyId, fero::homeDcEntry(*session)->authKey->idHex());
    QCOMPARE(library.entry(a)->peers, qint64(20));

    // The same key pasted twice: both flagged, each naming the other.
    const QPersistentModelIndex b =
        library.addDecoded(SourceKind::Pasted, QStringLiteral("Pasted string 2"), decodedOf(*session));
    const QPersistentModelIndex first = library.index(0, 0, library.groupIndex(SourceKind::Pasted));
    QCOMPARE(library.entry(first)->sameKeyAs, QStringList{QStringLiteral("Pasted string 2")});
    QCOMPARE(library.entry(b)->sameKeyAs, QStringList{QStringLiteral("Pasted string 1")});
    QVERIFY(library.index(b.row(), LibraryModel::Flags, b.parent()).data().toString().contains(QLatin1String("1")));
    // As an icon beside the name, with its own tooltip naming the other session.
    QCOMPARE(b.data(LibraryModel::FlagsRole).toList(), QVariantList{int(LibraryFlag::DuplicateKey)});
    QCOMPARE(b.data(LibraryModel::FlagToolTipsRole).toStringList().size(), 1);
    QVERIFY(b.data(LibraryModel::FlagToolTipsRole).toStringList().front().contains(QStringLiteral("Pasted string 1")));
    QVERIFY(library.index(b.row(), LibraryModel::Peers, b.parent()).data(LibraryModel::FlagsRole).isNull());
    // A different key is not flagged.
    const QModelIndex c =
        library.addDecoded(SourceKind::Demo, QStringLiteral("demo"), decodedOf(*synthetic(20, 5, 5, 99)));
    QVERIFY(library.entry(c)->sameKeyAs.isEmpty());
    library.remove(b);
    QVERIFY(library.entry(first)->sameKeyAs.isEmpty());

    // "Too new": a v8 file for someone on 0.5.2 (reads up to v6); a v6 file is fine.
    const QPersistentModelIndex v8 = c;
    const QPersistentModelIndex v6 =
        library.addDecoded(SourceKind::Demo, QStringLiteral("old"), decodedOf(*synthetic(5, 1, 1, 3), 6));
    QVERIFY(!library.entry(v8)->tooNew);
    library.setRelease(fero::ferogramRelease(QStringLiteral("0.5.2")));
    QVERIFY(library.entry(v8)->tooNew);
    QVERIFY(v8.data(LibraryModel::FlagsRole).toList().contains(int(LibraryFlag::TooNew)));
    QVERIFY(v8.data(LibraryModel::FlagToolTipsRole).toStringList().join(u' ').contains(QStringLiteral("0.5.2")));
    QVERIFY(!library.entry(v6)->tooNew);
    library.setRelease(fero::ferogramRelease(QStringLiteral("0.3.0")));
    QVERIFY(library.entry(v6)->tooNew);
    QVERIFY(tooNewFor(fero::Format::FerogramNative, 8, fero::ferogramRelease(QStringLiteral("0.6.4"))));
    QVERIFY(!tooNewFor(fero::Format::FerogramSqlite, 8, fero::ferogramRelease(QStringLiteral("0.3.0"))));
}

// A scan lists a tdata folder with a local passcode without its values: the
// row says why (not "DC 0, 0 peers", which read as an empty session).
void TestGuiModels::libraryLockedTdataSaysPasscodeNeeded()
{
    LibraryModel library;
    QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir dir;
    fero::ScanResult scan;
    scan.root = dir.path();
    fero::ScanEntry locked;
    locked.path = dir.filePath(QStringLiteral("tdata"));
    locked.format = fero::Format::TdesktopTdata;
    locked.needsPasscode = true;
    locked.note = QStringLiteral("passcode needed");
    scan.sessions.push_back(locked);
    fero::ScanEntry plain = locked;
    plain.path = dir.filePath(QStringLiteral("other"));
    plain.needsPasscode = false;
    plain.note.clear();
    plain.homeDcId = 2;
    plain.authKeyId = QStringLiteral("0123456789abcdef");
    scan.sessions.push_back(plain);
    const QPersistentModelIndex folder = library.addFolder(dir.path());
    library.setFolderScan(dir.path(), scan);

    QCOMPARE(library.rowCount(folder), 2);
    const auto cell = [&](int row, int column) { return library.index(row, column, folder); };
    const int lockedRow = library.entry(cell(0, 0))->needsPasscode ? 0 : 1;
    const int plainRow = 1 - lockedRow;
    QCOMPARE(cell(lockedRow, LibraryModel::AuthKeyId).data().toString(), QStringLiteral("passcode needed"));
    QVERIFY(cell(lockedRow, LibraryModel::HomeDc).data().isNull());
    QVERIFY(cell(lockedRow, LibraryModel::Peers).data().isNull());
    QVERIFY(cell(lockedRow, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Enter Passcode")));
    // Locked, not unreadable: never the red "cannot be read" look.
    QCOMPARE(library.entry(cell(lockedRow, 0))->state, LibraryEntry::State::Locked);
    QVERIFY(!cell(lockedRow, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Cannot be read")));
    QCOMPARE(cell(plainRow, LibraryModel::AuthKeyId).data().toString(), QStringLiteral("0123456789abcdef"));
    QCOMPARE(cell(plainRow, LibraryModel::HomeDc).data().toInt(), 2);
    QVERIFY(!cell(plainRow, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("passcode")));
}

// A rescan that finds the same sources in the same order changes only the
// rows that differ (the start-up cache's listing refreshed at farm scale,
// where removing and inserting every row held the window); a rescan with
// another set of rows replaces them all.
void TestGuiModels::libraryRescanUpdatesRowsInPlace()
{
    LibraryModel library;
    QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir dir;
    fero::ScanResult scan;
    scan.root = dir.path();
    for (int i = 0; i < 3; ++i) {
        fero::ScanEntry e;
        e.path = dir.filePath(QStringLiteral("s%1.session").arg(i));
        e.format = fero::Format::FerogramBinary;
        e.version = 8;
        e.homeDcId = 2;
        e.authKeyId = QStringLiteral("00000000000000a%1").arg(i);
        e.size = 100 + i;
        e.modifiedMs = 1700000000000 + i;
        scan.sessions.push_back(e);
    }
    const QPersistentModelIndex folder = library.addFolder(dir.path());
    library.setFolderScan(dir.path(), scan);
    QCOMPARE(library.rowCount(folder), 3);
    std::vector<QPersistentModelIndex> rows;
    std::vector<quint64> ids;
    for (int r = 0; r < 3; ++r) {
        rows.emplace_back(library.index(r, 0, folder));
        ids.push_back(library.entry(rows.back())->id);
    }

    // Row 1 changed on disk (another key, newer); rows 0 and 2 did not.
    QSignalSpy inserted(&library, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&library, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&library, &QAbstractItemModel::dataChanged);
    scan.sessions[1].authKeyId = QStringLiteral("00000000000000b1");
    scan.sessions[1].modifiedMs += 5000;
    library.setFolderScan(dir.path(), scan);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    for (int r = 0; r < 3; ++r)
        QVERIFY(rows[std::size_t(r)].isValid());
    QCOMPARE(library.entry(rows[0])->id, ids[0]);
    QCOMPARE(library.entry(rows[2])->id, ids[2]);
    QVERIFY(library.entry(rows[1])->id != ids[1]);
    QCOMPARE(library.index(1, LibraryModel::AuthKeyId, folder).data().toString(), QStringLiteral("00000000000000b1"));
    const auto rowChanged = [&](int row) {
        return std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
            const QModelIndex from = args.at(0).toModelIndex();
            return from.parent() == folder && from.row() == row;
        });
    };
    QVERIFY(rowChanged(1));
    QVERIFY(!rowChanged(0));
    QVERIFY(!rowChanged(2));

    // Row 1 now holds row 0's key: both are flagged, in place.
    scan.sessions[1].authKeyId = scan.sessions[0].authKeyId;
    library.setFolderScan(dir.path(), scan);
    QCOMPARE(library.entry(rows[0])->sameKeyAs, QStringList{QStringLiteral("s1.session")});
    QCOMPARE(library.entry(rows[1])->sameKeyAs, QStringList{QStringLiteral("s0.session")});
    QVERIFY(library.entry(rows[2])->sameKeyAs.isEmpty());

    // A session gone: the rows are replaced.
    scan.sessions.erase(scan.sessions.begin());
    library.setFolderScan(dir.path(), scan);
    QCOMPARE(library.rowCount(folder), 2);
    QVERIFY(library.entry(library.index(0, 0, folder))->sameKeyAs.isEmpty());
    QCOMPARE(library.entry(library.index(0, 0, folder))->path, dir.filePath(QStringLiteral("s1.session")));
}

// Sorting by name ignores case (the names' folded forms are kept for it),
// and ties on another column fall back to it.
void TestGuiModels::librarySortsNamesWithoutCase()
{
    LibraryModel library;
    QTemporaryDir dir;
    fero::ScanResult scan;
    scan.root = dir.path();
    for (const QString &name : {u"b.session"_s, u"A.session"_s, u"Zeta.session"_s, u"B2.session"_s, u"ä.session"_s}) {
        fero::ScanEntry e;
        e.path = dir.filePath(name);
        e.format = fero::Format::FerogramBinary;
        e.version = 8;
        scan.sessions.push_back(e);
    }
    const QModelIndex folder = library.addFolder(dir.path());
    library.setFolderScan(dir.path(), scan);
    LibraryFilter filter(&library);
    const auto order = [&] {
        QStringList names;
        const QModelIndex shown = filter.mapFromSource(library.indexOfFolder(dir.path()));
        for (int r = 0; r < filter.rowCount(shown); ++r)
            names << library.entry(filter.mapToSource(filter.index(r, 0, shown)))->name;
        return names;
    };
    QVERIFY(folder.isValid());
    filter.sort(LibraryModel::Name, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{u"A.session"_s, u"b.session"_s, u"B2.session"_s, u"Zeta.session"_s, u"ä.session"_s}));
    filter.sort(LibraryModel::Name, Qt::DescendingOrder);
    QCOMPARE(order(), (QStringList{u"ä.session"_s, u"Zeta.session"_s, u"B2.session"_s, u"b.session"_s, u"A.session"_s}));
    filter.sort(LibraryModel::FormatVersion, Qt::AscendingOrder); // one format: by name
    QCOMPARE(order(), (QStringList{u"A.session"_s, u"b.session"_s, u"B2.session"_s, u"Zeta.session"_s, u"ä.session"_s}));
}

void TestGuiModels::libraryMissingAndRecent()
{
    LibraryModel library;
    QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString missing = m_env->path() + QStringLiteral("/gone.session");
    const QModelIndex index = library.addPath(missing);
    QVERIFY(library.entry(index));
    QCOMPARE(library.entry(index)->state, LibraryEntry::State::Missing);
    QVERIFY(!library.sessionRef(index).isValid());
    QCOMPARE(library.index(index.row(), LibraryModel::Flags, index.parent()).data().toString(),
             LibraryModel::tr("missing"));
    library.addDecoded(SourceKind::Pasted, QStringLiteral("Pasted string 1"), decodedOf(*synthetic(3)));
    const QModelIndex folder = library.addFolder(m_env->path());
    QVERIFY(folder.isValid());
    QCOMPARE(library.addFolder(m_env->path()), folder); // once only
    // A folder scanned without its subfolders is remembered that way.
    const QString flat = m_env->path() + QStringLiteral("/flat");
    QDir().mkpath(flat);
    const QModelIndex flatFolder = library.addFolder(flat, false);
    QVERIFY(!library.isFolderRecursive(flatFolder));
    QVERIFY(library.isFolderRecursive(folder));

    // Remembered: files and folders, never pasted strings.
    const QList<RecentSource> recent = library.recentSources();
    QCOMPARE(recent.size(), 3);
    QVERIFY(recent.contains(RecentSource{SourceKind::File, missing}));
    QVERIFY(recent.contains(RecentSource{SourceKind::Folder, m_env->path()}));
    QVERIFY(recent.contains(RecentSource{SourceKind::Folder, flat, false}));
    QList<RecentSource> withPasted = recent;
    withPasted.append({SourceKind::Pasted, QStringLiteral("secret text")});
    AppSettings::setRecentSources(withPasted);
    QCOMPARE(AppSettings::recentSources(), recent);
}

void TestGuiModels::reloadWatcherDebounces()
{
    const QString path = m_env->path() + QStringLiteral("/watched.session");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("one");
    file.close();
    ReloadWatcher watcher;
    watcher.setDebounce(100);
    watcher.setPaths({path});
    QSignalSpy changed(&watcher, &ReloadWatcher::changed);
    // A burst of saves, the last one atomic (rename over): one signal.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write("more");
        file.close();
    }
    const QString temp = path + QStringLiteral(".1.tmp");
    QFile tmp(temp);
    QVERIFY(tmp.open(QIODevice::WriteOnly));
    tmp.write("replaced");
    tmp.close();
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(temp, path));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), path);
    // Still watched after the rename.
    QTest::qWait(250);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write("again");
    file.close();
    QTRY_COMPARE(changed.count(), 2);
}

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
