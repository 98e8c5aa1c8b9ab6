#include "detect/foreignstrings.h"

#include "base/address.h"
#include "detect/stringhints.h"
#include "detect/stringverdicts.h"
#include "formats/registry.h"
#include "formats/traits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignStrings)
};

// One reader covers both compact versions: name the family.
QString readerName(Format format)
{
    return traits(format).compactVersion ? Tr::tr("ferogram compact string") : formatDisplayName(format);
}

bool plausibleDcId(int dcId)
{
    return (dcId >= 1 && dcId <= 5) || (dcId >= 10001 && dcId <= 10005);
}

// Why an address is not one a Telegram DC could have; empty when it could.
QString addressProblem(const DcEntry &entry)
{
    const auto address = splitAddress(entry.addr);
    if (!address)
        return Tr::tr("its address \"%1\" is not \"host:port\"").arg(entry.addr);
    if (address->port == 0)
        return Tr::tr("its port is 0");
    if (!address->literal) {
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
        return hostName.match(address->host).hasMatch() ? QString()
                                                        : Tr::tr("its address text \"%1\" is neither an IP address "
                                                                 "nor a host name")
                                                              .arg(address->host.left(48));
    }
    const QHostAddress ip(address->host);
    if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        if ((ip.toIPv6Address()[0] & 0xe0) != 0x20)
            return Tr::tr("its IPv6 address %1 is not a public (2000::/3) address").arg(address->host);
        return {};
    }
    const quint32 v4 = ip.toIPv4Address();
    const quint32 first = v4 >> 24;
    if (first == 0 || first == 127 || first >= 224)
        return Tr::tr("its IPv4 address %1 is not a public address").arg(address->host);
    return {};
}

// Why a reading that decoded is not believable; empty when it is.
QString implausibility(const DecodedSession &decoded, QStringView text)
{
    if (decoded.sessions.empty())
        return Tr::tr("it holds no session");
    const Session &session = decoded.session();
    if (!plausibleDcId(session.homeDcId))
        return Tr::tr("its DC id would be %1, and Telegram's DCs are 1 to 5").arg(session.homeDcId);
    const DcEntry *home = nullptr;
    for (const DcEntry &entry : session.dcs)
        if (entry.dcId == session.homeDcId && (!home || (entry.authKey && !home->authKey)))
            home = &entry;
    if (!home)
        return Tr::tr("it has no entry for its home DC %1").arg(session.homeDcId);
    if (!home->authKey && decoded.format != Format::TelethonString)
        return Tr::tr("its home DC has no auth key");
    if (decoded.format == Format::FerogramNative) {
        for (const DcEntry &entry : session.dcs)
            if (!splitAddress(entry.addr))
                return Tr::tr("DC entry %1's address \"%2\" is not \"host:port\"")
                    .arg(entry.dcId)
                    .arg(entry.addr.left(48));
    }
    // A format whose address is optional (gotd's client leaves Addr empty)
    // is not doubted for lacking one.
    if (traits(decoded.format).storesAddress && !home->addr.isEmpty()) {
        const QString problem = addressProblem(*home);
        if (!problem.isEmpty())
            return problem;
    }
    // What the library's own layout makes doubtful (Pyrogram's yes/no bytes).
    const auto doubt = codec(decoded.format).doubt;
    return doubt ? doubt(decoded, text) : QString();
}

// The GramJS/Telethon IPv6 clash (§10, §12.3): name it precisely.
QString telethonVersusGramjs(const std::vector<StringReading> &readings)
{
    for (const StringReading &r : readings) {
        if (r.format != Format::GramjsString || !r.decoded)
            continue;
        const auto address = splitAddress(r.decoded->session().dcs.front().addr);
        const QString host = address ? address->host : QString();
        return Tr::tr("bytes 1-2 hold %1, the length of the address text \"%2\" that follows: that is the GramJS "
                      "layout, which has the size of a Telethon IPv6 string")
            .arg(host.toUtf8().size())
            .arg(host);
    }
    return {};
}

} // namespace

Result<DecodedSession> readStringAs(Format format, QStringView text)
{
    if (const auto read = codec(format).readText)
        return read(text);
    return Error::usage(Tr::tr("%1 is not a string format.").arg(formatDisplayName(format)));
}

QString describeStringReading(const DecodedSession &decoded)
{
    if (decoded.layout.isEmpty())
        return formatDisplayName(decoded.format);
    return Tr::tr("%1, %2").arg(formatDisplayName(decoded.format), decoded.layout);
}

std::vector<StringReading> readAllStrings(QStringView text)
{
    std::vector<StringReading> readings;
    for (const Codec *c : codecs()) {
        if (!c->readText || !c->detect)
            continue;
        StringReading reading;
        reading.format = c->format;
        reading.decoded = c->readText(text);
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
            problem =
                Tr::tr("it decodes to plausible values too, but the %1 reading needs more structure to succeed and "
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
        lines << Tr::tr("%1.").arg(describeStringReading(*chosen->decoded));
    else if (!hint.isEmpty())
        lines << hint;
    for (const StringReading &reading : readings)
        if (&reading != chosen)
            lines << Tr::tr("Not a %1: %2").arg(readerName(reading.format), reading.rejectedBecause);
    const std::optional<Format> actual = chosen ? std::optional(chosen->format) : std::nullopt;
    for (const FormatTraits &library : allFormatTraits()) {
        const QString verdict = libraryVerdict(library.format, text, actual);
        if (!verdict.isEmpty())
            lines << verdict;
    }

    if (!chosen) {
        QStringList parts;
        for (const StringReading &reading : readings)
            parts << Tr::tr("as a %1: %2").arg(readerName(reading.format), reading.rejectedBecause);
        const QString all = Tr::tr("Not a session string Feroscope knows (%1).").arg(parts.join(QStringLiteral("; ")));
        detection.best = Error::invalid(hint.isEmpty() ? all : hint + u' ' + all);
        return detection;
    }
    DecodedSession result = std::move(chosen->decoded.value());
    chosen->decoded = Error::invalid(Tr::tr("chosen"));
    if (!doubt.isEmpty() && traits(result.format).isForeign())
        result.warnings << Tr::tr("Read as a %1, but the values look wrong: %2.").arg(readerName(result.format), doubt);
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
