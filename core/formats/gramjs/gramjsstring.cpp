#include "formats/gramjs/gramjsstring.h"

#include "base/bytereader.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/common/tlcodec.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringDecoder>

namespace fero::gramjsstring {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GramjsString)
};

QString what()
{
    return Tr::tr("GramJS string");
}

constexpr int SignedMax = 32767; // GramJS reads both u16 fields as signed

} // namespace

Result<DecodedSession> read(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u'1'))
        return Error::invalid(Tr::tr("Not a GramJS string: it must start with the version character \"1\"."));
    auto decoded = foreignb64::decode(trimmed.sliced(1), what(), 1);
    if (!decoded)
        return decoded.error();
    QByteArray &bytes = decoded->bytes;
    const WipeOnExit wipe(bytes);

    ByteReader reader(bytes);
    std::uint8_t dcId = 0;
    std::uint16_t textLength = 0;
    reader.le(dcId, "dc_id");
    reader.be(textLength, "the address length");
    const std::uint8_t *addressText = reader.take(textLength, "the address text");
    std::uint16_t port = 0;
    reader.be(port, "port");
    const std::uint8_t *key = reader.take(AuthKey::Size, "the auth key");
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, what()));
    if (!reader.atEnd())
        return Error::invalid(Tr::tr("Not a GramJS string: %1 bytes are left over after the auth key (byte %2). "
                                     "It may be another library's string.")
                                  .arg(reader.remaining())
                                  .arg(reader.offset()));

    const QByteArray rawAddress(reinterpret_cast<const char *>(addressText), textLength);
    auto toUtf16 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString address = toUtf16(rawAddress);
    if (toUtf16.hasError())
        return Error::invalid(Tr::tr("Not a GramJS string: the address text at byte 3 is not UTF-8."));

    DecodedSession out;
    out.format = Format::GramjsString;
    const bool ipv6 = address.contains(u':');
    const bool literal = QHostAddress().setAddress(address);
    out.layout = Tr::tr("%1 address text, %2 characters")
                     .arg(!literal ? Tr::tr("host name")
                          : ipv6   ? Tr::tr("IPv6")
                                   : Tr::tr("IPv4"))
                     .arg(trimmed.size());
    out.sessions.push_back(foreign::oneDcSession(dcId, address, port, AuthKey::fromRaw(key)));
    if (port > SignedMax)
        out.warnings << Tr::tr(
                            "Port %1 is above 32767: GramJS itself reads it as %2 and cannot save the session again.")
                            .arg(port)
                            .arg(int(std::int16_t(port)));
    if (decoded->urlSafeChars || !decoded->paddingCorrect)
        out.warnings << Tr::tr("GramJS writes the standard base64 alphabet with '=' padding; this text differs (GramJS "
                               "still reads it).");
    return out;
}

Result<QString> write(const Session &session, const WriteOptions &options)
{
    auto chosen = foreign::chooseHomeDc(session, options.preferIpv6, what(), true);
    if (!chosen)
        return chosen.error();
    const HostPort &address = *chosen->address;
    if (address.port > SignedMax)
        return Error::refused(Tr::tr("Port %1 is above 32767: GramJS stores the port as a signed 16-bit number, would "
                                     "read it as %2 and cannot save it. Use an address with a port up to 32767.")
                                  .arg(address.port)
                                  .arg(int(std::int16_t(address.port))));
    if (session.homeDcId < 0 || session.homeDcId > 255)
        return Error::refused(
            Tr::tr("DC id %1 does not fit the single byte a GramJS string has for it.").arg(session.homeDcId));
    const QByteArray host = address.host.toUtf8();
    if (host.size() > SignedMax)
        return Error::refused(
            Tr::tr("The address text is %1 bytes long; GramJS reads at most 32767.").arg(host.size()));

    QByteArray bytes;
    bytes.append(char(session.homeDcId));
    bytes.append(char(host.size() >> 8)).append(char(host.size() & 0xff));
    bytes.append(host);
    bytes.append(char(address.port >> 8)).append(char(address.port & 0xff));
    bytes.append(chosen->entry->authKey->view());
    QString encoded = foreignb64::encode(bytes, foreignb64::Alphabet::Standard, true);
    const QString text = QStringLiteral("1") + encoded;
    secureWipe(encoded);
    secureWipe(bytes);
    return text;
}

} // namespace fero::gramjsstring
