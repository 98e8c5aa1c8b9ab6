#include "tdatacrypto.h"

#include "secret.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
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

CipherCtx ecbContext(QByteArrayView key32, bool encrypt)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    EVP_CipherInit_ex(ctx.get(), EVP_aes_256_ecb(), nullptr, reinterpret_cast<const unsigned char *>(key32.data()),
                      nullptr, encrypt ? 1 : 0);
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    return ctx;
}

void xor16(unsigned char *out, const unsigned char *a, const unsigned char *b)
{
    for (int i = 0; i < 16; ++i)
        out[i] = a[i] ^ b[i];
}

// One routine for both directions: encryption chains on (prevCipher, prevPlain),
// decryption on (prevPlain, prevCipher); the roles swap, the shape does not.
QByteArray ige(QByteArrayView data, QByteArrayView key32, QByteArrayView iv32, bool encrypt)
{
    if (data.size() % 16 != 0 || key32.size() != 32 || iv32.size() != 32)
        return {};
    CipherCtx ctx = ecbContext(key32, encrypt);
    QByteArray out(data.size(), '\0');
    unsigned char chainIn[16];  // XORed before the block cipher: C(i-1) encrypting, P(i-1) decrypting
    unsigned char chainOut[16]; // XORed after it: P(i-1) encrypting, C(i-1) decrypting
    std::memcpy(encrypt ? chainIn : chainOut, iv32.data(), 16);
    std::memcpy(encrypt ? chainOut : chainIn, iv32.data() + 16, 16);
    const auto *in = reinterpret_cast<const unsigned char *>(data.data());
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    unsigned char block[16];
    unsigned char mixed[16];
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        xor16(block, in + offset, chainIn);
        int len = 0;
        EVP_CipherUpdate(ctx.get(), mixed, &len, block, 16);
        xor16(dst + offset, mixed, chainOut);
        std::memcpy(chainOut, in + offset, 16);
        std::memcpy(chainIn, dst + offset, 16);
    }
    secureWipe(block, sizeof block);
    secureWipe(mixed, sizeof mixed);
    secureWipe(chainIn, sizeof chainIn);
    secureWipe(chainOut, sizeof chainOut);
    return out;
}

// §9.3 step 3: MTProto 1.0 derivation with x = 8.
void deriveKeyIv(QByteArrayView key, QByteArrayView msgKey, QByteArray &aesKey, QByteArray &aesIv)
{
    constexpr int x = 8;
    const auto part = [&](int from, int size) { return key.sliced(from, size); };
    QByteArray a = sha1(msgKey.toByteArray() + part(x, 32).toByteArray());
    QByteArray b = sha1(part(x + 32, 16).toByteArray() + msgKey.toByteArray() + part(x + 48, 16).toByteArray());
    QByteArray c = sha1(part(x + 64, 32).toByteArray() + msgKey.toByteArray());
    QByteArray d = sha1(msgKey.toByteArray() + part(x + 96, 32).toByteArray());
    aesKey = a.first(8) + b.sliced(8, 12) + c.sliced(4, 12);
    aesIv = a.sliced(8, 12) + b.first(8) + c.sliced(16, 4) + d.first(8);
    secureWipe(a);
    secureWipe(b);
    secureWipe(c);
    secureWipe(d);
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
    QByteArray input = salt.toByteArray() + passcodeUtf8.toByteArray() + salt.toByteArray();
    QByteArray hash = sha512(input);
    secureWipe(input);
    QByteArray key(256, '\0');
    const int iterations = passcodeUtf8.isEmpty() ? 1 : 100000;
    PKCS5_PBKDF2_HMAC(hash.constData(), int(hash.size()), reinterpret_cast<const unsigned char *>(salt.data()),
                      int(salt.size()), iterations, EVP_sha512(), int(key.size()),
                      reinterpret_cast<unsigned char *>(key.data()));
    secureWipe(hash);
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
    const quint32 length = quint32(data.size() + 4);
    QByteArray plain;
    for (int i = 0; i < 4; ++i)
        plain.append(char((length >> (8 * i)) & 0xff));
    plain.append(data);
    if (plain.size() % 16)
        plain.append(randomBytes(16 - int(plain.size() % 16)));
    const QByteArray msgKey = sha1(plain).first(16);
    QByteArray aesKey, aesIv;
    deriveKeyIv(key256, msgKey, aesKey, aesIv);
    QByteArray out = msgKey + aesIgeEncrypt(plain, aesKey, aesIv);
    secureWipe(plain);
    secureWipe(aesKey);
    secureWipe(aesIv);
    return out;
}

Decrypted decryptLocal(QByteArrayView blob, QByteArrayView key256)
{
    Decrypted result;
    if (blob.size() < 32 || blob.size() % 16 != 0 || key256.size() != 256)
        return result;
    const QByteArrayView msgKey = blob.first(16);
    const QByteArrayView cipher = blob.sliced(16);
    QByteArray aesKey, aesIv;
    deriveKeyIv(key256, msgKey, aesKey, aesIv);
    QByteArray plain = aesIgeDecrypt(cipher, aesKey, aesIv);
    secureWipe(aesKey);
    secureWipe(aesIv);
    if (sha1(plain).first(16) != msgKey) {
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
