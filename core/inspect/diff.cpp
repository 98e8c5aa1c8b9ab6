#include "inspect/diff.h"

#include "base/jsonwriter.h"
#include "inspect/report.h"
#include "inspect/sessionjson.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionDiff)
};

// Sorted-merge of two row lists by key. A stable sort keeps duplicates in
// source order, so the k-th duplicate on each side is paired.
template <typename Row, typename KeyOf, typename FieldsOf>
std::vector<RowDiff<Row>> diffRows(const std::vector<Row> &a, const std::vector<Row> &b, KeyOf keyOf, FieldsOf fieldsOf)
{
    auto sortedIndexes = [&](const std::vector<Row> &rows) {
        std::vector<std::size_t> order(rows.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t x, std::size_t y) { return keyOf(rows[x]) < keyOf(rows[y]); });
        return order;
    };
    const auto ia = sortedIndexes(a);
    const auto ib = sortedIndexes(b);

    std::vector<RowDiff<Row>> out;
    out.reserve(std::max(a.size(), b.size()));
    std::size_t i = 0, j = 0;
    while (i < ia.size() || j < ib.size()) {
        RowDiff<Row> row;
        if (j == ib.size() || (i < ia.size() && keyOf(a[ia[i]]) < keyOf(b[ib[j]]))) {
            row.change = DiffChange::Removed;
            row.before = a[ia[i++]];
        } else if (i == ia.size() || keyOf(b[ib[j]]) < keyOf(a[ia[i]])) {
            row.change = DiffChange::Added;
            row.after = b[ib[j++]];
        } else {
            row.before = a[ia[i++]];
            row.after = b[ib[j++]];
            row.fields = fieldsOf(*row.before, *row.after);
            row.change = row.fields.isEmpty() ? DiffChange::Unchanged : DiffChange::Changed;
        }
        out.push_back(std::move(row));
    }
    return out;
}

QStringList dcFields(const DcEntry &a, const DcEntry &b)
{
    QStringList f;
    if (a.addr != b.addr)
        f << QStringLiteral("addr");
    if (a.authKey != b.authKey)
        f << QStringLiteral("auth_key");
    if (a.firstSalt != b.firstSalt)
        f << QStringLiteral("first_salt");
    if (a.timeOffset != b.timeOffset)
        f << QStringLiteral("time_offset");
    return f;
}

QStringList peerFields(const CachedPeer &a, const CachedPeer &b)
{
    QStringList f;
    if (a.accessHash != b.accessHash)
        f << QStringLiteral("access_hash");
    if (a.isChat != b.isChat)
        f << QStringLiteral("is_chat");
    if (a.channelKind != b.channelKind)
        f << QStringLiteral("channel_kind");
    if (a.isCommunity != b.isCommunity)
        f << QStringLiteral("is_community");
    return f;
}

QStringList minPeerFields(const MinPeer &a, const MinPeer &b)
{
    QStringList f;
    if (a.peerId != b.peerId)
        f << QStringLiteral("peer_id");
    if (a.msgId != b.msgId)
        f << QStringLiteral("msg_id");
    return f;
}

QStringList channelFields(const ChannelPts &a, const ChannelPts &b)
{
    return a.pts != b.pts ? QStringList{QStringLiteral("pts")} : QStringList{};
}

DiffChange changeOf(bool hadBefore, bool hasAfter, bool equal)
{
    if (hadBefore && !hasAfter)
        return DiffChange::Removed;
    if (!hadBefore && hasAfter)
        return DiffChange::Added;
    return equal ? DiffChange::Unchanged : DiffChange::Changed;
}

CounterDiff counter(const char *field, std::optional<std::int64_t> a, std::optional<std::int64_t> b)
{
    return {QString::fromLatin1(field), a, b, changeOf(a.has_value(), b.has_value(), a == b)};
}

template <typename Row> DiffCounts countRows(const std::vector<RowDiff<Row>> &rows)
{
    DiffCounts c;
    for (const auto &row : rows) {
        switch (row.change) {
        case DiffChange::Added:
            ++c.added;
            break;
        case DiffChange::Removed:
            ++c.removed;
            break;
        case DiffChange::Changed:
            ++c.changed;
            break;
        case DiffChange::Unchanged:
            ++c.unchanged;
            break;
        }
    }
    return c;
}

// ---- JSON ------------------------------------------------------------------

void writeKeyId(JsonWriter &json, const DcEntry &dc)
{
    if (dc.authKey)
        json.value(dc.authKey->idHex());
    else
        json.null();
}

void writeFields(JsonWriter &json, const QStringList &fields)
{
    json.key("fields").beginArray();
    for (const QString &f : fields)
        json.value(f);
    json.endArray();
}

template <typename Row, typename WriteKey, typename WriteSide>
void writeRows(JsonWriter &json, const char *name, const std::vector<RowDiff<Row>> &rows, WriteKey writeKey,
               WriteSide writeSide)
{
    json.key(name).beginArray();
    for (const auto &row : rows) {
        if (row.change == DiffChange::Unchanged)
            continue;
        json.beginObject();
        json.key("change").value(diffChangeId(row.change));
        writeKey(json, row.either());
        writeFields(json, row.fields);
        json.key("before");
        if (row.before)
            writeSide(json, *row.before);
        else
            json.null();
        json.key("after");
        if (row.after)
            writeSide(json, *row.after);
        else
            json.null();
        json.endObject();
    }
    json.endArray();
}

void writeCounts(JsonWriter &json, const char *name, const DiffCounts &c)
{
    json.key(name).beginObject();
    json.key("added").value(std::uint64_t(c.added));
    json.key("removed").value(std::uint64_t(c.removed));
    json.key("changed").value(std::uint64_t(c.changed));
    json.key("unchanged").value(std::uint64_t(c.unchanged));
    json.endObject();
}

// ---- text ------------------------------------------------------------------

QChar marker(DiffChange change)
{
    switch (change) {
    case DiffChange::Added:
        return u'+';
    case DiffChange::Removed:
        return u'-';
    case DiffChange::Changed:
        return u'~';
    case DiffChange::Unchanged:
        break;
    }
    return u' ';
}

QString countsLine(const QString &title, const DiffCounts &c)
{
    return Tr::tr("%1: %2 added, %3 removed, %4 changed, %5 unchanged")
        .arg(title)
        .arg(c.added)
        .arg(c.removed)
        .arg(c.changed)
        .arg(c.unchanged);
}

QString dcSideText(const DcEntry &dc)
{
    return Tr::tr("%1, auth key id %2, first salt %3, time offset %4")
        .arg(dc.addr, dc.authKey ? dc.authKey->idHex() : Tr::tr("none"))
        .arg(dc.firstSalt)
        .arg(dc.timeOffset);
}

QString peerSideText(const CachedPeer &p)
{
    return Tr::tr("%1, access hash %2").arg(peerKindText(p)).arg(p.accessHash);
}

template <typename Row, typename KeyText, typename SideText>
void appendRows(QStringList &lines, const std::vector<RowDiff<Row>> &rows, KeyText keyText, SideText sideText)
{
    for (const auto &row : rows) {
        switch (row.change) {
        case DiffChange::Unchanged:
            continue;
        case DiffChange::Added:
            lines << QStringLiteral("  + %1: %2").arg(keyText(*row.after), sideText(*row.after));
            break;
        case DiffChange::Removed:
            lines << QStringLiteral("  - %1: %2").arg(keyText(*row.before), sideText(*row.before));
            break;
        case DiffChange::Changed:
            lines << QStringLiteral("  ~ %1: %2 -> %3")
                         .arg(keyText(*row.before), sideText(*row.before), sideText(*row.after));
            break;
        }
    }
}

} // namespace

QString diffChangeId(DiffChange change)
{
    switch (change) {
    case DiffChange::Added:
        return QStringLiteral("added");
    case DiffChange::Removed:
        return QStringLiteral("removed");
    case DiffChange::Changed:
        return QStringLiteral("changed");
    case DiffChange::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

DiffCounts SessionDiff::counts(DiffSection section) const
{
    switch (section) {
    case DiffSection::Counters: {
        DiffCounts c;
        for (const auto &ctr : counters) {
            switch (ctr.change) {
            case DiffChange::Added:
                ++c.added;
                break;
            case DiffChange::Removed:
                ++c.removed;
                break;
            case DiffChange::Changed:
                ++c.changed;
                break;
            case DiffChange::Unchanged:
                ++c.unchanged;
                break;
            }
        }
        return c;
    }
    case DiffSection::Dcs:
        return countRows(dcs);
    case DiffSection::Peers:
        return countRows(peers);
    case DiffSection::MinPeers:
        return countRows(minPeers);
    case DiffSection::ChannelPts:
        return countRows(channelPts);
    }
    return {};
}

bool SessionDiff::identical() const
{
    for (auto s :
         {DiffSection::Counters, DiffSection::Dcs, DiffSection::Peers, DiffSection::MinPeers, DiffSection::ChannelPts})
        if (counts(s).differs())
            return false;
    return token == DiffChange::Unchanged;
}

SessionDiff diffSessions(const Session &a, const Session &b)
{
    SessionDiff d;
    d.counters = {
        counter("home_dc_id", a.homeDcId, b.homeDcId), counter("pts", a.updates.pts, b.updates.pts),
        counter("qts", a.updates.qts, b.updates.qts),  counter("date", a.updates.date, b.updates.date),
        counter("seq", a.updates.seq, b.updates.seq),
    };
    if (a.account.userId || b.account.userId)
        d.counters.push_back(counter("user_id", a.account.userId, b.account.userId));
    d.tokenBefore = a.futureAuthToken.has_value();
    d.tokenAfter = b.futureAuthToken.has_value();
    d.token =
        changeOf(a.futureAuthToken.has_value(), b.futureAuthToken.has_value(), a.futureAuthToken == b.futureAuthToken);

    d.dcs = diffRows(
        a.dcs, b.dcs, [](const DcEntry &dc) { return std::tuple(dc.dcId, dc.flags); }, dcFields);
    d.peers = diffRows(
        a.peers, b.peers, [](const CachedPeer &p) { return std::tuple(p.id, p.isChannel); }, peerFields);
    d.minPeers = diffRows(
        a.minPeers, b.minPeers, [](const MinPeer &m) { return m.userId; }, minPeerFields);
    d.channelPts = diffRows(
        a.updates.channels, b.updates.channels, [](const ChannelPts &c) { return c.channelId; }, channelFields);
    return d;
}

QByteArray diffToJson(const SessionDiff &diff, bool indented)
{
    JsonWriter json(indented);
    json.beginObject();
    json.key("identical").value(diff.identical());

    json.key("summary").beginObject();
    writeCounts(json, "counters", diff.counts(DiffSection::Counters));
    writeCounts(json, "dcs", diff.counts(DiffSection::Dcs));
    writeCounts(json, "peers", diff.counts(DiffSection::Peers));
    writeCounts(json, "min_peers", diff.counts(DiffSection::MinPeers));
    writeCounts(json, "channel_pts", diff.counts(DiffSection::ChannelPts));
    json.endObject();

    json.key("counters").beginArray();
    for (const auto &c : diff.counters) {
        if (c.change == DiffChange::Unchanged)
            continue;
        json.beginObject();
        json.key("field").value(c.field);
        json.key("before");
        c.before ? json.value(std::int64_t(*c.before)) : json.null();
        json.key("after");
        c.after ? json.value(std::int64_t(*c.after)) : json.null();
        json.endObject();
    }
    json.endArray();
    json.key("future_auth_token").value(diffChangeId(diff.token));

    writeRows(
        json, "dcs", diff.dcs,
        [](JsonWriter &j, const DcEntry &dc) {
            j.key("dc_id").value(dc.dcId);
            j.key("flags").value(int(dc.flags));
        },
        [](JsonWriter &j, const DcEntry &dc) {
            j.beginObject();
            j.key("addr").value(dc.addr);
            j.key("auth_key_id");
            writeKeyId(j, dc);
            j.key("first_salt").value(std::int64_t(dc.firstSalt));
            j.key("time_offset").value(dc.timeOffset);
            j.endObject();
        });
    writeRows(
        json, "peers", diff.peers,
        [](JsonWriter &j, const CachedPeer &p) {
            j.key("id").value(std::int64_t(p.id));
            j.key("is_channel").value(p.isChannel);
        },
        [](JsonWriter &j, const CachedPeer &p) {
            j.beginObject();
            j.key("access_hash").value(std::int64_t(p.accessHash));
            j.key("is_chat").value(p.isChat);
            j.key("channel_kind");
            p.channelKind == ChannelKind::None ? j.null() : j.value(channelKindName(p.channelKind));
            j.key("is_community").value(p.isCommunity);
            j.endObject();
        });
    writeRows(
        json, "min_peers", diff.minPeers,
        [](JsonWriter &j, const MinPeer &m) { j.key("user_id").value(std::int64_t(m.userId)); },
        [](JsonWriter &j, const MinPeer &m) {
            j.beginObject();
            j.key("peer_id").value(std::int64_t(m.peerId));
            j.key("msg_id").value(m.msgId);
            j.endObject();
        });
    writeRows(
        json, "channel_pts", diff.channelPts,
        [](JsonWriter &j, const ChannelPts &c) { j.key("channel_id").value(std::int64_t(c.channelId)); },
        [](JsonWriter &j, const ChannelPts &c) { j.value(c.pts); });
    json.endObject();
    return json.take();
}

QString diffToText(const SessionDiff &diff)
{
    QStringList lines;
    if (diff.identical())
        lines << Tr::tr("The sessions are identical.");

    lines << countsLine(Tr::tr("Counters"), diff.counts(DiffSection::Counters));
    for (const auto &c : diff.counters) {
        if (c.change == DiffChange::Unchanged)
            continue;
        const QString none = Tr::tr("absent");
        lines << QStringLiteral("  %1 %2: %3 -> %4")
                     .arg(marker(c.change))
                     .arg(c.field, c.before ? QString::number(*c.before) : none,
                          c.after ? QString::number(*c.after) : none);
    }
    if (diff.token != DiffChange::Unchanged)
        lines << QStringLiteral("  %1 %2")
                     .arg(marker(diff.token))
                     .arg(Tr::tr("future auth token %1").arg(diffChangeId(diff.token)));

    lines << countsLine(Tr::tr("DC table"), diff.counts(DiffSection::Dcs));
    appendRows(
        lines, diff.dcs, [](const DcEntry &dc) { return Tr::tr("DC %1 (%2)").arg(dc.dcId).arg(dcFlagsText(dc.flags)); },
        dcSideText);
    lines << countsLine(Tr::tr("Peers"), diff.counts(DiffSection::Peers));
    appendRows(
        lines, diff.peers,
        [](const CachedPeer &p) { return p.isChannel ? Tr::tr("channel %1").arg(p.id) : Tr::tr("peer %1").arg(p.id); },
        peerSideText);
    lines << countsLine(Tr::tr("Min peers"), diff.counts(DiffSection::MinPeers));
    appendRows(
        lines, diff.minPeers, [](const MinPeer &m) { return Tr::tr("user %1").arg(m.userId); },
        [](const MinPeer &m) { return Tr::tr("seen in peer %1, message %2").arg(m.peerId).arg(m.msgId); });
    lines << countsLine(Tr::tr("Channel pts"), diff.counts(DiffSection::ChannelPts));
    appendRows(
        lines, diff.channelPts, [](const ChannelPts &c) { return Tr::tr("channel %1").arg(c.channelId); },
        [](const ChannelPts &c) { return Tr::tr("pts %1").arg(c.pts); });
    return lines.join(u'\n') + u'\n';
}

} // namespace fero
