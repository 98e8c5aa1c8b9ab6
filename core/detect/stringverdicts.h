// What another library would do with a pasted string: the failure a user
// would see ("struct.error: unpack requires a buffer of 263 bytes") or the
// silent misreading. Emulates each library's own length rules and decoder
// (foreign-formats.md §2, §4, §7, §10, §12); MTKruto is judged by the
// @mtcute/convert reader, as the doc describes it. The verdicts live in the
// codecs (Codec::verdict); this asks them.
#pragma once

#include "formats/format.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fero {

// A sentence about `library` (a string format another library reads) and
// text, or an empty string when that library loads it as what it is (or
// has no verdict: ferogram's own strings). Each codec holds its library's.
// `actual` is what the text really is (nullopt: unknown).
QString libraryVerdict(Format library, QStringView text, std::optional<Format> actual);

} // namespace fero
