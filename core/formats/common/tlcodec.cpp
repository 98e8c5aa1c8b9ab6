#include "formats/common/tlcodec.h"

#include <QCoreApplication>

namespace fero::tl {

bool readBytes(ByteReader &reader, QByteArray &out, const char *field)
{
    std::uint8_t first = 0;
    if (!reader.le(first, field))
        return false;
    std::size_t length = first;
    std::size_t header = 1;
    if (first == 0xfe) {
        const std::uint8_t *len = reader.take(3, field);
        if (!len)
            return false;
        length = std::size_t(len[0]) | std::size_t(len[1]) << 8 | std::size_t(len[2]) << 16;
        header = 4;
    }
    const std::uint8_t *payload = reader.take(length, field);
    if (!payload)
        return false;
    out = QByteArray(reinterpret_cast<const char *>(payload), qsizetype(length));
    const std::size_t padding = (4 - (header + length) % 4) % 4;
    return reader.take(padding, field) != nullptr;
}

void appendBytes(QByteArray &out, QByteArrayView payload)
{
    const auto length = std::size_t(payload.size());
    std::size_t header = 1;
    if (length <= 253) {
        out.append(char(length));
    } else {
        out.append(char(0xfe));
        out.append(char(length & 0xff)).append(char(length >> 8 & 0xff)).append(char(length >> 16 & 0xff));
        header = 4;
    }
    out.append(payload);
    out.append(QByteArray(qsizetype((4 - (header + length) % 4) % 4), '\0'));
}

void appendInt32(QByteArray &out, std::int32_t value)
{
    const auto v = std::uint32_t(value);
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char(v >> shift & 0xff));
}

void appendInt64(QByteArray &out, std::int64_t value)
{
    appendInt32(out, std::int32_t(std::uint64_t(value) & 0xffffffffu));
    appendInt32(out, std::int32_t(std::uint64_t(value) >> 32));
}

void appendBool(QByteArray &out, bool value)
{
    appendInt32(out, std::int32_t(value ? BoolTrue : BoolFalse));
}

QString cutShortMessage(const ByteReader &reader, const QString &what)
{
    return QCoreApplication::translate("ForeignStrings",
                                       "The %1 is cut short: its data ends at byte %2 while reading %3 "
                                       "(%4 more bytes needed). Copy the whole string again.")
        .arg(what)
        .arg(reader.failOffset())
        .arg(QString::fromLatin1(reader.failField()))
        .arg(reader.failNeeded() - reader.remaining());
}

} // namespace fero::tl
