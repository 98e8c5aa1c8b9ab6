#include "formats/telethon/codecs.h"

#include "base/address.h"
#include "formats/common/filetarget.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
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

} // namespace fero::telethon
