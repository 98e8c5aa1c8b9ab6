#include "formats/mtcute/mtcutestring.h"

#include "base/bytereader.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/common/tlcodec.h"

#include <QCoreApplication>

namespace fero::mtcutestring {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MtcuteString)
};

QString what()
{
    return Tr::tr("mtcute string");
}

constexpr std::uint8_t SessionVersion = 3;
constexpr std::int32_t FlagSelf = 1, FlagLegacyTest = 2, FlagMedia = 4;
constexpr std::uint8_t DcIpv6 = 1, DcMediaOnly = 2, DcTest = 4;

struct DcBlob {
    int dcId = 0;
    std::uint8_t flags = 0;
    QString address;
    std::int32_t port = 0;
};

// A DC blob (version 1 or 2, dc id, flags, TL string address, int32 port)
// that must fill its TL bytes exactly.
Result<DcBlob> parseDcBlob(const QByteArray &blob, const QString &which)
{
    ByteReader reader(blob);
    std::uint8_t version = 0, dcId = 0, flags = 0;
    reader.le(version, "version");
    reader.le(dcId, "dc_id");
    reader.le(flags, "flags");
    QByteArray address;
    tl::readBytes(reader, address, "address");
    DcBlob dc;
    reader.le(dc.port, "port");
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, Tr::tr("%1 of the mtcute string").arg(which)));
    if (version != 1 && version != 2)
        return Error::invalid(Tr::tr("The %1 of the mtcute string has version %2; mtcute knows versions 1 and 2.")
                                  .arg(which)
                                  .arg(version));
    if (!reader.atEnd())
        return Error::invalid(
            Tr::tr("The %1 of the mtcute string has %2 bytes left over.").arg(which).arg(reader.remaining()));
    dc.dcId = dcId;
    dc.flags = version == 1 ? std::uint8_t(flags & ~DcTest) : flags; // v1 has no test flag
    dc.address = QString::fromUtf8(address);
    return dc;
}

DcEntry toEntry(const DcBlob &blob)
{
    DcEntry entry;
    entry.dcId = blob.dcId;
    entry.addr = joinAddress(blob.address, std::uint16_t(blob.port));
    if (blob.flags & DcIpv6)
        entry.flags |= DcFlag::Ipv6;
    if (blob.flags & DcMediaOnly)
        entry.flags |= DcFlag::MediaOnly;
    return entry;
}

QByteArray dcBlob(const DcEntry &entry, const HostPort &address, bool testMode)
{
    QByteArray blob;
    blob.append(char(2)).append(char(entry.dcId));
    std::uint8_t flags = 0;
    if (entry.isIpv6() || address.ipv6)
        flags |= DcIpv6;
    if (entry.flags & DcFlag::MediaOnly)
        flags |= DcMediaOnly;
    if (testMode)
        flags |= DcTest;
    blob.append(char(flags));
    tl::appendBytes(blob, address.host.toUtf8());
    tl::appendInt32(blob, address.port);
    return blob;
}

} // namespace

Result<DecodedSession> read(QStringView text)
{
    auto decoded = foreignb64::decode(text, what());
    if (!decoded)
        return decoded.error();
    QByteArray &bytes = decoded->bytes;
    const WipeOnExit wipe(bytes);

    ByteReader reader(bytes);
    std::uint8_t version = 0;
    std::int32_t flags = 0;
    reader.le(version, "version");
    if (!reader.failed() && version != SessionVersion)
        return Error::invalid(Tr::tr("Not an mtcute string: it starts with byte 0x%1, and mtcute 0.29.7 reads only "
                                     "session version 3.")
                                  .arg(version, 2, 16, QChar(u'0')));
    reader.le(flags, "flags");
    QByteArray mainBlob, mediaBlob, key;
    tl::readBytes(reader, mainBlob, "the main DC");
    if (flags & FlagMedia)
        tl::readBytes(reader, mediaBlob, "the media DC");
    std::int64_t userId = 0;
    std::uint32_t isBot = 0;
    if (flags & FlagSelf) {
        reader.le(userId, "the user id");
        reader.le(isBot, "is_bot");
    }
    tl::readBytes(reader, key, "the auth key");
    const WipeOnExit wipeKey(key);
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, what()));
    if (!reader.atEnd())
        return Error::invalid(Tr::tr("Not an mtcute string: %1 bytes are left over after the auth key (byte %2).")
                                  .arg(reader.remaining())
                                  .arg(reader.offset()));
    if ((flags & FlagSelf) && isBot != tl::BoolTrue && isBot != tl::BoolFalse)
        return Error::invalid(Tr::tr("The mtcute string's is_bot value 0x%1 is neither TL true nor TL false.")
                                  .arg(isBot, 8, 16, QChar(u'0')));
    auto authKey = AuthKey::fromBytes(key);
    if (!authKey)
        return Error::invalid(Tr::tr("The mtcute string's auth key is %1 bytes long, not 256.").arg(key.size()));

    auto main = parseDcBlob(mainBlob, Tr::tr("main DC"));
    if (!main)
        return main.error();
    std::optional<DcBlob> media;
    if (flags & FlagMedia) {
        auto parsed = parseDcBlob(mediaBlob, Tr::tr("media DC"));
        if (!parsed)
            return parsed.error();
        if ((parsed->flags & DcTest) != (main->flags & DcTest))
            return Error::invalid(Tr::tr("The mtcute string's main and media DC disagree about test mode; mtcute "
                                         "rejects such a string."));
        media = *parsed;
    }

    DecodedSession out;
    out.format = Format::MtcuteString;
    out.version = SessionVersion;
    Session session;
    session.homeDcId = main->dcId;
    DcEntry mainEntry = toEntry(*main);
    mainEntry.authKey = std::move(authKey);
    session.dcs.push_back(std::move(mainEntry));
    if (media)
        session.dcs.push_back(toEntry(*media));
    session.account.testMode = (main->flags & DcTest) || (flags & FlagLegacyTest);
    if (flags & FlagSelf) {
        session.account.userId = userId;
        session.account.isBot = isBot == tl::BoolTrue;
    }
    out.sessions.push_back(std::move(session));

    QStringList parts{Tr::tr("version 3")};
    parts << (media ? Tr::tr("media DC") : Tr::tr("no media DC"));
    parts << ((flags & FlagSelf) ? Tr::tr("self user") : Tr::tr("no self user"));
    out.layout = parts.join(QStringLiteral(", "));
    if (flags & FlagLegacyTest)
        out.warnings << Tr::tr("The string sets mtcute's legacy test-mode flag; both DCs are test DCs.");
    if (decoded->padChars > 0 || decoded->standardChars)
        out.warnings << Tr::tr("mtcute writes URL-safe base64 without '=' padding; this text differs (mtcute still "
                               "reads it).");
    return out;
}

const DcEntry *chooseMediaDc(const Session &session, const DcEntry *main)
{
    for (const DcEntry &entry : session.dcs)
        if (&entry != main && entry.dcId == main->dcId && (entry.flags & DcFlag::MediaOnly) && splitAddress(entry.addr))
            return &entry;
    for (const DcEntry &entry : session.dcs)
        if (&entry != main && entry.dcId == main->dcId && !entry.authKey && entry.isIpv6() == main->isIpv6()
            && !(entry.flags & DcFlag::Cdn) && splitAddress(entry.addr))
            return &entry;
    // mtcute's storage may name a media DC of another number (its dc_media):
    // the one media-only entry such a session has.
    const DcEntry *only = nullptr;
    for (const DcEntry &entry : session.dcs)
        if (&entry != main && (entry.flags & DcFlag::MediaOnly) && splitAddress(entry.addr)) {
            if (only)
                return nullptr;
            only = &entry;
        }
    return only;
}

Result<QString> write(const Session &session, const WriteOptions &options)
{
    auto chosen = foreign::chooseHomeDc(session, options.preferIpv6, what(), true);
    if (!chosen)
        return chosen.error();
    const DcEntry *main = chosen->entry;
    if (main->dcId < 0 || main->dcId > 255)
        return Error::refused(
            Tr::tr("DC id %1 does not fit the single byte an mtcute string has for it.").arg(main->dcId));
    const DcEntry *media = chooseMediaDc(session, main);
    const bool testMode = foreign::effectiveTestMode(session, main);
    const auto userId = foreign::effectiveUserId(session, options.userId);

    QByteArray bytes;
    bytes.append(char(SessionVersion));
    tl::appendInt32(bytes, (userId ? FlagSelf : 0) | (media ? FlagMedia : 0));
    tl::appendBytes(bytes, dcBlob(*main, *chosen->address, testMode));
    if (media)
        tl::appendBytes(bytes, dcBlob(*media, *splitAddress(media->addr), testMode));
    if (userId) {
        tl::appendInt64(bytes, *userId);
        tl::appendBool(bytes, session.account.isBot.value_or(false));
    }
    tl::appendBytes(bytes, main->authKey->view());
    const QString text = foreignb64::encode(bytes, foreignb64::Alphabet::UrlSafe, false);
    secureWipe(bytes);
    return text;
}

DcEntry dcEntry(const DcOption &option)
{
    return toEntry(DcBlob{option.dcId, option.flags, option.address, option.port});
}

QByteArray dcOption(const DcEntry &entry, const HostPort &address, bool testMode)
{
    return dcBlob(entry, address, testMode);
}

} // namespace fero::mtcutestring
