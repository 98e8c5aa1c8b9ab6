// What a conversion is asked to write (ConvertTarget) and what it says it
// would drop (LossReport). Shared by convert/ and every codec in formats/,
// which fill the report for their own target.
#pragma once

#include "formats/format.h"
#include "model/session.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace fero {

// What to do with entries a target's primary keys cannot hold twice (a
// ferogram database: two DC entries with one dc_id and flags, two peers with
// one id, two min peers with one user_id, two pts of one channel).
enum class ConflictPolicy {
    Refuse,    // refuse the conversion and list the conflicts (the default)
    KeepFirst, // keep the first entry of each group in source order, drop the others
    KeepLast,  // keep the last entry of each group, drop the others
};

struct ConvertTarget {
    Format format = Format::FerogramBinary;
    int version = 8;                      // ferogram generation for binary/native/sqlite
    std::optional<std::int64_t> userId{}; // compact strings (and later tdata)
    // tdata targets (foreign-files): the local passcode the written folder
    // gets (empty = none) and the accounts after the first (multi-account tdata).
    QString passcode{};
    std::vector<Session> moreAccounts{};
    // tdata targets with more than 6 accounts, which official Telegram
    // Desktop rejects whole (android-wtelegram.md §3.1): written only when the
    // user confirms it is for a fork that allows more (the CLI's --accept-loss).
    bool allowManyAccounts = false;
    // Foreign string targets (foreign-strings): values the session may lack.
    // Pyrogram's new layout needs an api_id (--api-id; never invented); the
    // old 64-bit layout needs none. testMode (--test-mode) overrides the
    // account's flag for mtcute, Pyrogram and MTKruto strings.
    std::optional<std::int64_t> apiId{};
    std::optional<bool> testMode{};
    bool pyrogramOldLayout = false;
    // Targets with key conflicts (targetConflicts()): which entry survives.
    // Every dropped entry is a line of the loss report.
    ConflictPolicy conflicts = ConflictPolicy::Refuse;

    // What the writer is handed: the account with --user-id, --api-id and
    // --test-mode applied (the values the session lacks or the user overrides).
    void applyOverrides(AccountInfo &account) const;
};

// What kind of data a target drops. Tests compare a round trip against these,
// so each kind is one observable difference in the session read back.
enum class LossKind {
    Token,          // future auth token (binary/SQLite before v7, compact)
    Communities,    // is_community (before v8): communities become users / plain peers
    ChannelKinds,   // channel_kind (binary before v6, SQLite generation B)
    ChatFlags,      // is_chat (binary v2-v4 only wrote user/channel)
    ChatAndChannel, // a peer flagged both chat and channel: binary keeps only "chat"
    MinPeers,       // min peers (binary before v4, compact)
    DcFlags,        // DC flags byte (binary before v3; compact keeps only IPv6)
    Peers,          // the whole peer cache (compact)
    ChannelPts,     // per-channel pts (compact)
    Counters,       // pts/qts/date/seq (compact)
    OtherDcs,       // DC entries other than the one a compact string keeps
    OtherKeys,      // auth keys of those other entries
    DcDetails,      // time_offset of the kept entry (compact)
    Salt,           // first_salt / server_salt (compact V2)
    UserIdUnknown,  // compact: user id written as 0
    SeqNoUnknown,   // compact V1: seq_no written as 0
    LayerUnknown,   // compact V1: layer written as 0
    AccountValues,  // account-block values the target has no field for
    Address,        // the DC address: Pyrogram/MTKruto strings store none (read back from a table)
    Duplicate,      // one entry dropped by ConflictPolicy::KeepFirst/KeepLast (one item per entry)
    PeerIds,        // peers a marked-id cache cannot hold (no faithful marked id) or holds once (same marked id)
};

struct LossItem {
    LossKind kind;
    std::size_t count = 0; // entries affected (1 for single values)
    QString text;          // one translated sentence
};

struct LossReport {
    std::vector<LossItem> items;
    QStringList losses; // the sentences of items, in order (what printers show)

    bool lossless() const { return items.empty(); }
    bool has(LossKind kind) const;
    void add(LossKind kind, std::size_t count, QString text);
};

} // namespace fero
