// One session in the library: what the list shows about it (a summary that a
// folder scan fills without decoding everything) and, once opened, the
// decoded session itself.
#pragma once

#include "library/sessionref.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace fero::gui {

struct LibraryEntry {
    enum class State {
        Loaded,  // decoded and ready
        Listed,  // found by a folder scan; decoded when first selected
        Missing, // a remembered path that is not there any more
        Failed,  // could not be read; `error` says why
        Locked,  // needs a passcode (tdata) before anything past its format can be read
    };

    quint64 id = 0; // stable for the entry's lifetime
    SourceKind kind = SourceKind::File;
    QString path;
    QString name;
    // name case-folded, made by the first sort that needs it: sorting
    // 100,000 rows compared names case-insensitively two million times.
    // Names are set when an entry is made; a new entry starts without one.
    mutable QString sortName;
    QString originalPath;
    // Sources holding several accounts (tdata): which one this row shows;
    // -1 for one-session sources. Such entries' path is the source folder.
    int account = -1;
    // That account's id in its own store ("index:2", "slot:1", "name:work"):
    // what the row opens when the store has ids, so that an account removed
    // before it does not make the row open its neighbour. Empty: by position.
    QString accountId;
    State state = State::Listed;
    QString error;

    std::optional<fero::Format> format;
    // A store Feroscope recognises but cannot open ("madelineproto",
    // "tdlib-binlog"): listed as such, with why in `error`.
    QString recognised;
    int version = 0;
    QString layout;
    int homeDc = 0;
    QString authKeyId; // of the home DC's key; empty when none
    // Every DC's permanent key id (home or not): what the duplicate-key
    // groups compare, as a scan does.
    std::vector<std::uint64_t> authKeyIds;
    qint64 peers = -1;
    qint64 size = -1;
    // In UTC: comparing and sorting local times converts each on every
    // comparison (100,000 rows); shown in local time.
    QDateTime modified;
    QString mode;
    // A tdata folder with a local passcode (state Locked until it is
    // entered): its DC, key and accounts are unknown until then.
    bool needsPasscode = false;

    // Flags shown per row.
    bool othersCanRead = false;
    bool inUse = false; // -wal / -journal beside it: another program has it open
    bool tooNew = false;
    QStringList sameKeyAs; // names of other sessions holding the same home auth key

    std::shared_ptr<const fero::DecodedSession> decoded;
    fero::FileStamp stamp; // when decoded (for a copy: its original's)

    bool hasWarningFlag() const { return othersCanRead || inUse || tooNew || !sameKeyAs.isEmpty(); }
};

} // namespace fero::gui
