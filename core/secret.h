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
    QByteArray toHex() const { return toByteArray().toHex(); }

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
