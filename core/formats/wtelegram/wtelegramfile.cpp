#include "formats/wtelegram/wtelegramfile.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>
#include <optional>

namespace fero::wtelegram {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WTelegramFile)
};

constexpr qsizetype kIvBytes = 16;
constexpr qsizetype kHashBytes = 32;
constexpr qsizetype kMinBlock = 64; // IV + one hash-and-padding minimum (§2.3)

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const EVP_CIPHER *cbcFor(qsizetype keyBytes)
{
    switch (keyBytes) {
    case 16:
        return EVP_aes_128_cbc();
    case 24:
        return EVP_aes_192_cbc();
    case 32:
        return EVP_aes_256_cbc();
    }
    return nullptr;
}

bool sha256(QByteArrayView data, unsigned char *out)
{
    unsigned int size = 0;
    return EVP_Digest(data.data(), std::size_t(data.size()), out, &size, EVP_sha256(), nullptr) == 1
           && size == kHashBytes;
}

// AES-CBC with PKCS#7 padding, into a SecretBuffer (the plaintext holds keys).
Result<SecretBuffer> cbc(bool encrypt, QByteArrayView key, QByteArrayView iv, QByteArrayView in)
{
    const EVP_CIPHER *cipher = cbcFor(key.size());
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!cipher || !ctx
        || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, reinterpret_cast<const unsigned char *>(key.data()),
                             reinterpret_cast<const unsigned char *>(iv.data()), encrypt ? 1 : 0)
               != 1)
        return Error::invalid(Tr::tr("OpenSSL could not set up AES-CBC."));
    SecretBuffer out(in.size() + 16);
    out.resize(in.size() + 16);
    int len = 0, tail = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(ctx.get(), dst, &len, reinterpret_cast<const unsigned char *>(in.data()), int(in.size()))
            != 1
        || EVP_CipherFinal_ex(ctx.get(), dst + len, &tail) != 1)
        return Error::locked(Lock::WrongPasscode,
                             Tr::tr("The session key does not open this WTelegramClient session (the padding of the "
                                    "decrypted block is wrong): give the app's session_key or api_hash."));
    out.resize(len + tail);
    return out;
}

} // namespace

std::optional<BlockPlace> headerBlock(QByteArrayView file)
{
    if (file.size() < 8 + kMinBlock)
        return std::nullopt;
    const auto position = qFromLittleEndian<std::int32_t>(file.data());
    const auto length = qFromLittleEndian<std::int32_t>(file.data() + 4);
    if (position < 8 || position % 16 != 8 || length < kMinBlock || length % 16 != 0)
        return std::nullopt;
    if (qint64(position) + length > file.size())
        return std::nullopt;
    return BlockPlace{position, length};
}

Result<SecretBuffer> keyFromHex(const QString &hex)
{
    const QString trimmed = hex.trimmed();
    bool digits = !trimmed.isEmpty();
    for (const QChar c : trimmed)
        digits = digits && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'));
    if (!digits || (trimmed.size() != 32 && trimmed.size() != 48 && trimmed.size() != 64))
        return Error::locked(Lock::WrongPasscode,
                             Tr::tr("A WTelegramClient session key is the app's api_hash (32 hex digits) or its "
                                    "session_key (32, 48 or 64 hex digits); the key given has %n character(s).",
                                    nullptr, int(trimmed.size())));
    QByteArray latin = trimmed.toLatin1();
    QByteArray raw = QByteArray::fromHex(latin);
    SecretBuffer key(raw.size());
    key.append(raw);
    secureWipe(latin);
    secureWipe(raw);
    return key;
}

Result<SecretBuffer> decryptBlock(QByteArrayView block, QByteArrayView key)
{
    if (block.size() < kMinBlock || (block.size() - kIvBytes) % 16 != 0)
        return Error::invalid(Tr::tr("The WTelegramClient block is %1 bytes: a block is 64 bytes or more, the IV and "
                                     "whole AES blocks.")
                                  .arg(block.size()));
    Result<SecretBuffer> plain = cbc(false, key, block.first(kIvBytes), block.sliced(kIvBytes));
    if (!plain)
        return plain.error();
    unsigned char digest[kHashBytes];
    const QByteArrayView all = plain->view();
    if (all.size() < kHashBytes || !sha256(all.sliced(kHashBytes), digest)
        || std::memcmp(digest, all.data(), kHashBytes) != 0)
        return Error::locked(Lock::WrongPasscode,
                             Tr::tr("The session key does not open this WTelegramClient session (the integrity check "
                                    "of the decrypted block fails): give the app's session_key or api_hash."));
    SecretBuffer json(all.size() - kHashBytes);
    json.append(all.sliced(kHashBytes));
    return json;
}

Result<QByteArray> encryptBlock(QByteArrayView json, QByteArrayView key)
{
    unsigned char iv[kIvBytes];
    if (RAND_bytes(iv, kIvBytes) != 1)
        return Error::io(Tr::tr("OpenSSL could not produce a random IV."));
    SecretBuffer plain(kHashBytes + json.size());
    plain.resize(kHashBytes);
    if (!sha256(json, reinterpret_cast<unsigned char *>(plain.data())))
        return Error::io(Tr::tr("OpenSSL could not hash the session."));
    plain.append(json);
    Result<SecretBuffer> sealed = cbc(true, key, QByteArrayView(reinterpret_cast<const char *>(iv), kIvBytes),
                                      plain.view());
    if (!sealed)
        return sealed.error();
    QByteArray block(reinterpret_cast<const char *>(iv), kIvBytes);
    block.append(sealed->view());
    return block;
}

QByteArray fileWithBlock(QByteArrayView block)
{
    QByteArray file(8, '\0');
    qToLittleEndian<std::int32_t>(8, file.data());
    qToLittleEndian<std::int32_t>(std::int32_t(block.size()), file.data() + 4);
    file.append(block);
    return file;
}

} // namespace fero::wtelegram
