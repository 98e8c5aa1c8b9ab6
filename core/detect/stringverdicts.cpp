#if 0 // Never compiled: tells lupdate that tr() in this file is the "StringVerdicts" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(StringVerdicts) }
#endif
#include "detect/stringverdicts.h"

#include "base/address.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/mtcute/mtcutestring.h"
#include "formats/mtkruto/mtkrutostring.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "formats/telethon/telethonstring.h"

#include <QCoreApplication>

namespace fero {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StringVerdicts", text);
}

// Python's binascii.a2b_base64 in its default (non-strict) mode: characters
// outside the alphabet are skipped, '=' ends the data, and the data
// characters must form whole groups or be padded. Returns the byte count, or
// the error text Python raises.
struct PythonDecode {
    qsizetype bytes = -1;
    QString error;
};

PythonDecode pythonBase64(QStringView text)
{
    qsizetype data = 0, pad = 0;
    for (QChar c : text) {
        if (c == u'=') {
            ++pad;
            continue;
        }
        const bool inAlphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                                || c == u'+' || c == u'/' || c == u'-' || c == u'_';
        if (inAlphabet && pad == 0)
            ++data;
    }
    PythonDecode out;
    if (data % 4 == 1)
        out.error = QStringLiteral("binascii.Error: Invalid base64-encoded string: number of data characters (%1) "
                                   "cannot be 1 more than a multiple of 4")
                        .arg(data);
    else if (data % 4 != 0 && data % 4 + pad < 4)
        out.error = QStringLiteral("binascii.Error: Incorrect padding");
    else
        out.bytes = data * 3 / 4;
    return out;
}

QString unpackError(qsizetype need)
{
    return QStringLiteral("struct.error: unpack requires a buffer of %1 bytes").arg(need);
}

QString misreadSummary(const Result<DecodedSession> &reading)
{
    if (!reading)
        return tr("garbage");
    const Session &s = reading->session();
    const DcEntry &dc = s.dcs.front();
    return dc.addr.isEmpty() ? tr("DC %1").arg(s.homeDcId) : tr("DC %1 at %2").arg(s.homeDcId).arg(dc.addr);
}

QString telethonVerdict(QStringView text, std::optional<Format> actual)
{
    if (!text.startsWith(u'1'))
        return tr("Telethon would refuse it with \"ValueError: Not a valid string\": Telethon strings start with "
                  "\"1\".");
    const QStringView rest = text.sliced(1);
    const bool ipv4 = rest.size() == 352; // Telethon's only layout test
    const qsizetype need = ipv4 ? telethonstring::Ipv4Bytes : telethonstring::Ipv6Bytes;
    const PythonDecode decoded = pythonBase64(rest);
    if (!decoded.error.isEmpty())
        return tr("Telethon would fail with \"%1\".").arg(decoded.error);
    if (decoded.bytes != need)
        return tr("Telethon would fail with \"%1\": it picks its layout by length alone (352 characters after "
                  "\"1\" = IPv4, anything else = IPv6) and this text holds %2 bytes.")
            .arg(unpackError(need))
            .arg(decoded.bytes);
    if (actual == Format::TelethonString)
        return {};
    return tr("Telethon would load it without an error but misread it as its IPv%1 layout: %2.")
        .arg(ipv4 ? 4 : 6)
        .arg(misreadSummary(telethonstring::read(text)));
}

QString gramjsVerdict(QStringView text, std::optional<Format> actual)
{
    if (!text.startsWith(u'1'))
        return tr("GramJS would refuse it with \"Error: Not a valid string\": GramJS strings start with \"1\".");
    auto decoded = foreignb64::decode(text.sliced(1), QString());
    if (!decoded)
        return tr("GramJS's base64 decoder would turn it into bytes of no known layout.");
    const QByteArray &bytes = decoded->bytes;
    const foreign::WipeOnExit wipe(decoded->bytes);
    const bool telethonLayout = actual == Format::TelethonString;
    if (text.size() - 1 == 352) // GramJS reads Telethon's IPv4 layout by this length
        return telethonLayout ? QString() : tr("GramJS would take it for a Telethon IPv4 string and misread it.");
    if (bytes.size() < 3)
        return tr("GramJS would read past the end of the data (RangeError).");
    const auto signedLength = std::int16_t(std::uint16_t(std::uint8_t(bytes[1]) << 8 | std::uint8_t(bytes[2])));
    if (signedLength > 100) { // Telethon IPv6 layout
        if (bytes.size() < telethonstring::Ipv6Bytes)
            return tr("GramJS would take it for a Telethon IPv6 string and read past the end (RangeError).");
        return telethonLayout ? QString() : tr("GramJS would take it for a Telethon IPv6 string and misread it.");
    }
    if (signedLength < 0)
        return tr("GramJS would read a negative address length (%1) and fail.").arg(signedLength);
    if (bytes.size() != 261 + signedLength)
        return tr("GramJS would read a %1-byte address and then an auth key of %2 bytes instead of 256; it cannot "
                  "log in with that.")
            .arg(signedLength)
            .arg(qMax<qsizetype>(0, bytes.size() - 5 - signedLength));
    const int port =
        std::int16_t(std::uint16_t(std::uint8_t(bytes[3 + signedLength]) << 8 | std::uint8_t(bytes[4 + signedLength])));
    if (port < 0)
        return tr("GramJS reads the port as a signed 16-bit number: it would get %1 and could not save the session.")
            .arg(port);
    if (actual == Format::GramjsString)
        return {};
    return tr("GramJS would load it without an error but misread it.");
}

QString mtcuteVerdict(QStringView text, std::optional<Format> actual)
{
    if (actual == Format::MtcuteString)
        return {};
    auto decoded = foreignb64::decode(text, QString());
    if (!decoded || decoded->bytes.isEmpty())
        return tr("mtcute would refuse it: it is not base64.");
    const auto version = std::uint8_t(decoded->bytes[0]);
    secureWipe(decoded->bytes);
    if (version != 3)
        return tr("mtcute would refuse it: its first byte is 0x%1 where mtcute's session version 3 belongs.")
            .arg(version, 2, 16, QChar(u'0'));
    auto reading = mtcutestring::read(text);
    return reading ? tr("mtcute would load it without an error but misread it.")
                   : tr("mtcute would fail: %1").arg(reading.error().message);
}

QString pyrogramVerdict(QStringView text, std::optional<Format> actual)
{
    // Pyrogram picks the layout by the text length and pads it itself.
    const qsizetype length = text.size();
    const qsizetype need = length == 351 ? 263 : length == 356 ? 267 : 271;
    QString padded = text.toString();
    padded.append(QString((4 - length % 4) % 4, u'='));
    const PythonDecode decoded = pythonBase64(padded);
    if (!decoded.error.isEmpty())
        return tr("Pyrogram would fail with \"%1\".").arg(decoded.error);
    if (decoded.bytes != need)
        return tr("Pyrogram would fail with \"%1\": it picks its layout by length (351 or 356 characters = old "
                  "layouts, anything else = the new 362-character one) and this text holds %2 bytes.")
            .arg(unpackError(need))
            .arg(decoded.bytes);
    if (actual == Format::PyrogramString)
        return {};
    return tr("Pyrogram would load it without an error but misread it: %1.")
        .arg(misreadSummary(pyrogramstring::read(text)));
}

QString mtkrutoVerdict(QStringView text, std::optional<Format> actual)
{
    if (actual == Format::MtkrutoString)
        return {};
    auto reading = mtkrutostring::read(text);
    if (!reading)
        return tr("MTKruto would fail (judging by @mtcute/convert's MTKruto reader): %1").arg(reading.error().message);
    return tr("MTKruto would load it without an error but misread it: %1.").arg(misreadSummary(reading));
}

} // namespace

QString libraryVerdict(Format library, QStringView text, std::optional<Format> actual)
{
    const QStringView trimmed = text.trimmed();
    switch (library) {
    case Format::TelethonString:
        return telethonVerdict(trimmed, actual);
    case Format::GramjsString:
        return gramjsVerdict(trimmed, actual);
    case Format::MtcuteString:
        return mtcuteVerdict(trimmed, actual);
    case Format::PyrogramString:
        return pyrogramVerdict(trimmed, actual);
    case Format::MtkrutoString:
        return mtkrutoVerdict(trimmed, actual);
    default:
        return {};
    }
}

} // namespace fero
