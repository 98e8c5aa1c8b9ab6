// Everything that touches the disk for writing. Atomic (QSaveFile / temp file
// + rename), owner-only (0600) from the first byte, never over an existing
// file unless asked. Deleting goes to the desktop trash unless asked otherwise.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace fero {

enum class Overwrite { Refuse, Replace };

// New files are created 0600; replacing keeps the old file's mode.
Status saveFileAtomic(const QString &path, QByteArrayView bytes, Overwrite overwrite = Overwrite::Refuse);

// What a file looked like when it was read, to refuse saving over a file that
// changed on disk since (a running client saves often).
struct FileStamp {
    qint64 size = -1;
    QDateTime modified;
    QByteArray sha256;
    bool operator==(const FileStamp &) const = default;
};
FileStamp stampOf(const QString &path);

// Saves over an existing session atomically, keeping its mode, only when it
// still matches `stamp`; otherwise Refused ("changed on disk since it was read").
Status saveOver(const QString &path, QByteArrayView bytes, const FileStamp &stamp);

// SQLite companions that exist beside path: -wal, -shm, -journal.
QStringList companionFiles(const QString &path);
// Leftovers upstream leaves beside a session: <name>.<n>.tmp and <name>.bak.
QStringList relatedFiles(const QString &path);
// Both of the above, companions first: every file beside a session that
// belongs to it or holds a copy of it (what scan lists as "related").
QStringList sideFiles(const QString &path);

enum class DeleteMode {
    Trash,     // the desktop trash (XDG), with its companions as one unit
    Permanent, // unlink the file and its companions
    RowsOnly,  // SQLite: delete the rows of the six tables in one transaction (upstream's delete)
};
// Returns what was removed (or where it went in the trash). Refuses a relative
// trash location (the Qt 6.4 trap, qt64-notes.md) as a failure.
Result<QStringList> deleteSession(const QString &path, DeleteMode mode);

// Group/other permission bits set (a session others can read).
bool readableByOthers(const QString &path);
struct ModeChange {
    QString path;
    QString before; // "0644"
    QString after;  // "0600"
};
// chmod 0600 of the session and every file that holds a copy of its keys:
// the SQLite companions and the related leftovers (.bak, .<n>.tmp). Keeps each
// a regular file and never follows a symlink to elsewhere. Returns every file
// of that set with its mode before and after; stops at the first failure.
Result<std::vector<ModeChange>> restrictPermissions(const QString &path);
// "0644"-style octal text of a file's permission bits, or empty when unknown.
QString modeText(const QString &path);
// The same text for a mode already known (a folder listing's stat).
QString modeTextOf(unsigned mode);

} // namespace fero
