#include "formats/mtkruto/mtkrutostring.h"

#include "base/bytereader.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/common/tlcodec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fero::mtkrutostring {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MtkrutoString)
};

QString what()
{
    return Tr::tr("MTKruto string");
}

} // namespace

QByteArray encodeZeroRuns(QByteArrayView plain)
{
    // Sized for the worst case (a lone zero byte becomes two), so appending
    // never reallocates and leaves a freed copy of the key behind.
    QByteArray out;
    out.reserve(plain.size() + plain.size() / 2 + 1);
    qsizetype i = 0;
    while (i < plain.size()) {
        if (plain[i] != '\0') {
            out.append(plain[i++]);
            continue;
        }
        int run = 0;
        while (i < plain.size() && plain[i] == '\0' && run < 255) {
            ++run;
            ++i;
        }
        out.append('\0').append(char(run));
    }
    return out;
}

std::optional<QByteArray> decodeZeroRuns(QByteArrayView encoded)
{
    // The exact decoded size first, so the key is written into one block
    // that never reallocates.
    qsizetype size = 0;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '\0') {
            ++size;
            continue;
        }
        if (++i == encoded.size())
            return std::nullopt;
        size += std::uint8_t(encoded[i]);
    }
    QByteArray out(size, '\0');
    char *next = out.data();
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '\0')
            *next++ = encoded[i];
        else
            next += std::uint8_t(encoded[++i]); // already zero
    }
    return out;
}

Result<DecodedSession> read(QStringView text)
{
    auto decoded = foreignb64::decode(text, what());
    if (!decoded)
        return decoded.error();
    const WipeOnExit wipeDecoded(decoded->bytes);
    auto plain = decodeZeroRuns(decoded->bytes);
    if (!plain)
        return Error::invalid(Tr::tr("The MTKruto string is cut short: it ends with a zero byte whose run length is "
                                     "missing. Copy the whole string again."));
    const WipeOnExit wipePlain(*plain);

    ByteReader reader(*plain);
    QByteArray dcText, key;
    tl::readBytes(reader, dcText, "the DC");
    tl::readBytes(reader, key, "the auth key");
    const WipeOnExit wipeKey(key);
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, what()));
    if (!reader.atEnd())
        return Error::invalid(
            Tr::tr("Not an MTKruto string: %1 bytes are left over after the auth key.").arg(reader.remaining()));
    static const QRegularExpression dcPattern(QStringLiteral("^([0-9]{1,3})(-test)?$"));
    const auto match = dcPattern.match(QString::fromLatin1(dcText));
    if (!match.hasMatch())
        return Error::invalid(Tr::tr("Not an MTKruto string: its DC field is \"%1\", not a DC number with an optional "
                                     "\"-test\".")
                                  .arg(QString::fromLatin1(dcText.left(16))));
    auto authKey = AuthKey::fromBytes(key);
    if (!authKey)
        return Error::invalid(Tr::tr("The MTKruto string's auth key is %1 bytes long, not 256.").arg(key.size()));

    const int dcId = match.captured(1).toInt();
    const bool testMode = match.hasCaptured(2);
    DecodedSession out;
    out.format = Format::MtkrutoString;
    out.layout = testMode ? Tr::tr("test DC %1").arg(dcId) : Tr::tr("DC %1").arg(dcId);
    out.sessions.push_back(foreign::tableDcSession(dcId, testMode, *authKey, out.warnings));
    if (decoded->padChars > 0 || decoded->standardChars)
        out.warnings << Tr::tr("MTKruto strings are URL-safe base64 without '=' padding; this text differs.");
    return out;
}

Result<QString> write(const Session &session, const WriteOptions &)
{
    auto chosen = foreign::chooseHomeDc(session, false, what(), false);
    if (!chosen)
        return chosen.error();
    if (session.homeDcId < 0)
        return Error::refused(Tr::tr("DC id %1 cannot be written to an MTKruto string.").arg(session.homeDcId));
    QString dcText = QString::number(session.homeDcId);
    if (foreign::effectiveTestMode(session, chosen->entry))
        dcText += QStringLiteral("-test");

    QByteArray plain;
    // Both TL byte strings at their largest (4-byte header, 3 bytes of
    // padding): the key is appended last and never moved.
    plain.reserve(2 * (4 + 3) + dcText.size() + qsizetype(AuthKey::Size));
    tl::appendBytes(plain, dcText.toLatin1());
    tl::appendBytes(plain, chosen->entry->authKey->view());
    QByteArray encoded = encodeZeroRuns(plain);
    const QString text = foreignb64::encode(encoded, foreignb64::Alphabet::UrlSafe, false);
    secureWipe(plain);
    secureWipe(encoded);
    return text;
}

} // namespace fero::mtkrutostring
