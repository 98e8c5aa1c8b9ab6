#include "formats/telethon/codecs.h"

#include "base/address.h"
#include "formats/common/extralosses.h"
#include "formats/common/filetarget.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/telethon/telethon2sqlite.h"
#include "formats/telethon/telethonsqlite.h"
#include "formats/telethon/telethonstring.h"
#include "model/markedpeers.h"

#include <QCoreApplication>

#include <set>

namespace fero::telethon {
namespace {

// What this library itself would do with a pasted string (Codec::verdict);
// the context these sentences had in detect/, so translations stay.
struct VerdictTr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

QString verdict(QStringView text, std::optional<Format> actual)
{
    if (!text.startsWith(u'1'))
        return VerdictTr::tr(
            "Telethon would refuse it with \"ValueError: Not a valid string\": Telethon strings start with "
            "\"1\".");
    const QStringView rest = text.sliced(1);
    const bool ipv4 = rest.size() == 352; // Telethon's only layout test
    const qsizetype need = ipv4 ? telethonstring::Ipv4Bytes : telethonstring::Ipv6Bytes;
    const verdicts::PythonDecode decoded = verdicts::pythonBase64(rest);
    if (!decoded.error.isEmpty())
        return VerdictTr::tr("Telethon would fail with \"%1\".").arg(decoded.error);
    if (decoded.bytes != need)
        return VerdictTr::tr(
                   "Telethon would fail with \"%1\": it picks its layout by length alone (352 characters after "
                   "\"1\" = IPv4, anything else = IPv6) and this text holds %2 bytes.")
            .arg(verdicts::unpackError(need))
            .arg(decoded.bytes);
    if (actual == Format::TelethonString)
        return {};
    return VerdictTr::tr("Telethon would load it without an error but misread it as its IPv%1 layout: %2.")
        .arg(ipv4 ? 4 : 6)
        .arg(verdicts::misreadSummary(telethonstring::read(text)));
}

void stringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    stringtarget::losses(session, target, {}, report);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    return stringtarget::ascii(telethonstring::write(stringtarget::writerView(session, target), {}));
}

Result<DecodedSession> readSqlite(const QString &path, const QString &)
{
    return telethonsqlite::read(path);
}

// The context these sentences had in convert/, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

// Telethon's update_state (§3): row 0 is the account's own state, channels
// are keyed by their positive bare id, one row each.
void telethonChannelLosses(const Session &s, LossReport &report)
{
    std::set<std::int64_t> seen;
    std::size_t notPositive = 0, repeated = 0;
    for (const ChannelPts &c : s.updates.channels) {
        if (c.channelId <= 0)
            ++notPositive;
        else if (!seen.insert(c.channelId).second)
            ++repeated;
    }
    if (notPositive)
        report.add(LossKind::ChannelPts, notPositive,
                   Tr::tr("%n channel pts value(s) with a channel id of 0 or below are not written: Telethon keeps the "
                          "account's own state in update_state row 0 and channels under their positive ids.",
                          nullptr, int(notPositive)));
    if (repeated)
        report.add(LossKind::ChannelPts, repeated,
                   Tr::tr("%n channel pts value(s) repeat the id of an earlier entry; Telethon keeps one row per "
                          "channel (the last).",
                          nullptr, int(repeated)));
}

// §3: one DC row, entities, update_state, takeout id.
void sqliteLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    const MarkedPeers plan = planMarkedPeers(s);
    oneDcLosses(s, formatDisplayName(target.format), true, report);
    markedPeerLosses(plan, report);
    noKindLosses(plan, report);
    commonLosses(s, true, true, report);
    telethonChannelLosses(s, report);
    accountLosses(s, target.format, {false, false, false, false, true}, report);
}

Status writeSqlite(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    return telethonsqlite::write(filetarget::prepared(session, target), path, overwrite);
}

Result<DecodedSession> readSqlite2(const QString &path, const QString &)
{
    return telethon2sqlite::read(path);
}

// Telethon 2 (pyrogram-forks.md §6): every DC with one IPv4 and one IPv6
// address and one key, the user, the counters and channel pts; no peers.
void sqlite2DcLosses(const Session &s, LossReport &report)
{
    std::set<std::pair<std::int32_t, bool>> addressTaken;
    std::set<std::int32_t> keyTaken;
    std::size_t entries = 0, keys = 0, details = 0;
    for (const DcEntry &dc : s.dcs) {
        const bool keyKept = dc.authKey && keyTaken.insert(dc.dcId).second;
        if (dc.authKey && !keyKept)
            ++keys;
        const auto hostPort = splitAddress(dc.addr);
        const bool written = !(dc.flags & (DcFlag::MediaOnly | DcFlag::Cdn | DcFlag::Static)) && hostPort
                             && !hostPort->host.isEmpty() && addressTaken.insert({dc.dcId, dc.isIpv6()}).second;
        if (!written && !keyKept)
            ++entries;
        if (dc.firstSalt || dc.timeOffset)
            ++details;
    }
    if (entries)
        report.add(LossKind::OtherDcs, entries,
                   Tr::tr("%n DC entry(ies) are dropped: Telethon 2 keeps one IPv4 and one IPv6 address per DC and no "
                          "media-only, CDN or static entries.",
                          nullptr, int(entries)));
    if (keys)
        report.add(LossKind::OtherKeys, keys,
                   Tr::tr("%n more auth key(s) of a DC that already has one are dropped: Telethon 2 keeps one key per "
                          "DC.",
                          nullptr, int(keys)));
    if (details)
        report.add(LossKind::DcDetails, details,
                   Tr::tr("The salt and time offset of %n DC entry(ies) are dropped.", nullptr, int(details)));
}

void sqlite2Losses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    sqlite2DcLosses(s, report);
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(),
                   Tr::tr("%n cached peer(s) are dropped: Telethon 2 keeps no peer cache.", nullptr,
                          int(s.peers.size())));
    commonLosses(s, true, true, report);
    telethonChannelLosses(s, report);
    accountLosses(s, target.format, {bool(s.account.userId), bool(s.account.userId), false, false, false}, report);
    extralosses::add(s, formatDisplayName(target.format), {s.account.userId ? 1 : 0}, report);
}

Status preflightSqlite2(const Session &session, const ConvertTarget &target)
{
    return telethon2sqlite::preflight(filetarget::prepared(session, target));
}

Status writeSqlite2(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    return telethon2sqlite::write(filetarget::prepared(session, target), path, overwrite);
}

} // namespace

const Codec kStringCodec{
    .format = Format::TelethonString,
    .readText = telethonstring::read,
    .verdict = verdict,
    .losses = stringLosses,
    .preflight = preflightByEncoding<encodeString>,
    .encode = encodeString,
};

const Codec kSqliteCodec{
    .format = Format::TelethonSqlite,
    .readPath = readSqlite,
    .losses = sqliteLosses,
    .preflight = filetarget::requireHomeAddress,
    .write = writeSqlite,
};

const Codec kSqlite2Codec{
    .format = Format::Telethon2Sqlite,
    .readPath = readSqlite2,
    .losses = sqlite2Losses,
    .preflight = preflightSqlite2,
    .write = writeSqlite2,
};

} // namespace fero::telethon
