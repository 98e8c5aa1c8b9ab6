#include "formats/gotd/codecs.h"

#include "formats/common/filebytes.h"
#include "formats/common/filetarget.h"
#include "formats/common/foreignhelpers.h"
#include "formats/gotd/gotdjson.h"

#include <QCoreApplication>

namespace fero::gotd {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GotdConvert)
};

QString recognise(const QString &path)
{
    return gotdjson::recognise(readFileHead(path, 64));
}

// One DC with its address, key and salt; Config; nothing else (§4).
void losses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    const DcEntry *kept = keptHomeEntry(s);
    const std::size_t others = s.dcs.size() - (kept ? 1 : 0);
    if (others)
        report.add(
            LossKind::OtherDcs, others,
            Tr::tr("%n DC entry(ies) besides the home DC's are dropped: gotd keeps one DC.", nullptr, int(others)));
    if (const std::size_t keys = countIf(s.dcs, [&](const DcEntry &dc) { return dc.authKey && &dc != kept; }))
        report.add(LossKind::OtherKeys, keys,
                   Tr::tr("%n auth key(s) of other DC entries are dropped.", nullptr, int(keys)));
    if (kept && kept->timeOffset)
        report.add(LossKind::DcDetails, 1, Tr::tr("The kept DC entry's time offset is dropped."));
    if (const std::size_t peers = std::max(s.peers.size(), s.foreign.peers.size()))
        report.add(
            LossKind::Peers, peers,
            Tr::tr("%n cached peer(s) are dropped: gotd's session JSON has no peer cache.", nullptr, int(peers)));
    commonLosses(s, false, false, report);
    accountLosses(s, target.format, {false, false, true, false, false}, report);
}

Result<QByteArray> encode(const Session &session, const ConvertTarget &target)
{
    return gotdjson::write(filetarget::prepared(session, target));
}

// What gotd's own Loader does with pasted text (Codec::verdict): it decodes
// JSON and treats any Version but 1 as "no session".
QString verdict(QStringView text, std::optional<Format> actual)
{
    if (actual == Format::GotdJson)
        return {};
    if (!text.trimmed().startsWith(u'{'))
        return {}; // not JSON: gotd is no candidate, and saying so for every string is noise
    const Result<DecodedSession> reading = gotdjson::read(text);
    if (!reading)
        return Tr::tr("gotd would not load it: %1").arg(reading.error().message);
    return {};
}

} // namespace

const Codec kJsonCodec{
    .format = Format::GotdJson,
    .readText = gotdjson::read,
    .verdict = verdict,
    .losses = losses,
    .preflight = preflightByEncoding<encode>,
    .encode = encode,
    .recognise = recognise,
};

} // namespace fero::gotd
