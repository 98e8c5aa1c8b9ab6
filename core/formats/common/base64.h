// Base64 as ferogram's strings use it: URL-safe alphabet, no padding, white
// space trimmed (ferogram-formats.md §3). Decoding is tolerant only where it
// cannot misread: '=' padding and inner white space are accepted with a
// warning; the standard alphabet ('+' '/') only when no '-' or '_' appears;
// mixing both alphabets is an error.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace fero::base64 {

struct Decoded {
    QByteArray bytes;
    QStringList warnings; // e.g. "padding '=' is not accepted by ferogram itself"
};

Result<Decoded> decodeTolerant(QStringView text);
// The canonical form every writer emits.
QString encodeUrlSafe(QByteArrayView bytes);

} // namespace fero::base64
