#include "formats/common/foreignbase64.h"

#include "base/secret.h"

#include <QCoreApplication>

namespace fero::foreignb64 {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignBase64)
};

bool isDataChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/'
           || c == u'-' || c == u'_';
}

} // namespace

Result<Decoded> decode(QStringView text, const QString &what, qsizetype offset)
{
    Decoded out;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Tr::tr("The %1 is empty.").arg(what));
    const qsizetype lead = text.indexOf(trimmed.front()); // position of the first non-blank character

    // Normalised to '-' '_' for Qt's decoder. The text is the secret in
    // another form: the buffer is sized once (data + up to 3 '=') and wiped
    // whatever way this function returns.
    QByteArray urlSafe;
    urlSafe.reserve(trimmed.size() + 3);
    const WipeOnExit wipeUrlSafe(urlSafe);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c == u'=') {
            ++out.padChars;
            continue;
        }
        if (!isDataChar(c) || out.padChars > 0) {
            const QString shown =
                c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            return Error::invalid(Tr::tr("The %1 is not base64: the character '%2' at position %3 %4. "
                                         "Paste the whole string exactly as the library printed it.")
                                      .arg(what, shown)
                                      .arg(offset + lead + i + 1)
                                      .arg(out.padChars > 0 ? Tr::tr("follows the '=' padding")
                                                            : Tr::tr("is outside both base64 alphabets")));
        }
        out.standardChars |= (c == u'+' || c == u'/');
        out.urlSafeChars |= (c == u'-' || c == u'_');
        urlSafe.append(c == u'+' ? '-' : c == u'/' ? '_' : char(c.unicode()));
    }
    out.dataChars = urlSafe.size();
    if (out.dataChars % 4 == 1)
        return Error::invalid(Tr::tr("The %1 is cut short or has an extra character: %2 base64 characters cannot "
                                     "encode whole bytes (one more than a multiple of 4).")
                                  .arg(what)
                                  .arg(out.dataChars));
    const qsizetype wantPad = (4 - out.dataChars % 4) % 4;
    out.paddingCorrect = out.padChars == wantPad;
    for (qsizetype i = 0; i < wantPad; ++i)
        urlSafe.append('=');

    // Moved in: Qt decodes in place, so the bytes never exist twice.
    auto decoded = QByteArray::fromBase64Encoding(std::move(urlSafe), QByteArray::Base64UrlEncoding
                                                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        secureWipe(decoded.decoded); // what was decoded before the error
        return Error::invalid(
            Tr::tr("The %1 is not valid base64 (the last characters do not form whole bytes).").arg(what));
    }
    out.bytes = std::move(*decoded);
    return out;
}

QString encode(QByteArrayView bytes, Alphabet alphabet, bool padded)
{
    QByteArray::Base64Options options =
        alphabet == Alphabet::UrlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    if (!padded)
        options |= QByteArray::OmitTrailingEquals;
    // fromRawData: no copy of the key bytes; the encoded form is one exact
    // allocation, wiped once the QString holds it.
    QByteArray text = QByteArray::fromRawData(bytes.data(), bytes.size()).toBase64(options);
    QString out = QString::fromLatin1(text);
    secureWipe(text);
    return out;
}

} // namespace fero::foreignb64
