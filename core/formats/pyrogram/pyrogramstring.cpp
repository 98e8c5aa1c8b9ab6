#include "formats/pyrogram/pyrogramstring.h"

#include "base/bytereader.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/common/tlcodec.h"

#include <QCoreApplication>

namespace fero::pyrogramstring {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PyrogramString)
};

QString what()
{
    return Tr::tr("Pyrogram string");
}

constexpr qsizetype NewBytes = 271, Old64Bytes = 267, Old32Bytes = 263;

void appendBigEndian(QByteArray &out, std::uint64_t value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char(value >> (8 * i) & 0xff));
}

} // namespace

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::New:
        return Tr::tr("new layout with api_id");
    case Layout::Old64:
        return Tr::tr("old 64-bit layout");
    case Layout::Old32:
        return Tr::tr("old 32-bit layout");
    }
    return {};
}

Result<DecodedSession> read(QStringView text)
{
    auto decoded = foreignb64::decode(text, what());
    if (!decoded)
        return decoded.error();
    QByteArray &bytes = decoded->bytes;
    const WipeOnExit wipe(bytes);

    Layout layout;
    if (bytes.size() == NewBytes)
        layout = Layout::New;
    else if (bytes.size() == Old64Bytes)
        layout = Layout::Old64;
    else if (bytes.size() == Old32Bytes)
        layout = Layout::Old32;
    else
        return Error::invalid(Tr::tr("Not a Pyrogram string: it holds %1 bytes (%2 characters), but Pyrogram's layouts "
                                     "hold 271 (362 characters), 267 (356) or 263 (351).")
                                  .arg(bytes.size())
                                  .arg(decoded->dataChars));

    ByteReader reader(bytes);
    std::uint8_t dcId = 0, testMode = 0, isBot = 0;
    std::uint32_t apiId = 0;
    std::uint64_t userId = 0;
    reader.be(dcId, "dc_id");
    if (layout == Layout::New)
        reader.be(apiId, "api_id");
    reader.be(testMode, "test_mode");
    const std::uint8_t *key = reader.take(AuthKey::Size, "the auth key");
    if (layout == Layout::Old32) {
        std::uint32_t shortId = 0;
        reader.be(shortId, "user_id");
        userId = shortId;
    } else {
        reader.be(userId, "user_id");
    }
    reader.be(isBot, "is_bot");
    if (reader.failed()) // cannot happen with the sizes checked above; kept for safety
        return Error::invalid(tl::cutShortMessage(reader, what()));

    DecodedSession out;
    out.format = Format::PyrogramString;
    out.version = layout == Layout::New ? 3 : layout == Layout::Old64 ? 2 : 1;
    out.layout = layoutName(layout);
    Session session = foreign::tableDcSession(dcId, testMode != 0, AuthKey::fromRaw(key), out.warnings);
    session.account.userId = std::int64_t(userId);
    session.account.isBot = isBot != 0;
    if (layout == Layout::New)
        session.account.apiId = apiId;
    out.sessions.push_back(std::move(session));

    if (testMode > 1 || isBot > 1)
        out.warnings << Tr::tr("A yes/no byte holds %1 instead of 0 or 1; Pyrogram reads any non-zero value as yes.")
                            .arg(testMode > 1 ? testMode : isBot);
    if (userId > (std::uint64_t(1) << 53))
        out.warnings << Tr::tr("The user id is above 2^53; @mtcute/convert would round it.");
    if (layout == Layout::Old32)
        out.warnings << Tr::tr("This old 32-bit layout is read by Pyrogram but not by @mtcute/convert.");
    if (decoded->padChars > 0 || decoded->standardChars)
        out.warnings << Tr::tr("Pyrogram writes URL-safe base64 without '=' padding; this text differs.");
    return out;
}

Result<QString> write(const Session &session, const WriteOptions &options)
{
    if (options.layout == Layout::Old32)
        return Error::usage(Tr::tr("Feroscope does not write Pyrogram's old 32-bit layout (user ids no longer fit it); "
                                   "write the new layout or the old 64-bit one."));
    std::optional<std::int64_t> apiId = options.apiId ? options.apiId : session.account.apiId;
    if (options.layout == Layout::New) {
        if (!apiId)
            return Error::missingValue(
                MissingValue::ApiId,
                Tr::tr("A Pyrogram string (new layout) needs the api_id of the app that logged in, and "
                       "this session does not carry one. The old 64-bit layout needs none, and Pyrogram "
                       "still reads it."));
        if (*apiId < 0 || *apiId > 0xffffffffLL)
            return Error::usage(Tr::tr("api_id %1 does not fit Pyrogram's unsigned 32-bit field.").arg(*apiId));
    }
    auto chosen = foreign::chooseHomeDc(session, false, what(), false);
    if (!chosen)
        return chosen.error();
    if (session.homeDcId < 0 || session.homeDcId > 255)
        return Error::refused(
            Tr::tr("DC id %1 does not fit the single byte a Pyrogram string has for it.").arg(session.homeDcId));
    const std::int64_t userId = foreign::effectiveUserId(session, options.userId).value_or(0);
    if (userId < 0)
        return Error::refused(Tr::tr("User id %1 is negative; Pyrogram stores an unsigned number.").arg(userId));

    QByteArray bytes;
    // The final size up front: appending after the key never reallocates
    // (a freed block would keep a copy of it).
    bytes.reserve(1 + 4 + 1 + qsizetype(AuthKey::Size) + 8 + 1);
    bytes.append(char(session.homeDcId));
    if (options.layout == Layout::New)
        appendBigEndian(bytes, std::uint64_t(*apiId), 4);
    bytes.append(char(foreign::effectiveTestMode(session, chosen->entry) ? 1 : 0));
    bytes.append(chosen->entry->authKey->view());
    appendBigEndian(bytes, std::uint64_t(userId), 8);
    bytes.append(char(session.account.isBot.value_or(false) ? 1 : 0));
    const QString text = foreignb64::encode(bytes, foreignb64::Alphabet::UrlSafe, false);
    secureWipe(bytes);
    return text;
}

} // namespace fero::pyrogramstring
