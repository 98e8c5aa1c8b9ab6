// TL primitives used by mtcute and MTKruto strings (foreign-formats.md §1.2)
// and the "cut short" message every foreign string reader shares.
#pragma once

#include "base/bytereader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace fero::tl {

inline constexpr std::uint32_t BoolTrue = 0x997275b5;
inline constexpr std::uint32_t BoolFalse = 0xbc799737;

// TL `bytes`: length (1 byte, or 0xfe + 3 bytes LE), payload, zero padding to
// a multiple of 4 counted from the start of the field. False when cut short
// (the reader records where).
bool readBytes(ByteReader &reader, QByteArray &out, const char *field);

void appendBytes(QByteArray &out, QByteArrayView payload);
void appendInt32(QByteArray &out, std::int32_t value);
void appendInt64(QByteArray &out, std::int64_t value);
void appendBool(QByteArray &out, bool value);

// "The mtcute string is cut short: at byte 40 it needs 256 more bytes for the
// auth key." — for a reader that has failed.
QString cutShortMessage(const ByteReader &reader, const QString &what);

} // namespace fero::tl
