// What a reader hands back: the session(s) a source holds, which container
// and version it was, and what the reader noticed on the way.
#pragma once

#include "format.h"
#include "session.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fero {

struct DecodedSession {
    Format format = Format::FerogramBinary;
    // Binary/native: the version byte read (1 = legacy layout).
    // Compact strings: 1 or 2. SQLite: the --format-version it corresponds to
    // (generation B = 5, C = 6, C with token row = 7, E = 8; A reads as 5).
    int version = 0;
    // A short human description of the layout ("binary v8", "generation C").
    QString layout;
    // Usually one; several for sources that hold several accounts (tdata).
    std::vector<Session> sessions;
    // Sentences about what upstream would silently ignore or bend.
    QStringList warnings;

    const Session &session() const { return sessions.front(); }
    Session &session() { return sessions.front(); }
};

} // namespace fero
