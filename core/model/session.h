// The logical session record (ferogram-formats.md §1) plus an account block
// for values that only some containers carry. A plain value type: it knows
// nothing of files, formats or widgets.
//
// Laid out for speed: peers, min peers and channel pts are contiguous vectors
// of trivially copyable structs, so decoding 65,535 of each is a few
// allocations, not 200,000.
#pragma once

#include "base/secret.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace fero {

// DC entry flag bits, as stored in the binary v3+ flags byte and SQLite dcs.flags.
namespace DcFlag {
inline constexpr std::uint8_t Ipv6 = 0x01;
inline constexpr std::uint8_t MediaOnly = 0x02;
inline constexpr std::uint8_t TcpoOnly = 0x04; // TCP-obfuscated only
inline constexpr std::uint8_t Cdn = 0x08;
inline constexpr std::uint8_t Static = 0x10;
inline constexpr std::uint8_t Known = 0x1F;
} // namespace DcFlag

struct DcEntry {
    std::int32_t dcId = 0;
    QString addr; // "ip:port", "[ipv6]:port", or whatever a hand-made file holds
    std::optional<AuthKey> authKey;
    std::int64_t firstSalt = 0;
    std::int32_t timeOffset = 0;
    std::uint8_t flags = 0;

    bool isIpv6() const { return flags & DcFlag::Ipv6; }
    bool operator==(const DcEntry &) const = default;
};

enum class ChannelKind : std::int8_t { None = -1, Broadcast = 0, Megagroup = 1, Gigagroup = 2 };

struct CachedPeer {
    std::int64_t id = 0;
    std::int64_t accessHash = 0;
    bool isChannel = false;
    bool isChat = false;
    ChannelKind channelKind = ChannelKind::None;
    bool isCommunity = false;

    bool operator==(const CachedPeer &) const = default;
};

struct MinPeer {
    std::int64_t userId = 0;
    std::int64_t peerId = 0;
    std::int32_t msgId = 0;

    bool operator==(const MinPeer &) const = default;
};

struct ChannelPts {
    std::int64_t channelId = 0;
    std::int32_t pts = 0;

    bool operator==(const ChannelPts &) const = default;
};

struct UpdatesState {
    std::int32_t pts = 0;
    std::int32_t qts = 0;
    std::int32_t date = 0;
    std::int32_t seq = 0;
    std::vector<ChannelPts> channels;

    // ferogram counts the state as initialised once pts is positive.
    bool initialised() const { return pts > 0; }
    bool operator==(const UpdatesState &) const = default;
};

// Values some containers carry and others do not. Absent = the source had no
// such field; a writer that needs one asks for it (or reports the loss).
struct AccountInfo {
    std::optional<std::int64_t> userId;
    std::optional<bool> isBot;
    std::optional<bool> testMode;
    std::optional<std::int64_t> apiId; // 64-bit: Pyrogram stores it as u32 (4294967295 occurs)
    std::optional<std::int64_t> takeoutId;
    // Compact V1 strings only.
    std::optional<std::int64_t> serverSalt;
    std::optional<std::uint32_t> seqNo;
    std::optional<std::uint32_t> layer;

    bool operator==(const AccountInfo &) const = default;
};

// What only foreign peer caches and upload caches carry (Telethon entities
// and sent_files, GramJS store entity rows, Pyrogram peers), kept so a
// Telethon -> Telethon (or GramJS, Pyrogram) round trip loses nothing.
// Formats without such fields ignore this block; ferogram writers drop it.
struct ForeignPeerDetails {
    std::int64_t markedId = 0; // the peer as the foreign format keys it (foreign-formats.md §1.4)
    std::optional<QString> username;
    std::optional<QString> phone;
    std::optional<QString> name;
    std::optional<double> date;      // as the source stored it: see dateInMilliseconds
    bool dateInMilliseconds = false; // GramJS stamps milliseconds; Telethon and Pyrogram seconds
    bool isBot = false;              // Pyrogram's peer type "bot"
    // Pyrogram forks (pyrogram-forks.md §2): the peer's other usernames after
    // `username` (its main one), and a type text the model's kinds do not
    // name ("forum", "direct"), so a fork -> same fork round trip keeps both.
    QStringList otherUsernames;
    QString forkType;
    // mtcute SQLite peers (more-stores.md §1.5): every username (the first is
    // also `username`), the min flag, and the TL object mtcute caches.
    QStringList usernames;
    bool isMin = false;
    QByteArray complete;
    bool operator==(const ForeignPeerDetails &) const = default;

    // The date in the unit a target keeps; the source's own value, untouched,
    // when the units agree (a round trip keeps every digit).
    std::optional<double> dateSeconds() const { return dateInMilliseconds && date ? *date / 1000 : date; }
    std::optional<double> dateMilliseconds() const { return !dateInMilliseconds && date ? *date * 1000 : date; }
};

struct ForeignSentFile { // Telethon sent_files row
    QByteArray md5Digest;
    std::int64_t fileSize = 0;
    std::int32_t type = 0; // 0 document, 1 photo
    std::int64_t id = 0;
    std::int64_t hash = 0;
    bool operator==(const ForeignSentFile &) const = default;
};

struct ForeignUpdateDate { // Telethon update_state.date, REAL when fractional
    std::int64_t id = 0;   // 0 = account-wide row, else a bare channel id
    double date = 0;
    bool operator==(const ForeignUpdateDate &) const = default;
};

// A Pyrogram fork's update_state row as stored (pyrogram-forks.md §2): which
// cells are NULL, and the date/seq of channel rows, which the model's
// channel pts cannot hold. id 0 = the account's row, else a marked channel id.
struct ForeignUpdateRow {
    std::int64_t id = 0;
    std::optional<std::int64_t> pts, qts, date, seq;
    bool operator==(const ForeignUpdateRow &) const = default;
};

// mtcute SQLite (more-stores.md §1.3-§1.4): a PFS temporary key, shown but
// never used as the login, and the future salts mtcute keeps per DC.
struct ForeignTempKey {
    std::int32_t dcId = 0;
    std::int32_t index = 0; // connection index in mtcute's pool
    AuthKey key;
    std::int64_t expires = 0; // Unix seconds
    bool operator==(const ForeignTempKey &) const = default;
};

struct ForeignSalt {
    std::int32_t validSince = 0;
    std::int32_t validUntil = 0;
    std::int64_t salt = 0;
    bool operator==(const ForeignSalt &) const = default;
};

struct ForeignSalts {
    std::int32_t dcId = 0;
    std::vector<ForeignSalt> salts; // may be empty: mtcute stores empty lists too
    bool operator==(const ForeignSalts &) const = default;
};

struct ForeignExtras {
    std::vector<ForeignPeerDetails> peers;
    std::vector<ForeignSentFile> sentFiles;
    std::vector<ForeignUpdateDate> updateDates;
    std::vector<ForeignUpdateRow> updateRows; // Pyrogram forks
    // The account's own usernames (Telethon 2's user.username, mtcute's
    // current_user) and mtcute's premium flag, temporary keys and salts.
    QStringList selfUsernames;
    std::optional<bool> selfPremium;
    std::vector<ForeignTempKey> tempKeys;
    std::vector<ForeignSalts> salts;
    // Which of mtcute's updates_pts/qts/date/seq keys the source had (bits 1, 2,
    // 4, 8: mtcute reads no state unless all four exist); nullopt elsewhere.
    std::optional<std::uint8_t> stateKeys;
    // gotd's Config block (help.getConfig as gotd saved it), compact JSON in
    // gotd's key order, so a gotd -> gotd (or tdl) round trip keeps it.
    QByteArray gotdConfig;
    bool empty() const
    {
        return peers.empty() && sentFiles.empty() && updateDates.empty() && updateRows.empty()
               && selfUsernames.isEmpty() && !selfPremium && tempKeys.empty() && salts.empty() && !stateKeys
               && gotdConfig.isEmpty();
    }
    bool operator==(const ForeignExtras &) const = default;
};

struct Session {
    std::int32_t homeDcId = 0;
    std::vector<DcEntry> dcs;
    UpdatesState updates;
    std::vector<CachedPeer> peers;
    std::vector<MinPeer> minPeers;
    std::optional<QByteArray> futureAuthToken; // present-but-empty differs from absent
    AccountInfo account;
    ForeignExtras foreign; // foreign-format-only details; see ForeignExtras

    bool operator==(const Session &) const = default;
};

} // namespace fero
