// Stores Feroscope recognises but does not open (more-stores.md §7):
// MadelineProto sessions and TDLib databases, told by their bytes only, so
// that opening one says what it is and why it cannot be read, instead of
// "not a session". Near-misses (a PHP file naming MadelineProto, an empty
// binlog) are not recognised.
#pragma once

#include <QString>

#include <optional>

namespace fero {

struct Recognised {
    QString id;          // "madelineproto", "tdlib-binlog", "tdlib-sqlite"
    bool encrypted = false;
    QString sentence;    // why Feroscope cannot open it (translated); never a database credential
};

// A file or a folder (a MadelineProto 8.x session folder, a TDLib database
// folder); reads at most 64 KiB of any file.
std::optional<Recognised> recognise(const QString &path);

// The program a recognised id belongs to, for a list column: "MadelineProto",
// "TDLib"; the id itself when unknown.
QString recognisedProgram(const QString &id);

} // namespace fero
