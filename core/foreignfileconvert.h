// Converting INTO other libraries' file sessions (Telethon/Pyrogram SQLite,
// GramJS store folder, tdata): what each keeps and drops (the loss report),
// what makes it impossible (preflight), and the write. Hooks for convert.cpp.
#pragma once

#include "convert.h"

namespace fero {

bool isForeignFileFormat(Format format);

// Adds one item per kind of data the target cannot hold (foreign-formats.md §3, §5, §9, App. A).
void foreignFileLosses(const Session &session, const ConvertTarget &target, LossReport &report);

// tdata without a user id, a target without an address for its home DC, ...
Status foreignFilePreflight(const Session &session, const ConvertTarget &target);

// Writes the target (atomic, 0600; a folder for GramJS store and tdata).
Status writeForeignFile(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite);

} // namespace fero
