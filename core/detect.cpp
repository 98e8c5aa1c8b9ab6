#include "detect.h"

#include "formats/binary.h"
#include "formats/compactstring.h"
#include "formats/nativestring.h"

#include <QCoreApplication>

namespace fero {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Detect", text);
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '+' || c == '/' || c == '=';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

Result<DecodedSession> readString(Format format, QStringView text)
{
    switch (format) {
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
        return compact::read(text);
    case Format::FerogramNative:
        return native::read(text);
    default:
        return Error::usage(tr("Feroscope cannot read %1 yet.").arg(formatDisplayName(format)));
    }
}

} // namespace

bool hasSqliteHeader(QByteArrayView bytes)
{
    static constexpr char magic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
    return bytes.size() >= 16 && QByteArrayView(bytes.data(), 16) == QByteArrayView(magic, 16);
}

bool looksLikeText(QByteArrayView bytes)
{
    bool any = false;
    for (char c : bytes) {
        if (isSpace(c))
            continue;
        if (!isBase64Char(c))
            return false;
        any = true;
    }
    return any;
}

std::vector<Format> stringCandidates()
{
    // One compact reader handles both versions (the version byte decides).
    return {Format::FerogramCompactV2, Format::FerogramNative};
}

Detection detectText(QStringView text)
{
    Detection detection;
    std::optional<DecodedSession> best;
    Format bestFormat = Format::FerogramNative;
    for (Format format : stringCandidates()) {
        Result<DecodedSession> reading = readString(format, text);
        if (!reading) {
            detection.rejected.push_back({format, reading.error().message});
            continue;
        }
        if (best && reading->warnings.size() >= best->warnings.size()) {
            detection.rejected.push_back(
                {reading->format, tr("read too, but with more warnings than the chosen reading")});
            continue;
        }
        if (best)
            detection.rejected.push_back({bestFormat, tr("read too, but with more warnings than the chosen reading")});
        bestFormat = reading->format;
        best = std::move(reading.value());
    }
    if (best)
        detection.result = std::move(*best);
    else
        detection.result = Error::invalid(describeRejections(detection.rejected));
    return detection;
}

Detection detectBytes(QByteArrayView bytes)
{
    if (looksLikeText(bytes))
        return detectText(QString::fromLatin1(bytes)); // only ASCII got here
    Detection detection;
    detection.result = binary::read(bytes);
    return detection;
}

Result<DecodedSession> readAs(Format format, QByteArrayView bytes)
{
    if (format == Format::FerogramBinary)
        return binary::read(bytes);
    if (isStringFormat(format))
        return readString(format, QString::fromUtf8(bytes));
    return Error::usage(tr("%1 is read from a file, not from bytes.").arg(formatDisplayName(format)));
}

QString describeRejections(const std::vector<RejectedReading> &rejected)
{
    if (rejected.size() == 1)
        return rejected.front().reason;
    QStringList parts;
    for (const RejectedReading &r : rejected) {
        // One reader covers both compact versions: name the family.
        const bool compact = r.format == Format::FerogramCompactV1 || r.format == Format::FerogramCompactV2;
        parts << tr("as a %1: %2").arg(compact ? tr("ferogram compact string") : formatDisplayName(r.format), r.reason);
    }
    return tr("Not a session Feroscope can read (%1).").arg(parts.join(QStringLiteral("; ")));
}

} // namespace fero
