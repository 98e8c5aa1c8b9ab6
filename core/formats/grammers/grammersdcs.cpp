#include "formats/grammers/grammersdcs.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <array>
#include <set>

namespace fero::grammers {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GrammersDcs)
};

// grammers 0.8 lib.rs: DEFAULT_DCS (more-stores.md §2.2).
constexpr std::array<const char *, 5> kBuiltin{"149.154.175.53", "149.154.167.41", "149.154.175.100", "149.154.167.92",
                                               "91.108.56.104"};

// One entry of ours that a grammers DC can take: not media-only, an IP
// literal with a port.
std::optional<HostPort> usableAddress(const DcEntry &e)
{
    if (e.flags & DcFlag::MediaOnly)
        return std::nullopt;
    auto hp = splitAddress(e.addr);
    if (!hp || !hp->literal)
        return std::nullopt;
    return hp;
}

} // namespace

QString builtinIpv4(int dcId)
{
    return dcId >= 1 && dcId <= 5 ? QString::fromLatin1(kBuiltin[std::size_t(dcId - 1)]) : QString();
}

QString ipv4Compatible(const QString &ipv4)
{
    QHostAddress v4;
    if (!v4.setAddress(ipv4) || v4.protocol() != QAbstractSocket::IPv4Protocol)
        return {};
    const quint32 bits = v4.toIPv4Address();
    // Rust prints an IPv4-compatible address in hex groups, never dotted.
    return QStringLiteral("::%1:%2").arg(bits >> 16, 0, 16).arg(bits & 0xffff, 0, 16);
}

QString rustIpv6Text(const std::array<std::uint8_t, 16> &o)
{
    std::array<unsigned, 8> g{};
    for (std::size_t i = 0; i < 8; ++i)
        g[i] = unsigned(o[2 * i]) << 8 | o[2 * i + 1];
    if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff)
        return QStringLiteral("::ffff:%1.%2.%3.%4").arg(o[12]).arg(o[13]).arg(o[14]).arg(o[15]);
    std::size_t bestStart = 8, bestLen = 0;
    for (std::size_t i = 0; i < 8;) {
        std::size_t j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen && j - i > 1) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    QString out;
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(g[i], 16);
    }
    return out;
}

void appendEntries(const GrammersDc &dc, std::vector<DcEntry> &out)
{
    if (!dc.ipv4.isEmpty()) {
        DcEntry v4;
        v4.dcId = dc.id;
        v4.addr = joinAddress(dc.ipv4, dc.port);
        v4.authKey = dc.key;
        out.push_back(std::move(v4));
    }
    if (!dc.ipv6.isEmpty() && (dc.ipv4.isEmpty() || dc.ipv6 != ipv4Compatible(dc.ipv4))) {
        DcEntry v6;
        v6.dcId = dc.id;
        v6.addr = joinAddress(dc.ipv6, dc.ipv6Port);
        v6.flags = DcFlag::Ipv6;
        v6.authKey = dc.key;
        out.push_back(std::move(v6));
    }
}

void addBuiltinHome(Session &session, QStringList &warnings)
{
    for (const DcEntry &e : session.dcs)
        if (e.dcId == session.homeDcId)
            return;
    const QString builtin = builtinIpv4(session.homeDcId);
    if (builtin.isEmpty()) {
        warnings << Tr::tr("The store has no entry for its home DC %1, and grammers has no built-in address for it.")
                        .arg(session.homeDcId);
        return;
    }
    warnings << Tr::tr("The store has no entry for its home DC %1; grammers uses its built-in address %2:443, and "
                       "so did we.")
                    .arg(session.homeDcId)
                    .arg(builtin);
    session.dcs.push_back({session.homeDcId, joinAddress(builtin, 443), std::nullopt, 0, 0, 0});
}

std::vector<GrammersDc> grammersDcs(const Session &session)
{
    std::vector<GrammersDc> out;
    const auto find = [&out](std::int32_t id) -> GrammersDc * {
        for (GrammersDc &dc : out)
            if (dc.id == id)
                return &dc;
        return nullptr;
    };
    for (const DcEntry &e : session.dcs) {
        const auto hp = usableAddress(e);
        if (!hp)
            continue;
        GrammersDc *dc = find(e.dcId);
        if (!dc) {
            out.push_back({});
            dc = &out.back();
            dc->id = e.dcId;
        }
        if (!hp->ipv6 && dc->ipv4.isEmpty()) {
            dc->ipv4 = hp->host;
            dc->port = hp->port;
        } else if (hp->ipv6 && dc->ipv6.isEmpty()) {
            dc->ipv6 = hp->host;
            dc->ipv6Port = hp->port;
        } else {
            continue;
        }
        if (!dc->key && e.authKey)
            dc->key = e.authKey;
    }
    std::erase_if(out, [](const GrammersDc &dc) { return dc.ipv4.isEmpty(); });
    for (GrammersDc &dc : out)
        if (dc.ipv6.isEmpty()) {
            dc.ipv6 = ipv4Compatible(dc.ipv4);
            dc.ipv6Port = dc.port;
        }
    return out;
}

void dcLosses(const Session &session, bool onePort, LossReport &report)
{
    const std::vector<GrammersDc> kept = grammersDcs(session);
    std::set<std::int32_t> keptIds;
    for (const GrammersDc &dc : kept)
        keptIds.insert(dc.id);
    std::size_t media = 0, names = 0, extra = 0, noIpv4 = 0, details = 0, otherKeys = 0, ports = 0;
    std::set<std::int32_t> seenV4, seenV6;
    for (const DcEntry &e : session.dcs) {
        if (e.firstSalt || e.timeOffset)
            ++details;
        if (e.flags & DcFlag::MediaOnly) {
            ++media;
            continue;
        }
        const auto hp = splitAddress(e.addr);
        if (!hp || !hp->literal) {
            ++names;
            continue;
        }
        if (!keptIds.count(e.dcId)) {
            ++noIpv4;
            continue;
        }
        std::set<std::int32_t> &seen = hp->ipv6 ? seenV6 : seenV4;
        if (!seen.insert(e.dcId).second) {
            ++extra;
            continue;
        }
        for (const GrammersDc &dc : kept)
            if (dc.id == e.dcId) {
                if (e.authKey && dc.key && !(*e.authKey == *dc.key))
                    ++otherKeys;
                if (onePort && hp->ipv6 && hp->port != dc.port)
                    ++ports;
            }
    }
    if (media)
        report.add(
            LossKind::OtherDcs, media,
            Tr::tr("%n media-only DC entry(s) are not written: grammers keeps one entry per DC.", nullptr, int(media)));
    if (names)
        report.add(LossKind::OtherDcs, names,
                   Tr::tr("%n DC entry(s) with a host name or no port are not written: grammers stores IP addresses.",
                          nullptr, int(names)));
    if (noIpv4)
        report.add(LossKind::OtherDcs, noIpv4,
                   Tr::tr("%n DC entry(s) of DCs without an IPv4 address are not written: grammers 0.8 needs one in "
                          "every DC.",
                          nullptr, int(noIpv4)));
    if (extra)
        report.add(LossKind::OtherDcs, extra,
                   Tr::tr("%n DC entry(s) repeat a DC's IPv4 or IPv6 address; grammers keeps the first of each.",
                          nullptr, int(extra)));
    if (otherKeys)
        report.add(LossKind::OtherKeys, otherKeys,
                   Tr::tr("%n auth key(s) differ from the key of their DC's first entry; grammers keeps one key per "
                          "DC.",
                          nullptr, int(otherKeys)));
    if (ports)
        report.add(LossKind::DcDetails, ports,
                   Tr::tr("%n IPv6 port(s) differ from the DC's IPv4 port; grammers 0.8 keeps one port per DC.",
                          nullptr, int(ports)));
    if (details)
        report.add(
            LossKind::DcDetails, details,
            Tr::tr("%n DC entry(s) carry a salt or time offset; grammers stores neither.", nullptr, int(details)));
}

Status requireHomeIpv4(const Session &session, const QString &formatName)
{
    for (const GrammersDc &dc : grammersDcs(session))
        if (dc.id == session.homeDcId)
            return {};
    return Error::refused(Tr::tr("%1 needs an IPv4 address for the home DC %2 (grammers 0.8 requires one in every "
                                 "DC), and the session has none.")
                              .arg(formatName)
                              .arg(session.homeDcId));
}

} // namespace fero::grammers
