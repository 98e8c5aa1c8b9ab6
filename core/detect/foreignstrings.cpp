#if 0 // Never compiled: tells lupdate that tr() in this file is the "ForeignStrings" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(ForeignStrings) }
#endif
#include "detect/foreignstrings.h"

#include "base/address.h"
#include "formats/ferogram/compactstring.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/gramjs/gramjsstring.h"
#include "formats/mtcute/mtcutestring.h"
#include "formats/mtkruto/mtkrutostring.h"
#include "formats/ferogram/nativestring.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "formats/telethon/telethonstring.h"
#include "detect/stringhints.h"
#include "detect/stringverdicts.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace fero {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ForeignStrings", text);
}

// Most specific first: a reading that needs more structure to succeed wins a
// tie (§10: mtcute needs a full §6 parse, GramJS a length + IP text, MTKruto
// is checked before Pyrogram, whose only structure is its length).
constexpr std::array kOrder{
    Format::FerogramCompactV2, Format::MtcuteString,   Format::GramjsString,   Format::TelethonString,
    Format::MtkrutoString,     Format::FerogramNative, Format::PyrogramString,
};

constexpr std::array kForeignLibraries{
    Format::TelethonString, Format::GramjsString, Format::MtcuteString, Format::PyrogramString, Format::MtkrutoString,
};

bool isCompact(Format format)
{
    return format == Format::FerogramCompactV1 || format == Format::FerogramCompactV2;
}

QString readerName(Format format)
{
    return isCompact(format) ? tr("ferogram compact string") : formatDisplayName(format);
}

bool plausibleDcId(int dcId)
{
    return (dcId >= 1 && dcId <= 5) || (dcId >= 10001 && dcId <= 10005);
}

bool carriesAddress(Format format)
{
    return format != Format::PyrogramString && format != Format::MtkrutoString;
}

// Why an address is not one a Telegram DC could have; empty when it could.
QString addressProblem(const DcEntry &entry)
{
    const auto address = splitAddress(entry.addr);
    if (!address)
        return tr("its address \"%1\" is not \"host:port\"").arg(entry.addr);
    if (address->port == 0)
        return tr("its port is 0");
    if (!address->literal) {
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
        return hostName.match(address->host).hasMatch() ? QString()
                                                        : tr("its address text \"%1\" is neither an IP address "
                                                             "nor a host name")
                                                              .arg(address->host.left(48));
    }
    const QHostAddress ip(address->host);
    if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        if ((ip.toIPv6Address()[0] & 0xe0) != 0x20)
            return tr("its IPv6 address %1 is not a public (2000::/3) address").arg(address->host);
        return {};
    }
    const quint32 v4 = ip.toIPv4Address();
    const quint32 first = v4 >> 24;
    if (first == 0 || first == 127 || first >= 224)
        return tr("its IPv4 address %1 is not a public address").arg(address->host);
    return {};
}

// Pyrogram's yes/no bytes must be 0 or 1 (§10: "in the old layouts byte 1
// is 0 or 1"); an MTKruto string of a Pyrogram length fails here.
QString pyrogramFlagProblem(QStringView text)
{
    auto decoded = foreignb64::decode(text, QString());
    if (!decoded)
        return {};
    const QByteArray &bytes = decoded->bytes;
    const foreign::WipeOnExit wipe(decoded->bytes);
    const qsizetype testAt = bytes.size() == 271 ? 5 : 1;
    const auto test = std::uint8_t(bytes.at(testAt));
    const auto bot = std::uint8_t(bytes.back());
    if (test > 1)
        return tr("byte %1 (test mode) holds 0x%2, where Pyrogram writes 0 or 1")
            .arg(testAt)
            .arg(test, 2, 16, QChar(u'0'));
    if (bot > 1)
        return tr("the last byte (is_bot) holds 0x%1, where Pyrogram writes 0 or 1").arg(bot, 2, 16, QChar(u'0'));
    return {};
}

// Why a reading that decoded is not believable; empty when it is.
QString implausibility(const DecodedSession &decoded, QStringView text)
{
    if (decoded.sessions.empty())
        return tr("it holds no session");
    const Session &session = decoded.session();
    if (!plausibleDcId(session.homeDcId))
        return tr("its DC id would be %1, and Telegram's DCs are 1 to 5").arg(session.homeDcId);
    const DcEntry *home = nullptr;
    for (const DcEntry &entry : session.dcs)
        if (entry.dcId == session.homeDcId && (!home || (entry.authKey && !home->authKey)))
            home = &entry;
    if (!home)
        return tr("it has no entry for its home DC %1").arg(session.homeDcId);
    if (!home->authKey && decoded.format != Format::TelethonString)
        return tr("its home DC has no auth key");
    if (decoded.format == Format::FerogramNative) {
        for (const DcEntry &entry : session.dcs)
            if (!splitAddress(entry.addr))
                return tr("DC entry %1's address \"%2\" is not \"host:port\"").arg(entry.dcId).arg(entry.addr.left(48));
    }
    if (carriesAddress(decoded.format)) {
        const QString problem = addressProblem(*home);
        if (!problem.isEmpty())
            return problem;
    }
    if (decoded.format == Format::PyrogramString)
        return pyrogramFlagProblem(text);
    return {};
}

// The GramJS/Telethon IPv6 clash (§10, §12.3): name it precisely.
QString telethonVersusGramjs(const std::vector<StringReading> &readings)
{
    for (const StringReading &r : readings) {
        if (r.format != Format::GramjsString || !r.decoded)
            continue;
        const auto address = splitAddress(r.decoded->session().dcs.front().addr);
        const QString host = address ? address->host : QString();
        return tr("bytes 1-2 hold %1, the length of the address text \"%2\" that follows: that is the GramJS "
                  "layout, which has the size of a Telethon IPv6 string")
            .arg(host.toUtf8().size())
            .arg(host);
    }
    return {};
}

} // namespace

Result<DecodedSession> readStringAs(Format format, QStringView text)
{
    switch (format) {
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
        return compact::read(text);
    case Format::FerogramNative:
        return native::read(text);
    case Format::TelethonString:
        return telethonstring::read(text);
    case Format::GramjsString:
        return gramjsstring::read(text);
    case Format::MtcuteString:
        return mtcutestring::read(text);
    case Format::PyrogramString:
        return pyrogramstring::read(text);
    case Format::MtkrutoString:
        return mtkrutostring::read(text);
    default:
        return Error::usage(tr("%1 is not a string format.").arg(formatDisplayName(format)));
    }
}

QString describeStringReading(const DecodedSession &decoded)
{
    if (decoded.layout.isEmpty())
        return formatDisplayName(decoded.format);
    return tr("%1, %2").arg(formatDisplayName(decoded.format), decoded.layout);
}

std::vector<StringReading> readAllStrings(QStringView text)
{
    std::vector<StringReading> readings;
    readings.reserve(kOrder.size());
    for (Format format : kOrder) {
        StringReading reading;
        reading.format = format;
        reading.decoded = readStringAs(format, text);
        if (reading.decoded)
            reading.format = reading.decoded->format; // compact V1 vs V2
        else
            reading.rejectedBecause = reading.decoded.error().message;
        readings.push_back(std::move(reading));
    }
    const StringReading *chosen = nullptr;
    for (StringReading &reading : readings) {
        if (!reading.decoded)
            continue;
        QString problem = implausibility(*reading.decoded, text);
        if (problem.isEmpty() && chosen)
            problem = tr("it decodes to plausible values too, but the %1 reading needs more structure to succeed and "
                         "was preferred")
                          .arg(readerName(chosen->format));
        if (reading.format == Format::TelethonString && reading.decoded->session().dcs.front().isIpv6()) {
            const QString clash = telethonVersusGramjs(readings);
            if (!clash.isEmpty())
                problem = clash;
        }
        if (problem.isEmpty())
            chosen = &reading;
        else
            reading.rejectedBecause = problem;
    }
    return readings;
}

StringDetection detectString(QStringView text)
{
    StringDetection detection;
    detection.readings = readAllStrings(text);
    std::vector<StringReading> &readings = detection.readings;
    StringReading *chosen = nullptr;
    for (StringReading &reading : readings)
        if (reading.decoded && reading.rejectedBecause.isEmpty())
            chosen = &reading;
    // Nothing believable: keep the most specific reading that decoded, saying
    // (for another library's format) what looks wrong, so a damaged string
    // can still be inspected.
    QString doubt;
    if (!chosen) {
        for (StringReading &reading : readings)
            if (reading.decoded && !chosen) {
                chosen = &reading;
                doubt = reading.rejectedBecause;
                reading.rejectedBecause.clear();
            }
    }

    QStringList &lines = detection.explanation;
    // Nothing decoded: the likely layout and its damage come first.
    const QString hint = chosen ? QString() : damagedStringHint(text);
    if (chosen)
        lines << tr("%1.").arg(describeStringReading(*chosen->decoded));
    else if (!hint.isEmpty())
        lines << hint;
    for (const StringReading &reading : readings)
        if (&reading != chosen)
            lines << tr("Not a %1: %2").arg(readerName(reading.format), reading.rejectedBecause);
    const std::optional<Format> actual = chosen ? std::optional(chosen->format) : std::nullopt;
    for (Format library : kForeignLibraries) {
        const QString verdict = libraryVerdict(library, text, actual);
        if (!verdict.isEmpty())
            lines << verdict;
    }

    if (!chosen) {
        QStringList parts;
        for (const StringReading &reading : readings)
            parts << tr("as a %1: %2").arg(readerName(reading.format), reading.rejectedBecause);
        const QString all = tr("Not a session string Feroscope knows (%1).").arg(parts.join(QStringLiteral("; ")));
        detection.best = Error::invalid(hint.isEmpty() ? all : hint + u' ' + all);
        return detection;
    }
    DecodedSession result = std::move(chosen->decoded.value());
    chosen->decoded = Error::invalid(tr("chosen"));
    const bool foreign =
        std::find(kForeignLibraries.begin(), kForeignLibraries.end(), result.format) != kForeignLibraries.end();
    if (!doubt.isEmpty() && foreign)
        result.warnings << tr("Read as a %1, but the values look wrong: %2.").arg(readerName(result.format), doubt);
    detection.best = std::move(result);
    return detection;
}

Result<DecodedSession> readBestString(QStringView text, QStringList *explanation)
{
    StringDetection detection = detectString(text);
    if (explanation)
        *explanation = std::move(detection.explanation);
    return std::move(detection.best);
}

} // namespace fero
