#include "inspect/report.h"

#include "inspect/inspect.h"
#include "inspect/sessionjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionReport)
};

// Warnings are free text from the readers and may name peer or user ids
// ("duplicate peer id 123456789"). Without includeIds, long digit runs are
// replaced: a byte offset or a count is short, an id usually is not.
QString maskLongNumbers(QString text)
{
    static const QRegularExpression longNumber(QStringLiteral("-?\\d{7,}"));
    return text.replace(longNumber, QStringLiteral("<id>"));
}

QString dateText(std::int32_t date)
{
    if (date == 0)
        return Tr::tr("never");
    return QDateTime::fromSecsSinceEpoch(date, Qt::UTC).toString(Qt::ISODate);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

} // namespace

QString dcFlagsText(std::uint8_t flags)
{
    QStringList names;
    if (flags & DcFlag::Ipv6)
        names << Tr::tr("IPv6");
    if (flags & DcFlag::MediaOnly)
        names << Tr::tr("media");
    if (flags & DcFlag::TcpoOnly)
        names << Tr::tr("TCPO");
    if (flags & DcFlag::Cdn)
        names << Tr::tr("CDN");
    if (flags & DcFlag::Static)
        names << Tr::tr("static");
    if (const std::uint8_t unknown = flags & ~DcFlag::Known)
        names << QStringLiteral("0x%1").arg(unknown, 2, 16, QLatin1Char('0'));
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}

QString peerKindText(const CachedPeer &peer)
{
    if (peer.isCommunity)
        return Tr::tr("community");
    if (peer.isChat)
        return Tr::tr("basic group");
    if (!peer.isChannel)
        return Tr::tr("user");
    switch (peer.channelKind) {
    case ChannelKind::Broadcast:
        return Tr::tr("channel (broadcast)");
    case ChannelKind::Megagroup:
        return Tr::tr("channel (megagroup)");
    case ChannelKind::Gigagroup:
        return Tr::tr("channel (gigagroup)");
    case ChannelKind::None:
        break;
    }
    return peer.accessHash == 0 ? Tr::tr("min channel") : Tr::tr("channel");
}

QString sessionReport(const DecodedSession &decoded, const ReportOptions &options)
{
    if (decoded.sessions.empty())
        return Tr::tr("The source holds no session.") + u'\n';
    const std::size_t account = std::min(options.account, decoded.sessions.size() - 1);
    const Session &s = decoded.sessions[account];
    const SessionStats stats = computeStats(s, hasFerogramVersion(decoded.format) ? decoded.version : 8);

    QStringList out;
    out << Tr::tr("Feroscope %1 session report").arg(QStringLiteral(FEROSCOPE_VERSION));
    out << Tr::tr("Format: %1 (%2)").arg(formatDisplayName(decoded.format), formatId(decoded.format));
    out << Tr::tr("Version: %1, layout: %2").arg(decoded.version).arg(decoded.layout);
    out << Tr::tr("Opens with: %1").arg(releasesThatCanOpen(decoded));
    if (decoded.sessions.size() > 1)
        out << Tr::tr("Account: %1 of %2").arg(account + 1).arg(decoded.sessions.size());
    out << Tr::tr("Home DC: %1").arg(s.homeDcId);
    if (options.includeIds && s.account.userId)
        out << Tr::tr("User id: %1").arg(*s.account.userId);
    if (s.account.isBot)
        out << Tr::tr("Bot: %1").arg(yesNo(*s.account.isBot));
    if (s.account.testMode)
        out << Tr::tr("Test servers: %1").arg(yesNo(*s.account.testMode));

    out << QString() << Tr::tr("DC table (%1 entries):").arg(s.dcs.size());
    for (const DcEntry &dc : s.dcs) {
        const QString home = dc.dcId == s.homeDcId ? Tr::tr(" [home]") : QString();
        out << Tr::tr("  DC %1%2  %3  flags: %4  auth key id: %5  time offset: %6")
                   .arg(dc.dcId)
                   .arg(home, dc.addr, dcFlagsText(dc.flags), dc.authKey ? dc.authKey->idHex() : Tr::tr("none"))
                   .arg(dc.timeOffset);
    }

    out << QString() << Tr::tr("Updates state:");
    out << Tr::tr("  pts %1, qts %2, seq %3, date %4, initialised: %5")
               .arg(s.updates.pts)
               .arg(s.updates.qts)
               .arg(s.updates.seq)
               .arg(dateText(s.updates.date), yesNo(s.updates.initialised()));
    out << Tr::tr("  channel pts entries: %1").arg(stats.channelPts);

    out << QString() << Tr::tr("Peer cache (%1 peers):").arg(s.peers.size());
    out << Tr::tr("  users: %1").arg(stats.users);
    out << Tr::tr("  basic groups: %1").arg(stats.chats);
    out << Tr::tr("  broadcast channels: %1").arg(stats.broadcasts);
    out << Tr::tr("  megagroups: %1").arg(stats.megagroups);
    out << Tr::tr("  gigagroups: %1").arg(stats.gigagroups);
    out << Tr::tr("  channels without kind: %1").arg(stats.channelsNoKind);
    out << Tr::tr("  min channels: %1").arg(stats.minChannels);
    out << Tr::tr("  communities: %1").arg(stats.communities);
    out << Tr::tr("  min peers: %1").arg(stats.minPeers);
    out << Tr::tr("Future auth token: %1").arg(s.futureAuthToken ? Tr::tr("present") : Tr::tr("absent"));

    QStringList warnings = decoded.warnings;
    warnings << healthWarnings(decoded, account);
    if (!warnings.isEmpty()) {
        out << QString() << Tr::tr("Warnings:");
        for (const QString &w : std::as_const(warnings))
            out << QStringLiteral("  - ") + (options.includeIds ? w : maskLongNumbers(w));
    }
    return out.join(u'\n') + u'\n';
}

} // namespace fero
