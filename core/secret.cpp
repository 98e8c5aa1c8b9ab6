#include "secret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cstring>

namespace fero {

void secureWipe(void *data, std::size_t size)
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never scribble over a buffer someone else shares
    secureWipe(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

std::optional<AuthKey> AuthKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != qsizetype(Size))
        return std::nullopt;
    return fromRaw(reinterpret_cast<const std::uint8_t *>(bytes.data()));
}

AuthKey AuthKey::fromRaw(const std::uint8_t *bytes)
{
    AuthKey key;
    std::memcpy(key.m_bytes.data(), bytes, Size);
    return key;
}

std::uint64_t AuthKey::id() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(m_bytes.data(), m_bytes.size(), digest, &length, EVP_sha1(), nullptr);
    std::uint64_t value = 0;
    for (int i = 19; i >= 12; --i)
        value = (value << 8) | digest[i];
    return value;
}

QString AuthKey::idHex() const
{
    return QStringLiteral("%1").arg(id(), 16, 16, QLatin1Char('0'));
}

} // namespace fero
