// The source layer: turns a path, raw bytes (stdin) or pasted text into a
// DecodedSession, detecting the format by content unless one is forced.
// Opening never writes anything next to the source.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fero {

// Anything but a SQLite database larger than this is not a session: the
// largest ferogram binary file (every list at its u16 limit) is about 3 MiB.
inline constexpr qint64 MaxSessionFileBytes = 64 * 1024 * 1024;

// Adds readableFileWarning() when the file is readable by group/other.
// Detected text comes back with its `explanation` (why it read as that
// format and not another), so no front end detects it again; a locked tdata
// is an error whose lock says a passcode is needed.
// passcode: the local passcode of a Telegram Desktop tdata folder (UTF-8; empty = none).
Result<DecodedSession> openPath(const QString &path, std::optional<Format> forced = std::nullopt,
                                const QString &passcode = {});
// Bytes from stdin or a drop: a SQLite image is read from a private temporary
// copy; text is tried as a string; anything else as a binary file.
Result<DecodedSession> openBytes(const QByteArray &bytes, std::optional<Format> forced = std::nullopt);
Result<DecodedSession> openText(QStringView text, std::optional<Format> forced = std::nullopt);

// The folder to open as one session for path: path itself when it is a
// session stored as a folder (Telegram Desktop tdata, GramJS store), its
// tdata/ subfolder when path is Telegram Desktop's own folder, or empty when
// path is an ordinary folder (to scan) or no folder at all.
QString sessionFolderFor(const QString &path);

// The warning openPath adds for a file others can read, worded for its
// format (only ferogram's saves are known to leave 0644). A copy held in
// memory has no file: it drops this warning.
QString readableFileWarning(const QString &path, Format format);

// Reads a whole (non-SQLite) file with the size and type checks openPath uses.
Result<QByteArray> readSessionFile(const QString &path);

} // namespace fero
