// ferogram -> Telethon SQLite / Pyrogram SQLite / GramJS store / tdata ->
// read back (issue 5: "round trips keep what the loss report promised,
// nothing less"): every difference between the source and what reads back is
// named by the loss report, and the counts the report gives are the
// differences seen, so nothing is announced that was kept. The file-format
// sibling of tst_foreignstrings' lossReportKeepsPromises, run on every
// readable ferogram vector and on synthetic sessions.
#include "testsupport.h"

#include "convert/convert.h"
#include "inspect/diff.h"
#include "formats/common/foreignhelpers.h"
#include "open/opener.h"
#include "synthetic.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fero;

namespace {

std::size_t announced(const LossReport &report, LossKind kind)
{
    std::size_t sum = 0;
    for (const LossItem &item : report.items)
        if (item.kind == kind)
            sum += item.count;
    return sum;
}

Session loadSource(const QString &source)
{
    if (source.startsWith(u"synthetic ")) {
        SyntheticShape shape;
        shape.peers = 400;
        Session s = makeSyntheticSession(shape, source.section(u' ', 1).toULongLong());
        s.account.isBot = true;
        s.account.takeoutId = 77;
        return s;
    }
    auto decoded = openPath(test::dataPath(QStringLiteral("vectors/ferogram/") + source));
    if (!decoded)
        qFatal("%s: %s", qPrintable(source), qPrintable(decoded.error().message));
    return decoded->session();
}

// The source entry a format wrote a read-back entry from: same DC id and
// key; a keyless one (Telethon's empty auth_key) from the entry writers keep.
const DcEntry *sourceOf(const Session &source, const DcEntry &back)
{
    if (!back.authKey)
        return keptHomeEntry(source);
    for (const DcEntry &dc : source.dcs)
        if (dc.dcId == back.dcId && dc.authKey == back.authKey)
            return &dc;
    return nullptr;
}

bool dcDetailsDiffer(const DcEntry &a, const DcEntry &b)
{
    return a.addr != b.addr || a.firstSalt != b.firstSalt || a.timeOffset != b.timeOffset || a.flags != b.flags;
}

struct PeerChanges {
    std::size_t kinds = 0, communities = 0, chatAndChannel = 0, removed = 0;
    QStringList unexplained;
};

PeerChanges peerChanges(const SessionDiff &diff, bool repeatedIds)
{
    PeerChanges c;
    for (const RowDiff<CachedPeer> &row : diff.peers) {
        switch (row.change) {
        case DiffChange::Unchanged:
            break;
        case DiffChange::Removed:
            if (row.before->isChat && row.before->isChannel)
                ++c.chatAndChannel; // read back under the chat's key
            else
                ++c.removed;
            break;
        case DiffChange::Added:
            if (!row.after->isChat)
                c.unexplained << QStringLiteral("added peer %1").arg(row.after->id);
            break;
        case DiffChange::Changed:
            for (const QString &field : row.fields) {
                if (field == u"channel_kind")
                    ++c.kinds;
                else if (field == u"is_community")
                    ++c.communities;
                else if (!repeatedIds) // a repeated id pairs two different peers
                    c.unexplained << QStringLiteral("peer %1: %2").arg(row.before->id).arg(field);
            }
            break;
        }
    }
    return c;
}

// The account value a writer was given: the target's override, else the source's.
template <typename T> std::optional<T> given(const std::optional<T> &override, const std::optional<T> &source)
{
    return override ? override : source;
}

} // namespace

class TestForeignLosses : public QObject {
    Q_OBJECT

private slots:
    void lossReportKeepsPromises_data();
    void lossReportKeepsPromises();
    void tdataToTdataLosesNothing_data();
    void tdataToTdataLosesNothing();
    void targetFlagsAreNamed_data();
    void targetFlagsAreNamed();
};

void TestForeignLosses::lossReportKeepsPromises_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("source");
    QStringList sources{QStringLiteral("synthetic 1"), QStringLiteral("synthetic 2"), QStringLiteral("synthetic 3")};
    for (const QString &kind : {QStringLiteral("binary"), QStringLiteral("sqlite")})
        for (const QJsonObject &v : test::vectorsOfKind(QStringLiteral("ferogram"), kind))
            if (!v[u"expected"].toObject().contains(u"error")
                && openPath(test::dataPath(QStringLiteral("vectors/ferogram/") + v[u"file"].toString())))
                sources << v[u"file"].toString();
    QVERIFY(sources.contains(QStringLiteral("fg065-typical.session")));
    QVERIFY(sources.size() > 30);
    for (Format f : {Format::TelethonSqlite, Format::PyrogramSqlite, Format::GramjsStore, Format::TdesktopTdata})
        for (const QString &source : sources)
            QTest::addRow("%s from %s", qPrintable(formatId(f)), qPrintable(source)) << int(f) << source;
}

void TestForeignLosses::lossReportKeepsPromises()
{
    QFETCH(int, format);
    QFETCH(QString, source);
    const Session session = loadSource(source);
    ConvertTarget target;
    target.format = Format(format);
    if (target.format == Format::TdesktopTdata && !session.account.userId)
        target.userId = 5123456789; // tdata cannot be written without one
    if (const Status ok = preflight(session, target); !ok) {
        // Only a session without a usable home DC is refused.
        const bool usableHome = std::any_of(session.dcs.begin(), session.dcs.end(), [&](const DcEntry &dc) {
            return dc.dcId == session.homeDcId && dc.authKey && !dc.addr.isEmpty();
        });
        QVERIFY2(!usableHome, qPrintable(ok.error().message));
        return;
    }
    const LossReport report = lossReport(session, target);
    const QString all = report.losses.join(u'\n');
    QTemporaryDir temp;
    const QString out = temp.filePath(QStringLiteral("out"));
    const Status written = writeTo(session, target, out, false);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    auto back = openPath(out, target.format);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    const Session &b = back->session();

    // The DC table.
    QCOMPARE(b.homeDcId, session.homeDcId);
    QCOMPARE(announced(report, LossKind::OtherDcs), session.dcs.size() - b.dcs.size());
    const auto keys = [](const Session &s) {
        return std::size_t(std::count_if(s.dcs.begin(), s.dcs.end(), [](const DcEntry &dc) { return dc.authKey; }));
    };
    const std::size_t keysLost = keys(session) - keys(b);
    if (target.format == Format::TdesktopTdata) // its one line names DC entries and their keys together
        QVERIFY2(keysLost <= announced(report, LossKind::OtherDcs), qPrintable(all));
    else
        QCOMPARE(announced(report, LossKind::OtherKeys), keysLost);
    bool detailsDiffer = false;
    for (const DcEntry &dc : b.dcs) {
        const DcEntry *from = sourceOf(session, dc);
        QVERIFY2(from, "an entry that was not in the source");
        detailsDiffer |= dcDetailsDiffer(*from, dc);
    }
    QVERIFY2(detailsDiffer == report.has(LossKind::DcDetails), qPrintable(all));

    // Counters, channel pts, min peers, token.
    const SessionDiff diff = diffSessions(session, b);
    const UpdatesState &u = session.updates, &v = b.updates;
    const bool countersDiffer = u.pts != v.pts || u.qts != v.qts || u.date != v.date || u.seq != v.seq;
    QVERIFY2(countersDiffer == report.has(LossKind::Counters), qPrintable(all));
    QCOMPARE(announced(report, LossKind::ChannelPts), u.channels.size() - v.channels.size());
    for (const ChannelPts &c : v.channels)
        QVERIFY2(std::find(u.channels.begin(), u.channels.end(), c) != u.channels.end(), "a channel pts changed");
    QCOMPARE(announced(report, LossKind::MinPeers), session.minPeers.size() - b.minPeers.size());
    QCOMPARE(report.has(LossKind::Token), session.futureAuthToken != b.futureAuthToken);

    // Peers, by (id, is_channel) as the diff pairs them.
    if (report.has(LossKind::Peers)) { // tdata: the whole cache
        QCOMPARE(announced(report, LossKind::Peers), session.peers.size());
        QCOMPARE(b.peers.size(), std::size_t(0));
    } else {
        const PeerChanges peers = peerChanges(diff, report.has(LossKind::PeerIds));
        QVERIFY2(peers.unexplained.isEmpty(), qPrintable(peers.unexplained.join(u'\n')));
        QCOMPARE(announced(report, LossKind::ChannelKinds), peers.kinds);
        QCOMPARE(announced(report, LossKind::Communities), peers.communities);
        QCOMPARE(announced(report, LossKind::ChatAndChannel), peers.chatAndChannel);
        QCOMPARE(announced(report, LossKind::PeerIds), peers.removed);
    }

    // Account values: each one not read back is named, and none that was.
    const AccountInfo &a = session.account, &r = b.account;
    const std::optional<std::int64_t> userId = given(target.userId, a.userId);
    QString accountLine;
    for (const LossItem &item : report.items)
        if (item.kind == LossKind::AccountValues)
            accountLine += item.text;
    const struct {
        const char *words;
        bool lost;
    } values[] = {
        {"user id", userId && r.userId != userId},
        {"bot flag", a.isBot && r.isBot != a.isBot},
        {"test mode", a.testMode && r.testMode != a.testMode},
        {"api id", a.apiId && r.apiId != a.apiId},
        {"takeout id", a.takeoutId && r.takeoutId != a.takeoutId},
    };
    for (const auto &value : values)
        QVERIFY2(value.lost == accountLine.contains(QLatin1StringView(value.words)),
                 qPrintable(QLatin1StringView(value.words) + u'\n' + all));
    if (!userId)
        QCOMPARE(report.has(LossKind::UserIdUnknown), target.format == Format::PyrogramSqlite);
}

void TestForeignLosses::tdataToTdataLosesNothing_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("passcode");
    QTest::newRow("no passcode") << "tdata_single_nopass" << QString();
    QTest::newRow("passcode") << "tdata_single_passcode" << QStringLiteral("correct horse");
    QTest::newRow("two accounts") << "tdata_two_accounts" << QString();
}

// Everything tdata holds, tdata holds again: a passcode change or a copy
// reports no loss, for every account.
void TestForeignLosses::tdataToTdataLosesNothing()
{
    QFETCH(QString, folder);
    QFETCH(QString, passcode);
    auto decoded = openPath(test::dataPath(QStringLiteral("vectors/foreign/tdata/") + folder), std::nullopt, passcode);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    ConvertTarget target;
    target.format = Format::TdesktopTdata;
    target.passcode = QStringLiteral("new");
    target.moreAccounts.assign(decoded->sessions.begin() + 1, decoded->sessions.end());
    const LossReport report = lossReport(decoded->session(), target);
    QVERIFY2(report.lossless(), qPrintable(report.losses.join(u'\n')));

    // A further account with a salt loses it, and the line says which account.
    if (target.moreAccounts.empty())
        return;
    target.moreAccounts.front().dcs.front().firstSalt = 42;
    const LossReport salted = lossReport(decoded->session(), target);
    QCOMPARE(salted.items.size(), std::size_t(1));
    QCOMPARE(salted.items.front().kind, LossKind::DcDetails);
    QVERIFY2(salted.losses.front().startsWith(u"Account 1: "), qPrintable(salted.losses.front()));
}

void TestForeignLosses::targetFlagsAreNamed_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("keeps"); // the format has test_mode and api_id fields
    QTest::newRow("telethon-sqlite") << int(Format::TelethonSqlite) << false;
    QTest::newRow("gramjs-store") << int(Format::GramjsStore) << false;
    QTest::newRow("tdesktop-tdata") << int(Format::TdesktopTdata) << false;
    QTest::newRow("pyrogram-sqlite") << int(Format::PyrogramSqlite) << true;
}

// --test-mode and --api-id for a target without such fields are losses the
// report names with their values, as string targets do; where the format
// has the fields they are written, not reported.
void TestForeignLosses::targetFlagsAreNamed()
{
    QFETCH(int, format);
    QFETCH(bool, keeps);
    const Session session = loadSource(QStringLiteral("fg065-fresh-login.session"));
    QVERIFY(!session.account.testMode && !session.account.apiId);
    ConvertTarget target;
    target.format = Format(format);
    target.userId = 42;
    target.testMode = true;
    target.apiId = 2040;
    const LossReport report = lossReport(session, target);
    const QString all = report.losses.join(u'\n');
    QCOMPARE(all.contains(u"test mode flag (test servers)"), !keeps);
    QCOMPARE(all.contains(u"api id 2040"), !keeps);
    QVERIFY2(!all.contains(u"user id 42") || target.format != Format::TdesktopTdata, qPrintable(all));

    if (!keeps)
        return;
    QTemporaryDir temp;
    const QString out = temp.filePath(QStringLiteral("out.session"));
    QVERIFY(writeTo(session, target, out, false).ok());
    auto back = openPath(out, target.format);
    QVERIFY(back.ok());
    QCOMPARE(back->session().account.testMode, std::optional<bool>(true));
    QCOMPARE(back->session().account.apiId, std::optional<std::int64_t>(2040));
}

QTEST_GUILESS_MAIN(TestForeignLosses)
#include "tst_foreignlosses.moc"
