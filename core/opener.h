// The source layer: turns a path, raw bytes (stdin) or pasted text into a
// DecodedSession, detecting the format unless one is forced. Opening never
// writes anything.
#pragma once

#include "decoded.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fero {

Result<DecodedSession> openPath(const QString &path, std::optional<Format> forced = std::nullopt);
// Bytes from stdin or a drop: text is tried as a string, else as a binary file.
Result<DecodedSession> openBytes(const QByteArray &bytes, std::optional<Format> forced = std::nullopt);
Result<DecodedSession> openText(QStringView text, std::optional<Format> forced = std::nullopt);

} // namespace fero
