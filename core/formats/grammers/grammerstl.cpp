#include "formats/grammers/grammerstl.h"

#include "base/bytereader.h"
#include "formats/common/tlcodec.h"
#include "formats/grammers/grammersdcs.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace fero::grammerstl {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GrammersTl)
};

// Constructors of grammers-session/build.rs (more-stores.md §2.1).
constexpr std::uint32_t VectorMagic = 0x1cb5c415;
constexpr std::uint32_t DataCenterMagic = 0x756d16b6;
constexpr std::uint32_t DataCenterWsMagic = 0x72490a88;
constexpr std::uint32_t UserMagic = 0x672f428d;
constexpr std::uint32_t ChannelStateMagic = 0xc2b0f8cd;
constexpr std::uint32_t UpdateStateMagic = 0xd0cadcc1;

// Which grammers wrote a DC entry, from its address bits alone (§2.2).
enum class Layout { V08, V07, None };

Layout layoutOf(std::uint32_t flags)
{
    const std::uint32_t addresses = flags & 3;
    if (addresses == 3)
        return Layout::V08;
    return addresses ? Layout::V07 : Layout::None;
}

QString ipv4Text(const std::uint8_t *raw, Layout layout)
{
    // 0.8: Ipv4Addr::to_bits() as i32 (octets reversed); 0.7: from_le_bytes(octets).
    const bool reversed = layout == Layout::V08;
    quint32 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = bits << 8 | raw[reversed ? 3 - i : i];
    return QHostAddress(bits).toString();
}

QString ipv6Text(const std::uint8_t *raw, Layout layout)
{
    std::array<std::uint8_t, 16> octets{};
    for (std::size_t i = 0; i < 16; ++i)
        octets[i] = raw[layout == Layout::V08 ? 15 - i : i];
    return grammers::rustIpv6Text(octets);
}

Error failure(const ByteReader &r, const QString &what)
{
    if (r.failed())
        return Error::invalid(Tr::tr("The grammers session file is cut short: it ends at byte %1 while reading %2 "
                                     "(%3 more bytes needed; grammers would say \"malformed data\").")
                                  .arg(r.failOffset())
                                  .arg(QString::fromLatin1(r.failField()))
                                  .arg(r.failNeeded() - (r.size() - r.failOffset())));
    return Error::invalid(what);
}

QString unknownConstructor(std::uint32_t id, std::size_t offset, const char *where)
{
    return Tr::tr("Unknown constructor 0x%1 at byte %2 (%3): grammers would refuse the file (\"unsupported "
                  "version\").")
        .arg(id, 8, 16, QLatin1Char('0'))
        .arg(offset)
        .arg(QLatin1String(where));
}

struct Counts {
    int v08 = 0, v07 = 0, none = 0, ws = 0;
};

Status readDc(ByteReader &r, std::vector<grammers::GrammersDc> &dcs, Counts &counts, QStringList &warnings)
{
    const std::size_t at = r.offset();
    std::uint32_t id = 0, flags = 0;
    if (!r.le(id, "dc constructor") || !r.le(flags, "dc flags"))
        return failure(r, {});
    if (id == DataCenterWsMagic) { // after 0.7 only; 0.8's lookups skip it
        std::int32_t dcId = 0;
        QByteArray url, auth;
        if (!r.le(dcId, "dataCenterWs.id") || !tl::readBytes(r, url, "dataCenterWs.url"))
            return failure(r, {});
        if ((flags & 1) && !tl::readBytes(r, auth, "dataCenterWs.auth"))
            return failure(r, {});
        secureWipe(auth);
        ++counts.ws;
        warnings << Tr::tr("DC %1 has a WebSocket entry (%2); grammers 0.8 skips those, and so did we.")
                        .arg(dcId)
                        .arg(QString::fromUtf8(url).left(80));
        return {};
    }
    if (id != DataCenterMagic)
        return Error::invalid(unknownConstructor(id, at, "a DC entry"));
    grammers::GrammersDc dc;
    std::int32_t port = 0;
    if (!r.le(dc.id, "dataCenter.id"))
        return failure(r, {});
    const Layout layout = layoutOf(flags);
    if (flags & 1) {
        const std::uint8_t *raw = r.take(4, "dataCenter.ipv4");
        if (!raw)
            return failure(r, {});
        dc.ipv4 = ipv4Text(raw, layout);
    }
    if (flags & 2) {
        const std::uint8_t *raw = r.take(16, "dataCenter.ipv6");
        if (!raw)
            return failure(r, {});
        dc.ipv6 = ipv6Text(raw, layout);
    }
    if (!r.le(port, "dataCenter.port"))
        return failure(r, {});
    if (port < 0 || port > 65535)
        return Error::invalid(Tr::tr("DC %1's port is %2, not a port number.").arg(dc.id).arg(port));
    dc.port = dc.ipv6Port = std::uint16_t(port);
    if (flags & 4) {
        QByteArray auth;
        if (!tl::readBytes(r, auth, "dataCenter.auth"))
            return failure(r, {});
        dc.key = AuthKey::fromBytes(auth);
        const qsizetype size = auth.size();
        secureWipe(auth);
        if (!dc.key)
            return Error::invalid(Tr::tr("DC %1's auth key is %2 bytes; an auth key has 256.").arg(dc.id).arg(size));
    }
    switch (layout) {
    case Layout::V08:
        ++counts.v08;
        break;
    case Layout::V07:
        ++counts.v07;
        break;
    case Layout::None:
        ++counts.none;
        warnings << Tr::tr("DC %1's entry has no address.").arg(dc.id);
        break;
    }
    dcs.push_back(std::move(dc));
    return {};
}

Status readUser(ByteReader &r, Session &session)
{
    const std::size_t at = r.offset();
    std::uint32_t id = 0, boolId = 0;
    std::int64_t userId = 0;
    std::int32_t dc = 0;
    if (!r.le(id, "user constructor"))
        return failure(r, {});
    if (id != UserMagic)
        return Error::invalid(unknownConstructor(id, at, "the user"));
    if (!r.le(userId, "user.id") || !r.le(dc, "user.dc") || !r.le(boolId, "user.bot"))
        return failure(r, {});
    if (boolId != tl::BoolTrue && boolId != tl::BoolFalse)
        return Error::invalid(Tr::tr("user.bot at byte %1 is 0x%2, not a TL Bool.")
                                  .arg(r.offset() - 4)
                                  .arg(boolId, 8, 16, QLatin1Char('0')));
    session.homeDcId = dc;
    // set_home_dc_id without a signed-in user writes user{id: 0} (§2.3).
    if (userId != 0) {
        session.account.userId = userId;
        session.account.isBot = boolId == tl::BoolTrue;
    }
    return {};
}

Status readState(ByteReader &r, Session &session)
{
    const std::size_t at = r.offset();
    std::uint32_t id = 0, vector = 0;
    std::int32_t count = 0;
    UpdatesState &u = session.updates;
    if (!r.le(id, "updateState constructor"))
        return failure(r, {});
    if (id != UpdateStateMagic)
        return Error::invalid(unknownConstructor(id, at, "the update state"));
    if (!r.le(u.pts, "updateState.pts") || !r.le(u.qts, "updateState.qts") || !r.le(u.date, "updateState.date")
        || !r.le(u.seq, "updateState.seq") || !r.le(vector, "channels vector") || !r.le(count, "channels count"))
        return failure(r, {});
    if (vector != VectorMagic)
        return Error::invalid(unknownConstructor(vector, r.offset() - 8, "the channels vector"));
    if (count < 0 || std::size_t(count) > r.remaining() / 16)
        return Error::invalid(
            Tr::tr("The channel count %1 does not fit the %2 bytes left.").arg(count).arg(r.remaining()));
    u.channels.reserve(std::size_t(count));
    for (std::int32_t i = 0; i < count; ++i) {
        ChannelPts c;
        const std::size_t cAt = r.offset();
        if (!r.le(id, "channelState constructor"))
            return failure(r, {});
        if (id != ChannelStateMagic)
            return Error::invalid(unknownConstructor(id, cAt, "a channel state"));
        if (!r.le(c.channelId, "channelState.channel_id") || !r.le(c.pts, "channelState.pts"))
            return failure(r, {});
        u.channels.push_back(c);
    }
    return {};
}

QString layoutText(const Counts &c)
{
    if (c.v07 == 0)
        return Tr::tr("TL session, grammers 0.8 address layout (both addresses in each of %n DC entry(s))", nullptr,
                      c.v08);
    if (c.v08 == 0)
        return Tr::tr("TL session, grammers 0.7 address layout (one address in each of %n DC entry(s))", nullptr,
                      c.v07);
    return Tr::tr("TL session, mixed address layouts (%1 DC entries of grammers 0.8, %2 of 0.7)").arg(c.v08).arg(c.v07);
}

void appendU32(QByteArray &out, std::uint32_t v)
{
    tl::appendInt32(out, std::int32_t(v));
}

} // namespace

QString recognise(QByteArrayView head)
{
    ByteReader r(head);
    std::uint32_t magic = 0, flags = 0, vector = 0;
    if (!r.le(magic, "") || !r.le(flags, "") || !r.le(vector, ""))
        return {};
    if (magic != SessionMagic || flags > 3 || vector != VectorMagic)
        return {};
    return Tr::tr("It starts with grammers' session constructor 0xa73eb8ce, a flags word of %1 and a TL vector: a "
                  "grammers TL session file.")
        .arg(flags);
}

Result<DecodedSession> read(QByteArrayView bytes)
{
    ByteReader r(bytes);
    std::uint32_t magic = 0, flags = 0, vector = 0;
    std::int32_t count = 0;
    if (!r.le(magic, "session constructor"))
        return failure(r, {});
    if (magic != SessionMagic)
        return Error::invalid(Tr::tr("Not a grammers session file: it starts with 0x%1, not the session constructor "
                                     "0xa73eb8ce.")
                                  .arg(magic, 8, 16, QLatin1Char('0')));
    if (!r.le(flags, "session flags") || !r.le(vector, "dcs vector") || !r.le(count, "dcs count"))
        return failure(r, {});
    if (vector != VectorMagic)
        return Error::invalid(unknownConstructor(vector, 8, "the DC vector"));
    if (count < 0 || std::size_t(count) > r.remaining() / 16)
        return Error::invalid(Tr::tr("The DC count %1 does not fit the %2 bytes left.").arg(count).arg(r.remaining()));

    DecodedSession decoded;
    decoded.format = Format::GrammersSession;
    Session session;
    std::vector<grammers::GrammersDc> dcs;
    Counts counts;
    for (std::int32_t i = 0; i < count; ++i)
        if (Status s = readDc(r, dcs, counts, decoded.warnings); !s.ok()) {
            for (grammers::GrammersDc &dc : dcs)
                dc.key.reset();
            return s.error();
        }
    session.homeDcId = 2; // grammers' default without a user (§2.3)
    if (flags & 1)
        if (Status s = readUser(r, session); !s.ok())
            return s.error();
    if (flags & 2)
        if (Status s = readState(r, session); !s.ok())
            return s.error();
    if (!r.atEnd())
        decoded.warnings << Tr::tr("%n byte(s) after the session are ignored.", nullptr, int(r.remaining()));
    for (const grammers::GrammersDc &dc : dcs)
        grammers::appendEntries(dc, session.dcs);
    grammers::addBuiltinHome(session, decoded.warnings);
    if (counts.v07)
        decoded.warnings << Tr::tr("%n DC entry(s) carry one address (flags 5 or 6): written by grammers 0.7 or "
                                   "older, octets in network order, and read so. grammers 0.8 itself would read an "
                                   "IPv4 address reversed and panic on an IPv6-only entry; Feroscope writes the 0.8 "
                                   "layout.",
                                   nullptr, counts.v07);
    decoded.layout = layoutText(counts);
    decoded.version = counts.v07 && !counts.v08 ? 7 : 8;
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Result<QByteArray> write(const Session &session)
{
    if (Status s = grammers::requireHomeIpv4(session, formatDisplayName(Format::GrammersSession)); !s.ok())
        return s.error();
    const std::vector<grammers::GrammersDc> dcs = grammers::grammersDcs(session);
    const UpdatesState &u = session.updates;
    const bool state = u.pts || u.qts || u.date || u.seq || !u.channels.empty();
    // 0.8 keeps the home DC in `user` and writes one even without a user
    // (set_home_dc_id: user{id: 0, bot: false}); a fresh file has none.
    const bool user = session.account.userId || session.homeDcId != 2;
    QByteArray out;
    appendU32(out, SessionMagic);
    appendU32(out, (user ? 1u : 0u) | (state ? 2u : 0u));
    appendU32(out, VectorMagic);
    tl::appendInt32(out, std::int32_t(dcs.size()));
    for (const grammers::GrammersDc &dc : dcs) {
        appendU32(out, DataCenterMagic);
        appendU32(out, dc.key ? 7u : 3u);
        tl::appendInt32(out, dc.id);
        const quint32 v4 = QHostAddress(dc.ipv4).toIPv4Address();
        tl::appendInt32(out, std::int32_t(v4)); // to_bits() as i32, little-endian: octets reversed
        const Q_IPV6ADDR v6 = QHostAddress(dc.ipv6).toIPv6Address();
        for (int i = 15; i >= 0; --i) // u128::to_le_bytes(to_bits())
            out.append(char(v6[i]));
        tl::appendInt32(out, dc.port);
        if (dc.key)
            tl::appendBytes(out, dc.key->view());
    }
    if (user) {
        appendU32(out, UserMagic);
        tl::appendInt64(out, session.account.userId.value_or(0));
        tl::appendInt32(out, session.homeDcId);
        tl::appendBool(out, session.account.isBot.value_or(false));
    }
    if (state) {
        appendU32(out, UpdateStateMagic);
        tl::appendInt32(out, u.pts);
        tl::appendInt32(out, u.qts);
        tl::appendInt32(out, u.date);
        tl::appendInt32(out, u.seq);
        appendU32(out, VectorMagic);
        tl::appendInt32(out, std::int32_t(u.channels.size()));
        for (const ChannelPts &c : u.channels) {
            appendU32(out, ChannelStateMagic);
            tl::appendInt64(out, c.channelId);
            tl::appendInt32(out, c.pts);
        }
    }
    return out;
}

} // namespace fero::grammerstl
