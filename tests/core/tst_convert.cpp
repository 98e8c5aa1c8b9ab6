// Convert: for every target x version x source, the loss report names
// exactly what a write + read-back round trip loses, and nothing else moves.
#include "testsupport.h"

#include "convert/batch.h"
#include "convert/convert.h"
#include "open/opener.h"
#include "synthetic.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace fero;

namespace {

QString vector(const QString &name)
{
    return test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

Session openVector(const QString &name)
{
    Result<DecodedSession> decoded = openPath(vector(name));
    if (!decoded)
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(decoded.error().message));
    return decoded->session();
}

// Sources: upstream-written files of every container, hand-made old layouts
// and synthetic sessions with every account value and odd peer flags.
QList<std::pair<QString, std::function<Session()>>> sources()
{
    QList<std::pair<QString, std::function<Session()>>> out;
    for (const char *name :
         {"fg065-typical.session", "fg065-odd-flags.session", "fg065-fresh-login.session", "fg065-empty.session",
          "fg065-unicode-addr.session", "fg052-typical.session", "fg065-dup-peer-id.session", "hand-v4.session",
          "hand-v7.session", "fg065-typical.native.txt", "fg065-full-ipv4.compact-v1.txt",
          "fg065-full-ipv6-negative.compact-v2.txt", "fg065-typical.sqlite", "fg065-odd-flags.sqlite",
          "fg052-odd-flags.sqlite"}) {
        const QString file = QString::fromLatin1(name);
        out.append({file, [file] { return openVector(file); }});
    }
    out.append({QStringLiteral("synthetic-default"), [] { return makeSyntheticSession({}, 1); }});
    out.append({QStringLiteral("synthetic-account"), [] {
                    Session s = makeSyntheticSession({.peers = 40, .minPeers = 5, .channelPts = 3, .dcEntries = 6}, 2);
                    s.account.isBot = true;
                    s.account.apiId = 12345;
                    s.account.takeoutId = 77;
                    s.account.seqNo = 9;
                    s.account.layer = 181;
                    s.account.serverSalt = 424242; // on no DC: really lost outside compact V1
                    s.peers.push_back({99, 5, true, true, ChannelKind::Megagroup, false}); // chat and channel
                    s.dcs[1].timeOffset = 7;
                    return s;
                }});
    out.append({QStringLiteral("synthetic-no-user"), [] {
                    Session s = makeSyntheticSession(
                        {.peers = 10, .minPeers = 0, .channelPts = 0, .dcEntries = 5, .token = false}, 3);
                    s.account = {};
                    s.updates = {};
                    return s;
                }});
    return out;
}

QList<std::pair<QString, ConvertTarget>> targets()
{
    QList<std::pair<QString, ConvertTarget>> out;
    for (Format f : {Format::FerogramBinary, Format::FerogramNative, Format::FerogramSqlite})
        for (int v = 5; v <= 8; ++v)
            out.append({QStringLiteral("%1-v%2").arg(formatId(f)).arg(v), ConvertTarget{f, v, std::nullopt}});
    out.append({QStringLiteral("compact-v1"), ConvertTarget{Format::FerogramCompactV1, 8, std::nullopt}});
    out.append({QStringLiteral("compact-v2"), ConvertTarget{Format::FerogramCompactV2, 8, std::nullopt}});
    return out;
}

void sortForSqlite(Session &s)
{
    std::stable_sort(s.peers.begin(), s.peers.end(), [](const CachedPeer &a, const CachedPeer &b) {
        return std::pair(a.id, a.isChannel) < std::pair(b.id, b.isChannel);
    });
    std::stable_sort(s.minPeers.begin(), s.minPeers.end(),
                     [](const MinPeer &a, const MinPeer &b) { return a.userId < b.userId; });
    std::stable_sort(s.updates.channels.begin(), s.updates.channels.end(),
                     [](const ChannelPts &a, const ChannelPts &b) { return a.channelId < b.channelId; });
}

struct Observed {
    std::set<LossKind> kinds;
    QStringList unexpected; // differences no loss kind explains
};

void compareDcs(const Session &before, const Session &after, bool compact, Observed &o)
{
    if (!compact) {
        if (before.dcs.size() != after.dcs.size()) {
            o.unexpected << QStringLiteral("%1 DC entries became %2").arg(before.dcs.size()).arg(after.dcs.size());
            return;
        }
        for (std::size_t i = 0; i < before.dcs.size(); ++i) {
            const DcEntry &b = before.dcs[i], &a = after.dcs[i];
            if (b.flags != a.flags)
                o.kinds.insert(LossKind::DcFlags);
            if (b.dcId != a.dcId || b.addr != a.addr || b.authKey != a.authKey || b.firstSalt != a.firstSalt
                || b.timeOffset != a.timeOffset)
                o.unexpected << QStringLiteral("dcs[%1] changed").arg(i);
        }
        return;
    }
    // A compact string keeps one entry: find it by id and key.
    if (after.dcs.size() != 1) {
        o.unexpected << QStringLiteral("%1 DC entries became %2").arg(before.dcs.size()).arg(after.dcs.size());
        return;
    }
    const DcEntry &a = after.dcs.front();
    const DcEntry *kept = nullptr;
    for (const DcEntry &b : before.dcs)
        if (!kept && b.dcId == a.dcId && b.authKey == a.authKey && b.addr == a.addr)
            kept = &b;
    if (!kept) {
        o.unexpected << QStringLiteral("the kept DC entry matches no source entry (%1)").arg(a.addr);
        return;
    }
    if (before.dcs.size() > 1)
        o.kinds.insert(LossKind::OtherDcs);
    for (const DcEntry &b : before.dcs)
        if (&b != kept && b.authKey)
            o.kinds.insert(LossKind::OtherKeys);
    if (kept->flags != a.flags)
        o.kinds.insert(LossKind::DcFlags);
    if (kept->timeOffset != a.timeOffset)
        o.kinds.insert(LossKind::DcDetails);
    if (kept->firstSalt != a.firstSalt)
        o.kinds.insert(LossKind::Salt);
}

void comparePeers(const Session &before, const Session &after, Observed &o)
{
    if (before.peers.size() != after.peers.size()) {
        if (after.peers.empty())
            o.kinds.insert(LossKind::Peers);
        else
            o.unexpected << QStringLiteral("%1 peers became %2").arg(before.peers.size()).arg(after.peers.size());
        return;
    }
    for (std::size_t i = 0; i < before.peers.size(); ++i) {
        const CachedPeer &b = before.peers[i], &a = after.peers[i];
        if (b.id != a.id || b.accessHash != a.accessHash)
            o.unexpected << QStringLiteral("peers[%1] id/hash changed").arg(i);
        if (b.isCommunity != a.isCommunity)
            o.kinds.insert(LossKind::Communities);
        if (b.channelKind != a.channelKind)
            o.kinds.insert(LossKind::ChannelKinds);
        if (b.isChat != a.isChat)
            o.kinds.insert(LossKind::ChatFlags);
        if (b.isChannel != a.isChannel) {
            if (b.isChat && b.isChannel)
                o.kinds.insert(LossKind::ChatAndChannel);
            else
                o.unexpected << QStringLiteral("peers[%1] channel flag changed").arg(i);
        }
    }
}

template <typename T>
void compareOptional(const std::optional<T> &before, const std::optional<T> &after, LossKind whenUnknown,
                     const char *name, Observed &o)
{
    if (before == after)
        return;
    if (before && !after)
        o.kinds.insert(LossKind::AccountValues);
    else if (!before && after && *after == T{})
        o.kinds.insert(whenUnknown);
    else
        o.unexpected << QStringLiteral("account %1 changed").arg(QLatin1StringView(name));
}

Observed observe(Session before, Session after, const ConvertTarget &target)
{
    Observed o;
    if (target.format == Format::FerogramSqlite) {
        sortForSqlite(before);
        sortForSqlite(after);
    }
    if (before.homeDcId != after.homeDcId)
        o.unexpected << QStringLiteral("home DC changed");
    compareDcs(before, after, target.format == Format::FerogramCompactV1 || target.format == Format::FerogramCompactV2,
               o);
    const UpdatesState &ub = before.updates, &ua = after.updates;
    if (ub.pts != ua.pts || ub.qts != ua.qts || ub.date != ua.date || ub.seq != ua.seq)
        o.kinds.insert(LossKind::Counters);
    if (ub.channels != ua.channels) {
        if (ua.channels.empty())
            o.kinds.insert(LossKind::ChannelPts);
        else
            o.unexpected << QStringLiteral("channel pts changed");
    }
    comparePeers(before, after, o);
    if (before.minPeers != after.minPeers)
        o.kinds.insert(LossKind::MinPeers);
    if (before.futureAuthToken != after.futureAuthToken)
        o.kinds.insert(LossKind::Token);

    const AccountInfo &b = before.account, &a = after.account;
    compareOptional(b.userId, a.userId, LossKind::UserIdUnknown, "user_id", o);
    compareOptional(b.isBot, a.isBot, LossKind::AccountValues, "is_bot", o);
    compareOptional(b.testMode, a.testMode, LossKind::AccountValues, "test_mode", o);
    compareOptional(b.apiId, a.apiId, LossKind::AccountValues, "api_id", o);
    compareOptional(b.takeoutId, a.takeoutId, LossKind::AccountValues, "takeout_id", o);
    compareOptional(b.seqNo, a.seqNo, LossKind::SeqNoUnknown, "seq_no", o);
    compareOptional(b.layer, a.layer, LossKind::LayerUnknown, "layer", o);
    // A salt survives as a DC's first_salt; compact V1 carries exactly one
    // (its DC's) and reads it back into the account block too.
    if (target.format == Format::FerogramCompactV1) {
        if (b.serverSalt && b.serverSalt != a.serverSalt)
            o.kinds.insert(LossKind::AccountValues);
    } else if (b.serverSalt && !a.serverSalt
               && std::none_of(after.dcs.begin(), after.dcs.end(),
                               [&](const DcEntry &dc) { return dc.firstSalt == *b.serverSalt; })) {
        o.kinds.insert(target.format == Format::FerogramCompactV2 ? LossKind::Salt : LossKind::AccountValues);
    }
    return o;
}

QString kindsText(const std::set<LossKind> &kinds)
{
    QStringList out;
    for (LossKind k : kinds)
        out << QString::number(int(k));
    return out.join(u',');
}

} // namespace

class TestConvert : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsWhatTheReportDoesNotName_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("version");
        for (const auto &[sourceName, make] : sources())
            for (const auto &[targetName, target] : targets())
                QTest::newRow(qPrintable(sourceName + QStringLiteral(" -> ") + targetName))
                    << sourceName << int(target.format) << target.version;
    }

    void roundTripKeepsWhatTheReportDoesNotName()
    {
        QFETCH(QString, source);
        QFETCH(int, format);
        QFETCH(int, version);
        Session session;
        for (const auto &[name, make] : sources())
            if (name == source)
                session = make();
        const ConvertTarget target{Format(format), version, std::nullopt};

        const LossReport report = lossReport(session, target);
        QCOMPARE(report.losses.size(), qsizetype(report.items.size()));
        const Status ok = preflight(session, target);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out") + targetExtension(target.format));
        const Status written = writeTo(session, target, path, false);
        QCOMPARE(written.ok(), ok.ok());
        if (!ok) {
            // Refusals are reasons, not losses: SQLite key conflicts, or no
            // keyed IP entry on the home DC for a compact string.
            QCOMPARE(ok.error().kind, ErrorKind::Refused);
            QVERIFY(!QFileInfo::exists(path));
            return;
        }
        QCOMPARE(QFile(path).permissions()
                     & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());

        Result<DecodedSession> back = openPath(path);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->format, target.format);

        const Observed observed = observe(session, back->session(), target);
        QVERIFY2(observed.unexpected.isEmpty(), qPrintable(observed.unexpected.join(u"; ")));
        std::set<LossKind> reported;
        for (const LossItem &item : report.items)
            reported.insert(item.kind);
        QVERIFY2(observed.kinds == reported,
                 qPrintable(QStringLiteral("observed {%1}, reported {%2}: %3")
                                .arg(kindsText(observed.kinds), kindsText(reported), report.losses.join(u" | "))));
    }

    void countsInTheReport_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("version");
        QTest::newRow("binary v5") << int(Format::FerogramBinary) << 5;
        QTest::newRow("binary v6") << int(Format::FerogramBinary) << 6;
        QTest::newRow("binary v7") << int(Format::FerogramBinary) << 7;
        QTest::newRow("sqlite v5") << int(Format::FerogramSqlite) << 5;
        QTest::newRow("compact v2") << int(Format::FerogramCompactV2) << 8;
    }

    void countsInTheReport()
    {
        QFETCH(int, format);
        QFETCH(int, version);
        const Session s = makeSyntheticSession({}, 9);
        const LossReport report = lossReport(s, {Format(format), version, std::nullopt});
        auto countOf = [&](LossKind kind) -> std::size_t {
            for (const LossItem &item : report.items)
                if (item.kind == kind)
                    return item.count;
            return 0;
        };
        const auto communities = std::size_t(
            std::count_if(s.peers.begin(), s.peers.end(), [](const CachedPeer &p) { return p.isCommunity; }));
        const auto kinds = std::size_t(std::count_if(
            s.peers.begin(), s.peers.end(), [](const CachedPeer &p) { return p.channelKind != ChannelKind::None; }));
        QVERIFY(communities > 0 && kinds > 0 && s.futureAuthToken);
        if (Format(format) == Format::FerogramCompactV2) {
            QCOMPARE(countOf(LossKind::OtherDcs), s.dcs.size() - 1);
            QCOMPARE(countOf(LossKind::Peers), s.peers.size());
            QCOMPARE(countOf(LossKind::MinPeers), s.minPeers.size());
            QCOMPARE(countOf(LossKind::ChannelPts), s.updates.channels.size());
            QCOMPARE(countOf(LossKind::Token), std::size_t(1));
            QVERIFY(!report.has(LossKind::UserIdUnknown)); // the synthetic account has a user id
            return;
        }
        QCOMPARE(countOf(LossKind::Communities), communities);
        QCOMPARE(countOf(LossKind::ChannelKinds), version < 6 ? kinds : 0);
        QCOMPARE(report.has(LossKind::Token), version < 7);
        QCOMPARE(report.has(LossKind::AccountValues), true); // the user id has no field
        for (const QString &line : report.losses)
            QVERIFY(!line.isEmpty());
    }

    void compactUserIdFromTheCaller()
    {
        Session s = openVector(QStringLiteral("fg065-fresh-login.session"));
        QVERIFY(!s.account.userId);
        QVERIFY(lossReport(s, {Format::FerogramCompactV2, 8, std::nullopt}).has(LossKind::UserIdUnknown));
        const ConvertTarget given{Format::FerogramCompactV2, 8, 123456789};
        QVERIFY(!lossReport(s, given).has(LossKind::UserIdUnknown));
        Result<QByteArray> text = encode(s, given);
        QVERIFY(text.ok());
        Result<DecodedSession> back = openText(QString::fromLatin1(text.value()));
        QVERIFY(back.ok());
        QCOMPARE(back->session().account.userId, std::optional<std::int64_t>(123456789));
        QCOMPARE(back->format, Format::FerogramCompactV2);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("peers");
        QTest::addColumn<int>("kind");
        QTest::newRow("binary v4 cannot be written") << int(Format::FerogramBinary) << 4 << 10 << int(ErrorKind::Usage);
        QTest::newRow("sqlite v9") << int(Format::FerogramSqlite) << 9 << 10 << int(ErrorKind::Usage);
        QTest::newRow("65,536 peers in binary") << int(Format::FerogramBinary) << 8 << 65536 << int(ErrorKind::Refused);
        QTest::newRow("65,536 peers in native") << int(Format::FerogramNative) << 8 << 65536 << int(ErrorKind::Refused);
    }

    void refusals()
    {
        QFETCH(int, format);
        QFETCH(int, version);
        QFETCH(int, peers);
        QFETCH(int, kind);
        const Session s = makeSyntheticSession({.peers = std::size_t(peers)}, 4);
        const ConvertTarget target{Format(format), version, std::nullopt};
        const Status ok = preflight(s, target);
        QVERIFY(!ok);
        QCOMPARE(int(ok.error().kind), kind);
        QVERIFY(!ok.error().message.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out"));
        const Status written = writeTo(s, target, path, false);
        QVERIFY(!written);
        QVERIFY(!QFileInfo::exists(path));
    }

    // Entries a database cannot hold twice: refused with the list by
    // default; with a policy, one of each is kept and every other one is a
    // line of the loss report.
    void sqliteConflictPolicy_data()
    {
        QTest::addColumn<QString>("source"); // a vector, or empty for test::sessionWithConflicts()
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("groups");  // conflicting groups in the source
        QTest::addColumn<int>("dropped"); // entries the policy drops
        const QString dupPeer = QStringLiteral("fg065-dup-peer-id.session");
        QTest::newRow("dup peer, refuse") << dupPeer << int(ConflictPolicy::Refuse) << 1 << 0;
        QTest::newRow("dup peer, keep first") << dupPeer << int(ConflictPolicy::KeepFirst) << 1 << 1;
        QTest::newRow("dup peer, keep last") << dupPeer << int(ConflictPolicy::KeepLast) << 1 << 1;
        QTest::newRow("dc, min peer, pts: refuse") << QString() << int(ConflictPolicy::Refuse) << 3 << 0;
        QTest::newRow("dc, min peer, pts: keep first") << QString() << int(ConflictPolicy::KeepFirst) << 3 << 3;
        QTest::newRow("dc, min peer, pts: keep last") << QString() << int(ConflictPolicy::KeepLast) << 3 << 3;
    }

    void sqliteConflictPolicy()
    {
        QFETCH(QString, source);
        QFETCH(int, policy);
        QFETCH(int, groups);
        QFETCH(int, dropped);
        const Session s = source.isEmpty() ? test::sessionWithConflicts() : openVector(source);
        ConvertTarget target{Format::FerogramSqlite, 8, std::nullopt};
        target.conflicts = ConflictPolicy(policy);
        const QStringList conflicts = targetConflicts(s, target);
        QCOMPARE(conflicts.size(), qsizetype(groups));
        // Other targets keep every entry: nothing to choose.
        QVERIFY(targetConflicts(s, {Format::FerogramBinary, 8, std::nullopt}).isEmpty());

        const LossReport report = lossReport(s, target);
        QStringList dropLines;
        for (const LossItem &item : report.items)
            if (item.kind == LossKind::Duplicate)
                dropLines << item.text;
        QCOMPARE(dropLines.size(), qsizetype(dropped));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.sqlite"));
        const Status ok = preflight(s, target);
        const Status written = writeTo(s, target, path, false);
        if (ConflictPolicy(policy) == ConflictPolicy::Refuse) {
            QVERIFY(!ok);
            QCOMPARE(ok.error().kind, ErrorKind::Refused);
            for (const QString &conflict : conflicts)
                QVERIFY2(ok.error().message.contains(conflict), qPrintable(ok.error().message));
            QVERIFY(!written);
            QVERIFY(!QFileInfo::exists(path));
            return;
        }
        QVERIFY2(ok.ok(), ok ? "" : qPrintable(ok.error().message));
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
        Result<DecodedSession> back = openPath(path);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        const Session &b = back->session();
        QVERIFY(targetConflicts(b, target).isEmpty());

        // Exactly the chosen entry of each key survives, and each dropped
        // one is named by a line of the report.
        const bool last = ConflictPolicy(policy) == ConflictPolicy::KeepLast;
        const auto check = [&](const auto &before, const auto &after, auto keyOf, auto idText) {
            using Item = std::decay_t<decltype(before.front())>;
            std::map<decltype(keyOf(before.front())), Item> chosen;
            for (const Item &item : before)
                if (last || !chosen.count(keyOf(item)))
                    chosen.insert_or_assign(keyOf(item), item);
            QCOMPARE(after.size(), chosen.size());
            for (const Item &item : after)
                QVERIFY(chosen.count(keyOf(item)) && chosen.at(keyOf(item)) == item);
            for (const Item &item : before) {
                if (chosen.at(keyOf(item)) == item)
                    continue;
                bool named = false;
                for (const QString &line : dropLines)
                    named = named || line.contains(idText(item));
                QVERIFY2(named, qPrintable(idText(item) + QStringLiteral(" not in: ") + dropLines.join(u" | ")));
            }
        };
        check(
            s.dcs, b.dcs, [](const DcEntry &dc) { return std::pair<int, int>(dc.dcId, dc.flags); },
            [](const DcEntry &dc) { return dc.addr; });
        check(
            s.peers, b.peers, [](const CachedPeer &p) { return p.id; },
            [](const CachedPeer &p) { return QStringLiteral("Peer %1 ").arg(p.id); });
        check(
            s.minPeers, b.minPeers, [](const MinPeer &m) { return m.userId; },
            [](const MinPeer &m) { return QStringLiteral("seen in peer %1,").arg(m.peerId); });
        check(
            s.updates.channels, b.updates.channels, [](const ChannelPts &c) { return c.channelId; },
            [](const ChannelPts &c) { return QStringLiteral("pts %1 of channel %2").arg(c.pts).arg(c.channelId); });
    }

    void encodeSqliteIsAUsageError()
    {
        Result<QByteArray> bytes = encode(makeSyntheticSession({}, 5), {Format::FerogramSqlite, 8, std::nullopt});
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().kind, ErrorKind::Usage);
    }

    void writeRefusesExistingUnlessOverwrite_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("binary") << int(Format::FerogramBinary);
        QTest::newRow("native") << int(Format::FerogramNative);
        QTest::newRow("compact") << int(Format::FerogramCompactV2);
        QTest::newRow("sqlite") << int(Format::FerogramSqlite);
    }

    void writeRefusesExistingUnlessOverwrite()
    {
        QFETCH(int, format);
        const Session s = makeSyntheticSession({}, 6);
        const ConvertTarget target{Format(format), 8, std::nullopt};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const Status refused = writeTo(s, target, path, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QCOMPARE(test::readFile(path), QByteArray("keep me"));
        QVERIFY(writeTo(s, target, path, true).ok());
        Result<DecodedSession> back = openPath(path);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->format, Format(format));
    }

    void batchNamesLossesAndCollisions()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const QStringList inputs{vector(QStringLiteral("fg065-typical.session")),
                                 vector(QStringLiteral("fg052-fresh-login.native.txt")),
                                 vector(QStringLiteral("fg065-fresh-login.sqlite"))};
        BatchOptions options;
        options.target = {Format::FerogramBinary, 6, std::nullopt};

        // Lossy without consent: refused, nothing written, every loss listed with its input.
        BatchResult refused = convertBatch(inputs, out, options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, ErrorKind::Refused);
        QVERIFY(refused.written().isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!refused.combinedLosses().isEmpty());
        for (const QString &line : refused.combinedLosses())
            QVERIFY(line.contains(QStringLiteral("fg065-typical.session")));

        options.acceptLoss = true;
        BatchResult done = convertBatch(inputs, out, options);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error->message));
        const QStringList expected{QStringLiteral("fg065-typical.session"), QStringLiteral("fg052-fresh-login.session"),
                                   QStringLiteral("fg065-fresh-login.session")};
        QCOMPARE(done.written().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(QFileInfo(done.written()[i]).fileName(), expected[i]);
            QCOMPARE(QFile(done.written()[i]).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                     QFileDevice::Permissions());
            Result<DecodedSession> back = openPath(done.written()[i]);
            QVERIFY(back.ok());
            QCOMPARE(back->version, 6);
        }

        // Again: the outputs exist now.
        BatchResult existing = convertBatch(inputs, out, options);
        QVERIFY(!existing.ok());
        QCOMPARE(existing.error->kind, ErrorKind::Refused);

        // Two inputs with one base name collide.
        BatchResult clash = convertBatch(
            {vector(QStringLiteral("fg065-typical.session")), vector(QStringLiteral("fg065-typical.native.txt"))},
            dir.filePath(QStringLiteral("clash")), options);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error->kind, ErrorKind::Refused);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("clash"))));

        // An unreadable input stops everything before writing.
        BatchResult broken = convertBatch(
            {vector(QStringLiteral("fg065-typical.session")), vector(QStringLiteral("bad-truncated-20.session"))},
            dir.filePath(QStringLiteral("broken")), options);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error->kind, ErrorKind::Invalid);
        QVERIFY(broken.error->message.contains(QStringLiteral("bad-truncated-20.session")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("broken"))));
    }

    void batchFolderInput()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-fresh-login.session")), in + QStringLiteral("/a.session")));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg052-typical.native.txt")), in + QStringLiteral("/b.native.txt")));
        BatchOptions options;
        options.target = {Format::FerogramSqlite, 8, std::nullopt};
        const BatchResult done = convertBatch({in}, dir.filePath(QStringLiteral("out")), options);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error->message));
        QStringList names;
        for (const QString &file : done.written())
            names << QFileInfo(file).fileName();
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("a.sqlite"), QStringLiteral("b.sqlite")}));
        for (const QString &file : done.written()) {
            Result<DecodedSession> back = openPath(file);
            QVERIFY(back.ok());
            QCOMPARE(back->format, Format::FerogramSqlite);
        }
    }

    void sessionBaseNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("base");
        QTest::newRow("binary") << "a.session"
                                << "a";
        QTest::newRow("native") << "fg065-typical.native.txt"
                                << "fg065-typical";
        QTest::newRow("compact") << "x.compact-v2.txt"
                                 << "x";
        QTest::newRow("dots kept") << "my.account.sqlite"
                                   << "my.account";
        QTest::newRow("no extension") << "account"
                                      << "account";
        QTest::newRow("only an extension") << ".session"
                                           << ".session";
    }

    void sessionBaseNames()
    {
        QFETCH(QString, file);
        QFETCH(QString, base);
        QCOMPARE(sessionBaseName(file), base);
    }
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
