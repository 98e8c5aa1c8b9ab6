// Converting INTO other libraries' file sessions (Telethon/Pyrogram SQLite,
// GramJS store folder, tdata): what makes it impossible (preflight) and the
// write; what each keeps and drops is foreignfilelosses.h. Hooks for convert.cpp.
#pragma once

#include "convert/convert.h"

namespace fero {

bool isForeignFileFormat(Format format);

// The session as the writer gets it: the values the caller supplied
// (--user-id, --api-id, --test-mode) folded into the account block.
Session preparedForTarget(const Session &session, const ConvertTarget &target);

// tdata without a user id, a target without an address for its home DC, ...
Status foreignFilePreflight(const Session &session, const ConvertTarget &target);

// Writes the target (atomic, 0600; a folder for GramJS store and tdata).
Status writeForeignFile(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite);

} // namespace fero
