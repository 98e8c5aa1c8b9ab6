// "What is this?": runs every candidate reading of some input and keeps the
// one that consumes it whole into plausible values. The content decides,
// never the file name (a native string in "x.compact-v2.txt" is native).
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace fero {

struct RejectedReading {
    Format format;
    QString reason; // the reader's own error, or why a successful reading lost
};

struct Detection {
    Result<DecodedSession> result = Error::invalid(QString());
    // Every reading tried that was not chosen, in the order tried.
    std::vector<RejectedReading> rejected;
    // Text input (foreign-strings): what it is ("Telethon string, IPv4, 353
    // characters"), why each other reading lost, and what each other library
    // would do with it ("Telethon would fail with ...").
    QStringList explanation;
};

// The first bytes of every SQLite 3 database.
bool hasSqliteHeader(QByteArrayView bytes);
// Printable ASCII and white space, nearly all of it base64 characters ('A'-'Z'
// 'a'-'z' '0'-'9' '-' '_' '+' '/' '='; at most one in 50 others, or a single
// one): a pasted string, perhaps damaged, not a binary file.
bool looksLikeText(QByteArrayView bytes);

// Runs every string reading; the successful reading with the fewest warnings
// wins (warnings mark what a reader had to skip or bend), ties by order.
Detection detectText(QStringView text);
// Bytes that are not a SQLite file: text goes to detectText, everything else
// to the binary reader.
Detection detectBytes(QByteArrayView bytes);

// One reading by a known format (no detection). SQLite needs a path.
Result<DecodedSession> readAs(Format format, QByteArrayView bytes);

// "not a session Feroscope can read: as X: ...; as Y: ..." for a failed detection.
QString describeRejections(const std::vector<RejectedReading> &rejected);

} // namespace fero
