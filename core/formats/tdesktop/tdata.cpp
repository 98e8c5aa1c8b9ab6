#include "formats/tdesktop/tdata.h"

#include "base/bytereader.h"
#include "base/secret.h"
#include "formats/common/folderwriter.h"
#include "formats/tdesktop/tdatacrypto.h"
#include "model/knowndcs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <variant>

namespace fero::tdata {
namespace {

using namespace tdatacrypto;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Tdata)
};

constexpr std::int32_t kMtpAuthorizationBlock = 0x4b; // §9.5
const QByteArray kMagic("TDF$");

struct Failure {
    Problem problem;
    QString message;
};
template <typename T> using Outcome = std::variant<T, Failure>;

// ---- container (§9.2) ----------------------------------------------------

QByteArray le32(std::int32_t v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char((quint32(v) >> (8 * i)) & 0xff);
    return out;
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[3 - i] = char((v >> (8 * i)) & 0xff);
    return out;
}

QByteArray qtBytes(QByteArrayView bytes) // QDataStream QByteArray: u32 BE length + bytes
{
    return be32(quint32(bytes.size())) + bytes.toByteArray();
}

QByteArray wrapTdf(const QByteArray &payload)
{
    const QByteArray version = le32(AppVersion);
    return kMagic + version + payload + md5(payload + le32(std::int32_t(payload.size())) + version + kMagic);
}

struct TdfFile {
    QString path;
    std::int32_t version = 0;
    QByteArray payload;
};

Outcome<TdfFile> parseTdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Problem::MissingFile, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    // Settings files are a few KiB; never allocate for more than the limit
    // (QFile::read(max) reserves max bytes up front, on every file opened).
    constexpr qint64 MaxTdfSize = 64 << 20;
    if (file.size() > MaxTdfSize)
        return Failure{Problem::Damaged, Tr::tr("%1 is %2 MiB: far too large for a Telegram Desktop settings file.")
                                             .arg(path)
                                             .arg(file.size() >> 20)};
    const QByteArray bytes = file.read(file.size());
    if (bytes.size() < 24)
        return Failure{
            Problem::Damaged,
            Tr::tr("%1 is truncated: %2 bytes, a Telegram Desktop file has at least 24.").arg(path).arg(bytes.size())};
    if (!bytes.startsWith(kMagic))
        return Failure{Problem::Damaged,
                       Tr::tr("%1 does not start with TDF$; it is not a Telegram Desktop file.").arg(path)};
    TdfFile tdf;
    tdf.path = path;
    const QByteArray versionBytes = bytes.sliced(4, 4);
    std::memcpy(&tdf.version, versionBytes.constData(), 4);
    tdf.payload = bytes.sliced(8, bytes.size() - 24);
    const QByteArray expected = md5(tdf.payload + le32(std::int32_t(tdf.payload.size())) + versionBytes + kMagic);
    if (expected != bytes.right(16))
        return Failure{Problem::Damaged,
                       Tr::tr("%1 fails its MD5 check (truncated or damaged, %2 bytes).").arg(path).arg(bytes.size())};
    return tdf;
}

// <base>s first, else the valid one of <base>0 / <base>1 written last (§9.1).
Outcome<TdfFile> readTdf(const QString &base)
{
    if (QFileInfo::exists(base + u's'))
        return parseTdf(base + u's');
    std::optional<TdfFile> best;
    QDateTime bestTime;
    std::optional<Failure> firstFailure;
    for (const QChar suffix : {u'0', u'1'}) {
        if (!QFileInfo::exists(base + suffix))
            continue;
        auto parsed = parseTdf(base + suffix);
        if (auto *failure = std::get_if<Failure>(&parsed)) {
            firstFailure = firstFailure.value_or(*failure);
            continue;
        }
        const QDateTime time = QFileInfo(base + suffix).lastModified();
        if (!best || time > bestTime) {
            best = std::get<TdfFile>(std::move(parsed));
            bestTime = time;
        }
    }
    if (best)
        return *best;
    if (firstFailure)
        return *firstFailure;
    return Failure{Problem::MissingFile, Tr::tr("%1 not found.").arg(QDir::toNativeSeparators(base + u's'))};
}

// QDataStream QByteArrays from a payload; fails naming the field.
bool readQtBytes(ByteReader &reader, QByteArray &out, const char *field)
{
    quint32 size = 0;
    if (!reader.be(size, field))
        return false;
    if (size == 0xffffffffu) { // a null QByteArray
        out.clear();
        return true;
    }
    const std::uint8_t *p = reader.take(size, field);
    if (!p)
        return false;
    out = QByteArray(reinterpret_cast<const char *>(p), qsizetype(size));
    return true;
}

Failure truncated(const QString &path, const ByteReader &reader)
{
    return {Problem::Damaged, Tr::tr("%1 is damaged: truncated at byte %2 of its payload while reading %3.")
                                  .arg(path)
                                  .arg(reader.failOffset())
                                  .arg(QString::fromLatin1(reader.failField()))};
}

// ---- key file (§9.4) -------------------------------------------------------

struct KeyData {
    QByteArray localKey;
    std::vector<std::int32_t> accounts;
    std::int32_t active = 0;
};

Outcome<KeyData> readKeyData(const QString &folder, const QString &passcode, PasscodeKeyFunction deriveKey = nullptr)
{
    auto file = readTdf(folder + QStringLiteral("/key_data"));
    if (auto *failure = std::get_if<Failure>(&file))
        return *failure;
    const TdfFile &tdf = std::get<TdfFile>(file);
    ByteReader reader(tdf.payload);
    QByteArray salt, keyEncrypted, infoEncrypted;
    if (!readQtBytes(reader, salt, "salt") || !readQtBytes(reader, keyEncrypted, "key_encrypted")
        || !readQtBytes(reader, infoEncrypted, "info_encrypted"))
        return truncated(tdf.path, reader);

    QByteArray utf8 = passcode.toUtf8();
    QByteArray passKey = (deriveKey ? deriveKey : &passcodeKey)(salt, utf8);
    secureWipe(utf8);
    Decrypted local = decryptLocal(keyEncrypted, passKey);
    secureWipe(passKey);
    if (!local.data || local.data->size() != 256) {
        if (local.problem == DecryptProblem::BadKey)
            return passcode.isEmpty()
                       ? Failure{Problem::PasscodeNeeded,
                                 Tr::tr("%1 is protected by a local passcode: it opens only with it.")
                                     .arg(QDir::toNativeSeparators(folder))}
                       : Failure{Problem::WrongPasscode,
                                 Tr::tr("Wrong passcode: the local key in %1 does not decrypt with it.").arg(tdf.path)};
        return Failure{Problem::Damaged, Tr::tr("%1 is damaged: the encrypted local key is malformed.").arg(tdf.path)};
    }
    KeyData key;
    key.localKey = std::move(*local.data); // moved, not shared: one copy of the key to wipe
    Decrypted info = decryptLocal(infoEncrypted, key.localKey);
    if (!info.data) {
        secureWipe(key.localKey);
        return Failure{Problem::Damaged, Tr::tr("%1 is damaged: the account list does not decrypt.").arg(tdf.path)};
    }
    ByteReader list(*info.data);
    std::int32_t count = 0;
    list.be(count, "account count");
    for (std::int32_t i = 0; i < count && !list.failed(); ++i) {
        std::int32_t index = 0;
        if (list.be(index, "account index"))
            key.accounts.push_back(index);
    }
    list.be(key.active, "active account");
    if (list.failed() || count < 0) {
        secureWipe(key.localKey);
        return truncated(tdf.path + Tr::tr(" (account list)"), list);
    }
    return key;
}

// ---- account data file (§9.5) ------------------------------------------------

bool readMtpData(ByteReader &r, Session &session)
{
    std::int32_t first = 0, second = 0;
    if (!r.be(first, "user id") || !r.be(second, "main DC id"))
        return false;
    std::int64_t userId = first;
    std::int32_t mainDc = second;
    if (first == -1 && second == -1) { // the 64-bit-id form
        std::uint64_t wide = 0;
        if (!r.be(wide, "user id (64-bit)") || !r.be(mainDc, "main DC id"))
            return false;
        userId = std::int64_t(wide);
    }
    session.homeDcId = mainDc;
    session.account.userId = userId;
    quint32 keys = 0;
    if (!r.be(keys, "key count"))
        return false;
    for (quint32 i = 0; i < keys; ++i) {
        DcEntry dc;
        const std::uint8_t *key = nullptr;
        if (!r.be(dc.dcId, "key DC id") || !(key = r.take(AuthKey::Size, "auth key")))
            return false;
        dc.authKey = AuthKey::fromRaw(key);
        dc.addr = knownDcAddress(dc.dcId, false); // tdata stores neither address nor test flag
        session.dcs.push_back(std::move(dc));
    }
    quint32 destroy = 0;
    return r.be(destroy, "keys-to-destroy count");
}

// Telegram Desktop reads an account's map entry by entry, stops at a type it
// does not know and then never reads that account's login (android-wtelegram.md
// §3.4). Says why Desktop would not load this map, or nothing when it would.
std::optional<QString> mapProblem(QByteArrayView map)
{
    ByteReader r(map);
    // Self and webview tokens are skipped, their copies wiped.
    const auto skipBytes = [&r](const char *field) {
        QByteArray bytes;
        const bool ok = readQtBytes(r, bytes, field);
        secureWipe(bytes);
        return ok;
    };
    while (!r.atEnd()) {
        quint32 type = 0, n = 0;
        r.be(type, "map entry type");
        switch (type) {
        case 0x01: case 0x02: case 0x1d: // drafts, draft positions, bot storages
            if (r.be(n, "map entry count"))
                r.take(std::size_t(n) * 16, "map entries");
            break;
        case 0x03: case 0x05: case 0x06: // legacy images, sticker images, audios
            if (r.be(n, "map entry count"))
                r.take(std::size_t(n) * 28, "map entries");
            break;
        case 0x04: case 0x07: case 0x08: case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x0e:
        case 0x0f: case 0x11: case 0x12: case 0x13: case 0x18: case 0x1a: case 0x1b: case 0x1c:
            r.take(8, "file key"); // one file key each
            break;
        case 0x10: // stickers keys
            r.take(32, "file keys");
            break;
        case 0x14: // background (old)
            r.take(16, "file keys");
            break;
        case 0x16: case 0x17: // masks, custom emoji keys
            r.take(24, "file keys");
            break;
        case 0x15: // self serialized
            skipBytes("self");
            break;
        case 0x19: // webview tokens
            if (skipBytes("webview tokens"))
                skipBytes("webview tokens");
            break;
        default:
            if (r.failed())
                return Tr::tr("its map ends inside an entry");
            return Tr::tr("its map holds an entry of type %1, which Telegram Desktop does not know").arg(type);
        }
        if (r.failed())
            return Tr::tr("its map ends inside an entry of type %1").arg(type);
    }
    return std::nullopt;
}

Outcome<Session> readAccount(const QString &folder, int index, const QByteArray &localKey, QStringList &warnings)
{
    const QString key = fileKey(accountDataName(index));
    auto file = readTdf(folder + u'/' + key);
    if (auto *failure = std::get_if<Failure>(&file))
        return Failure{failure->problem,
                       Tr::tr("Account %1 (%2): %3").arg(index).arg(accountDataName(index), failure->message)};
    const TdfFile &tdf = std::get<TdfFile>(file);
    ByteReader outer(tdf.payload);
    QByteArray encrypted;
    if (!readQtBytes(outer, encrypted, "encrypted settings"))
        return truncated(tdf.path, outer);
    Decrypted settings = decryptLocal(encrypted, localKey);
    if (!settings.data)
        return Failure{Problem::Damaged,
                       Tr::tr("%1 is damaged: it does not decrypt with the local key.").arg(tdf.path)};
    WipeOnExit wipe{*settings.data};

    ByteReader r(*settings.data);
    std::int32_t blockId = 0;
    QByteArray mtp;
    if (!r.be(blockId, "setting block id"))
        return truncated(tdf.path, r);
    if (blockId != kMtpAuthorizationBlock)
        return Failure{Problem::Damaged,
                       Tr::tr("%1: the first setting block is 0x%2, not the MTP authorization (0x4b).")
                           .arg(tdf.path)
                           .arg(blockId, 0, 16)};
    if (!readQtBytes(r, mtp, "MTP authorization"))
        return truncated(tdf.path, r);
    WipeOnExit wipeMtp{mtp};
    if (!r.atEnd())
        warnings << Tr::tr("Account %1: %2 bytes of further settings were not read.").arg(index).arg(r.remaining());
    Session session;
    ByteReader m(mtp);
    if (!readMtpData(m, session))
        return truncated(tdf.path + Tr::tr(" (MTP authorization)"), m);

    // The map file must be there and open with the same local key (§9.6).
    auto map = readTdf(folder + u'/' + key + QStringLiteral("/map"));
    if (auto *failure = std::get_if<Failure>(&map))
        return Failure{
            failure->problem,
            Tr::tr("Account %1's map file is missing or damaged (%2/maps): %3").arg(index).arg(key, failure->message)};
    ByteReader mr(std::get<TdfFile>(map).payload);
    QByteArray legacySalt, legacyKey, mapEncrypted;
    if (!readQtBytes(mr, legacySalt, "legacy salt") || !readQtBytes(mr, legacyKey, "legacy key")
        || !readQtBytes(mr, mapEncrypted, "encrypted map"))
        return truncated(std::get<TdfFile>(map).path, mr);
    if (!legacySalt.isEmpty() || !legacyKey.isEmpty())
        warnings << Tr::tr("Account %1 uses a legacy map key; its map was not checked.").arg(index);
    else if (Decrypted m2 = decryptLocal(mapEncrypted, localKey); !m2.data)
        return Failure{Problem::Damaged,
                       Tr::tr("%1 does not decrypt with the local key.").arg(std::get<TdfFile>(map).path)};
    else {
        if (const std::optional<QString> problem = mapProblem(*m2.data))
            warnings << Tr::tr("Account %1: %2. Telegram Desktop would not load this account (it reads the login "
                               "only after the whole map); Feroscope read the login, which is intact.")
                            .arg(index)
                            .arg(*problem);
        secureWipe(*m2.data);
    }
    return session;
}

// The MTP authorization block: user id, main DC, then one auth key per DC.
// Built in a SecretBuffer of its final size: the keys are copied once, into
// storage that is wiped when it goes.
SecretBuffer mtpData(const Session &session)
{
    const std::vector<const DcEntry *> keyed = keptKeys(session);
    SecretBuffer out(4 * 4 + 8 + qsizetype(keyed.size()) * (4 + qsizetype(AuthKey::Size)) + 4);
    const auto userId = quint64(*session.account.userId);
    out.appendBe32(0xffffffffu);
    out.appendBe32(0xffffffffu);
    out.appendBe32(quint32(userId >> 32));
    out.appendBe32(quint32(userId));
    out.appendBe32(quint32(session.homeDcId));
    out.appendBe32(quint32(keyed.size()));
    for (const DcEntry *dc : keyed) {
        out.appendBe32(quint32(dc->dcId));
        out.append(dc->authKey->view());
    }
    out.appendBe32(0); // keys to destroy
    return out;
}

Failure notTdata(const QString &folder)
{
    const QString inner = QDir(folder).filePath(QStringLiteral("tdata"));
    if (looksLikeTdata(inner))
        return {Problem::NotTdata,
                Tr::tr("key_datas not found here; did you mean %1?").arg(QDir::toNativeSeparators(inner))};
    return {Problem::NotTdata, Tr::tr("key_datas not found in %1; this is not a Telegram Desktop tdata folder (it is "
                                      "usually ~/.local/share/TelegramDesktop/tdata).")
                                   .arg(QDir::toNativeSeparators(folder))};
}

} // namespace

QString fileKey(const QString &dataName)
{
    const QByteArray digest = md5(dataName.toUtf8());
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    for (int i = 0; i < 8; ++i) { // low nibble first (§9.1)
        const auto byte = std::uint8_t(digest[i]);
        out += QLatin1Char(hex[byte & 0x0f]);
        out += QLatin1Char(hex[byte >> 4]);
    }
    return out;
}

QString accountDataName(int index)
{
    // qint64: an account index read from key_datas may be INT_MAX (found by fuzz_tdata).
    return index == 0 ? QStringLiteral("data") : QStringLiteral("data#%1").arg(qint64(index) + 1);
}

bool looksLikeTdata(const QString &folder)
{
    const QDir dir(folder);
    return dir.exists(QStringLiteral("key_datas")) || dir.exists(QStringLiteral("key_data0"))
           || dir.exists(QStringLiteral("key_data1"));
}

bool needsPasscode(const QString &folder)
{
    auto key = readKeyData(folder, {});
    if (auto *ok = std::get_if<KeyData>(&key)) {
        secureWipe(ok->localKey);
        return false;
    }
    return std::get<Failure>(key).problem == Problem::PasscodeNeeded;
}

Result<DecodedSession> read(const QString &folder, const QString &passcode, Problem *problem,
                            PasscodeKeyFunction deriveKey)
{
    const auto fail = [&](const Failure &f) -> Error {
        if (problem)
            *problem = f.problem;
        // All of them: the input is not readable as given (exit 2).
        switch (f.problem) {
        case Problem::PasscodeNeeded:
            return Error::locked(Lock::PasscodeNeeded, f.message);
        case Problem::WrongPasscode:
            return Error::locked(Lock::WrongPasscode, f.message);
        case Problem::None:
        case Problem::NotTdata:
        case Problem::MissingFile:
        case Problem::Damaged:
            break;
        }
        return Error::invalid(f.message);
    };
    if (problem)
        *problem = Problem::None;
    if (!QFileInfo(folder).isDir() || !looksLikeTdata(folder))
        return fail(notTdata(folder));
    auto key = readKeyData(folder, passcode, deriveKey);
    if (auto *failure = std::get_if<Failure>(&key))
        return fail(*failure);
    KeyData &keyData = std::get<KeyData>(key);
    WipeOnExit wipe{keyData.localKey};

    DecodedSession decoded;
    decoded.format = Format::TdesktopTdata;
    decoded.layout = Tr::tr("%n account(s)", nullptr, int(keyData.accounts.size()));
    for (const std::int32_t index : keyData.accounts) {
        auto account = readAccount(folder, index, keyData.localKey, decoded.warnings);
        if (auto *failure = std::get_if<Failure>(&account))
            return fail(*failure);
        decoded.sessions.push_back(std::get<Session>(std::move(account)));
        decoded.accountIds.push_back(QStringLiteral("index:%1").arg(index)); // --account index:N
    }
    // §3.3: legacy copies (<name>0 / <name>1) beside the modern <name>s are
    // stale; the s file was read, but they still decrypt to old keys.
    QStringList stale;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        if ((name.endsWith(u'0') || name.endsWith(u'1')) && dir.exists(name.chopped(1) + u's'))
            stale << name;
    if (!stale.isEmpty())
        decoded.warnings << Tr::tr("Stale legacy copies beside the current files were ignored: %1. They may still "
                                   "decrypt to an older account list and auth key; delete them or keep them as "
                                   "private as the session.")
                                .arg(stale.join(QStringLiteral(", ")));
    // android-wtelegram.md §3.1: official Telegram Desktop rejects the whole
    // key file above kPremiumMaxAccounts (6), starts logged out and rewrites it.
    if (keyData.accounts.size() > 6)
        decoded.warnings << Tr::tr("This tdata lists %1 accounts: official Telegram Desktop loads at most 6 and, "
                                   "with more, starts logged out and rewrites the key file (forks allow more).")
                                .arg(keyData.accounts.size());
    if (decoded.sessions.empty())
        return fail({Problem::Damaged, Tr::tr("%1 lists no accounts.").arg(folder)});
    return decoded;
}

Status write(const std::vector<Session> &sessions, const QString &folder, const QString &passcode, bool overwrite)
{
    if (sessions.empty())
        return Error::usage(Tr::tr("Nothing to write: no session given for the tdata folder."));
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        if (!s.account.userId)
            return Error::missingValue(MissingValue::UserId,
                                       Tr::tr("Telegram Desktop needs the account's user id (account %1).").arg(i));
        const bool homeKey = std::any_of(s.dcs.begin(), s.dcs.end(),
                                         [&](const DcEntry &dc) { return dc.dcId == s.homeDcId && dc.authKey; });
        if (!homeKey)
            return Error::refused(
                Tr::tr("Account %1 has no auth key for its home DC %2; tdata needs one.").arg(i).arg(s.homeDcId));
    }
    QByteArray localKey = randomBytes(256);
    WipeOnExit wipeLocal{localKey};
    const QByteArray salt = randomBytes(32);
    QByteArray utf8 = passcode.toUtf8();
    QByteArray passKey = passcodeKey(salt, utf8);
    secureWipe(utf8);
    QByteArray info = be32(quint32(sessions.size()));
    for (std::size_t i = 0; i < sessions.size(); ++i)
        info += be32(quint32(i));
    info += be32(0); // active account

    // encryptLocal() returns nothing when OpenSSL fails: such files are never written.
    bool encrypted = true;
    const auto encrypt = [&](QByteArrayView plain, QByteArrayView key) {
        QByteArray cipher = encryptLocal(plain, key);
        encrypted = encrypted && !cipher.isEmpty();
        return cipher;
    };
    FolderFiles files;
    files.emplace_back(QStringLiteral("key_datas"),
                       wrapTdf(qtBytes(salt) + qtBytes(encrypt(localKey, passKey)) + qtBytes(encrypt(info, localKey))));
    secureWipe(passKey);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const QString key = fileKey(accountDataName(int(i)));
        const SecretBuffer mtp = mtpData(sessions[i]);
        SecretBuffer settings(4 + 4 + mtp.size()); // block id, then mtp as a QDataStream byte array
        settings.appendBe32(quint32(kMtpAuthorizationBlock));
        settings.appendBe32(quint32(mtp.size()));
        settings.append(mtp.view());
        files.emplace_back(key + u's', wrapTdf(qtBytes(encrypt(settings.view(), localKey))));
        files.emplace_back(key + QStringLiteral("/maps"),
                           wrapTdf(qtBytes({}) + qtBytes({}) + qtBytes(encrypt({}, localKey))));
    }
    if (!encrypted)
        return Error::io(Tr::tr("Cannot encrypt the Telegram Desktop files (OpenSSL failed); nothing was written."));
    return writeFolderAtomically(folder, files, overwrite);
}

std::vector<const DcEntry *> keptKeys(const Session &session)
{
    std::vector<const DcEntry *> kept;
    for (int pass = 0; pass < 2; ++pass) // home DC first
        for (const DcEntry &dc : session.dcs) {
            if (!dc.authKey || (pass == 0) != (dc.dcId == session.homeDcId))
                continue;
            const auto same =
                std::find_if(kept.begin(), kept.end(), [&](const DcEntry *k) { return k->dcId == dc.dcId; });
            if (same == kept.end())
                kept.push_back(&dc);
            else if (((*same)->flags & DcFlag::MediaOnly) && !(dc.flags & DcFlag::MediaOnly))
                *same = &dc;
        }
    return kept;
}

QStringList usualLocations()
{
    const QString home = QDir::homePath();
    QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (dataHome.isEmpty())
        dataHome = home + QStringLiteral("/.local/share");
    QStringList out;
#if defined(Q_OS_WIN)
    const QString appData = qEnvironmentVariable("APPDATA");
    for (const char *name : {"Telegram Desktop", "Kotatogram Desktop", "64Gram Desktop", "AyuGram Desktop"})
        out << appData + u'/' + QLatin1StringView(name) + QStringLiteral("/tdata");
#elif defined(Q_OS_MACOS)
    out << home + QStringLiteral("/Library/Application Support/Telegram Desktop/tdata");
    out << home + QStringLiteral("/Library/Application Support/Kotatogram Desktop/tdata");
#else
    // Native installs (and forks) under XDG_DATA_HOME.
    for (const char *name : {"TelegramDesktop", "KotatogramDesktop", "64Gram", "AyuGramDesktop", "materialgram"})
        out << dataHome + u'/' + QLatin1StringView(name) + QStringLiteral("/tdata");
    // Snap keeps a private home per snap.
    out << home + QStringLiteral("/snap/telegram-desktop/current/.local/share/TelegramDesktop/tdata");
    out << home + QStringLiteral("/snap/kotatogram-desktop/current/.local/share/KotatogramDesktop/tdata");
    out << home + QStringLiteral("/snap/64gram/current/.local/share/64Gram/tdata");
    // Flatpak keeps data under ~/.var/app/<app id>/data.
    out << home + QStringLiteral("/.var/app/org.telegram.desktop/data/TelegramDesktop/tdata");
    out << home + QStringLiteral("/.var/app/io.github.kotatogram/data/KotatogramDesktop/tdata");
    out << home + QStringLiteral("/.var/app/io.github.tdesktop_x64.TDesktop/data/64Gram/tdata");
    out << home + QStringLiteral("/.var/app/com.ayugram.desktop/data/AyuGramDesktop/tdata");
    // Very old builds kept it in the home folder.
    out << home + QStringLiteral("/.TelegramDesktop/tdata");
#endif
    return out;
}

QStringList existingLocations()
{
    QStringList out;
    for (const QString &path : usualLocations())
        if (looksLikeTdata(path))
            out << path;
    return out;
}

} // namespace fero::tdata
