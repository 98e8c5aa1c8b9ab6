// Everything that touches the disk for writing. Atomic (QSaveFile / temp file
// + rename), owner-only (0600) from the first byte, never over an existing
// file unless asked.
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace fero {

enum class Overwrite { Refuse, Replace };

// New files are created 0600; replacing keeps the old file's mode.
Status saveFileAtomic(const QString &path, QByteArrayView bytes, Overwrite overwrite = Overwrite::Refuse);

} // namespace fero
