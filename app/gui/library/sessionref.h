// What the window hands to an action (export, delete, compare, clean, report):
// one session of the library, the decoded data and where it came from.
// Header-only so the actions library can use it without linking the window.
#pragma once

#include "model/decoded.h"
#include "storage/storage.h"

#include <QString>

#include <memory>

namespace fero::gui {

// Where a library entry came from; also the library's top-level groups.
enum class SourceKind {
    Demo,     // the bundled demo session (read-only, no file)
    File,     // a session file added on its own
    Folder,   // found by scanning a folder (the entry's path is the file inside it)
    Database, // an SQLite database added on its own
    Pasted,   // a pasted string session: never written to disk or settings
    Modified, // an edited copy (peer-cache cleaning) not saved yet
};

struct SessionRef {
    // Null when the entry could not be read (missing file, decode error).
    std::shared_ptr<const fero::DecodedSession> decoded;
    // The file or database; empty for pasted strings, the demo and unsaved copies.
    QString path;
    // What the library shows ("demo.session", "Pasted string 2"); never secret.
    QString displayName;
    SourceKind kind = SourceKind::File;
    // For SourceKind::Modified: the file the copy was made from (may be empty).
    QString originalPath;
    // The file as it was read (for the copy: its original), to refuse saving over a file that changed since.
    fero::FileStamp stamp;

    bool isValid() const { return decoded != nullptr; }
    bool hasFile() const { return !path.isEmpty(); }
};

} // namespace fero::gui
