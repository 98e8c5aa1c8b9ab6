#include "synthetic.h"

#include "base/address.h"

#include <QString>

#include <array>
#include <random>

namespace fero {
namespace {

struct KnownDc {
    int id;
    const char *ipv4;
    const char *ipv6;
};

// Telegram's public production addresses (ferogram's bootstrap table).
constexpr std::array kDcs{
    KnownDc{1, "149.154.175.53", "2001:b28:f23d:f001::a"},
    KnownDc{2, "149.154.167.51", "2001:67c:4e8:f002::a"},
    KnownDc{3, "149.154.175.100", "2001:b28:f23d:f003::a"},
    KnownDc{4, "149.154.167.91", "2001:67c:4e8:f004::a"},
    KnownDc{5, "91.108.56.130", "2001:b28:f23f:f005::a"},
};

struct TypicalDc {
    int id;
    const char *addr;
    std::uint8_t flags;
    bool key;
};

// ferogram's `typical` vector's DC table, in its order (see SyntheticShape).
constexpr std::array kTypicalDcs{
    TypicalDc{1, "149.154.175.53:443", 0, false},
    TypicalDc{1, "[2001:b28:f23d:f001::a]:443", DcFlag::Ipv6, false},
    TypicalDc{1, "149.154.175.52:80", DcFlag::TcpoOnly | DcFlag::Static, false},
    TypicalDc{1, "149.154.175.211:443", DcFlag::Static, false},
    TypicalDc{2, "149.154.167.51:443", 0, true},
    TypicalDc{2, "[2001:67c:4e8:f002::a]:443", DcFlag::Ipv6, false},
    TypicalDc{2, "149.154.167.151:443", DcFlag::MediaOnly, false},
    TypicalDc{3, "149.154.175.100:443", 0, false},
    TypicalDc{3, "[2001:b28:f23d:f003::a]:443", DcFlag::Ipv6, false},
    TypicalDc{4, "149.154.167.91:443", 0, true},
    TypicalDc{4, "[2001:67c:4e8:f004::a]:443", DcFlag::Ipv6, true},
    TypicalDc{4, "149.154.164.250:443", DcFlag::MediaOnly, false},
    TypicalDc{4, "[2001:67c:4e8:f004::b]:443", DcFlag::Ipv6 | DcFlag::MediaOnly, false},
    TypicalDc{5, "91.108.56.130:443", 0, false},
    TypicalDc{5, "[2001:b28:f23f:f005::a]:443", DcFlag::Ipv6, false},
    TypicalDc{5, "91.108.56.180:443", DcFlag::MediaOnly | DcFlag::TcpoOnly, false},
    TypicalDc{203, "91.105.192.100:443", DcFlag::Cdn, false},
    TypicalDc{203, "[2a0a:f280:203:a:5000::100]:443", DcFlag::Cdn | DcFlag::Ipv6, false},
};

AuthKey randomKey(std::mt19937_64 &rng)
{
    AuthKey key;
    for (std::size_t i = 0; i < AuthKey::Size; i += 8) {
        const std::uint64_t word = rng();
        for (std::size_t b = 0; b < 8; ++b)
            key.data()[i + b] = std::uint8_t(word >> (8 * b));
    }
    return key;
}

} // namespace

Session makeSyntheticSession(const SyntheticShape &shape, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Session s;
    s.homeDcId = 2;

    for (std::size_t i = 0; shape.typicalDcTable && i < kTypicalDcs.size(); ++i) {
        const TypicalDc &typical = kTypicalDcs[i];
        DcEntry dc;
        dc.dcId = typical.id;
        dc.addr = QString::fromLatin1(typical.addr);
        dc.flags = typical.flags;
        if (typical.key)
            dc.authKey = randomKey(rng);
        dc.firstSalt = std::int64_t(rng());
        dc.timeOffset = int(rng() % 61) - 30;
        s.dcs.push_back(std::move(dc));
    }
    for (std::size_t i = 0; !shape.typicalDcTable && i < shape.dcEntries; ++i) {
        const KnownDc &known = kDcs[i % kDcs.size()];
        const std::size_t round = i / kDcs.size(); // 0: IPv4, 1: IPv6, 2+: media / CDN extras
        DcEntry dc;
        dc.dcId = known.id;
        const bool v6 = round % 2 == 1;
        dc.addr = joinAddress(QString::fromLatin1(v6 ? known.ipv6 : known.ipv4), round >= 2 ? 80 : 443);
        dc.flags = (v6 ? DcFlag::Ipv6 : 0) | (round >= 2 ? DcFlag::MediaOnly : 0) | (round >= 4 ? DcFlag::Cdn : 0);
        // The home DC and one other DC the client once talked to hold keys.
        if (round == 0 && (known.id == s.homeDcId || known.id == 4)) {
            dc.authKey = randomKey(rng);
            dc.firstSalt = std::int64_t(rng());
            dc.timeOffset = int(rng() % 5) - 2;
        }
        s.dcs.push_back(std::move(dc));
    }

    s.updates.pts = 100000 + int(rng() % 900000);
    s.updates.qts = int(rng() % 1000);
    s.updates.date = 1760000000 + int(rng() % 10000000);
    s.updates.seq = int(rng() % 5000);
    s.updates.channels.reserve(shape.channelPts);
    for (std::size_t i = 0; i < shape.channelPts; ++i)
        s.updates.channels.push_back({std::int64_t(1000000000 + i * 7919), int(rng() % 2000000)});

    s.peers.reserve(shape.peers);
    for (std::size_t i = 0; i < shape.peers; ++i) {
        CachedPeer p;
        p.accessHash = std::int64_t(rng());
        switch (i % 10) { // a user-heavy mix, every kind present
        case 0: case 1: case 2: case 3: case 4:
            p.id = std::int64_t(5000000000LL + i * 13); // bare ids disjoint from the other kinds'
            break;
        case 5:
            p.id = std::int64_t(4000000 + i);
            p.isChat = true;
            p.accessHash = 0;
            break;
        case 6:
            p.isChannel = true;
            p.channelKind = ChannelKind::Broadcast;
            break;
        case 7:
            p.isChannel = true;
            p.channelKind = i % 20 == 7 ? ChannelKind::Gigagroup : ChannelKind::Megagroup;
            break;
        case 8: // a "min" channel: seen without its hash
            p.isChannel = true;
            p.accessHash = 0;
            break;
        case 9:
            p.isCommunity = true;
            break;
        }
        if (p.id == 0)
            p.id = std::int64_t(1000000000 + i * 7919);
        s.peers.push_back(p);
    }

    s.minPeers.reserve(shape.minPeers);
    for (std::size_t i = 0; i < shape.minPeers; ++i)
        s.minPeers.push_back({std::int64_t(5000000000LL + i), std::int64_t(1000000000 + (i % 97) * 7919), int(rng() % 1000000)});

    if (shape.token) {
        QByteArray token(20, Qt::Uninitialized);
        for (char &c : token)
            c = char(rng());
        s.futureAuthToken = token;
    }
    s.account.userId = std::int64_t(100000000 + rng() % 7000000000ULL);
    return s;
}

} // namespace fero
