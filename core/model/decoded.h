// What a reader hands back: the session(s) a source holds, which container
// and version it was, and what the reader noticed on the way.
#pragma once

#include "formats/format.h"
#include "model/session.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fero {

// How ferogram's own reader fares with a source Feroscope read
// (ferogram-formats.md §2): some files it reads, every release gets wrong —
// a legacy v1 file whose home DC looks like a version byte, a file corrupted
// by the writer's count overflow.
enum class UpstreamReading {
    Reads,    // as Feroscope reads it (or close enough that warnings say the rest)
    Misreads, // upstream reads other values than the file holds
    Fails,    // upstream rejects it (its file backend renames it to .bak)
};

struct DecodedSession {
    Format format = Format::FerogramBinary;
    // Binary/native: the version byte read (1 = legacy layout).
    // Compact strings: 1 or 2. SQLite: the --format-version it corresponds to
    // (generation B = 5, C = 6, C with token row = 7, E = 8; A reads as 5).
    int version = 0;
    // A short human description of the layout ("binary v8", "generation C").
    QString layout;
    // SQLite: the schema generation letter of ferogram-formats.md §2 ("A",
    // "B", "C", "E"; a token row does not change it). Empty for other sources.
    QString generation;
    UpstreamReading upstream = UpstreamReading::Reads;
    // Usually one; several for sources that hold several accounts (tdata).
    std::vector<Session> sessions;
    // Each account's id in its own store, beside sessions ("index:2" for
    // tdata's account index, "slot:1" for Android's files/account1): what
    // --account takes besides the position. Empty: positions only.
    std::vector<QString> accountIds;
    // Sentences about what upstream would silently ignore or bend.
    QStringList warnings;
    // Why the content read as this format, filled by detection (open/opener.h):
    // what it is ("Telethon string, IPv4, 353 characters"), why each other
    // reading lost, what other libraries would do with it. Empty when the
    // format was forced or needed no explaining.
    QStringList explanation;
    // Multi-account sources whose accounts have names of their own (tdl's
    // namespaces): one label per session, in order; empty for the others.
    struct AccountLabel {
        QString nativeId; // "name:work" is how --account names it
        QString note;     // "logged out": listed, but it holds no login
    };
    std::vector<AccountLabel> accountLabels;

    const Session &session() const { return sessions.front(); }
    Session &session() { return sessions.front(); }
};

} // namespace fero
