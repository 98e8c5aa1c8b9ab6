#include "formats/mtcute/codecs.h"

#include "formats/common/extralosses.h"
#include "formats/common/filetarget.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/foreignsession.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/mtcute/mtcutesqlite.h"
#include "formats/mtcute/mtcutestring.h"

#include <QCoreApplication>

#include <limits>
#include <set>

namespace fero::mtcute {
namespace {

// What this library itself would do with a pasted string (Codec::verdict);
// the context these sentences had in detect/, so translations stay.
struct VerdictTr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

QString verdict(QStringView text, std::optional<Format> actual)
{
    if (actual == Format::MtcuteString)
        return {};
    auto decoded = foreignb64::decode(text, QString());
    if (!decoded || decoded->bytes.isEmpty())
        return VerdictTr::tr("mtcute would refuse it: it is not base64.");
    const auto version = std::uint8_t(decoded->bytes[0]);
    secureWipe(decoded->bytes);
    if (version != 3)
        return VerdictTr::tr("mtcute would refuse it: its first byte is 0x%1 where mtcute's session version 3 belongs.")
            .arg(version, 2, 16, QChar(u'0'));
    auto reading = mtcutestring::read(text);
    return reading ? VerdictTr::tr("mtcute would load it without an error but misread it.")
                   : VerdictTr::tr("mtcute would fail: %1").arg(reading.error().message);
}

void stringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    // is_bot lives in the self block, written only with a user id.
    stringtarget::losses(session, target, {true, bool(session.account.userId || target.userId), true, false}, report,
                         mtcutestring::chooseMediaDc);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    return stringtarget::ascii(mtcutestring::write(stringtarget::writerView(session, target), {}));
}

Result<DecodedSession> readSqlite(const QString &path, const QString &)
{
    return mtcutesqlite::read(path);
}

// The context of the other foreign file targets' sentences.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

// more-stores.md §1: a main and a media DC with addresses, one permanent key
// per DC number, peers by marked id, message refs, counters and channel pts.
void sqliteDcLosses(const Session &s, LossReport &report)
{
    const DcEntry *main = keptHomeEntry(s);
    const DcEntry *media = main ? mtcutesqlite::mediaDc(s, main) : nullptr;
    std::set<std::int32_t> keyed;
    std::size_t addresses = 0, keys = 0, details = 0;
    for (const DcEntry &dc : s.dcs) {
        const bool keyKept = dc.authKey && keyed.insert(dc.dcId).second;
        if (dc.authKey && !keyKept)
            ++keys;
        if (&dc != main && &dc != media && !dc.addr.isEmpty())
            ++addresses;
        if (dc.firstSalt || dc.timeOffset)
            ++details;
    }
    if (addresses)
        report.add(LossKind::OtherDcs, addresses,
                   Tr::tr("The addresses of %n DC entry(ies) besides the main and media DC are dropped: mtcute keeps "
                          "only their auth keys.",
                          nullptr, int(addresses)));
    if (keys)
        report.add(LossKind::OtherKeys, keys,
                   Tr::tr("%n more auth key(s) of a DC number that already has one are dropped: mtcute keeps one key "
                          "per DC number.",
                          nullptr, int(keys)));
    if (details)
        report.add(LossKind::DcDetails, details,
                   Tr::tr("The salt and time offset of %n DC entry(ies) are dropped.", nullptr, int(details)));
}

void sqliteLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    sqliteDcLosses(s, report);
    const MarkedPeers plan = planMarkedPeers(s);
    markedPeerLosses(plan, report);
    noKindLosses(plan, report);
    if (const std::size_t n = countIf(plan.kept, [](const CachedPeer *p) { return p->isChat && p->accessHash; }))
        report.add(LossKind::PeerIds, n,
                   Tr::tr("The access hash of %n basic group(s) is dropped: mtcute stores none for basic groups.",
                          nullptr, int(n)));
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1, Tr::tr("The future auth token is dropped."));
    if (const std::size_t n = countIf(s.updates.channels, [](const ChannelPts &c) { return c.channelId <= 0; }))
        report.add(LossKind::ChannelPts, n,
                   Tr::tr("%n channel pts value(s) with a channel id of 0 or below are not written: mtcute keys "
                          "channels by their positive ids.",
                          nullptr, int(n)));
    std::set<std::int64_t> channels;
    if (const std::size_t n = countIf(s.updates.channels, [&](const ChannelPts &c) {
            return c.channelId > 0 && !channels.insert(c.channelId).second;
        }))
        report.add(LossKind::ChannelPts, n,
                   Tr::tr("%n channel pts value(s) repeat the id of an earlier entry; mtcute keeps one per channel "
                          "(the last).",
                          nullptr, int(n)));
    // is_bot lives in current_user, written only with a user id.
    const bool self = bool(s.account.userId);
    accountLosses(s, target.format, {self, self, true, false, false}, report);
    extralosses::add(s, formatDisplayName(target.format),
                     {self ? std::numeric_limits<qsizetype>::max() : 0, self, true, true}, report);
}

Status preflightSqlite(const Session &session, const ConvertTarget &target)
{
    return filetarget::requireHomeAddress(session, target);
}

Status writeSqlite(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    return mtcutesqlite::write(filetarget::prepared(session, target), path, overwrite);
}

} // namespace

const Codec kStringCodec{
    .format = Format::MtcuteString,
    .readText = mtcutestring::read,
    .verdict = verdict,
    .losses = stringLosses,
    .preflight = preflightByEncoding<encodeString>,
    .encode = encodeString,
};

} // namespace fero::mtcute

namespace fero::mtcute {

const Codec kSqliteCodec{
    .format = Format::MtcuteSqlite,
    .readPath = readSqlite,
    .losses = sqliteLosses,
    .preflight = preflightSqlite,
    .write = writeSqlite,
};

} // namespace fero::mtcute
