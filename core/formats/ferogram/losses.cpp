#include "formats/ferogram/losses.h"

#include "formats/ferogram/compactstring.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero::ferogramlosses {
namespace {

// The context these sentences had in convert.cpp, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Convert)
};

template <typename List, typename Pred> std::size_t countIf(const List &list, Pred pred)
{
    return std::size_t(std::count_if(list.begin(), list.end(), pred));
}

bool countersSet(const UpdatesState &u)
{
    return u.pts != 0 || u.qts != 0 || u.date != 0 || u.seq != 0;
}

// Which account-block values a target keeps (ferogram-formats.md §3 for the
// compact fields; binary files and databases keep none of them).
struct AccountFields {
    bool userId = false;
    bool seqNoLayer = false;
    // Compact strings: the one salt they write (V1: the kept DC's first_salt;
    // V2 none, said by its own Salt line). Unset: the salt lives on when any
    // DC entry carries it.
    bool compact = false;
    std::optional<std::int64_t> writtenSalt;
};

void accountLosses(const Session &s, const AccountFields &kept, const QString &container, LossReport &report)
{
    const AccountInfo &a = s.account;
    QStringList values;
    if (a.userId && !kept.userId)
        values << Tr::tr("user id %1").arg(*a.userId);
    if (a.isBot)
        values << Tr::tr("bot flag (%1)").arg(*a.isBot ? Tr::tr("bot") : Tr::tr("not a bot"));
    if (a.testMode)
        values << Tr::tr("test mode flag (%1)").arg(*a.testMode ? Tr::tr("test servers") : Tr::tr("production"));
    if (a.apiId)
        values << Tr::tr("api id %1").arg(*a.apiId);
    if (a.takeoutId)
        values << Tr::tr("takeout id %1").arg(*a.takeoutId);
    // A compact V1 salt lives on as its DC's first_salt in every ferogram
    // container; it is only lost when no DC entry carries it.
    if (a.serverSalt) {
        const bool onSomeDc =
            std::any_of(s.dcs.begin(), s.dcs.end(), [&](const DcEntry &dc) { return dc.firstSalt == *a.serverSalt; });
        const bool lost = kept.compact ? kept.writtenSalt && *kept.writtenSalt != *a.serverSalt : !onSomeDc;
        if (lost)
            values << Tr::tr("server salt %1").arg(*a.serverSalt);
    }
    if (a.seqNo && !kept.seqNoLayer)
        values << Tr::tr("seq_no %1").arg(*a.seqNo);
    if (a.layer && !kept.seqNoLayer)
        values << Tr::tr("layer %1").arg(*a.layer);
    if (!values.isEmpty())
        report.add(LossKind::AccountValues, std::size_t(values.size()),
                   Tr::tr("%1 has no field for these account values, they are dropped: %2.")
                       .arg(container, values.join(QStringLiteral(", "))));
}

void tokenLoss(const Session &s, const QString &where, LossReport &report)
{
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1,
                   Tr::tr("The future auth token (%n byte(s)) is dropped: %1.", nullptr, int(s.futureAuthToken->size()))
                       .arg(where));
}

} // namespace

void binary(const Session &s, int v, LossReport &report)
{
    const QString container = Tr::tr("A ferogram binary v%1 file").arg(v);
    if (v < 7)
        tokenLoss(s, Tr::tr("binary files hold it from v7 (ferogram 0.6.4) on"), report);

    if (v >= 2) {
        if (v < 8) {
            if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isCommunity; }))
                report.add(LossKind::Communities, n,
                           Tr::tr("%n community peer(s) lose the community flag (binary v8 and newer only); those "
                                  "that are neither channel nor chat read back as users.",
                                  nullptr, int(n)));
        }
        if (v < 6) {
            if (std::size_t n =
                    countIf(s.peers, [](const CachedPeer &p) { return p.channelKind != ChannelKind::None; }))
                report.add(LossKind::ChannelKinds, n,
                           Tr::tr("%n channel kind(s) (broadcast, megagroup, gigagroup) are dropped (binary v6 and "
                                  "newer only).",
                                  nullptr, int(n)));
        }
        if (v < 5) {
            if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isChat; }))
                report.add(LossKind::ChatFlags, n,
                           Tr::tr("%n basic group(s) lose the chat flag (binary v2 to v4 only wrote users and "
                                  "channels).",
                                  nullptr, int(n)));
        } else if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isChat && p.isChannel; })) {
            report.add(LossKind::ChatAndChannel, n,
                       Tr::tr("%n peer(s) flagged both chat and channel are saved as chats: a binary file has one "
                              "peer type, so the channel flag is dropped.",
                              nullptr, int(n)));
        }
    } else {
        if (!s.peers.empty())
            report.add(LossKind::Peers, s.peers.size(),
                       Tr::tr("%n cached peer(s) are dropped (legacy v1 holds the DC table only).", nullptr,
                              int(s.peers.size())));
        if (!s.updates.channels.empty())
            report.add(LossKind::ChannelPts, s.updates.channels.size(),
                       Tr::tr("%n channel pts value(s) are dropped.", nullptr, int(s.updates.channels.size())));
        if (countersSet(s.updates))
            report.add(LossKind::Counters, 1, Tr::tr("The update counters (pts, qts, date, seq) are dropped."));
    }
    if (v < 4 && !s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   Tr::tr("%n min peer(s) are dropped (binary v4 and newer only).", nullptr, int(s.minPeers.size())));
    if (v < 3) {
        if (std::size_t n = countIf(s.dcs, [](const DcEntry &dc) { return dc.flags != 0; }))
            report.add(
                LossKind::DcFlags, n,
                Tr::tr("The flags of %n DC table row(s) are dropped (binary v3 and newer only).", nullptr, int(n)));
    }
    accountLosses(s, {}, container, report);
}

void sqlite(const Session &s, int v, LossReport &report)
{
    if (v < 7)
        tokenLoss(s, Tr::tr("databases hold it from v7 (ferogram 0.6.4) on"), report);
    if (v < 8) {
        if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isCommunity; }))
            report.add(LossKind::Communities, n,
                       Tr::tr("%n community peer(s) lose the community flag (the is_community column exists from "
                              "ferogram 0.6.5 on: version 8).",
                              nullptr, int(n)));
    }
    if (v < 6) {
        if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.channelKind != ChannelKind::None; }))
            report.add(LossKind::ChannelKinds, n,
                       Tr::tr("%n channel kind(s) are dropped (the channel_kind column exists from ferogram 0.5.2 "
                              "on: version 6).",
                              nullptr, int(n)));
    }
    accountLosses(s, {}, Tr::tr("A ferogram SQLite database"), report);
}

void compact(const Session &s, const ConvertTarget &t, LossReport &report)
{
    const int v = t.format == Format::FerogramCompactV1 ? 1 : 2;
    const DcEntry *kept = compact::chooseDc(s);

    const std::size_t otherDcs = s.dcs.size() - (kept ? 1 : 0);
    if (otherDcs)
        report.add(
            LossKind::OtherDcs, otherDcs,
            Tr::tr("%n other DC table row(s) are dropped: a compact string holds one DC.", nullptr, int(otherDcs)));
    if (std::size_t n = countIf(s.dcs, [&](const DcEntry &dc) { return &dc != kept && dc.authKey; }))
        report.add(LossKind::OtherKeys, n,
                   Tr::tr("%n auth key(s) of other DC entries are dropped (those logins are lost).", nullptr, int(n)));
    if (kept && (kept->flags & ~DcFlag::Ipv6))
        report.add(LossKind::DcFlags, 1,
                   Tr::tr("The flags 0x%1 of the kept DC entry are dropped (only IPv6 survives).")
                       .arg(int(kept->flags), 2, 16, QLatin1Char('0')));
    if (kept && kept->timeOffset != 0)
        report.add(LossKind::DcDetails, 1,
                   Tr::tr("The time offset (%1 s) of the kept DC entry is dropped.").arg(kept->timeOffset));
    if (v == 2 && ((kept && kept->firstSalt != 0) || (s.account.serverSalt && *s.account.serverSalt != 0)))
        report.add(LossKind::Salt, 1, Tr::tr("The server salt is dropped: a V2 string has no salt field."));

    if (countersSet(s.updates))
        report.add(LossKind::Counters, 1, Tr::tr("The update counters (pts, qts, date, seq) are dropped."));
    if (!s.updates.channels.empty())
        report.add(LossKind::ChannelPts, s.updates.channels.size(),
                   Tr::tr("%n channel pts value(s) are dropped.", nullptr, int(s.updates.channels.size())));
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(),
                   Tr::tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
    if (!s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   Tr::tr("%n min peer(s) are dropped.", nullptr, int(s.minPeers.size())));
    tokenLoss(s, Tr::tr("compact strings have no field for it"), report);

    if (!t.userId && !s.account.userId)
        report.add(LossKind::UserIdUnknown, 1,
                   Tr::tr("The user id is not known: the string will carry 0 (give the account's user id to "
                          "avoid this)."));
    if (v == 1 && !s.account.seqNo)
        report.add(LossKind::SeqNoUnknown, 1, Tr::tr("seq_no is not known: the V1 string will carry 0."));
    if (v == 1 && !s.account.layer)
        report.add(LossKind::LayerUnknown, 1, Tr::tr("The layer is not known: the V1 string will carry 0."));

    AccountFields keeps;
    keeps.userId = true;
    keeps.seqNoLayer = v == 1;
    keeps.compact = true;
    if (v == 1)
        keeps.writtenSalt = kept ? kept->firstSalt : 0;
    accountLosses(s, keeps, Tr::tr("A compact V%1 string").arg(v), report);
}

} // namespace fero::ferogramlosses
