// core/diff: rows matched by their schema keys, counted per section, and
// printed as JSON without secrets.
#include "inspect/diff.h"
#include "synthetic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fero;

namespace {

enum Mutation {
    None,
    AddPeer,
    RemovePeer,
    ChangeAccessHash,
    UserBecomesChannel, // same bare id, other kind: a different key
    ChangeDcAddr,
    ChangeDcKey,
    DropDcKey,
    AddDuplicateDc,
    ChangeMinPeerMsg,
    RemoveAllMinPeers,
    ChangeChannelPts,
    AddChannelPts,
    BumpPts,
    DropToken,
};

Session base()
{
    SyntheticShape shape;
    shape.peers = 40;
    shape.minPeers = 10;
    shape.channelPts = 8;
    return makeSyntheticSession(shape, 7);
}

const CachedPeer &firstUser(const Session &s)
{
    for (const auto &p : s.peers)
        if (!p.isChannel && !p.isChat && !p.isCommunity)
            return p;
    Q_UNREACHABLE();
}

Session mutate(Session s, Mutation m)
{
    switch (m) {
    case None:
        break;
    case AddPeer:
        s.peers.push_back({777, 42, false, false, ChannelKind::None, false});
        break;
    case RemovePeer:
        s.peers.erase(s.peers.begin() + 3);
        break;
    case ChangeAccessHash:
        s.peers[2].accessHash ^= 1;
        break;
    case UserBecomesChannel: {
        const std::int64_t id = firstUser(s).id;
        for (auto &p : s.peers)
            if (p.id == id && !p.isChannel) {
                p.isChannel = true;
                p.channelKind = ChannelKind::Megagroup;
                break;
            }
        break;
    }
    case ChangeDcAddr:
        s.dcs[0].addr = QStringLiteral("10.0.0.1:443");
        break;
    case ChangeDcKey:
        for (auto &dc : s.dcs)
            if (dc.authKey) {
                dc.authKey->data()[0] ^= 0xff;
                break;
            }
        break;
    case DropDcKey:
        for (auto &dc : s.dcs)
            if (dc.authKey) {
                dc.authKey.reset();
                break;
            }
        break;
    case AddDuplicateDc:
        s.dcs.push_back(s.dcs[0]);
        break;
    case ChangeMinPeerMsg:
        s.minPeers[4].msgId += 1;
        break;
    case RemoveAllMinPeers:
        s.minPeers.clear();
        break;
    case ChangeChannelPts:
        s.updates.channels[1].pts += 5;
        break;
    case AddChannelPts:
        s.updates.channels.push_back({42, 1});
        break;
    case BumpPts:
        s.updates.pts += 1;
        break;
    case DropToken:
        s.futureAuthToken.reset();
        break;
    }
    return s;
}

} // namespace

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void counts_data();
    void counts();
    void reversedSwapsAddedAndRemoved();
    void duplicatesPairInOrder();
    void jsonListsOnlyDifferencesWithoutKeys();
    void textNamesRows();
};

void TestDiff::counts_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");
    QTest::addColumn<QString>("field"); // expected differing field of the changed row
    QTest::addColumn<bool>("identical");

    const int peers = int(DiffSection::Peers), dcs = int(DiffSection::Dcs), minp = int(DiffSection::MinPeers),
              chan = int(DiffSection::ChannelPts), ctr = int(DiffSection::Counters);
    QTest::newRow("identical") << int(None) << peers << 0 << 0 << 0 << QString() << true;
    QTest::newRow("peer added") << int(AddPeer) << peers << 1 << 0 << 0 << QString() << false;
    QTest::newRow("peer removed") << int(RemovePeer) << peers << 0 << 1 << 0 << QString() << false;
    QTest::newRow("access hash changed") << int(ChangeAccessHash) << peers << 0 << 0 << 1 << "access_hash" << false;
    QTest::newRow("user id reused by channel") << int(UserBecomesChannel) << peers << 1 << 1 << 0 << QString() << false;
    QTest::newRow("dc address") << int(ChangeDcAddr) << dcs << 0 << 0 << 1 << "addr" << false;
    QTest::newRow("dc key") << int(ChangeDcKey) << dcs << 0 << 0 << 1 << "auth_key" << false;
    QTest::newRow("dc key dropped") << int(DropDcKey) << dcs << 0 << 0 << 1 << "auth_key" << false;
    QTest::newRow("duplicate dc") << int(AddDuplicateDc) << dcs << 1 << 0 << 0 << QString() << false;
    QTest::newRow("min peer msg") << int(ChangeMinPeerMsg) << minp << 0 << 0 << 1 << "msg_id" << false;
    QTest::newRow("min peers pruned") << int(RemoveAllMinPeers) << minp << 0 << 10 << 0 << QString() << false;
    QTest::newRow("channel pts") << int(ChangeChannelPts) << chan << 0 << 0 << 1 << "pts" << false;
    QTest::newRow("channel pts added") << int(AddChannelPts) << chan << 1 << 0 << 0 << QString() << false;
    QTest::newRow("pts bumped") << int(BumpPts) << ctr << 0 << 0 << 1 << QString() << false;
    QTest::newRow("token dropped") << int(DropToken) << peers << 0 << 0 << 0 << QString() << false;
}

void TestDiff::counts()
{
    QFETCH(int, mutation);
    QFETCH(int, section);
    QFETCH(int, added);
    QFETCH(int, removed);
    QFETCH(int, changed);
    QFETCH(QString, field);
    QFETCH(bool, identical);

    const Session a = base();
    const Session b = mutate(a, Mutation(mutation));
    const SessionDiff d = diffSessions(a, b);
    const DiffCounts c = d.counts(DiffSection(section));
    QCOMPARE(int(c.added), added);
    QCOMPARE(int(c.removed), removed);
    QCOMPARE(int(c.changed), changed);
    QCOMPARE(d.identical(), identical);

    // Every row of both sides is present: unchanged + changed + removed = |A|.
    QCOMPARE(d.counts(DiffSection::Peers).unchanged + d.counts(DiffSection::Peers).changed
                 + d.counts(DiffSection::Peers).removed,
             a.peers.size());
    QCOMPARE(d.counts(DiffSection::Peers).unchanged + d.counts(DiffSection::Peers).changed
                 + d.counts(DiffSection::Peers).added,
             b.peers.size());

    if (!field.isEmpty()) {
        QStringList fields;
        auto collect = [&](const auto &rows) {
            for (const auto &r : rows)
                if (r.change == DiffChange::Changed)
                    fields << r.fields;
        };
        collect(d.dcs);
        collect(d.peers);
        collect(d.minPeers);
        collect(d.channelPts);
        QCOMPARE(fields, QStringList{field});
    }
    if (mutation == DropToken)
        QCOMPARE(d.token, DiffChange::Removed);
}

void TestDiff::reversedSwapsAddedAndRemoved()
{
    const Session a = base();
    const Session b = mutate(mutate(a, AddPeer), RemoveAllMinPeers);
    const SessionDiff forward = diffSessions(a, b);
    const SessionDiff backward = diffSessions(b, a);
    QCOMPARE(backward.counts(DiffSection::Peers).removed, forward.counts(DiffSection::Peers).added);
    QCOMPARE(backward.counts(DiffSection::MinPeers).added, forward.counts(DiffSection::MinPeers).removed);
}

void TestDiff::duplicatesPairInOrder()
{
    Session a = base();
    a.dcs.push_back(a.dcs[0]);
    a.dcs.back().addr = QStringLiteral("1.1.1.1:1");
    Session b = a;
    b.dcs.back().addr = QStringLiteral("2.2.2.2:2"); // only the second duplicate changes
    const SessionDiff d = diffSessions(a, b);
    const DiffCounts c = d.counts(DiffSection::Dcs);
    QCOMPARE(c.changed, std::size_t(1));
    QCOMPARE(c.added + c.removed, std::size_t(0));
    for (const auto &row : d.dcs)
        if (row.change == DiffChange::Changed)
            QCOMPARE(row.before->addr, QStringLiteral("1.1.1.1:1"));
}

void TestDiff::jsonListsOnlyDifferencesWithoutKeys()
{
    const Session a = base();
    const Session b = mutate(mutate(mutate(a, ChangeDcKey), AddPeer), BumpPts);
    const QByteArray json = diffToJson(diffSessions(a, b));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"identical").toBool(), false);
    QCOMPARE(o.value(u"dcs").toArray().size(), 1);
    QCOMPARE(o.value(u"peers").toArray().size(), 1);
    QCOMPARE(o.value(u"min_peers").toArray().size(), 0);
    const QJsonObject peer = o.value(u"peers").toArray().first().toObject();
    QCOMPARE(peer.value(u"change").toString(), QStringLiteral("added"));
    QCOMPARE(peer.value(u"id").toInteger(), 777);
    QVERIFY(peer.value(u"before").isNull());
    QCOMPARE(o.value(u"summary").toObject().value(u"peers").toObject().value(u"unchanged").toInteger(),
             qint64(a.peers.size()));
    const QJsonObject pts = o.value(u"counters").toArray().first().toObject();
    QCOMPARE(pts.value(u"field").toString(), QStringLiteral("pts"));
    QCOMPARE(pts.value(u"after").toInteger() - pts.value(u"before").toInteger(), 1);

    // Keys are secrets: never in the output; the changed key shows as its ids.
    for (const Session *s : {&a, &b})
        for (const auto &dc : s->dcs)
            if (dc.authKey)
                QVERIFY(!json.contains(dc.authKey->toHex()));
    const QJsonObject dc = o.value(u"dcs").toArray().first().toObject();
    QCOMPARE(dc.value(u"fields").toArray(), QJsonArray{QStringLiteral("auth_key")});
    const QString idBefore = dc.value(u"before").toObject().value(u"auth_key_id").toString();
    const QString idAfter = dc.value(u"after").toObject().value(u"auth_key_id").toString();
    QCOMPARE(idBefore.size(), 16);
    QVERIFY(idBefore != idAfter);
}

void TestDiff::textNamesRows()
{
    const Session a = base();
    QVERIFY(diffToText(diffSessions(a, a)).contains(QStringLiteral("identical")));
    const QString text = diffToText(diffSessions(a, mutate(a, AddPeer)));
    QVERIFY2(text.contains(QStringLiteral("  + peer 777")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("identical")));
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
