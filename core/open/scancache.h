// A folder's last scan, kept between runs so that a library of 100,000
// sessions shows what it knew at once and refreshes in the background
// (ScanOptions::previous reads only what changed). Holds what a scan lists:
// paths, formats, auth key ids (safe to share), never a key or a passcode.
// A binary QDataStream file with its own version; a cache of another version,
// another folder or a damaged one is ignored, never an error.
#pragma once

#include "base/result.h"
#include "open/scan.h"

#include <QString>

#include <optional>

namespace fero::scancache {

// Writes result atomically, owner-only, to file (its folder is created).
Status save(const QString &file, const ScanResult &result, bool recursive);

// The scan saved in file for root with the same recursive choice; nothing
// when there is none, it is damaged, or it was for something else.
std::optional<ScanResult> load(const QString &file, const QString &root, bool recursive);

} // namespace fero::scancache
