// The readable `inspect` output: what a person checks first (format, which
// releases open it, home DC and its key id), then the tables, then warnings.
#include "cli.h"

#include "base/address.h"
#include "formats/traits.h"
#include "inspect/foreignjson.h"
#include "inspect/inspect.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace fero::cli {
namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("%1  %2").arg(label.leftJustified(14), value);
}

QString number(std::size_t n)
{
    return QLocale::system().toString(qulonglong(n));
}

QString flagNames(std::uint8_t flags)
{
    QStringList names;
    if (flags & DcFlag::Ipv6)
        names << QStringLiteral("ipv6");
    if (flags & DcFlag::MediaOnly)
        names << QStringLiteral("media");
    if (flags & DcFlag::TcpoOnly)
        names << QStringLiteral("tcpo");
    if (flags & DcFlag::Cdn)
        names << QStringLiteral("cdn");
    if (flags & DcFlag::Static)
        names << QStringLiteral("static");
    if (flags & ~DcFlag::Known)
        names << QStringLiteral("0x%1").arg(int(flags & ~DcFlag::Known), 2, 16, QLatin1Char('0'));
    return names.join(u',');
}

void printDcTable(const Session &s, bool reveal)
{
    const SessionStats stats = computeStats(s);
    printOut(QString());
    printOut(Tr::tr("DC table (entries: %1, auth keys: %2)").arg(stats.dcEntries).arg(stats.authKeys));
    if (s.dcs.empty())
        return;
    printOut(QStringLiteral("  %1  %2  %3  %4  %5  %6")
                 .arg(Tr::tr("DC"), 4)
                 .arg(Tr::tr("address").leftJustified(30))
                 .arg(Tr::tr("flags").leftJustified(12))
                 .arg(Tr::tr("auth key id").leftJustified(16))
                 .arg(Tr::tr("first salt"), 20)
                 .arg(Tr::tr("offset"), 6));
    for (const DcEntry &dc : s.dcs) {
        const QString home = dc.dcId == s.homeDcId ? QStringLiteral("*") : QStringLiteral(" ");
        printOut(QStringLiteral(" %1%2  %3  %4  %5  %6  %7")
                     .arg(home)
                     .arg(dc.dcId, 4)
                     .arg(dc.addr.leftJustified(30))
                     .arg(flagNames(dc.flags).leftJustified(12))
                     .arg((dc.authKey ? dc.authKey->idHex() : QStringLiteral("-")).leftJustified(16))
                     .arg(dc.firstSalt, 20)
                     .arg(dc.timeOffset, 6));
        if (reveal && dc.authKey)
            printOut(QStringLiteral("        %1 %2").arg(Tr::tr("key:"), dc.authKey->toHexString()));
    }
}

void printPeers(const Session &s)
{
    const SessionStats stats = computeStats(s);
    printOut(QString());
    printOut(Tr::tr("Cached peers: %1").arg(number(stats.peers)));
    const std::pair<std::size_t, PeerKind> kinds[] = {
        {stats.users, PeerKind::User},
        {stats.chats, PeerKind::Chat},
        {stats.broadcasts, PeerKind::Broadcast},
        {stats.megagroups, PeerKind::Megagroup},
        {stats.gigagroups, PeerKind::Gigagroup},
        {stats.channelsNoKind, PeerKind::Channel},
        {stats.minChannels, PeerKind::MinChannel},
        {stats.communities, PeerKind::Community},
    };
    for (const auto &[count, kind] : kinds)
        if (count)
            printOut(QStringLiteral("  %1  %2").arg(number(count), 8).arg(peerKindName(kind)));
    printOut(row(Tr::tr("Min peers"), number(stats.minPeers)));
}

void printCounters(const Session &s)
{
    const UpdatesState &u = s.updates;
    printOut(QString());
    QString date = QString::number(u.date);
    if (u.date > 0)
        date += QStringLiteral(" (%1)").arg(QDateTime::fromSecsSinceEpoch(u.date, Qt::UTC).toString(Qt::ISODate));
    printOut(row(Tr::tr("Update state"),
                 Tr::tr("pts %1, qts %2, seq %3, date %4").arg(u.pts).arg(u.qts).arg(u.seq).arg(date)));
    printOut(row(Tr::tr("Channel pts"), number(u.channels.size())));
}

void printAccount(const AccountInfo &a)
{
    if (a.userId)
        printOut(row(Tr::tr("User id"), QString::number(*a.userId)));
    if (a.serverSalt)
        printOut(row(Tr::tr("Server salt"), QString::number(*a.serverSalt)));
    if (a.seqNo)
        printOut(row(Tr::tr("seq_no"), QString::number(*a.seqNo)));
    if (a.layer)
        printOut(row(Tr::tr("Layer"), QString::number(*a.layer)));
}

QString optionalText(const std::optional<std::int64_t> &value)
{
    return value ? QString::number(*value) : Tr::tr("not stored in this format");
}

QString optionalText(const std::optional<bool> &value)
{
    return value ? (*value ? Tr::tr("yes") : Tr::tr("no")) : Tr::tr("not stored in this format");
}

// The values other libraries carry, each shown even when absent: what a
// format does NOT hold is what decides which targets need a flag.
void printForeignFields(const Session &s, Format format)
{
    printOut(QString());
    printOut(Tr::tr("Account values"));
    const DcEntry *dc = homeDcEntry(s);
    const auto hostPort = dc && traits(format).storesAddress ? splitAddress(dc->addr) : std::nullopt;
    printOut(row(Tr::tr("  Address"), hostPort
                                          ? QStringLiteral("%1 port %2%3")
                                                .arg(hostPort->host)
                                                .arg(hostPort->port)
                                                .arg(dc->isIpv6() ? Tr::tr(" (IPv6)") : QString())
                                          : Tr::tr("not stored (the known address of DC %1 is used)").arg(s.homeDcId)));
    printOut(row(Tr::tr("  User id"), optionalText(s.account.userId)));
    printOut(row(Tr::tr("  Bot"), optionalText(s.account.isBot)));
    printOut(row(Tr::tr("  Test mode"), optionalText(s.account.testMode)));
    printOut(row(Tr::tr("  API id"), optionalText(s.account.apiId)));
    if (s.account.takeoutId)
        printOut(row(Tr::tr("  Takeout id"), QString::number(*s.account.takeoutId)));
}

} // namespace

void printSummary(const DecodedSession &decoded, const QStringList &warnings, const QString &path, bool reveal,
                  std::size_t account, const QStringList &related)
{
    if (account >= decoded.sessions.size())
        account = 0;
    const Session &s = decoded.sessions[account];
    const FormatTraits &format = traits(decoded.format);

    if (!path.isEmpty()) {
        const QFileInfo info(path);
        printOut(row(Tr::tr("File"), QDir::toNativeSeparators(path)));
        printOut(
            row(Tr::tr("Size"), Tr::tr("%1 bytes, mode %2").arg(number(std::size_t(info.size())), modeText(path))));
        // Leftovers hold copies of the keys: their modes matter as much.
        for (qsizetype i = 0; i < related.size(); ++i) {
            const QString line = Tr::tr("%1 (mode %2)").arg(QDir::toNativeSeparators(related[i]), modeText(related[i]));
            printOut(i == 0 ? row(Tr::tr("Related"), line) : row(QString(), line));
        }
    } else {
        printOut(row(Tr::tr("Source"), Tr::tr("standard input")));
    }
    QString what = QStringLiteral("%1 (%2)").arg(format.displayName(), QString::fromLatin1(format.id));
    if (!decoded.layout.isEmpty())
        what += QStringLiteral(", ") + decoded.layout;
    printOut(row(Tr::tr("Format"), what));
    printOut(row(Tr::tr("Opens in"), releasesThatCanOpen(decoded)));
    if (decoded.sessions.size() > 1) {
        printOut(
            row(Tr::tr("Accounts"),
                Tr::tr("%1 (showing account %2; choose with --account N)").arg(decoded.sessions.size()).arg(account)));
        for (std::size_t i = 0; i < decoded.sessions.size(); ++i) {
            const Session &a = decoded.sessions[i];
            printOut(QStringLiteral("  %1  ").arg(i, 3)
                     + Tr::tr("user id %1, main DC %2").arg(optionalText(a.account.userId)).arg(a.homeDcId));
        }
    }
    if (const QStringList &explanation = decoded.explanation; !explanation.isEmpty()) {
        printOut(row(Tr::tr("Detected as"), explanation.front()));
        for (qsizetype i = 1; i < explanation.size(); ++i)
            printOut(QStringLiteral("  ") + explanation[i]);
    }

    QString home = QString::number(s.homeDcId);
    if (const DcEntry *dc = homeDcEntry(s)) {
        home += QStringLiteral("  ") + dc->addr;
        home += dc->authKey ? Tr::tr("  auth key id %1").arg(dc->authKey->idHex()) : Tr::tr("  no auth key");
    }
    printOut(row(Tr::tr("Home DC"), home));
    if (format.isForeign())
        printForeignFields(s, decoded.format);
    else
        printAccount(s.account);
    if (s.futureAuthToken)
        printOut(row(Tr::tr("Auth token"), reveal
                                               ? QString::fromLatin1(s.futureAuthToken->toHex())
                                               : Tr::tr("hidden (length: %1 bytes)").arg(s.futureAuthToken->size())));

    printDcTable(s, reveal);
    if (format.hasPeerCache) { // what holds no peers holds no counters either
        printCounters(s);
        printPeers(s);
        // A binary file's or native string's own version; a database's is
        // its schema generation, not a binary layout.
        const int version =
            format.versioned && format.kind != FormatKind::Database ? decoded.version : LatestBinaryVersion;
        const SessionStats stats = computeStats(s, version);
        printOut(
            row(Tr::tr("Binary size"), Tr::tr("%1 bytes as a binary v%2 file")
                                           .arg(number(stats.binaryBytes))
                                           .arg(version >= OldestWritableVersion ? version : LatestBinaryVersion)));
    }

    printOut(QString());
    if (warnings.isEmpty()) {
        printOut(Tr::tr("No warnings."));
        return;
    }
    printOut(Tr::tr("Warnings:"));
    for (const QString &warning : warnings)
        printOut(QStringLiteral("  - ") + warning);
}

} // namespace fero::cli
