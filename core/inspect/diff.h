// Comparing two sessions ("today's file against yesterday's backup"): the DC
// table, the counters and the three peer-cache lists, row by row.
//
// Rows are matched by the keys the SQLite schema uses (ferogram-formats.md §4):
// DCs by (dc_id, flags), peers by (id, is_channel), min peers by user_id,
// channel pts by channel_id. The binary form allows duplicate keys, so the
// k-th occurrence on one side is paired with the k-th on the other.
#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace fero {

enum class DiffChange { Unchanged, Added, Removed, Changed };

// "unchanged", "added", "removed", "changed" (JSON and CLI ids, not translated).
QString diffChangeId(DiffChange change);

// One matched row. `before` is the left session's row (A), `after` the right (B).
template <typename Row> struct RowDiff {
    DiffChange change = DiffChange::Unchanged;
    std::optional<Row> before;
    std::optional<Row> after;
    QStringList fields; // JSON names of the fields that differ (Changed rows only)

    const Row &either() const { return before ? *before : *after; }
};

// A scalar of the session: home_dc_id, pts, qts, date, seq, user_id.
struct CounterDiff {
    QString field; // JSON name
    std::optional<std::int64_t> before;
    std::optional<std::int64_t> after;
    DiffChange change = DiffChange::Unchanged;
};

struct DiffCounts {
    std::size_t added = 0;
    std::size_t removed = 0;
    std::size_t changed = 0;
    std::size_t unchanged = 0;
    bool differs() const { return added + removed + changed > 0; }
    bool operator==(const DiffCounts &) const = default;
};

enum class DiffSection { Counters, Dcs, Peers, MinPeers, ChannelPts };

struct SessionDiff {
    std::vector<CounterDiff> counters;
    // The token is a secret: only whether it appeared, went or changed.
    DiffChange token = DiffChange::Unchanged;
    bool tokenBefore = false; // present in A
    bool tokenAfter = false;  // present in B
    // Every row of both sides (unchanged ones too, for side-by-side views),
    // sorted by key.
    std::vector<RowDiff<DcEntry>> dcs;
    std::vector<RowDiff<CachedPeer>> peers;
    std::vector<RowDiff<MinPeer>> minPeers;
    std::vector<RowDiff<ChannelPts>> channelPts;

    DiffCounts counts(DiffSection section) const;
    bool identical() const;
};

SessionDiff diffSessions(const Session &before, const Session &after);

// {"identical":..., "summary":{...}, "counters":[...], "future_auth_token":...,
//  "dcs":[...], "peers":[...], "min_peers":[...], "channel_pts":[...]}
// Only differing rows are listed. Auth keys appear as their auth key ids.
QByteArray diffToJson(const SessionDiff &diff, bool indented = true);
// Translated, line-oriented text for people: a summary line per section and
// one line per differing row ("+ peer 42 (channel)", "- dc 2 ...", "~ ...").
QString diffToText(const SessionDiff &diff);

} // namespace fero
