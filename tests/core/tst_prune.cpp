// core/prune: a modified copy, the original untouched, counts that match
// what went, and ids that matched nothing reported.
#include "inspect/diff.h"
#include "edit/prune.h"
#include "synthetic.h"

#include <QTest>

using namespace fero;

namespace {

Session base()
{
    SyntheticShape shape;
    shape.peers = 60;
    shape.minPeers = 12;
    shape.channelPts = 9;
    Session s = makeSyntheticSession(shape, 11);
    // A user and a channel sharing a bare id (the binary form allows it).
    s.peers.push_back({123, 1, false, false, ChannelKind::None, false});
    s.peers.push_back({123, 2, true, false, ChannelKind::Broadcast, false});
    return s;
}

} // namespace

class TestPrune : public QObject {
    Q_OBJECT
private slots:
    void request_data();
    void request();
    void originalUntouched();
    void foreignDetailsFollowRemovedPeers();
    void summary();
};

void TestPrune::request_data()
{
    QTest::addColumn<QList<qint64>>("peerIds");
    QTest::addColumn<bool>("selectChannel123"); // a key selection instead of an id
    QTest::addColumn<QList<qint64>>("minPeerUsers");
    QTest::addColumn<bool>("allMinPeers");
    QTest::addColumn<bool>("channelPts");
    QTest::addColumn<int>("peersRemoved");
    QTest::addColumn<int>("minPeersRemoved");
    QTest::addColumn<int>("channelPtsRemoved");
    QTest::addColumn<QList<qint64>>("missing");

    const Session s = base();
    const qint64 firstPeer = s.peers.front().id;
    const qint64 firstMinUser = s.minPeers.front().userId;

    QTest::newRow("nothing") << QList<qint64>{} << false << QList<qint64>{} << false << false << 0 << 0 << 0
                             << QList<qint64>{};
    QTest::newRow("one peer by id") << QList<qint64>{firstPeer} << false << QList<qint64>{} << false << false << 1 << 0
                                    << 0 << QList<qint64>{};
    QTest::newRow("shared id removes both kinds")
        << QList<qint64>{123} << false << QList<qint64>{} << false << false << 2 << 0 << 0 << QList<qint64>{};
    QTest::newRow("key selection removes only the channel")
        << QList<qint64>{} << true << QList<qint64>{} << false << false << 1 << 0 << 0 << QList<qint64>{};
    QTest::newRow("unknown id reported") << QList<qint64>{firstPeer, 999} << false << QList<qint64>{} << false << false
                                         << 1 << 0 << 0 << QList<qint64>{999};
    QTest::newRow("selected min peer") << QList<qint64>{} << false << QList<qint64>{firstMinUser} << false << false << 0
                                       << 1 << 0 << QList<qint64>{};
    QTest::newRow("all min peers") << QList<qint64>{} << false << QList<qint64>{} << true << false << 0 << 12 << 0
                                   << QList<qint64>{};
    QTest::newRow("channel pts") << QList<qint64>{} << false << QList<qint64>{} << false << true << 0 << 0 << 9
                                 << QList<qint64>{};
    QTest::newRow("everything") << QList<qint64>{firstPeer} << false << QList<qint64>{} << true << true << 1 << 12 << 9
                                << QList<qint64>{};
}

void TestPrune::request()
{
    QFETCH(QList<qint64>, peerIds);
    QFETCH(bool, selectChannel123);
    QFETCH(QList<qint64>, minPeerUsers);
    QFETCH(bool, allMinPeers);
    QFETCH(bool, channelPts);
    QFETCH(int, peersRemoved);
    QFETCH(int, minPeersRemoved);
    QFETCH(int, channelPtsRemoved);
    QFETCH(QList<qint64>, missing);

    const Session s = base();
    PruneRequest req;
    req.peerIds.assign(peerIds.begin(), peerIds.end());
    if (selectChannel123)
        req.peerKeys.push_back({123, true});
    req.minPeerUserIds.assign(minPeerUsers.begin(), minPeerUsers.end());
    req.allMinPeers = allMinPeers;
    req.channelPts = channelPts;

    const PruneResult r = prune(s, req);
    QCOMPARE(int(r.peersRemoved), peersRemoved);
    QCOMPARE(int(r.minPeersRemoved), minPeersRemoved);
    QCOMPARE(int(r.channelPtsRemoved), channelPtsRemoved);
    QCOMPARE(QList<qint64>(r.missingPeerIds.begin(), r.missingPeerIds.end()), missing);
    QCOMPARE(r.changed(), peersRemoved + minPeersRemoved + channelPtsRemoved > 0);

    // The copy differs from the original by exactly the removed rows.
    const SessionDiff d = diffSessions(s, r.session);
    QCOMPARE(int(d.counts(DiffSection::Peers).removed), peersRemoved);
    QCOMPARE(int(d.counts(DiffSection::MinPeers).removed), minPeersRemoved);
    QCOMPARE(int(d.counts(DiffSection::ChannelPts).removed), channelPtsRemoved);
    QCOMPARE(int(d.counts(DiffSection::Peers).added + d.counts(DiffSection::Peers).changed), 0);
    QCOMPARE(r.session.dcs, s.dcs);
    QCOMPARE(r.session.updates.pts, s.updates.pts);

    if (selectChannel123) {
        const bool userKept = std::any_of(r.session.peers.begin(), r.session.peers.end(),
                                          [](const CachedPeer &p) { return p.id == 123 && !p.isChannel; });
        QVERIFY(userKept);
    }
}

void TestPrune::originalUntouched()
{
    const Session s = base();
    const Session copy = s;
    PruneRequest req;
    req.allMinPeers = true;
    req.channelPts = true;
    req.peerIds = {123};
    const PruneResult r = prune(s, req);
    QVERIFY(r.session != s);
    QCOMPARE(s, copy);
}

void TestPrune::foreignDetailsFollowRemovedPeers()
{
    Session s = base();
    ForeignPeerDetails user;
    user.markedId = 123;
    ForeignPeerDetails channel;
    channel.markedId = -(1000000000000LL + 123);
    s.foreign.peers = {user, channel};

    PruneRequest req;
    req.peerKeys = {{123, true}};
    const PruneResult r = prune(s, req);
    QCOMPARE(r.session.foreign.peers.size(), std::size_t(1));
    QCOMPARE(r.session.foreign.peers.front().markedId, 123);
}

void TestPrune::summary()
{
    PruneRequest req;
    req.allMinPeers = true;
    const PruneResult r = prune(base(), req);
    QVERIFY2(r.summary().contains(QStringLiteral("12 min peer")), qPrintable(r.summary()));
    QVERIFY(prune(base(), {}).summary().contains(QStringLiteral("Nothing")));
}

QTEST_GUILESS_MAIN(TestPrune)
#include "tst_prune.moc"
