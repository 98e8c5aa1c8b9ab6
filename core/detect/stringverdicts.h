// What another library would do with a pasted string: the failure a user
// would see ("struct.error: unpack requires a buffer of 263 bytes") or the
// silent misreading. Emulates each library's own length rules and decoder
// (foreign-formats.md §2, §4, §7, §10, §12); MTKruto is judged by the
// @mtcute/convert reader, as the doc describes it.
#pragma once

#include "formats/format.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fero {

// A sentence about `library` (one of the five foreign string formats) and
// text, or an empty string when that library loads it as what it is.
// `actual` is what the text really is (nullopt: unknown).
QString libraryVerdict(Format library, QStringView text, std::optional<Format> actual);

} // namespace fero
