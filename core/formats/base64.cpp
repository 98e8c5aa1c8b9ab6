#include "base64.h"

#include <QCoreApplication>

namespace fero::base64 {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Base64)
};

bool isAlnum(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

QString describeChar(QChar c)
{
    if (c.isPrint())
        return QStringLiteral("'%1' (U+%2)").arg(c).arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

// The value of a base64 symbol of either alphabet (the caller has already
// checked that it is one).
int symbolValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return (c == '-' || c == '+') ? 62 : 63;
}

} // namespace

Result<Decoded> decodeTolerant(QStringView text)
{
    // ferogram trims surrounding white space itself (ferogram-formats.md §3);
    // offsets below count from the trimmed text, as ferogram's errors do.
    const QStringView trimmed = text.trimmed();
    // One pass, writing into a pre-sized buffer: native strings of large
    // sessions are megabytes long.
    QByteArray symbols(trimmed.size(), Qt::Uninitialized);
    char *next = symbols.data();
    qsizetype spaces = 0, padding = 0;
    qsizetype firstUrl = -1, firstStd = -1, firstPad = -1;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        const char16_t u = c.unicode();
        if (isAlnum(u) && firstPad < 0) {
            *next++ = char(u);
            continue;
        }
        if (c.isSpace()) {
            ++spaces;
            continue;
        }
        if (u == u'=') {
            if (firstPad < 0)
                firstPad = i;
            ++padding;
            continue;
        }
        const bool url = u == u'-' || u == u'_';
        const bool standard = u == u'+' || u == u'/';
        if (!isAlnum(u) && !url && !standard)
            return Error::invalid(
                Text::tr("base64 decode error: invalid character %1 at offset %2.").arg(describeChar(c)).arg(i));
        if (firstPad >= 0)
            return Error::invalid(Text::tr("base64 decode error: invalid padding: '=' at offset %1 is followed by "
                                           "more text at offset %2.")
                                      .arg(firstPad)
                                      .arg(i));
        if (url && firstUrl < 0)
            firstUrl = i;
        if (standard && firstStd < 0)
            firstStd = i;
        *next++ = char(u);
    }
    symbols.truncate(next - symbols.constData());
    if (firstUrl >= 0 && firstStd >= 0)
        return Error::invalid(Text::tr("base64 decode error: %1 at offset %2 is not in the URL-safe alphabet that "
                                       "this text otherwise uses (%3 at offset %4); a text mixing both alphabets is "
                                       "corrupted.")
                                  .arg(describeChar(trimmed[firstStd]))
                                  .arg(firstStd)
                                  .arg(describeChar(trimmed[firstUrl]))
                                  .arg(firstUrl));
    const qsizetype n = symbols.size();
    if (n % 4 == 1)
        return Error::invalid(Text::tr("base64 decode error: invalid input length: %1 symbols cannot be base64 (one "
                                       "symbol too many or too few; was the text cut off?).")
                                  .arg(n));
    if (padding && (padding > 2 || (n + padding) % 4 != 0))
        return Error::invalid(
            Text::tr("base64 decode error: invalid padding: %1 '=' after %2 symbols.").arg(padding).arg(n));

    Decoded out;
    if (spaces)
        out.warnings << Text::tr("The text contains %1 white-space characters inside it; they were ignored, but "
                                 "ferogram itself would reject the string.")
                            .arg(spaces);
    if (padding)
        out.warnings << Text::tr("The text ends in '=' padding; it was accepted, but ferogram itself would reject "
                                 "the string (it expects base64 without padding).");
    if (firstStd >= 0)
        out.warnings << Text::tr("The text uses the standard base64 alphabet ('+' and '/'); it was accepted, but "
                                 "ferogram itself would reject the string (it expects the URL-safe alphabet, '-' "
                                 "and '_').");
    // ferogram's decoder also rejects a last symbol whose unused low bits are
    // set; the bytes are unambiguous, so we only say so.
    if (n % 4 != 0) {
        const int unusedBits = n % 4 == 2 ? 4 : 2;
        if (symbolValue(symbols.back()) & ((1 << unusedBits) - 1))
            out.warnings << Text::tr("The last base64 symbol has unused bits set; ferogram itself would reject the "
                                     "string.");
    }

    const auto alphabet = firstStd >= 0 ? QByteArray::Base64Encoding : QByteArray::Base64UrlEncoding;
    auto decoded =
        QByteArray::fromBase64Encoding(std::move(symbols), alphabet | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::invalid(Text::tr("base64 decode error: the text is not valid base64."));
    out.bytes = std::move(decoded.decoded);
    return out;
}

QString encodeUrlSafe(QByteArrayView bytes)
{
    // fromRawData: no copy of a possibly multi-megabyte session.
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace fero::base64
