// Writes a NEW folder of small files (GramJS store, tdata) so that no reader
// ever sees half of it: everything goes into a hidden temporary folder beside
// the target (0700, files 0600 from the first byte), which is then renamed
// into place. Overwriting replaces the old folder only after the new one is
// complete.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace fero {

// relative path (may contain one level of sub-folder, e.g. "D877F783D5D3EF8C/maps") -> content
using FolderFiles = std::vector<std::pair<QString, QByteArray>>;

Status writeFolderAtomically(const QString &path, const FolderFiles &files, bool overwrite);

} // namespace fero
