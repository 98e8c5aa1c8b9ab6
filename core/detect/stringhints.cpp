#include "detect/stringhints.h"

#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/format.h"

#include <QCoreApplication>

#include <optional>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StringHints)
};

bool isDataChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/'
           || c == u'-' || c == u'_';
}

// A layout the text's first bytes fit; length 0 = the layout has no fixed length.
struct Layout {
    Format format;
    qsizetype length = 0;
    QString variant; // "IPv4" or "IPv6" for Telethon
};

// Characters of unpadded base64 for n bytes.
qsizetype unpaddedChars(qsizetype bytes)
{
    return (4 * bytes + 2) / 3;
}

// Characters of padded base64 for n bytes.
qsizetype paddedChars(qsizetype bytes)
{
    return 4 * ((bytes + 2) / 3);
}

qsizetype tlBytesSize(int payload)
{
    return (1 + payload + 3) / 4 * 4;
}

// The first bytes of the text (at most 90), decoded from its leading base64 run.
QByteArray leadingBytes(QStringView data)
{
    qsizetype n = 0;
    while (n < data.size() && n < 120 && isDataChar(data[n]))
        ++n;
    n -= n % 4;
    if (n < 8)
        return {};
    auto decoded = foreignb64::decode(data.first(n), QString());
    return decoded ? std::move(decoded->bytes) : QByteArray();
}

// mtcute §6: version 3, small flags, then TL bytes of the DC blobs: the total
// size follows from the blob lengths. 0 when the prefix does not hold them.
qsizetype mtcuteBytes(const QByteArray &b)
{
    const auto at = [&](qsizetype i) { return i < b.size() ? int(std::uint8_t(b[i])) : -1; };
    const int flags = at(1);
    if (flags < 0 || flags > 7 || at(2) != 0 || at(3) != 0 || at(4) != 0 || at(5) < 0 || at(5) >= 254)
        return 0;
    qsizetype total = 5 + tlBytesSize(at(5));
    if (flags & 4) {
        const int media = at(total);
        if (media < 0 || media >= 254)
            return 0;
        total += tlBytesSize(media);
    }
    if (flags & 1)
        total += 8 + 4;     // user id, Bool is_bot
    return total + 4 + 256; // TL bytes header of the key, the key
}

bool looksLikeAddressText(const QByteArray &b, qsizetype from, qsizetype length)
{
    const qsizetype end = std::min(b.size(), from + length);
    if (end - from < 2)
        return false;
    for (qsizetype i = from; i < end; ++i) {
        const char c = b[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':'))
            return false;
    }
    return true;
}

std::optional<Layout> guessLayout(QStringView trimmed)
{
    const bool prefixed = trimmed.startsWith(u'1'); // Telethon and GramJS (§2, §4); others start with 'A'-'E'
    QByteArray b = leadingBytes(prefixed ? trimmed.sliced(1) : trimmed);
    const WipeOnExit wipe(b); // Telethon keys start at byte 7
    if (b.size() < 6)
        return std::nullopt;
    const auto at = [&](qsizetype i) { return int(std::uint8_t(b[i])); };
    if (prefixed) {
        const int textLength = at(1) << 8 | at(2);
        if (textLength >= 7 && textLength <= 45 && looksLikeAddressText(b, 3, textLength))
            return Layout{Format::GramjsString, 1 + paddedChars(261 + textLength), {}};
        const bool ipv6 = (at(1) & 0xe0) == 0x20; // Telegram's IPv6 DCs are in 2000::/3, its IPv4 ones are not
        return Layout{Format::TelethonString, ipv6 ? 369 : 353, ipv6 ? Tr::tr("IPv6") : Tr::tr("IPv4")};
    }
    if (at(0) == 3)
        if (const qsizetype bytes = mtcuteBytes(b))
            return Layout{Format::MtcuteString, unpaddedChars(bytes), {}};
    const bool dcByte = at(1) >= 1 && at(1) <= 5;
    if ((at(0) == 1 || at(0) == 2) && dcByte && (at(2) == 4 || at(2) == 6)) { // compact: version, DC, ip type
        const qsizetype v2 = 3 + (at(2) == 4 ? 4 : 16) + 2 + 8 + 256;
        return at(0) == 2 ? Layout{Format::FerogramCompactV2, unpaddedChars(v2), {}}
                          : Layout{Format::FerogramCompactV1, unpaddedChars(v2 + 16), {}};
    }
    if (at(0) == 1 && at(1) >= '1' && at(1) <= '5' && at(2) == 0) // TL string "1".."5", zero-run encoded
        return Layout{Format::MtkrutoString, 0, {}};
    if (at(0) >= 2 && at(0) <= 8 && at(2) == 0 && at(3) == 0 && at(4) == 0) // native: version, home DC i32 LE
        return Layout{Format::FerogramNative, 0, {}};
    if (at(0) >= 1 && at(0) <= 5)
        return Layout{Format::PyrogramString, 362, {}};
    return std::nullopt;
}

} // namespace

QString damagedStringHint(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype lead = trimmed.isEmpty() ? 0 : trimmed.data() - text.data();
    const std::optional<Layout> layout = guessLayout(trimmed);
    const QString name = layout ? formatDisplayName(layout->format) : QString();

    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (isDataChar(c) || c == u'=' || c.isSpace())
            continue;
        const QString shown = c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        const qsizetype position = lead + i + 1;
        if (!layout)
            return Tr::tr("The character '%1' at position %2 is not base64, and every session string is: the text is "
                          "damaged there.")
                .arg(shown)
                .arg(position);
        return Tr::tr("It looks like a %1 with a damaged character: '%2' at position %3 is not base64.")
            .arg(name, shown)
            .arg(position);
    }

    // Cut short: a little shorter than the layout its prefix names (a copy
    // that missed the end loses a line or a screen's width, not half).
    const qsizetype length = trimmed.size();
    if (!layout || layout->length == 0 || length >= layout->length || length * 3 < layout->length * 2)
        return {};
    if (layout->format == Format::PyrogramString)
        return Tr::tr("It looks like a Pyrogram string cut short: %1 of %2 characters (the new layout; the old "
                      "layouts have 356 or 351).")
            .arg(length)
            .arg(layout->length);
    if (!layout->variant.isEmpty())
        return Tr::tr("It looks like a %1 cut short: %2 of %3 characters (the %4 layout).")
            .arg(name)
            .arg(length)
            .arg(layout->length)
            .arg(layout->variant);
    return Tr::tr("It looks like a %1 cut short: %2 of %3 characters.").arg(name).arg(length).arg(layout->length);
}

} // namespace fero
