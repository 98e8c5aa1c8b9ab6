// Bounds-checked little/big-endian reading with errors that name the field
// and the byte offset ("truncated at byte 1234 while reading dcs[2].auth_key").
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <bit>
#include <cstring>
#include <type_traits>
#include <optional>

namespace fero {

class ByteReader {
public:
    explicit ByteReader(QByteArrayView bytes)
        : m_data(reinterpret_cast<const std::uint8_t *>(bytes.data())), m_size(std::size_t(bytes.size()))
    {
    }

    std::size_t offset() const { return m_offset; }
    std::size_t size() const { return m_size; }
    std::size_t remaining() const { return m_size - m_offset; }
    bool atEnd() const { return m_offset == m_size; }
    bool failed() const { return m_failed; }
    // Where the first failure happened and what was being read.
    std::size_t failOffset() const { return m_failOffset; }
    std::size_t failNeeded() const { return m_failNeeded; }
    const char *failField() const { return m_failField; }

    // Each returns false (and records the failure) when fewer bytes are left.
    bool need(std::size_t n, const char *field)
    {
        if (m_failed)
            return false;
        if (n <= remaining())
            return true;
        m_failed = true;
        m_failOffset = m_offset;
        m_failNeeded = n;
        m_failField = field;
        return false;
    }

    template<typename T>
    bool le(T &out, const char *field)
    {
        if (!need(sizeof(T), field))
            return false;
        std::memcpy(&out, m_data + m_offset, sizeof(T)); // x86/ARM little-endian hosts
        m_offset += sizeof(T);
        return true;
    }

    template<typename T>
    bool be(T &out, const char *field)
    {
        if (!need(sizeof(T), field))
            return false;
        std::make_unsigned_t<T> v = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i)
            v = std::make_unsigned_t<T>((std::uint64_t(v) << 8) | m_data[m_offset + i]);
        out = T(v);
        m_offset += sizeof(T);
        return true;
    }

    // A view of the next n bytes; empty view (and a failure) when short.
    const std::uint8_t *take(std::size_t n, const char *field)
    {
        if (!need(n, field))
            return nullptr;
        const std::uint8_t *p = m_data + m_offset;
        m_offset += n;
        return p;
    }

    const std::uint8_t *data() const { return m_data; }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
    bool m_failed = false;
    std::size_t m_failOffset = 0;
    std::size_t m_failNeeded = 0;
    const char *m_failField = "";
};

static_assert(std::endian::native == std::endian::little, "ByteReader::le assumes a little-endian host");

} // namespace fero
