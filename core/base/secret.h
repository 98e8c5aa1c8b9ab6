// Secret material (auth keys). Kept in fixed-size storage that is wiped when
// released, so a freed session does not leave keys behind in the heap.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace fero {

// Overwrites memory in a way the optimiser may not remove (OPENSSL_cleanse).
void secureWipe(void *data, std::size_t size);
void secureWipe(QByteArray &bytes);
void secureWipe(QString &text); // a passcode, a session string

// Wipes a byte array that held key bytes (a key, a decoded string, a
// plaintext) when the scope ends, whichever way it ends.
class WipeOnExit {
public:
    explicit WipeOnExit(QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    ~WipeOnExit() { secureWipe(m_bytes); }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    QByteArray &m_bytes;
};

// A byte buffer for secrets (plaintexts, passcodes, keys being serialised).
// Unlike QByteArray it is never shared and never copied behind the caller's
// back: it reserves exactly the capacity asked for, grows only by allocating
// a new block, copying and wiping the old one before freeing it, and wipes
// its storage before releasing it. Reserve the final size up front and it
// never grows at all; hand it to APIs as view().
class SecretBuffer {
public:
    SecretBuffer() = default;
    explicit SecretBuffer(qsizetype capacity) { reserve(capacity); }
    ~SecretBuffer() { release(); }
    SecretBuffer(SecretBuffer &&other) noexcept;
    SecretBuffer &operator=(SecretBuffer &&other) noexcept;
    SecretBuffer(const SecretBuffer &) = delete;
    SecretBuffer &operator=(const SecretBuffer &) = delete;

    // Exactly `capacity` bytes of room (never shrinks).
    void reserve(qsizetype capacity);
    void append(QByteArrayView bytes);
    void append(char byte) { append(QByteArrayView(&byte, 1)); }
    void appendBe32(quint32 value);
    // Growth is zero-filled; a shrink wipes the bytes it drops.
    void resize(qsizetype size);
    // Wipes and frees the storage.
    void clear() { release(); }

    char *data() { return m_data; }
    const char *data() const { return m_data; }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, m_size}; }

    // For tests: called with every block just before it is freed, after it
    // was wiped (nullptr = none). Not thread-safe to change while in use.
    using ReleaseObserver = void (*)(const char *block, qsizetype capacity);
    static void setReleaseObserver(ReleaseObserver observer);

private:
    void release();

    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

class AuthKey {
public:
    static constexpr std::size_t Size = 256;

    AuthKey() { m_bytes.fill(0); }
    AuthKey(const AuthKey &) = default;
    AuthKey &operator=(const AuthKey &) = default;
    ~AuthKey() { secureWipe(m_bytes.data(), m_bytes.size()); }

    // nullopt unless exactly 256 bytes are given.
    static std::optional<AuthKey> fromBytes(QByteArrayView bytes);
    static AuthKey fromRaw(const std::uint8_t *bytes); // reads exactly Size bytes

    const std::uint8_t *data() const { return m_bytes.data(); }
    std::uint8_t *data() { return m_bytes.data(); }
    QByteArrayView view() const { return {reinterpret_cast<const char *>(m_bytes.data()), qsizetype(Size)}; }
    QByteArray toByteArray() const { return view().toByteArray(); }
    // 512 lowercase hex digits, written straight into one exact allocation
    // (no intermediate copies of the key left on the heap).
    QByteArray toHex() const;
    QString toHexString() const;

    // MTProto auth_key_id: low 64 bits of SHA-1(key) = digest bytes 12..19 as
    // a little-endian u64 (ferogram-formats.md §1).
    std::uint64_t id() const;
    // The id as 16 lowercase hex digits: what Feroscope shows instead of a key.
    QString idHex() const;

    bool operator==(const AuthKey &other) const { return m_bytes == other.m_bytes; }

private:
    std::array<std::uint8_t, Size> m_bytes;
};

} // namespace fero
