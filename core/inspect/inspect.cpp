#include "inspect/inspect.h"

#include "formats/ferogram/binary.h"

#include <QCoreApplication>

#include <map>
#include <utility>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Inspect)
};

// Binary count limits (ferogram-formats.md §2): u8 DC count, u16 list counts.
constexpr std::size_t DcLimit = 255;
constexpr std::size_t ListLimit = 65535;

bool nearLimit(std::size_t count, std::size_t limit)
{
    return count * 10 >= limit * 9; // >= 90 %
}

void limitWarning(QStringList &out, std::size_t count, std::size_t limit, const QString &what)
{
    if (count > limit)
        out << Tr::tr("%1: %2 entries, more than the %3 a ferogram binary file can hold; it can only be kept as "
                      "a SQLite database.")
                   .arg(what)
                   .arg(count)
                   .arg(limit);
    else if (nearLimit(count, limit))
        out << Tr::tr("%1: %2 entries, close to the binary format's limit of %3 (ferogram's writer silently "
                      "corrupts the file beyond it).")
                   .arg(what)
                   .arg(count)
                   .arg(limit);
}

bool isProductionTable(const Session &s)
{
    return !s.dcs.empty();
}

// Whether the format has update counters at all; where it has none, pts 0
// says nothing about the session (foreign-formats.md §2-§9: only Telethon's
// update_state table, from schema version 4 on, holds them).
bool storesUpdateState(const DecodedSession &decoded)
{
    switch (decoded.format) {
    case Format::FerogramBinary:
    case Format::FerogramNative:
        return decoded.version != 1; // legacy v1 holds the DC table only
    case Format::FerogramSqlite:
    case Format::Telethon2Sqlite:
    case Format::MtcuteSqlite:
        return true;
    case Format::TelethonSqlite:
        return decoded.version >= 4;
    case Format::KurigramSqlite: // update_state (pyrogram-forks.md §2)
    case Format::PyrotgforkSqlite:
    case Format::PyroforkSqlite:
    case Format::GrammersSession:
    case Format::GrammersSqlite:
        return true;
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
    case Format::TelethonString:
    case Format::GramjsString:
    case Format::GramjsStore:
    case Format::MtcuteString:
    case Format::PyrogramString:
    case Format::PyrogramSqlite:
    case Format::MtkrutoString:
    case Format::GotdJson:
    case Format::TdlBolt:
    case Format::WtelegramSession:
    case Format::AndroidTgnet:
    case Format::TdesktopTdata:
        return false;
    }
    return false;
}

} // namespace

PeerKind peerKind(const CachedPeer &peer)
{
    if (peer.isCommunity)
        return PeerKind::Community;
    if (peer.isChat)
        return PeerKind::Chat;
    if (!peer.isChannel)
        return PeerKind::User;
    switch (peer.channelKind) {
    case ChannelKind::Broadcast:
        return PeerKind::Broadcast;
    case ChannelKind::Megagroup:
        return PeerKind::Megagroup;
    case ChannelKind::Gigagroup:
        return PeerKind::Gigagroup;
    case ChannelKind::None:
        break;
    }
    // ferogram stores a "min" channel (seen without its hash) with hash 0 and no kind.
    return peer.accessHash == 0 ? PeerKind::MinChannel : PeerKind::Channel;
}

QString peerKindName(PeerKind kind)
{
    switch (kind) {
    case PeerKind::User:
        return Tr::tr("users");
    case PeerKind::Chat:
        return Tr::tr("basic groups");
    case PeerKind::Broadcast:
        return Tr::tr("broadcast channels");
    case PeerKind::Megagroup:
        return Tr::tr("megagroups");
    case PeerKind::Gigagroup:
        return Tr::tr("gigagroups");
    case PeerKind::Channel:
        return Tr::tr("channels of unknown kind");
    case PeerKind::MinChannel:
        return Tr::tr("min channels (no access hash)");
    case PeerKind::Community:
        return Tr::tr("communities");
    }
    return {};
}

SessionStats computeStats(const Session &session, int binaryVersion)
{
    SessionStats stats;
    stats.dcEntries = session.dcs.size();
    for (const DcEntry &dc : session.dcs)
        stats.authKeys += dc.authKey.has_value();
    for (const CachedPeer &peer : session.peers) {
        switch (peerKind(peer)) {
        case PeerKind::User:
            ++stats.users;
            break;
        case PeerKind::Chat:
            ++stats.chats;
            break;
        case PeerKind::Broadcast:
            ++stats.broadcasts;
            break;
        case PeerKind::Megagroup:
            ++stats.megagroups;
            break;
        case PeerKind::Gigagroup:
            ++stats.gigagroups;
            break;
        case PeerKind::Channel:
            ++stats.channelsNoKind;
            break;
        case PeerKind::MinChannel:
            ++stats.minChannels;
            break;
        case PeerKind::Community:
            ++stats.communities;
            break;
        }
    }
    stats.peers = session.peers.size();
    stats.minPeers = session.minPeers.size();
    stats.channelPts = session.updates.channels.size();
    // encodedSize knows the writable versions; older sources are measured as v8.
    const int version = binaryVersion >= OldestWritableVersion && binaryVersion <= LatestBinaryVersion
                            ? binaryVersion
                            : LatestBinaryVersion;
    stats.binaryBytes = binary::encodedSize(session, version);
    return stats;
}

const DcEntry *homeDcEntry(const Session &session)
{
    const DcEntry *ipv6WithKey = nullptr;
    const DcEntry *first = nullptr;
    for (const DcEntry &dc : session.dcs) {
        if (dc.dcId != session.homeDcId)
            continue;
        if (!first)
            first = &dc;
        if (dc.authKey && !dc.isIpv6())
            return &dc;
        if (dc.authKey && !ipv6WithKey)
            ipv6WithKey = &dc;
    }
    return ipv6WithKey ? ipv6WithKey : first;
}

QString releasesThatCanOpen(const DecodedSession &decoded)
{
    // The version alone is not enough: some files Feroscope reads, no
    // release reads right (the reader's warning says why).
    switch (decoded.upstream) {
    case UpstreamReading::Reads:
        break;
    case UpstreamReading::Misreads:
        return Tr::tr("no ferogram release (every release misreads this file)");
    case UpstreamReading::Fails:
        return Tr::tr("no ferogram release (every release fails to read this file)");
    }
    return releasesThatRead(decoded.format, decoded.version);
}

QString releasesThatRead(Format format, int version)
{
    switch (format) {
    case Format::FerogramBinary:
    case Format::FerogramNative: {
        // A reader takes a newer version byte for a legacy v1 file and fails
        // (and the file backend then renames it to .bak): §2.
        const FerogramRelease &oldest = oldestReleaseReading(version);
        if (oldest.key == ferogramReleases().constFirst().key)
            return Tr::tr("every ferogram release (%1 and newer)").arg(oldest.key);
        return Tr::tr("ferogram %1 and newer").arg(oldest.key);
    }
    case Format::FerogramSqlite:
        return Tr::tr("every ferogram release with the sqlite-session feature (0.3.0 and newer)");
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
        return Tr::tr("every ferogram release that reads compact strings");
    case Format::TelethonString:
    case Format::TelethonSqlite:
    case Format::GramjsString:
    case Format::GramjsStore:
    case Format::MtcuteString:
    case Format::PyrogramString:
    case Format::PyrogramSqlite:
    case Format::MtkrutoString:
    case Format::KurigramSqlite:
    case Format::PyrotgforkSqlite:
    case Format::PyroforkSqlite:
    case Format::Telethon2Sqlite:
    case Format::MtcuteSqlite:
    case Format::GrammersSession:
    case Format::GrammersSqlite:
    case Format::GotdJson:
    case Format::TdlBolt:
    case Format::WtelegramSession:
    case Format::AndroidTgnet:
    case Format::TdesktopTdata:
        return Tr::tr("no ferogram release directly (convert it first)");
    }
    return {};
}

QStringList healthWarnings(const DecodedSession &decoded, std::size_t account)
{
    QStringList out;
    if (decoded.sessions.empty())
        return out;
    const Session &s = decoded.sessions[account < decoded.sessions.size() ? account : 0];
    const bool binaryLike = decoded.format == Format::FerogramBinary || decoded.format == Format::FerogramNative;

    // Home DC without a key: the client has to log in again.
    const DcEntry *home = homeDcEntry(s);
    if (!home) {
        if (isProductionTable(s))
            out << Tr::tr("The home DC %1 has no entry in the DC table: the client cannot reach the account's "
                          "data centre.")
                       .arg(s.homeDcId);
        else
            out << Tr::tr("The session has no DC table and no auth key: it is not logged in.");
    } else if (!home->authKey) {
        out << Tr::tr("The home DC %1 has no auth key: this session is not logged in.").arg(s.homeDcId);
    }

    // Duplicate DC entries: same id and flags (SQLite cannot hold both, and
    // the client uses only one of them).
    std::map<std::pair<std::int32_t, int>, int> seen;
    for (const DcEntry &dc : s.dcs)
        ++seen[{dc.dcId, dc.flags}];
    for (const auto &[key, count] : seen)
        if (count > 1)
            out << Tr::tr("DC %1 with flags 0x%2 appears %3 times in the DC table; the client uses only one of "
                          "them and a SQLite database cannot store them all.")
                       .arg(key.first)
                       .arg(key.second, 2, 16, QLatin1Char('0'))
                       .arg(count);

    // Counts near (or over) the binary format's limits.
    limitWarning(out, s.dcs.size(), DcLimit, Tr::tr("DC table"));
    limitWarning(out, s.peers.size(), ListLimit, Tr::tr("Cached peers"));
    limitWarning(out, s.minPeers.size(), ListLimit, Tr::tr("Min peers"));
    limitWarning(out, s.updates.channels.size(), ListLimit, Tr::tr("Channel pts"));
    if (s.futureAuthToken)
        limitWarning(out, std::size_t(s.futureAuthToken->size()), ListLimit, Tr::tr("Future auth token bytes"));
    for (const DcEntry &dc : s.dcs) {
        const std::size_t length = std::size_t(dc.addr.toUtf8().size());
        if (length > 255 || nearLimit(length, 255))
            out << Tr::tr("The address of DC %1 is %2 bytes long; the binary format holds at most 255.")
                       .arg(dc.dcId)
                       .arg(length);
    }

    if (s.minPeers.size() > LargeMinPeerCache)
        out << Tr::tr("The min-peer cache holds %1 entries; ferogram never prunes it, and it slows every load "
                      "and save.")
                   .arg(s.minPeers.size());

    if (storesUpdateState(decoded) && !s.updates.initialised())
        out << Tr::tr("The update state is not initialised (pts %1): the client will fetch its state from "
                      "scratch and may miss updates that happened while it was away.")
                   .arg(s.updates.pts);

    // A file upstream misreads or rejects already carries the reader's
    // warning saying so and why; a second sentence here would only repeat it.
    const bool upstreamReads = decoded.upstream == UpstreamReading::Reads;
    if (binaryLike && decoded.version == 1 && upstreamReads)
        out << Tr::tr("Legacy v1 file (no version byte, DC table only): ferogram guesses this layout from "
                      "the first byte; convert it to a current version to be safe.");

    if (binaryLike && decoded.version >= 6 && upstreamReads)
        out << Tr::tr("Only %1 can open this file; older releases treat it as damaged, rename it to .bak and "
                      "start logged out. Convert it to an older version for them.")
                   .arg(releasesThatCanOpen(decoded));

    if (decoded.format == Format::FerogramSqlite) {
        std::size_t communities = 0;
        for (const CachedPeer &p : s.peers)
            communities += p.isCommunity;
        if (communities)
            out << Tr::tr("%n community peer(s): only ferogram 0.6.5 and newer keep them; older releases read them "
                          "as plain peers and drop the flag on their next save.",
                          nullptr, int(communities));
        if (s.futureAuthToken)
            out << Tr::tr("The future auth token is kept only by ferogram 0.6.4 and newer; older releases drop it "
                          "on their next save.");
    }
    return out;
}

} // namespace fero
