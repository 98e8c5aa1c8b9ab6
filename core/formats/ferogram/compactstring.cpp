#include "formats/ferogram/compactstring.h"

#include "base/address.h"
#include "base/bytereader.h"
#include "formats/common/base64.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <array>

namespace fero::compact {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CompactString)
};

constexpr std::uint8_t IpV4 = 4;
constexpr std::uint8_t IpV6 = 6;

// Sizes after the version byte: dc_id, ip_type, ip, port, user_id,
// [V1: server_salt, seq_no, layer], auth_key.
std::size_t payloadSize(int version, std::size_t ipSize)
{
    return 1 + 1 + ipSize + 2 + 8 + (version == 1 ? 8 + 4 + 4 : 0) + AuthKey::Size;
}

QString ipv4Text(const std::uint8_t *ip)
{
    return QStringLiteral("%1.%2.%3.%4").arg(ip[0]).arg(ip[1]).arg(ip[2]).arg(ip[3]);
}

// The text Rust's Ipv6Addr Display gives (what ferogram puts into the DC
// address): "::ffff:a.b.c.d" for IPv4-mapped addresses, else lowercase hex
// groups with the first longest run of two or more zero groups as "::".
QString ipv6Text(const std::uint8_t *ip)
{
    std::array<std::uint16_t, 8> g{};
    for (int i = 0; i < 8; ++i)
        g[i] = std::uint16_t(ip[2 * i] << 8 | ip[2 * i + 1]);
    if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF)
        return QStringLiteral("::ffff:") + ipv4Text(ip + 12);
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    const auto groups = [&](int from, int to) {
        QStringList parts;
        for (int i = from; i < to; ++i)
            parts << QString::number(g[i], 16);
        return parts.join(u':');
    };
    if (bestLen < 2)
        return groups(0, 8);
    return groups(0, bestStart) + QStringLiteral("::") + groups(bestStart + bestLen, 8);
}

QString truncated(const QString &detail)
{
    return Text::tr("invalid or truncated session data: %1").arg(detail);
}

} // namespace

Result<DecodedSession> read(QStringView text)
{
    auto decoded = base64::decodeTolerant(text);
    if (!decoded)
        return decoded.error();
    const QByteArray &bytes = decoded->bytes;
    ByteReader r(bytes);
    std::uint8_t version = 0;
    if (!r.be(version, "version"))
        return Error::invalid(truncated(Text::tr("the string is empty.")));
    if (version != 1 && version != 2)
        return Error::invalid(Text::tr("unsupported version: %1 (ferogram compact strings start with version 1 or "
                                       "2).")
                                  .arg(version));
    std::uint8_t dcId = 0, ipType = 0;
    if (!r.be(dcId, "dc_id") || !r.be(ipType, "ip type"))
        return Error::invalid(truncated(Text::tr("it ends at byte %1, before the ip type byte.").arg(bytes.size())));
    if (ipType != IpV4 && ipType != IpV6)
        return Error::invalid(
            Text::tr("unknown ip type byte: %1 at byte 2 (a compact string holds 4 or 6).").arg(ipType));
    const std::size_t ipSize = ipType == IpV4 ? 4 : 16;
    const std::size_t needed = 1 + payloadSize(version, ipSize);
    if (std::size_t(bytes.size()) < needed)
        return Error::invalid(truncated(Text::tr("a V%1 string with an IPv%2 address holds %3 bytes, this one %4.")
                                            .arg(version)
                                            .arg(ipType)
                                            .arg(needed)
                                            .arg(bytes.size())));

    // Length checked above: the reads below cannot fail.
    const std::uint8_t *ip = r.take(ipSize, "ip");
    std::uint16_t port = 0;
    std::int64_t userId = 0;
    r.be(port, "port");
    r.be(userId, "user_id");
    Session session;
    if (version == 1) {
        std::int64_t salt = 0;
        std::uint32_t seqNo = 0, layer = 0;
        r.be(salt, "server_salt"), r.be(seqNo, "seq_no"), r.be(layer, "layer");
        session.account.serverSalt = salt;
        session.account.seqNo = seqNo;
        session.account.layer = layer;
    }
    DcEntry &dc = session.dcs.emplace_back();
    dc.dcId = dcId;
    dc.addr = joinAddress(ipType == IpV4 ? ipv4Text(ip) : ipv6Text(ip), port);
    dc.flags = ipType == IpV6 ? DcFlag::Ipv6 : 0;
    dc.firstSalt = session.account.serverSalt.value_or(0);
    dc.authKey = AuthKey::fromRaw(r.take(AuthKey::Size, "auth_key"));
    session.homeDcId = dcId;
    session.account.userId = userId;

    DecodedSession out;
    out.format = version == 1 ? Format::FerogramCompactV1 : Format::FerogramCompactV2;
    out.version = version;
    out.layout = Text::tr("compact string V%1").arg(version);
    out.warnings = decoded->warnings;
    if (!r.atEnd())
        out.warnings << Text::tr("%1 bytes after the end of the compact string data (from byte %2) are ignored, as "
                                 "ferogram ignores them.")
                            .arg(r.remaining())
                            .arg(r.offset());
    out.sessions.push_back(std::move(session));
    secureWipe(decoded->bytes);
    return out;
}

const DcEntry *chooseDc(const Session &session)
{
    // ferogram's export uses the home DC's IPv4 entry; we also prefer plain
    // entries over media-only or CDN ones, then fall back to IPv6.
    const DcEntry *best = nullptr;
    int bestScore = 0;
    for (const DcEntry &dc : session.dcs) {
        if (dc.dcId != session.homeDcId || !dc.authKey)
            continue;
        const int score = (dc.isIpv6() ? 2 : 0) + ((dc.flags & (DcFlag::MediaOnly | DcFlag::Cdn)) ? 1 : 0);
        if (!best || score < bestScore) {
            best = &dc;
            bestScore = score;
        }
    }
    return best;
}

Result<QString> write(const Session &session, const WriteOptions &options)
{
    if (options.version != 1 && options.version != 2)
        return Error::usage(Text::tr("a compact string is version 1 or 2, not %1.").arg(options.version));
    if (session.homeDcId < 0 || session.homeDcId > 255)
        return Error::refused(Text::tr("cannot write a compact string: the home DC id %1 does not fit its one-byte "
                                       "DC id (0 to 255).")
                                  .arg(session.homeDcId));
    const DcEntry *dc = chooseDc(session);
    if (!dc)
        return Error::refused(Text::tr("cannot write a compact string: the home DC %1 has no DC entry with an auth "
                                       "key, and a compact string holds exactly that.")
                                  .arg(session.homeDcId));
    const auto hostPort = splitAddress(dc->addr);
    QHostAddress ip;
    if (!hostPort || !hostPort->literal || !ip.setAddress(hostPort->host) || !ip.scopeId().isEmpty())
        return Error::refused(Text::tr("cannot write a compact string: the address \"%1\" of DC %2 is not an IP "
                                       "address and port (a hostname or zone id cannot be stored in a compact "
                                       "string).")
                                  .arg(dc->addr)
                                  .arg(dc->dcId));

    const bool v4 = ip.protocol() == QAbstractSocket::IPv4Protocol;
    const std::size_t ipSize = v4 ? 4 : 16;
    QByteArray out;
    out.reserve(qsizetype(1 + payloadSize(options.version, ipSize)));
    const auto be = [&out](auto value) {
        for (int shift = 8 * int(sizeof(value)) - 8; shift >= 0; shift -= 8)
            out.append(char(std::uint64_t(value) >> shift));
    };
    be(std::uint8_t(options.version));
    be(std::uint8_t(session.homeDcId));
    be(v4 ? IpV4 : IpV6);
    if (v4) {
        be(std::uint32_t(ip.toIPv4Address()));
    } else {
        const Q_IPV6ADDR a = ip.toIPv6Address();
        out.append(reinterpret_cast<const char *>(a.c), 16);
    }
    be(hostPort->port);
    be(options.userId.value_or(session.account.userId.value_or(0)));
    if (options.version == 1) {
        be(dc->firstSalt);
        be(session.account.seqNo.value_or(0));
        be(session.account.layer.value_or(0));
    }
    out.append(reinterpret_cast<const char *>(dc->authKey->data()), qsizetype(AuthKey::Size));
    QString text = base64::encodeUrlSafe(out);
    secureWipe(out);
    return text;
}

} // namespace fero::compact
