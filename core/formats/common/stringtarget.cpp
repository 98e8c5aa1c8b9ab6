#include "formats/common/stringtarget.h"

#include "formats/common/foreignsession.h"
#include "formats/traits.h"
#include "model/knowndcs.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero::stringtarget {
namespace {

// The context these sentences had before they moved here, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignStringConvert)
};

} // namespace

// What a writer sees: the DC table and account block with the target's
// overrides applied (peers and counters are never written to a string).
Session writerView(const Session &session, const ConvertTarget &target)
{
    Session view;
    view.homeDcId = session.homeDcId;
    view.dcs = session.dcs;
    view.account = session.account;
    target.applyOverrides(view.account);
    return view;
}

void losses(const Session &session, const ConvertTarget &target, KeptFields kept, LossReport &report,
            MediaDcChooser chooseMediaDc)
{
    const Session view = writerView(session, target);
    dcLosses(view, target, chooseMediaDc, report);
    stateLosses(session, report);
    accountLosses(view, target, kept, report);
}

Result<QByteArray> ascii(Result<QString> text)
{
    if (!text)
        return text.error();
    return text->toLatin1(); // base64 and a prefix: ASCII only
}

void accountLosses(const Session &view, const ConvertTarget &target, KeptFields kept, LossReport &report)
{
    const AccountInfo &a = view.account;
    QStringList values;
    if (a.userId && !kept.userId)
        values << Tr::tr("user id %1").arg(*a.userId);
    if (a.isBot && !kept.isBot)
        values << Tr::tr("bot flag (%1)").arg(*a.isBot ? Tr::tr("bot") : Tr::tr("not a bot"));
    if (a.testMode && !kept.testMode)
        values << Tr::tr("test mode flag (%1)").arg(*a.testMode ? Tr::tr("test servers") : Tr::tr("production"));
    if (a.apiId && !kept.apiId)
        values << Tr::tr("api id %1").arg(*a.apiId);
    if (a.takeoutId)
        values << Tr::tr("takeout id %1").arg(*a.takeoutId);
    if (a.serverSalt)
        values << Tr::tr("server salt %1").arg(*a.serverSalt);
    if (a.seqNo)
        values << Tr::tr("seq_no %1").arg(*a.seqNo);
    if (a.layer)
        values << Tr::tr("layer %1").arg(*a.layer);
    if (!values.isEmpty())
        report.add(LossKind::AccountValues, std::size_t(values.size()),
                   Tr::tr("A %1 has no field for these account values, they are dropped: %2.")
                       .arg(formatDisplayName(target.format), values.join(QStringLiteral(", "))));
}

void dcLosses(const Session &view, const ConvertTarget &target, MediaDcChooser chooseMediaDc, LossReport &report)
{
    const Format f = target.format;
    const bool storesAddress = traits(f).storesAddress;
    auto chosen = foreign::chooseHomeDc(view, false, formatDisplayName(f), storesAddress);
    const DcEntry *kept = chosen ? chosen->entry : nullptr;
    const DcEntry *media = chooseMediaDc && kept ? chooseMediaDc(view, kept) : nullptr;

    const std::size_t keptCount = (kept ? 1 : 0) + (media ? 1 : 0);
    if (const std::size_t others = view.dcs.size() - keptCount)
        report.add(
            LossKind::OtherDcs, others,
            chooseMediaDc
                ? Tr::tr("%n other DC table row(s) are dropped: an mtcute string holds the home DC and one media "
                         "DC.",
                         nullptr, int(others))
                : Tr::tr("%n other DC table row(s) are dropped: a %1 holds one DC.", nullptr, int(others))
                      .arg(formatDisplayName(f)));
    if (std::size_t n = std::size_t(std::count_if(view.dcs.begin(), view.dcs.end(),
                                                  [&](const DcEntry &dc) { return &dc != kept && dc.authKey; })))
        report.add(LossKind::OtherKeys, n,
                   Tr::tr("%n auth key(s) of other DC entries are dropped (those logins are lost).", nullptr, int(n)));
    if (!kept)
        return; // the encoder refuses it with the reason

    const std::uint8_t keptFlags = storesAddress ? DcFlag::Ipv6 : 0;
    if (kept->flags & ~keptFlags)
        report.add(
            LossKind::DcFlags, 1,
            Tr::tr("The flags 0x%1 of the kept DC entry are dropped.").arg(int(kept->flags), 2, 16, QChar(u'0')));
    if (media && (media->flags & ~(DcFlag::Ipv6 | DcFlag::MediaOnly)))
        report.add(
            LossKind::DcFlags, 1,
            Tr::tr("The flags 0x%1 of the media DC entry are dropped.").arg(int(media->flags), 2, 16, QChar(u'0')));
    if (kept->timeOffset != 0 || (media && media->timeOffset != 0))
        report.add(LossKind::DcDetails, 1, Tr::tr("The time offset of the kept DC entry is dropped."));
    if (kept->firstSalt != 0 || (media && media->firstSalt != 0))
        report.add(LossKind::Salt, 1, Tr::tr("The server salt of the kept DC entry is dropped."));

    if (!storesAddress) {
        const bool test = foreign::effectiveTestMode(view, kept);
        const QString tableAddress = knownDcAddress(view.homeDcId, test);
        if (kept->addr != tableAddress)
            report.add(LossKind::Address, 1,
                       tableAddress.isEmpty()
                           ? Tr::tr("The address %1 is not stored, and no address is known for %2 DC %3: reading the "
                                    "string back gives an entry without an address.")
                                 .arg(kept->addr, test ? Tr::tr("test") : Tr::tr("production"))
                                 .arg(view.homeDcId)
                           : Tr::tr("The address %1 is not stored: reading the string back gives DC %2's usual "
                                    "address %3.")
                                 .arg(kept->addr)
                                 .arg(view.homeDcId)
                                 .arg(tableAddress));
    }
}

void stateLosses(const Session &s, LossReport &report)
{
    const UpdatesState &u = s.updates;
    if (u.pts != 0 || u.qts != 0 || u.date != 0 || u.seq != 0)
        report.add(LossKind::Counters, 1, Tr::tr("The update counters (pts, qts, date, seq) are dropped."));
    if (!u.channels.empty())
        report.add(LossKind::ChannelPts, u.channels.size(),
                   Tr::tr("%n channel pts value(s) are dropped.", nullptr, int(u.channels.size())));
    const std::size_t peers = std::max(s.peers.size(), s.foreign.peers.size());
    if (peers)
        report.add(LossKind::Peers, peers, Tr::tr("%n cached peer(s) are dropped.", nullptr, int(peers)));
    if (!s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   Tr::tr("%n min peer(s) are dropped.", nullptr, int(s.minPeers.size())));
    if (!s.foreign.sentFiles.empty())
        report.add(
            LossKind::Peers, s.foreign.sentFiles.size(),
            Tr::tr("%n cached upload(s) (Telethon sent_files) are dropped.", nullptr, int(s.foreign.sentFiles.size())));
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1,
                   Tr::tr("The future auth token is dropped: session strings have no field for it."));
}

} // namespace fero::stringtarget
