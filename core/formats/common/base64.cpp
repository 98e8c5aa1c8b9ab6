#include "formats/common/base64.h"

#include "base/secret.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <optional>

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

// Symbol values for the fast path: 0..63, or one of these markers.
constexpr std::uint8_t NotSymbol = 0xFF;
constexpr std::uint8_t UrlBit = 0x40, StdBit = 0x80; // on '-' '_' and '+' '/'

constexpr std::array<std::uint8_t, 128> symbolTable()
{
    std::array<std::uint8_t, 128> table{};
    for (auto &v : table)
        v = NotSymbol;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = std::uint8_t(c - 'A');
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = std::uint8_t(c - 'a' + 26);
    for (int c = '0'; c <= '9'; ++c)
        table[c] = std::uint8_t(c - '0' + 52);
    table['-'] = 62 | UrlBit;
    table['_'] = 63 | UrlBit;
    table['+'] = 62 | StdBit;
    table['/'] = 63 | StdBit;
    return table;
}
constexpr std::array<std::uint8_t, 128> Symbols = symbolTable();

// The common case in one pass: nothing but symbols of one alphabet, no white
// space, no padding. Returns nullopt for anything else, which the careful
// path below then reads (and explains). Native strings of large sessions are
// 4.4 million characters: the careful path plus Qt's decoder took ~40 ms of
// CPU there (41 instructions per character under callgrind), this ~4.
std::optional<Decoded> decodeClean(QStringView text)
{
    const qsizetype n = text.size();
    if (n % 4 == 1)
        return std::nullopt;
    QByteArray out(n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0), Qt::Uninitialized);
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data());
    const char16_t *src = text.utf16();
    unsigned seen = 0; // UrlBit | StdBit
    const auto value = [&](char16_t c, std::uint32_t &v) {
        const std::uint8_t symbol = c < 128 ? Symbols[c] : NotSymbol;
        seen |= symbol;
        v = symbol & 0x3F;
        return symbol != NotSymbol;
    };
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4, dst += 3) {
        std::uint32_t a, b, c, d;
        // & on purpose, not &&: all four are decoded (no branch per character).
        if (!(unsigned(value(src[i], a)) & unsigned(value(src[i + 1], b)) & unsigned(value(src[i + 2], c))
              & unsigned(value(src[i + 3], d))))
            return std::nullopt;
        const std::uint32_t bits = a << 18 | b << 12 | c << 6 | d;
        dst[0] = std::uint8_t(bits >> 16);
        dst[1] = std::uint8_t(bits >> 8);
        dst[2] = std::uint8_t(bits);
    }
    std::uint32_t last = 0;
    if (const qsizetype rest = n - i; rest > 0) {
        std::uint32_t a, b, c = 0;
        if (!(unsigned(value(src[i], a)) & unsigned(value(src[i + 1], b))) || (rest == 3 && !value(src[i + 2], c)))
            return std::nullopt;
        const std::uint32_t bits = a << 18 | b << 12 | c << 6;
        dst[0] = std::uint8_t(bits >> 16);
        if (rest == 3)
            dst[1] = std::uint8_t(bits >> 8);
        last = rest == 3 ? c : b;
        if (last & (rest == 2 ? 0x0F : 0x03))
            last = NotSymbol; // unused bits set: let the careful path say so
    }
    if ((seen & (UrlBit | StdBit)) == (UrlBit | StdBit) || (seen & StdBit) || last == NotSymbol)
        return std::nullopt; // mixed or standard alphabet, odd last symbol: rare, explained below
    Decoded decoded;
    decoded.bytes = std::move(out);
    return decoded;
}

} // namespace

Result<Decoded> decodeTolerant(QStringView text)
{
    if (auto clean = decodeClean(text.trimmed()))
        return std::move(*clean);

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
    // fromRawData: no copy of a possibly multi-megabyte session. The encoded
    // bytes hold the auth key in another form: wiped once the QString has them.
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QByteArray text = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QString out = QString::fromLatin1(text);
    secureWipe(text);
    return out;
}

} // namespace fero::base64
