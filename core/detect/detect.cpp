#include "detect/detect.h"

#include "detect/foreignstrings.h" // every string format with explained detection
#include "formats/registry.h"
#include "formats/traits.h"
#include "formats/wtelegram/codecs.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Detect)
};

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '+' || c == '/' || c == '=';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
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
    // Binary files whose first bytes name them (grammers' TL file, bbolt):
    // their readers check those bytes first, so trying them costs nothing.
    for (const Codec *c : codecs()) {
        if (!c->readBytes || !c->detect || isStringFormat(c->format) || c->format == Format::FerogramBinary)
            continue;
        Result<DecodedSession> read = c->readBytes(bytes);
        if (!read)
            continue;
        detection.explanation << Tr::tr("%1, %2.").arg(formatDisplayName(read->format), read->layout);
        detection.result = std::move(read);
        return detection;
    }
    detection.result = codec(Format::FerogramBinary).readBytes(bytes); // what is left
    // A WTelegramClient header reads as a damaged ferogram v8 file; bytes
    // without a path (standard input) cannot be given its key here.
    if (!detection.result && wtelegram::looksLikeSessionFile(bytes)) {
        detection.rejected.push_back({Format::FerogramBinary, detection.result.error().message});
        detection.result = Error::invalid(
            Tr::tr("This looks like a WTelegramClient session file (its header names an encrypted block); it needs "
                   "its session key, which can only be given for a file: open it by its path."));
    }
    return detection;
}

Result<DecodedSession> readAs(Format format, QByteArrayView bytes)
{
    const Codec &c = codec(format);
    if (c.readBytes)
        return c.readBytes(bytes);
    if (c.readText)
        return c.readText(QString::fromUtf8(bytes));
    return Error::usage(Tr::tr("%1 is read from a file, not from bytes.").arg(formatDisplayName(format)));
}

QString describeRejections(const std::vector<RejectedReading> &rejected)
{
    if (rejected.size() == 1)
        return rejected.front().reason;
    QStringList parts;
    for (const RejectedReading &r : rejected) {
        // One reader covers both compact versions: name the family.
        const bool compact = traits(r.format).compactVersion != 0;
        // Each reason is a sentence of its own: its full stop would read ".;" in the list.
        QString reason = r.reason.trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        parts << Tr::tr("as a %1: %2")
                     .arg(compact ? Tr::tr("ferogram compact string") : formatDisplayName(r.format), reason);
    }
    return Tr::tr("Not a session Feroscope can read (%1).").arg(parts.join(QStringLiteral("; ")));
}

} // namespace fero
