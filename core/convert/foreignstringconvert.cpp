#if 0 // Never compiled: tells lupdate that tr() in this file is the "ForeignStringConvert" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(ForeignStringConvert) }
#endif
#include "convert/foreignstringconvert.h"

#include "formats/common/foreignsession.h"
#include "formats/gramjs/gramjsstring.h"
#include "formats/mtcute/mtcutestring.h"
#include "formats/mtkruto/mtkrutostring.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "formats/telethon/telethonstring.h"
#include "model/knowndcs.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ForeignStringConvert", text, disambiguation, n);
}

bool storesAddress(Format format)
{
    return format == Format::TelethonString || format == Format::GramjsString || format == Format::MtcuteString;
}

// What a writer sees: the DC table and account block with the target's
// overrides applied (peers and counters are never written to a string).
Session writerView(const Session &session, const ConvertTarget &target)
{
    Session view;
    view.homeDcId = session.homeDcId;
    view.dcs = session.dcs;
    view.account = session.account;
    if (target.userId)
        view.account.userId = target.userId;
    if (target.apiId)
        view.account.apiId = target.apiId;
    if (target.testMode)
        view.account.testMode = target.testMode;
    return view;
}

struct KeptFields {
    bool userId = false, isBot = false, testMode = false, apiId = false;
};

KeptFields keptFields(const ConvertTarget &target, const Session &view)
{
    switch (target.format) {
    case Format::MtcuteString:
        return {true, bool(view.account.userId), true, false}; // is_bot lives in the self block
    case Format::PyrogramString:
        return {true, true, true, !target.pyrogramOldLayout};
    case Format::MtkrutoString:
        return {false, false, true, false};
    default: // Telethon, GramJS
        return {};
    }
}

void accountLosses(const Session &view, const ConvertTarget &target, LossReport &report)
{
    const AccountInfo &a = view.account;
    const KeptFields kept = keptFields(target, view);
    QStringList values;
    if (a.userId && !kept.userId)
        values << tr("user id %1").arg(*a.userId);
    if (a.isBot && !kept.isBot)
        values << tr("bot flag (%1)").arg(*a.isBot ? tr("bot") : tr("not a bot"));
    if (a.testMode && !kept.testMode)
        values << tr("test mode flag (%1)").arg(*a.testMode ? tr("test servers") : tr("production"));
    if (a.apiId && !kept.apiId)
        values << tr("api id %1").arg(*a.apiId);
    if (a.takeoutId)
        values << tr("takeout id %1").arg(*a.takeoutId);
    if (a.serverSalt)
        values << tr("server salt %1").arg(*a.serverSalt);
    if (a.seqNo)
        values << tr("seq_no %1").arg(*a.seqNo);
    if (a.layer)
        values << tr("layer %1").arg(*a.layer);
    if (!values.isEmpty())
        report.add(LossKind::AccountValues, std::size_t(values.size()),
                   tr("A %1 has no field for these account values, they are dropped: %2.")
                       .arg(formatDisplayName(target.format), values.join(QStringLiteral(", "))));
}

void dcLosses(const Session &view, const ConvertTarget &target, LossReport &report)
{
    const Format f = target.format;
    auto chosen = foreign::chooseHomeDc(view, false, formatDisplayName(f), storesAddress(f));
    const DcEntry *kept = chosen ? chosen->entry : nullptr;
    const DcEntry *media = f == Format::MtcuteString && kept ? mtcutestring::chooseMediaDc(view, kept) : nullptr;

    const std::size_t keptCount = (kept ? 1 : 0) + (media ? 1 : 0);
    if (const std::size_t others = view.dcs.size() - keptCount)
        report.add(LossKind::OtherDcs, others,
                   f == Format::MtcuteString
                       ? tr("%n other DC table row(s) are dropped: an mtcute string holds the home DC and one media "
                            "DC.",
                            nullptr, int(others))
                       : tr("%n other DC table row(s) are dropped: a %1 holds one DC.", nullptr, int(others))
                             .arg(formatDisplayName(f)));
    if (std::size_t n = std::size_t(std::count_if(view.dcs.begin(), view.dcs.end(),
                                                  [&](const DcEntry &dc) { return &dc != kept && dc.authKey; })))
        report.add(LossKind::OtherKeys, n,
                   tr("%n auth key(s) of other DC entries are dropped (those logins are lost).", nullptr, int(n)));
    if (!kept)
        return; // the encoder refuses it with the reason

    const std::uint8_t keptFlags = storesAddress(f) ? DcFlag::Ipv6 : 0;
    if (kept->flags & ~keptFlags)
        report.add(LossKind::DcFlags, 1,
                   tr("The flags 0x%1 of the kept DC entry are dropped.").arg(int(kept->flags), 2, 16, QChar(u'0')));
    if (media && (media->flags & ~(DcFlag::Ipv6 | DcFlag::MediaOnly)))
        report.add(LossKind::DcFlags, 1,
                   tr("The flags 0x%1 of the media DC entry are dropped.").arg(int(media->flags), 2, 16, QChar(u'0')));
    if (kept->timeOffset != 0 || (media && media->timeOffset != 0))
        report.add(LossKind::DcDetails, 1, tr("The time offset of the kept DC entry is dropped."));
    if (kept->firstSalt != 0 || (media && media->firstSalt != 0))
        report.add(LossKind::Salt, 1, tr("The server salt of the kept DC entry is dropped."));

    if (!storesAddress(f)) {
        const bool test = foreign::effectiveTestMode(view, kept);
        const QString tableAddress = knownDcAddress(view.homeDcId, test);
        if (kept->addr != tableAddress)
            report.add(LossKind::Address, 1,
                       tableAddress.isEmpty()
                           ? tr("The address %1 is not stored, and no address is known for %2 DC %3: reading the "
                                "string back gives an entry without an address.")
                                 .arg(kept->addr, test ? tr("test") : tr("production"))
                                 .arg(view.homeDcId)
                           : tr("The address %1 is not stored: reading the string back gives DC %2's usual "
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
        report.add(LossKind::Counters, 1, tr("The update counters (pts, qts, date, seq) are dropped."));
    if (!u.channels.empty())
        report.add(LossKind::ChannelPts, u.channels.size(),
                   tr("%n channel pts value(s) are dropped.", nullptr, int(u.channels.size())));
    const std::size_t peers = std::max(s.peers.size(), s.foreign.peers.size());
    if (peers)
        report.add(LossKind::Peers, peers, tr("%n cached peer(s) are dropped.", nullptr, int(peers)));
    if (!s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   tr("%n min peer(s) are dropped.", nullptr, int(s.minPeers.size())));
    if (!s.foreign.sentFiles.empty())
        report.add(
            LossKind::Peers, s.foreign.sentFiles.size(),
            tr("%n cached upload(s) (Telethon sent_files) are dropped.", nullptr, int(s.foreign.sentFiles.size())));
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1, tr("The future auth token is dropped: session strings have no field for it."));
}

} // namespace

bool isForeignStringFormat(Format format)
{
    switch (format) {
    case Format::TelethonString:
    case Format::GramjsString:
    case Format::MtcuteString:
    case Format::PyrogramString:
    case Format::MtkrutoString:
        return true;
    default:
        return false;
    }
}

void foreignStringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    const Session view = writerView(session, target);
    dcLosses(view, target, report);
    stateLosses(session, report);
    if (target.format == Format::PyrogramString && !view.account.userId)
        report.add(LossKind::UserIdUnknown, 1,
                   tr("The user id is not known: the Pyrogram string will carry 0 and Pyrogram asks Telegram on "
                      "start (give --user-id to avoid this)."));
    accountLosses(view, target, report);
}

Result<QString> encodeForeignString(const Session &session, const ConvertTarget &target)
{
    const Session view = writerView(session, target);
    switch (target.format) {
    case Format::TelethonString:
        return telethonstring::write(view, {});
    case Format::GramjsString:
        return gramjsstring::write(view, {});
    case Format::MtcuteString:
        return mtcutestring::write(view, {});
    case Format::MtkrutoString:
        return mtkrutostring::write(view, {});
    case Format::PyrogramString: {
        pyrogramstring::WriteOptions options;
        options.layout = target.pyrogramOldLayout ? pyrogramstring::Layout::Old64 : pyrogramstring::Layout::New;
        return pyrogramstring::write(view, options);
    }
    default:
        return Error::usage(tr("%1 is not a session string.").arg(formatDisplayName(target.format)));
    }
}

} // namespace fero
