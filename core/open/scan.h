// Listing every session in a folder: reads only what listing needs, flags the
// same auth key in two sessions (two clients sharing one key get logged out).
#pragma once

#include "formats/format.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace fero {

struct ScanEntry {
    QString path;
    Format format = Format::FerogramBinary;
    int version = 0;
    QString layout;
    std::int32_t homeDcId = 0;
    QString authKeyId; // of the home DC's key; empty when none
    std::size_t peers = 0;
    QString mode; // "0600"
    qint64 size = 0;
    // The key id of every DC entry with a key (home DC or not): what the
    // duplicate check compares.
    std::vector<std::uint64_t> authKeyIds;
    QStringList duplicateOf;    // other sessions holding one of the same auth keys
    QStringList related;        // .bak / .tmp leftovers, -wal/-shm companions
    int account = -1;           // position within a multi-account source (tdata); -1 for one-session sources
    QString accountId;          // the store's own id of that account ("index:2", "slot:1"); empty when none
    QString note;               // e.g. "passcode needed": listed, but its values could not be read
    QString recognised;         // a store Feroscope recognises but cannot open ("madelineproto", "tdlib-binlog", ...)
    bool needsPasscode = false; // a tdata folder with a local passcode, or a WTelegramClient
                                // session file without its key: nothing past its format was read
    QString nativeId;           // the account's own name in its source (a tdl namespace); empty when none
    // The file's modification time when it was read (ms since the epoch):
    // with size, what tells an unchanged file on the next scan. 0 for folders.
    qint64 modifiedMs = 0;
};

struct ScanError {
    QString path;
    QString error;
};

struct ScanResult;

struct ScanOptions {
    bool recursive = false;
    // Called from the scanning thread(s); return quickly.
    std::function<void(std::size_t done, std::size_t total)> progress;
    const std::atomic_bool *cancel = nullptr;
    // Each session (its related files set, duplicateOf not yet known) and
    // each unreadable candidate as soon as it is examined, one call at a
    // time, in the order found: what `scan --json-lines` streams.
    std::function<void(const ScanEntry &)> found;
    std::function<void(const ScanError &)> failed;
    // An earlier scan of the same folder (the desktop app's start-up cache):
    // a file with the same size and modification time as then is not read
    // again, its entries are taken from here. Folder sessions and files that
    // could not be read are always examined again.
    const ScanResult *previous = nullptr;
};

// Sessions holding the same auth key(s): Telegram answers
// AUTH_KEY_DUPLICATED and logs out both when one key is used from two places.
struct DuplicateGroup {
    std::vector<std::uint64_t> authKeyIds; // every key all of them share, ascending
    std::vector<std::size_t> sessions;     // indices into ScanResult::sessions, ascending
};

struct ScanResult {
    QString root;
    std::vector<ScanEntry> sessions;
    std::vector<ScanError> errors;
    // One group per set of sessions sharing keys (a copied tdata shares all
    // of its DCs' keys: one group, not one per key); in listing order.
    std::vector<DuplicateGroup> duplicates;
    bool cancelled = false;
};

// How a session is named in duplicate lists: its path, "path#account N" for
// one account of a multi-account folder.
QString scanEntryName(const ScanEntry &entry);

// The groups for sessions, linear in the number of keys.
std::vector<DuplicateGroup> duplicateGroups(const std::vector<ScanEntry> &sessions);

// Every format Feroscope reads: ferogram files and strings, foreign strings,
// Telethon/Pyrogram databases, GramJS store folders and tdata folders (one
// entry per account; a tdata with a local passcode is listed with the note
// "passcode needed"). The root itself may be a session folder.
// Never follows symlinks out of root. Files that are plainly not sessions
// (wrong size/magic, no text that decodes) are skipped silently; candidates
// that fail to read are listed in errors.
ScanResult scanFolder(const QString &root, const ScanOptions &options = {});

} // namespace fero
