#include "formats/tdesktop/tdatacrypto.h"

#include "base/secret.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <initializer_list>
#include <memory>

namespace fero::tdatacrypto {
namespace {

QByteArray digest(const EVP_MD *md, QByteArrayView data)
{
    QByteArray out(EVP_MD_get_size(md), '\0');
    unsigned int size = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &size, md,
                   nullptr)
        != 1)
        return {};
    return out;
}

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// Null when OpenSSL refuses (out of memory, a provider without AES).
// EVP_CIPHER_CTX_free wipes the key schedule.
CipherCtx ecbContext(QByteArrayView key32, bool encrypt)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx
        || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_ecb(), nullptr,
                             reinterpret_cast<const unsigned char *>(key32.data()), nullptr, encrypt ? 1 : 0)
               != 1
        || EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1)
        return CipherCtx(nullptr, &EVP_CIPHER_CTX_free);
    return ctx;
}

void xor16(unsigned char *out, const unsigned char *a, const unsigned char *b)
{
    for (int i = 0; i < 16; ++i)
        out[i] = a[i] ^ b[i];
}

// One routine for both directions: encryption chains on (prevCipher, prevPlain),
// decryption on (prevPlain, prevCipher); the roles swap, the shape does not.
// Empty when OpenSSL fails (the partial output is wiped).
QByteArray ige(QByteArrayView data, QByteArrayView key32, QByteArrayView iv32, bool encrypt)
{
    if (data.size() % 16 != 0 || key32.size() != 32 || iv32.size() != 32)
        return {};
    CipherCtx ctx = ecbContext(key32, encrypt);
    if (!ctx)
        return {};
    QByteArray out(data.size(), '\0');
    unsigned char chainIn[16];  // XORed before the block cipher: C(i-1) encrypting, P(i-1) decrypting
    unsigned char chainOut[16]; // XORed after it: P(i-1) encrypting, C(i-1) decrypting
    std::memcpy(encrypt ? chainIn : chainOut, iv32.data(), 16);
    std::memcpy(encrypt ? chainOut : chainIn, iv32.data() + 16, 16);
    const auto *in = reinterpret_cast<const unsigned char *>(data.data());
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    unsigned char block[16];
    unsigned char mixed[16];
    bool ok = true;
    for (qsizetype offset = 0; ok && offset < data.size(); offset += 16) {
        xor16(block, in + offset, chainIn);
        int len = 0;
        ok = EVP_CipherUpdate(ctx.get(), mixed, &len, block, 16) == 1 && len == 16;
        xor16(dst + offset, mixed, chainOut);
        std::memcpy(chainOut, in + offset, 16);
        std::memcpy(chainIn, dst + offset, 16);
    }
    secureWipe(block, sizeof block);
    secureWipe(mixed, sizeof mixed);
    secureWipe(chainIn, sizeof chainIn);
    secureWipe(chainOut, sizeof chainOut);
    if (!ok)
        secureWipe(out);
    return out;
}

// SHA-1 over the parts in order, straight from where they are: no
// concatenated copy of key material. False when OpenSSL fails.
bool sha1Of(unsigned char (&out)[20], std::initializer_list<QByteArrayView> parts)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    bool ok = ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha1(), nullptr) == 1;
    for (const QByteArrayView part : parts)
        ok = ok && EVP_DigestUpdate(ctx.get(), part.data(), std::size_t(part.size())) == 1;
    unsigned int size = 0;
    return ok && EVP_DigestFinal_ex(ctx.get(), out, &size) == 1 && size == 20;
}

// §9.3 step 3: MTProto 1.0 derivation with x = 8. Every intermediate lives
// in stack arrays that are wiped here; the caller wipes aesKey and aesIv.
bool deriveKeyIv(QByteArrayView key, QByteArrayView msgKey, unsigned char (&aesKey)[32], unsigned char (&aesIv)[32])
{
    constexpr int x = 8;
    const auto part = [&](int from, int size) { return key.sliced(from, size); };
    unsigned char a[20], b[20], c[20], d[20];
    const bool ok = sha1Of(a, {msgKey, part(x, 32)}) && sha1Of(b, {part(x + 32, 16), msgKey, part(x + 48, 16)})
                    && sha1Of(c, {part(x + 64, 32), msgKey}) && sha1Of(d, {msgKey, part(x + 96, 32)});
    if (ok) {
        std::memcpy(aesKey, a, 8);
        std::memcpy(aesKey + 8, b + 8, 12);
        std::memcpy(aesKey + 20, c + 4, 12);
        std::memcpy(aesIv, a + 8, 12);
        std::memcpy(aesIv + 12, b, 8);
        std::memcpy(aesIv + 20, c + 16, 4);
        std::memcpy(aesIv + 24, d, 8);
    }
    for (unsigned char *hash : {a, b, c, d})
        secureWipe(hash, 20);
    return ok;
}

QByteArrayView viewOf(const unsigned char (&bytes)[32])
{
    return {reinterpret_cast<const char *>(bytes), 32};
}

} // namespace

QByteArray sha1(QByteArrayView data)
{
    return digest(EVP_sha1(), data);
}

QByteArray sha512(QByteArrayView data)
{
    return digest(EVP_sha512(), data);
}

QByteArray md5(QByteArrayView data)
{
    return digest(EVP_md5(), data);
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

QByteArray passcodeKey(QByteArrayView salt, QByteArrayView passcodeUtf8)
{
    // SHA-512(salt || passcode || salt), fed in parts: no concatenated copy.
    unsigned char hash[64];
    unsigned int hashSize = 0;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    bool ok = ctx && EVP_DigestInit_ex(ctx.get(), EVP_sha512(), nullptr) == 1;
    for (const QByteArrayView part : {salt, passcodeUtf8, salt})
        ok = ok && EVP_DigestUpdate(ctx.get(), part.data(), std::size_t(part.size())) == 1;
    ok = ok && EVP_DigestFinal_ex(ctx.get(), hash, &hashSize) == 1 && hashSize == sizeof hash;
    QByteArray key(256, '\0');
    const int iterations = passcodeUtf8.isEmpty() ? 1 : 100000;
    ok = ok
         && PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(hash), int(sizeof hash),
                              reinterpret_cast<const unsigned char *>(salt.data()), int(salt.size()), iterations,
                              EVP_sha512(), int(key.size()), reinterpret_cast<unsigned char *>(key.data()))
                == 1;
    secureWipe(hash, sizeof hash);
    if (!ok)
        secureWipe(key);
    return key;
}

QByteArray aesIgeEncrypt(QByteArrayView data, QByteArrayView key32, QByteArrayView iv32)
{
    return ige(data, key32, iv32, true);
}

QByteArray aesIgeDecrypt(QByteArrayView data, QByteArrayView key32, QByteArrayView iv32)
{
    return ige(data, key32, iv32, false);
}

QByteArray encryptLocal(QByteArrayView data, QByteArrayView key256)
{
    if (key256.size() != 256)
        return {};
    const quint32 length = quint32(data.size() + 4);
    const qsizetype padding = (16 - qsizetype(length) % 16) % 16;
    SecretBuffer plain(qsizetype(length) + padding); // the final size: never reallocated
    for (int i = 0; i < 4; ++i)
        plain.append(char((length >> (8 * i)) & 0xff));
    plain.append(data);
    if (padding) {
        const qsizetype end = plain.size();
        plain.resize(end + padding);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(plain.data() + end), int(padding)) != 1)
            return {};
    }
    unsigned char msgKey[20];
    if (!sha1Of(msgKey, {plain.view()}))
        return {};
    const QByteArrayView msgKey16(reinterpret_cast<const char *>(msgKey), 16);
    unsigned char aesKey[32], aesIv[32];
    QByteArray cipher;
    if (deriveKeyIv(key256, msgKey16, aesKey, aesIv))
        cipher = aesIgeEncrypt(plain.view(), viewOf(aesKey), viewOf(aesIv));
    secureWipe(aesKey, sizeof aesKey);
    secureWipe(aesIv, sizeof aesIv);
    if (cipher.isEmpty())
        return {};
    return msgKey16.toByteArray() + cipher; // public bytes from here on
}

Decrypted decryptLocal(QByteArrayView blob, QByteArrayView key256)
{
    Decrypted result;
    if (blob.size() < 32 || blob.size() % 16 != 0 || key256.size() != 256)
        return result;
    const QByteArrayView msgKey = blob.first(16);
    const QByteArrayView cipher = blob.sliced(16);
    unsigned char aesKey[32], aesIv[32];
    QByteArray plain;
    if (deriveKeyIv(key256, msgKey, aesKey, aesIv))
        plain = aesIgeDecrypt(cipher, viewOf(aesKey), viewOf(aesIv));
    secureWipe(aesKey, sizeof aesKey);
    secureWipe(aesIv, sizeof aesIv);
    unsigned char check[20];
    if (plain.isEmpty() || !sha1Of(check, {plain})) {
        secureWipe(plain);
        result.problem = DecryptProblem::CipherFailed;
        return result;
    }
    if (msgKey != QByteArrayView(reinterpret_cast<const char *>(check), 16)) {
        secureWipe(plain);
        result.problem = DecryptProblem::BadKey;
        return result;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(plain.constData());
    const quint32 n = quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
    if (n < 4 || n > quint32(cipher.size()) || n <= quint32(cipher.size() - 16)) {
        secureWipe(plain);
        result.problem = DecryptProblem::BadLength;
        return result;
    }
    result.data = plain.sliced(4, n - 4);
    secureWipe(plain);
    return result;
}

} // namespace fero::tdatacrypto
