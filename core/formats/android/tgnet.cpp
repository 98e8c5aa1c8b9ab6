#include "formats/android/tgnet.h"

#include "base/address.h"
#include "base/bytereader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/rand.h>

#include <algorithm>

namespace fero::tgnet {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Tgnet)
};

constexpr std::uint32_t kBoolTrue = 0x997275b5;
constexpr std::uint32_t kBoolFalse = 0xbc799737;
constexpr std::uint32_t kConfigVersion = 5;
constexpr std::uint32_t kDatacenterVersion = 13;
// A datacenter holds a few addresses and salts; more than this is not a tgnet.dat.
constexpr std::uint32_t kMaxCount = 4096;

// §1.2 with the reader's own errors: each failure names the field and where.
class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_in(bytes) {}

    bool u32(std::uint32_t &out, const char *field) { return m_in.le(out, field); }
    bool i32(std::int32_t &out, const char *field) { return m_in.le(out, field); }
    bool i64(std::int64_t &out, const char *field) { return m_in.le(out, field); }
    bool boolean(bool &out, const char *field)
    {
        std::uint32_t v = 0;
        if (!u32(v, field))
            return false;
        if (v != kBoolTrue && v != kBoolFalse)
            return fail(Tr::tr("%1 at byte %2 is 0x%3, neither true nor false").arg(QLatin1String(field))
                            .arg(m_in.offset() - 4)
                            .arg(v, 8, 16, QLatin1Char('0')));
        out = v == kBoolTrue;
        return true;
    }
    bool bytes(QByteArray &out, const char *field)
    {
        std::uint8_t first = 0;
        if (!m_in.le(first, field))
            return false;
        std::size_t length = first, prefix = 1;
        if (first >= 254) {
            std::uint8_t b[3] = {};
            if (!m_in.le(b[0], field) || !m_in.le(b[1], field) || !m_in.le(b[2], field))
                return false;
            length = std::size_t(b[0]) | std::size_t(b[1]) << 8 | std::size_t(b[2]) << 16;
            prefix = 4;
        }
        const std::size_t padding = (4 - (prefix + length) % 4) % 4;
        const std::uint8_t *p = m_in.take(length + padding, field);
        if (!p)
            return false;
        out = QByteArray(reinterpret_cast<const char *>(p), qsizetype(length));
        return true;
    }
    bool raw(QByteArray &out, std::size_t n, const char *field)
    {
        const std::uint8_t *p = m_in.take(n, field);
        if (!p)
            return false;
        out = QByteArray(reinterpret_cast<const char *>(p), qsizetype(n));
        return true;
    }
    bool count(std::uint32_t &out, const char *field)
    {
        if (!u32(out, field))
            return false;
        if (out > kMaxCount)
            return fail(Tr::tr("%1 at byte %2 is %3, far more than a tgnet.dat holds")
                            .arg(QLatin1String(field))
                            .arg(m_in.offset() - 4)
                            .arg(out));
        return true;
    }
    bool fail(QString why)
    {
        if (m_error.isEmpty())
            m_error = std::move(why);
        return false;
    }
    QString error() const
    {
        if (!m_error.isEmpty())
            return m_error;
        return Tr::tr("truncated at byte %1 while reading %2").arg(m_in.failOffset()).arg(QLatin1String(m_in.failField()));
    }

private:
    ByteReader m_in;
    QString m_error;
};

struct Address {
    QByteArray host;
    std::uint32_t port = 0;
    std::int32_t flags = 0;
    bool secret = false;
};

bool readAddresses(Reader &r, std::uint32_t version, std::vector<Address> &out)
{
    std::uint32_t n = 0;
    if (!r.count(n, "address count"))
        return false;
    for (std::uint32_t i = 0; i < n; ++i) {
        Address a;
        QByteArray secret;
        if (!r.bytes(a.host, "address") || !r.u32(a.port, "port"))
            return false;
        if (version >= 7 && !r.i32(a.flags, "address flags"))
            return false;
        if (version >= 9 && !r.bytes(secret, "address secret"))
            return false;
        a.secret = !secret.isEmpty();
        out.push_back(std::move(a));
    }
    return true;
}

struct Datacenter {
    std::uint32_t id = 0;
    std::vector<Address> addresses;
    std::optional<AuthKey> key;
    bool tempKeys = false, salts = false;
};

bool readKey(Reader &r, QByteArray &key, const char *field)
{
    std::uint32_t n = 0;
    return r.count(n, field) && r.raw(key, n, field);
}

bool readSalts(Reader &r, bool &any)
{
    std::uint32_t n = 0;
    if (!r.count(n, "salt count"))
        return false;
    any = any || n;
    for (std::uint32_t i = 0; i < n; ++i) {
        std::int32_t since = 0, until = 0;
        std::int64_t salt = 0;
        if (!r.i32(since, "salt valid_since") || !r.i32(until, "salt valid_until") || !r.i64(salt, "salt"))
            return false;
    }
    return true;
}

bool readDatacenter(Reader &r, Datacenter &dc)
{
    std::uint32_t version = 0, skip = 0;
    if (!r.u32(version, "datacenter version"))
        return false;
    if (version < 2 || version > kDatacenterVersion)
        return r.fail(Tr::tr("datacenter version %1 (the app reads 2 to 13)").arg(version));
    if (!r.u32(dc.id, "dc_id") || (version >= 3 && !r.u32(skip, "last_init_version"))
        || (version >= 10 && !r.u32(skip, "last_init_media_version")))
        return false;
    for (int list = 0; list < (version >= 5 ? 4 : 1); ++list)
        if (!readAddresses(r, version, dc.addresses))
            return false;
    bool cdn = false;
    if (version >= 6 && !r.boolean(cdn, "is_cdn"))
        return false;
    QByteArray perm;
    std::int64_t id = 0;
    if (!readKey(r, perm, "auth_key_perm"))
        return false;
    if (version >= 4) {
        if (!r.i64(id, "auth_key_perm_id"))
            return false;
    } else {
        std::uint32_t n = 0;
        if (!r.u32(n, "auth_key_perm_id length") || (n && !r.i64(id, "auth_key_perm_id")))
            return false;
    }
    if (!perm.isEmpty()) {
        dc.key = AuthKey::fromBytes(perm);
        secureWipe(perm);
        if (!dc.key)
            return r.fail(Tr::tr("the permanent auth key of DC %1 is not 256 bytes").arg(dc.id));
    }
    for (int temp = 0; temp < (version >= 12 ? 2 : version >= 8 ? 1 : 0); ++temp) {
        QByteArray key;
        if (!readKey(r, key, "auth_key_temp") || !r.i64(id, "auth_key_temp_id"))
            return false;
        dc.tempKeys = dc.tempKeys || !key.isEmpty();
        secureWipe(key);
    }
    std::int32_t authorized = 0;
    if (!r.i32(authorized, "authorized") || !readSalts(r, dc.salts))
        return false;
    return version < 13 || readSalts(r, dc.salts);
}

void appendU32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void appendI64(QByteArray &out, std::int64_t v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}
void appendBool(QByteArray &out, bool v)
{
    appendU32(out, v ? kBoolTrue : kBoolFalse);
}
void appendBytes(QByteArray &out, QByteArrayView bytes)
{
    const auto n = std::size_t(bytes.size());
    std::size_t prefix = 1;
    if (n <= 253) {
        out.append(char(n));
    } else {
        out.append(char(254));
        out.append(char(n & 0xff)).append(char((n >> 8) & 0xff)).append(char((n >> 16) & 0xff));
        prefix = 4;
    }
    out.append(bytes);
    out.append(QByteArray(qsizetype((4 - (prefix + n) % 4) % 4), '\0'));
}

} // namespace

bool looksLikeTgnet(QByteArrayView file)
{
    if (file.size() < 12)
        return false;
    const auto size = qFromLittleEndian<std::uint32_t>(file.data());
    const auto version = qFromLittleEndian<std::uint32_t>(file.data() + 4);
    const auto test = qFromLittleEndian<std::uint32_t>(file.data() + 8);
    return size > 8 && qint64(size) + 4 <= file.size() && version >= 1 && version <= kConfigVersion
           && (test == kBoolTrue || test == kBoolFalse);
}

Result<Read> read(QByteArrayView file)
{
    if (file.size() < 4)
        return Error::invalid(Tr::tr("Not a tgnet.dat: %n byte(s), less than its size field.", nullptr, int(file.size())));
    const auto size = qFromLittleEndian<std::uint32_t>(file.data());
    // Config::readConfig: the payload only when 0 < size < file size.
    if (size == 0 || qint64(size) + 4 > file.size())
        return Error::invalid(Tr::tr("Not a tgnet.dat: its size field says %1 bytes, and the file has %2 after it.")
                                  .arg(size)
                                  .arg(file.size() - 4));
    Reader r(file.sliced(4, size));
    Read out;
    std::uint32_t version = 0;
    bool test = false, blocked = false, hasCurrent = false;
    QByteArray lang;
    if (!r.u32(version, "config_version"))
        return Error::invalid(Tr::tr("tgnet.dat: %1.").arg(r.error()));
    if (version < 1 || version > kConfigVersion)
        return Error::invalid(Tr::tr("tgnet.dat: config version %1; the app writes 1 to 5.").arg(version));
    if (!r.boolean(test, "test_backend") || (version >= 3 && !r.boolean(blocked, "client_blocked"))
        || (version >= 4 && !r.bytes(lang, "last_init_system_langcode")) || !r.boolean(hasCurrent, "has_current_datacenter"))
        return Error::invalid(Tr::tr("tgnet.dat: %1.").arg(r.error()));
    out.session.account.testMode = test;
    if (!hasCurrent) {
        out.loggedOut = true;
        return out;
    }
    std::uint32_t current = 0, count = 0;
    std::int32_t timeDifference = 0, skip32 = 0;
    std::int64_t skip64 = 0;
    bool registered = false;
    if (!r.u32(current, "current_dc_id") || !r.i32(timeDifference, "time_difference")
        || !r.i32(skip32, "last_dc_update_time") || !r.i64(skip64, "push_session_id")
        || (version >= 2 && !r.boolean(registered, "registered_for_internal_push"))
        || (version >= 5 && !r.i32(skip32, "last_server_time")) || !r.count(count, "sessions_to_destroy count"))
        return Error::invalid(Tr::tr("tgnet.dat: %1.").arg(r.error()));
    for (std::uint32_t i = 0; i < count; ++i)
        if (!r.i64(skip64, "session to destroy"))
            return Error::invalid(Tr::tr("tgnet.dat: %1.").arg(r.error()));
    if (!r.count(count, "datacenter count"))
        return Error::invalid(Tr::tr("tgnet.dat: %1.").arg(r.error()));
    out.session.homeDcId = std::int32_t(current);
    bool temp = false, salts = false, secrets = false;
    std::vector<std::uint32_t> seenIds;
    for (std::uint32_t i = 0; i < count; ++i) {
        Datacenter dc;
        if (!readDatacenter(r, dc))
            return Error::invalid(Tr::tr("tgnet.dat: datacenter %1 of %2: %3.").arg(i + 1).arg(count).arg(r.error()));
        // The app keys its datacenters by id, so a second record of one DC
        // replaces the first; reading both would merge two auth keys into
        // one DC and lose one of them on the next write.
        if (std::find(seenIds.begin(), seenIds.end(), dc.id) != seenIds.end())
            return Error::invalid(Tr::tr("tgnet.dat: datacenter %1 of %2 names DC %3 a second time; the file is damaged.")
                                      .arg(i + 1).arg(count).arg(dc.id));
        seenIds.push_back(dc.id);
        temp = temp || dc.tempKeys;
        salts = salts || dc.salts;
        for (const Address &a : dc.addresses) {
            DcEntry entry;
            entry.dcId = std::int32_t(dc.id);
            entry.addr = joinAddress(QString::fromUtf8(a.host), std::uint16_t(std::min<std::uint32_t>(a.port, 65535)));
            // The app keeps IP addresses; a host that cannot be an address
            // (brackets, spaces) is damage, and no writer could keep it.
            if (!splitAddress(entry.addr))
                return Error::invalid(Tr::tr("tgnet.dat: datacenter %1 of %2: \"%3\" is not an address.")
                                          .arg(i + 1)
                                          .arg(count)
                                          .arg(QString::fromUtf8(a.host)));
            entry.flags = std::uint8_t(a.flags & DcFlag::Known);
            entry.authKey = dc.key;
            entry.timeOffset = timeDifference;
            secrets = secrets || a.secret;
            out.session.dcs.push_back(std::move(entry));
        }
        if (dc.addresses.empty() && dc.key) {
            DcEntry entry;
            entry.dcId = std::int32_t(dc.id);
            entry.authKey = dc.key;
            entry.timeOffset = timeDifference;
            out.session.dcs.push_back(std::move(entry));
        }
    }
    if (temp)
        out.warnings << Tr::tr("The temporary (PFS) auth keys are not kept: a client makes new ones when it connects.");
    if (salts)
        out.warnings << Tr::tr("The server salts are not kept: a client gets new ones when it connects.");
    if (secrets)
        out.warnings << Tr::tr("Some addresses carry an MTProxy secret, which is not kept.");
    return out;
}

Result<QByteArray> write(const Session &session)
{
    // Datacenters in the order their ids first appear; each one's entries in
    // the app's list order: IPv4, IPv6, IPv4 download, IPv6 download.
    std::vector<std::int32_t> ids;
    for (const DcEntry &dc : session.dcs)
        if (std::find(ids.begin(), ids.end(), dc.dcId) == ids.end())
            ids.push_back(dc.dcId);
    if (std::find(ids.begin(), ids.end(), session.homeDcId) == ids.end())
        return Error::refused(Tr::tr("tgnet.dat needs the home DC %1 among its datacenters.").arg(session.homeDcId));
    std::int64_t push = 0;
    while (push == 0)
        if (RAND_bytes(reinterpret_cast<unsigned char *>(&push), sizeof push) != 1)
            return Error::io(Tr::tr("OpenSSL could not produce a random number."));
    const DcEntry *home = nullptr;
    for (const DcEntry &dc : session.dcs)
        if (dc.dcId == session.homeDcId && !home)
            home = &dc;
    QByteArray p;
    appendU32(p, kConfigVersion);
    appendBool(p, session.account.testMode.value_or(false));
    appendBool(p, false);  // client_blocked
    appendBytes(p, {});    // last_init_system_langcode: set at the next initConnection
    appendBool(p, true);   // has_current_datacenter
    appendU32(p, std::uint32_t(session.homeDcId));
    appendU32(p, std::uint32_t(home->timeOffset));
    appendU32(p, 0);       // last_dc_update_time: 0 makes the app fetch the config
    appendI64(p, push);
    appendBool(p, false);  // registered_for_internal_push
    appendU32(p, 0);       // last_server_time
    appendU32(p, 0);       // sessions_to_destroy
    appendU32(p, std::uint32_t(ids.size()));
    for (const std::int32_t id : ids) {
        const DcEntry *keyed = nullptr;
        bool cdn = false;
        for (const DcEntry &dc : session.dcs)
            if (dc.dcId == id) {
                if (!keyed && dc.authKey)
                    keyed = &dc;
                cdn = cdn || (dc.flags & DcFlag::Cdn);
            }
        appendU32(p, kDatacenterVersion);
        appendU32(p, std::uint32_t(id));
        appendU32(p, 0); // last_init_version
        appendU32(p, 0); // last_init_media_version
        for (const int list : {0, int(DcFlag::Ipv6), int(DcFlag::MediaOnly), DcFlag::Ipv6 | DcFlag::MediaOnly}) {
            std::vector<std::pair<HostPort, std::uint8_t>> addresses;
            for (const DcEntry &dc : session.dcs)
                if (const auto a = splitAddress(dc.addr);
                    dc.dcId == id && a && (dc.flags & (DcFlag::Ipv6 | DcFlag::MediaOnly)) == list)
                    addresses.emplace_back(*a, dc.flags);
            appendU32(p, std::uint32_t(addresses.size()));
            for (const auto &[a, flags] : addresses) {
                appendBytes(p, a.host.toUtf8());
                appendU32(p, a.port);
                appendU32(p, flags);
                appendBytes(p, {}); // secret
            }
        }
        appendBool(p, cdn);
        if (keyed) {
            appendU32(p, AuthKey::Size);
            p.append(keyed->authKey->view());
            appendI64(p, std::int64_t(keyed->authKey->id()));
        } else {
            appendU32(p, 0);
            appendI64(p, 0);
        }
        for (int temp = 0; temp < 2; ++temp) { // temp and media temp keys: none
            appendU32(p, 0);
            appendI64(p, 0);
        }
        appendU32(p, keyed && id == session.homeDcId ? 1 : 0); // authorized
        appendU32(p, 0);                                        // salts
        appendU32(p, 0);                                        // media salts
    }
    QByteArray file;
    appendU32(file, std::uint32_t(p.size()));
    file.append(p);
    secureWipe(p);
    return file;
}

} // namespace fero::tgnet
