#include "formats/telethon/telethonstring.h"

#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace fero::telethonstring {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TelethonString)
};

QString what()
{
    return Tr::tr("Telethon string");
}

} // namespace

Result<DecodedSession> read(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u'1'))
        return Error::invalid(Tr::tr("Not a Telethon string: it must start with the version character \"1\"."));
    auto decoded = foreignb64::decode(trimmed.sliced(1), what(), 1);
    if (!decoded)
        return decoded.error();
    QByteArray &bytes = decoded->bytes;
    const WipeOnExit wipe(bytes);
    if (bytes.size() != Ipv4Bytes && bytes.size() != Ipv6Bytes)
        return Error::invalid(Tr::tr("Not a Telethon string: it holds %1 bytes, but a Telethon string holds %2 (IPv4) "
                                     "or %3 (IPv6).")
                                  .arg(bytes.size())
                                  .arg(Ipv4Bytes)
                                  .arg(Ipv6Bytes));
    const bool ipv6 = bytes.size() == Ipv6Bytes;
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const int ipSize = ipv6 ? 16 : 4;

    QHostAddress ip;
    if (ipv6)
        ip.setAddress(data + 1);
    else
        ip.setAddress(quint32(data[1]) << 24 | quint32(data[2]) << 16 | quint32(data[3]) << 8 | data[4]);
    const std::uint16_t port = std::uint16_t(data[1 + ipSize] << 8 | data[2 + ipSize]);
    const std::uint8_t *key = data + 3 + ipSize;

    DecodedSession out;
    out.format = Format::TelethonString;
    out.layout = Tr::tr("%1, %2 characters").arg(ipv6 ? Tr::tr("IPv6") : Tr::tr("IPv4")).arg(trimmed.size());
    std::optional<AuthKey> authKey;
    if (foreign::isZeroKey(key))
        out.warnings << Tr::tr("The auth key is all zero bytes, which Telethon writes when there is no key.");
    else
        authKey = AuthKey::fromRaw(key);
    out.sessions.push_back(foreign::oneDcSession(data[0], ip.toString(), port, std::move(authKey)));

    // Telethon picks the IP size by the text length after "1" (352 = IPv4),
    // and Python's decoder insists on the '=' padding; it takes '+' '/' as
    // well as '-' '_' and ignores extra '=' (§1.1), so neither stops it.
    const bool telethonSaysIpv4 = trimmed.size() - 1 == 352;
    const bool padded = decoded->padChars >= (4 - decoded->dataChars % 4) % 4;
    if (telethonSaysIpv4 == ipv6 || !padded)
        out.warnings << Tr::tr("Telethon itself would not load this text as it is (it needs the '=' padding and "
                               "exactly %1 characters); convert it to a Telethon string to get one it loads.")
                            .arg(ipv6 ? 369 : 353);
    return out;
}

Result<QString> write(const Session &session, const WriteOptions &options)
{
    auto chosen = foreign::chooseHomeDc(session, options.preferIpv6, what(), true);
    if (!chosen)
        return chosen.error();
    const HostPort &address = *chosen->address;
    QHostAddress ip;
    if (!address.literal || !ip.setAddress(address.host))
        return Error::refused(Tr::tr("The home DC address \"%1\" is a host name; a Telethon string stores the IP "
                                     "address in binary, so it needs an IP literal.")
                                  .arg(address.host));
    if (session.homeDcId < 0 || session.homeDcId > 255)
        return Error::refused(
            Tr::tr("DC id %1 does not fit the single byte a Telethon string has for it.").arg(session.homeDcId));

    QByteArray bytes;
    bytes.append(char(session.homeDcId));
    if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = ip.toIPv6Address();
        bytes.append(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        const quint32 v4 = ip.toIPv4Address();
        bytes.append(char(v4 >> 24)).append(char(v4 >> 16 & 0xff)).append(char(v4 >> 8 & 0xff)).append(char(v4 & 0xff));
    }
    bytes.append(char(address.port >> 8)).append(char(address.port & 0xff));
    bytes.append(chosen->entry->authKey->view());
    QString encoded = foreignb64::encode(bytes, foreignb64::Alphabet::UrlSafe, true);
    const QString text = QStringLiteral("1") + encoded;
    secureWipe(encoded);
    secureWipe(bytes);
    return text;
}

} // namespace fero::telethonstring
