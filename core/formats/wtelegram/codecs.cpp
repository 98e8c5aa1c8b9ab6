#include "formats/wtelegram/codecs.h"

#include "base/address.h"
#include "formats/common/filetarget.h"
#include "formats/wtelegram/wtelegramfile.h"
#include "formats/wtelegram/wtelegramjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace fero::wtelegram {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WTelegramCodec)
};

// A session file is a few KiB; its ring at most 4 blocks (§2.2).
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error::invalid(Tr::tr("%1 is too large to be a WTelegramClient session.").arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

// Older saves the ring left before and after the current block (§2.2).
qint64 staleBytes(const QByteArray &file, const BlockPlace &place)
{
    qint64 stale = 0;
    for (qsizetype i = 8; i < file.size(); ++i)
        if ((i < place.position || i >= qsizetype(place.position) + place.length) && file.at(i) != 0)
            ++stale;
    return stale;
}

Result<DecodedSession> readSession(const QString &path, const QString &keyText)
{
    Result<QByteArray> file = readFile(path);
    if (!file)
        return file.error();
    const std::optional<BlockPlace> place = headerBlock(file.value());
    QByteArrayView block;
    if (place) {
        block = QByteArrayView(file.value()).sliced(place->position, place->length);
    } else {
        // Only a forced read gets here (detection needs the header): the
        // bare block a custom stream holds (§2.2).
        const qsizetype size = file->size();
        if (size < 64 || (size - 16) % 16 != 0)
            return Error::invalid(Tr::tr("Not a WTelegramClient session: no file header names a block in it, and "
                                         "as a bare block it would be at least 64 bytes, an IV and whole AES blocks "
                                         "(it is %n byte(s)).",
                                         nullptr, int(size)));
        block = file.value();
    }
    const QString where = place ? Tr::tr("a %1-byte block at byte %2").arg(place->length).arg(place->position)
                                : Tr::tr("a bare %1-byte block").arg(block.size());
    if (keyText.isEmpty())
        return Error::locked(Lock::PasscodeNeeded,
                             Tr::tr("This is a WTelegramClient session (%1), encrypted with the app's api_hash or "
                                    "its session_key: a session key is needed to read it.")
                                 .arg(where));
    Result<SecretBuffer> key = keyFromHex(keyText);
    if (!key)
        return key.error();
    Result<SecretBuffer> json = decryptBlock(block, key->view());
    if (!json)
        return json.error();
    Result<DecodedSession> decoded = readJson(json->view());
    if (!decoded)
        return decoded.error();
    if (!place)
        decoded->warnings << Tr::tr("Read as a bare block (a custom stream's save, no file header).");
    else if (const qint64 stale = staleBytes(file.value(), *place))
        decoded->warnings << Tr::tr("The file holds %n byte(s) of older saves besides the current block. They "
                                    "decrypt with the same key to older auth keys: keep the file private, or "
                                    "convert it to a new file, which holds the current block only.",
                                    nullptr, int(std::min<qint64>(stale, 0x7fffffff)));
    secureWipe(file.value());
    return decoded;
}

bool claimsFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(8);
    if (head.size() < 8)
        return false;
    // The header alone, checked against the file's size (no block is read).
    const auto position = qFromLittleEndian<std::int32_t>(head.data());
    const auto length = qFromLittleEndian<std::int32_t>(head.data() + 4);
    return position >= 8 && position % 16 == 8 && length >= 64 && length % 16 == 0
           && qint64(position) + length <= file.size();
}

// The entries the file holds: keyed ones (one per DC id and media flag) as
// DC sessions, the others as DC options; both need an address.
bool written(const DcEntry &dc)
{
    return dc.authKey || splitAddress(dc.addr).has_value();
}

void sessionLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    Session s = filetarget::prepared(session, target);
    const std::size_t unwritten = filetarget::countIf(s.dcs, [](const DcEntry &dc) { return !written(dc); });
    if (unwritten)
        report.add(LossKind::OtherDcs, unwritten,
                   Tr::tr("%n DC entry(ies) without a key or an address are dropped.", nullptr, int(unwritten)));
    QList<int> seen;
    std::size_t repeated = 0;
    for (const DcEntry &dc : s.dcs) {
        if (!dc.authKey)
            continue;
        const int key = (dc.flags & DcFlag::MediaOnly) ? -dc.dcId : dc.dcId;
        if (seen.contains(key))
            ++repeated;
        seen << key;
    }
    if (repeated)
        report.add(LossKind::OtherKeys, repeated,
                   Tr::tr("%n keyed DC entry(ies) repeat a DC id (and media flag) an earlier one has: "
                          "WTelegramClient keeps one session per DC, the first is written.",
                          nullptr, int(repeated)));
    const std::size_t details = filetarget::countIf(
        s.dcs, [](const DcEntry &dc) { return dc.timeOffset || (!dc.authKey && dc.firstSalt); });
    if (details)
        report.add(LossKind::DcDetails, details,
                   Tr::tr("The time offset (and, on entries without a key, the salt) of %n DC entry(ies) are "
                          "dropped.",
                          nullptr, int(details)));
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(),
                   Tr::tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
    filetarget::commonLosses(s, false, false, report);
    // The layer is kept as the home DC session's Layer, and a DC session is
    // written only with its key.
    const bool homeSession = std::any_of(s.dcs.begin(), s.dcs.end(), [&](const DcEntry &dc) {
        return dc.dcId == s.homeDcId && dc.authKey && !(dc.flags & DcFlag::MediaOnly);
    });
    if (s.account.layer && *s.account.layer && !homeSession)
        report.add(LossKind::AccountValues, 1,
                   Tr::tr("The layer (%1) is dropped: WTelegramClient keeps it in the home DC's session, and this "
                          "session has no key for the home DC.")
                       .arg(*s.account.layer));
    s.account.layer.reset();
    filetarget::accountLosses(s, target.format, {.userId = true, .apiId = true}, report);
}

Status sessionPreflight(const Session &session, const ConvertTarget &target)
{
    const Session s = filetarget::prepared(session, target);
    if (target.passcode.isEmpty())
        return Error::usage(Tr::tr("A WTelegramClient session is encrypted with the app's api_hash or its "
                                   "session_key: give that key (--session-key or --session-key-file)."));
    if (Result<SecretBuffer> key = keyFromHex(target.passcode); !key)
        return Error::usage(key.error().message);
    if (!s.account.apiId)
        return Error::missingValue(MissingValue::ApiId,
                                   Tr::tr("WTelegramClient stores the api_id the session was made with."));
    const bool homeKey = std::any_of(s.dcs.begin(), s.dcs.end(), [&](const DcEntry &dc) {
        return dc.dcId == s.homeDcId && dc.authKey && !(dc.flags & DcFlag::MediaOnly);
    });
    if (!homeKey)
        return Error::refused(Tr::tr("WTelegramClient needs an auth key for the home DC %1.").arg(s.homeDcId));
    return {};
}

Result<QByteArray> encodeSession(const Session &session, const ConvertTarget &target)
{
    if (Status ok = sessionPreflight(session, target); !ok)
        return ok.error();
    Result<SecretBuffer> key = keyFromHex(target.passcode);
    QByteArray json = writeJson(filetarget::prepared(session, target));
    Result<QByteArray> block = encryptBlock(json, key->view());
    secureWipe(json);
    if (!block)
        return block.error();
    return fileWithBlock(block.value());
}

} // namespace

bool looksLikeSessionFile(QByteArrayView bytes)
{
    return headerBlock(bytes).has_value();
}

const Codec kSessionCodec{
    .format = Format::WtelegramSession,
    .readPath = readSession,
    .claims = claimsFile,
    .losses = sessionLosses,
    .preflight = sessionPreflight,
    .encode = encodeSession,
};

} // namespace fero::wtelegram
