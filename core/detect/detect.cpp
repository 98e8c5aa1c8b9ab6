#if 0 // Never compiled: tells lupdate that tr() in this file is the "Detect" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(Detect) }
#endif
#include "detect/detect.h"

#include "detect/foreignstrings.h" // every string format with explained detection (foreign-strings)
#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/nativestring.h"

#include <QCoreApplication>

#include <algorithm>

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
    default: // other libraries' strings (foreign-strings)
        return readStringAs(format, text);
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
    // A damaged string (one '!' in it, quotes around it) is still a string:
    // its readers name the bad character, where the binary reader would
    // only see a strange first byte. Binary files are never all printable.
    qsizetype base64 = 0, other = 0;
    for (char c : bytes) {
        if (isSpace(c))
            continue;
        if (c < 0x20 || c > 0x7e)
            return false;
        ++(isBase64Char(c) ? base64 : other);
    }
    return base64 > 0 && other <= std::max<qsizetype>(1, (base64 + other) / 50);
}

std::vector<Format> stringCandidates()
{
    // One compact reader handles both versions (the version byte decides);
    // then the other libraries' strings (foreign-strings; detectString tries them all).
    return {Format::FerogramCompactV2, Format::FerogramNative, Format::MtcuteString,  Format::GramjsString,
            Format::TelethonString,    Format::MtkrutoString,  Format::PyrogramString};
}

Detection detectText(QStringView text)
{
    // foreign-strings: every string reader runs; the most specific reading
    // with plausible values wins (foreign-formats.md §10), and every other
    // reading says why it lost.
    StringDetection found = detectString(text);
    Detection detection;
    for (const StringReading &reading : found.readings)
        if (!reading.rejectedBecause.isEmpty())
            detection.rejected.push_back({reading.format, reading.rejectedBecause});
    detection.result = std::move(found.best);
    detection.explanation = std::move(found.explanation);
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
