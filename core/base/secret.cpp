#include "base/secret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <new>
#include <utility>

namespace fero {
namespace {

std::atomic<SecretBuffer::ReleaseObserver> releaseObserver{nullptr};

// Wipes a block, shows it to the test observer, frees it.
void releaseBlock(char *block, qsizetype capacity)
{
    if (!block)
        return;
    secureWipe(block, std::size_t(capacity));
    if (const SecretBuffer::ReleaseObserver observer = releaseObserver.load())
        observer(block, capacity);
    ::operator delete(block);
}

template <typename Char> void hexInto(Char *out, const std::uint8_t *bytes, std::size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = Char(char16_t(digits[bytes[i] >> 4]));
        out[2 * i + 1] = Char(char16_t(digits[bytes[i] & 0x0f]));
    }
}

} // namespace

void secureWipe(void *data, std::size_t size)
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

// Wipes up to the end of the allocation, not just size(): an array that was
// truncated, chopped or decoded in place keeps its old bytes past size().
void secureWipe(QByteArray &bytes)
{
    if (bytes.capacity() > 0 && !bytes.isDetached())
        bytes.detach(); // never scribble over a buffer someone else shares
    if (bytes.capacity() > 0)
        secureWipe(bytes.data(), std::size_t(bytes.size() + bytes.data_ptr().freeSpaceAtEnd()));
    bytes.clear();
}

void secureWipe(QString &text)
{
    if (text.capacity() > 0 && !text.isDetached())
        text.detach(); // as above: only our own copy
    if (text.capacity() > 0)
        secureWipe(text.data(), std::size_t(text.size() + text.data_ptr().freeSpaceAtEnd()) * sizeof(QChar));
    text.clear();
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBuffer::reserve(qsizetype capacity)
{
    if (capacity <= m_capacity)
        return;
    auto *block = static_cast<char *>(::operator new(std::size_t(capacity)));
    if (m_size)
        std::memcpy(block, m_data, std::size_t(m_size));
    releaseBlock(m_data, m_capacity); // the old block is wiped before it is freed
    m_data = block;
    m_capacity = capacity;
}

void SecretBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype needed = m_size + bytes.size();
    if (needed > m_capacity)
        reserve(std::max(needed, 2 * m_capacity)); // a caller that reserved exactly never gets here
    std::memcpy(m_data + m_size, bytes.data(), std::size_t(bytes.size()));
    m_size = needed;
}

void SecretBuffer::appendBe32(quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16 & 0xff), char(value >> 8 & 0xff), char(value & 0xff)};
    append(QByteArrayView(bytes, 4));
}

void SecretBuffer::resize(qsizetype size)
{
    if (size > m_size) {
        reserve(size);
        std::memset(m_data + m_size, 0, std::size_t(size - m_size));
    } else if (size < m_size) {
        secureWipe(m_data + size, std::size_t(m_size - size));
    }
    m_size = size;
}

void SecretBuffer::setReleaseObserver(ReleaseObserver observer)
{
    releaseObserver.store(observer);
}

void SecretBuffer::release()
{
    releaseBlock(m_data, m_capacity);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
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

QByteArray AuthKey::toHex() const
{
    QByteArray out(qsizetype(2 * Size), Qt::Uninitialized);
    hexInto(out.data(), m_bytes.data(), Size);
    return out;
}

QString AuthKey::toHexString() const
{
    QString out(qsizetype(2 * Size), Qt::Uninitialized);
    hexInto(out.data(), m_bytes.data(), Size);
    return out;
}

QString AuthKey::idHex() const
{
    return QStringLiteral("%1").arg(id(), 16, 16, QLatin1Char('0'));
}

} // namespace fero
