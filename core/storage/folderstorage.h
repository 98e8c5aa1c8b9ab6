// Deleting and restricting sessions that are folders (Telegram Desktop tdata,
// a GramJS store): storage.h handles single files and refuses folders. Kept
// apart from storage.cpp on purpose: a folder is walked, never followed.
#pragma once

#include "base/result.h"
#include "storage/storage.h"

#include <QString>
#include <QStringList>

namespace fero {

// A real folder (lstat: not a symbolic link to one).
bool isSessionFolder(const QString &path);

// Trash: the whole folder goes to the desktop trash as one item (where it
// went is returned). Permanent: everything inside is unlinked and the folder
// removed; symbolic links are removed as links, never followed, and the walk
// stays on the folder's file system. RowsOnly is refused (not a database).
Result<QStringList> deleteSessionFolder(const QString &path, DeleteMode mode);

// The folder and every folder inside it become 0700, every file 0600.
// Symbolic links are skipped (never followed); the walk stays in the folder.
Status restrictFolderPermissions(const QString &path);

} // namespace fero
