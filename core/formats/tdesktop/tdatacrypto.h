// Telegram Desktop's local encryption (foreign-formats.md §9.3, §9.4), all
// through OpenSSL's EVP API: SHA-1/SHA-512/MD5 digests, PBKDF2-HMAC-SHA512,
// and AES-256-IGE built from AES-256-ECB blocks (OpenSSL 3 deprecates its
// own IGE helper).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace fero::tdatacrypto {

QByteArray sha1(QByteArrayView data);
QByteArray sha512(QByteArrayView data);
QByteArray md5(QByteArrayView data);
QByteArray randomBytes(int size); // OpenSSL's CSPRNG

// §9.4: SHA-512(salt ‖ passcode ‖ salt) stretched by PBKDF2-HMAC-SHA512
// (1 iteration for an empty passcode, 100000 otherwise) to 256 bytes, fed
// in parts (no copy of the passcode). Empty when OpenSSL fails.
QByteArray passcodeKey(QByteArrayView salt, QByteArrayView passcodeUtf8);

// IGE with a 32-byte IV (C0 = iv[0..16), P0 = iv[16..32)); data a multiple
// of 16. Empty when the sizes are wrong or OpenSSL fails.
QByteArray aesIgeEncrypt(QByteArrayView data, QByteArrayView key32, QByteArrayView iv32);
QByteArray aesIgeDecrypt(QByteArrayView data, QByteArrayView key32, QByteArrayView iv32);

// msg_key ‖ AES-IGE(len LE ‖ data ‖ random padding) with the MTProto 1.0
// key derivation at offset 8, under a 256-byte key. Every intermediate
// (plaintext, AES key and IV) is wiped. Empty when the key is not 256 bytes
// or OpenSSL fails.
QByteArray encryptLocal(QByteArrayView data, QByteArrayView key256);

enum class DecryptProblem { BadSize, BadKey, BadLength, CipherFailed };
struct Decrypted {
    std::optional<QByteArray> data;
    DecryptProblem problem = DecryptProblem::BadSize;
};
// BadKey = the SHA-1 check failed (a wrong passcode when it is the key file);
// CipherFailed = OpenSSL refused (out of memory, no AES provider).
Decrypted decryptLocal(QByteArrayView blob, QByteArrayView key256);

} // namespace fero::tdatacrypto
