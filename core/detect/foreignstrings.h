// Detection that explains itself for pasted text (foreign-formats.md §10):
// every string reader runs (ferogram native and compact too), each reading
// is checked for plausible values (DC 1..5, a public address, a key, sane
// flag bytes), the most specific plausible one wins, and every other
// reading says why it lost.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace fero {

struct StringReading {
    Format format = Format::FerogramNative;
    // The reader's result: its error, or the session with its layout.
    Result<DecodedSession> decoded = Error::invalid(QString());
    // Empty for the chosen reading; otherwise the reader's error or why a
    // reading that decoded is not believable.
    QString rejectedBecause;
};

// Every string format's reading of text, most specific first (the order
// ties are decided in): compact, mtcute, GramJS, Telethon, MTKruto, native,
// Pyrogram. At most one reading has an empty rejectedBecause: the chosen one.
std::vector<StringReading> readAllStrings(QStringView text);

// Everything detection found: the chosen reading (or why none), every
// reading with its verdict, and the explanation lines readBestString gives.
struct StringDetection {
    Result<DecodedSession> best = Error::invalid(QString());
    std::vector<StringReading> readings; // without the chosen one's session (moved into best)
    QStringList explanation;
};
StringDetection detectString(QStringView text);

// The chosen reading. explanation (optional) receives, in order: what it is
// ("Telethon string, IPv4, 353 characters"), one line per other reading and
// why it was rejected, and what each other library would do with the text.
Result<DecodedSession> readBestString(QStringView text, QStringList *explanation = nullptr);

// One string format's reader, no detection (forced --from).
Result<DecodedSession> readStringAs(Format format, QStringView text);

// "Telethon string, IPv4, 353 characters": a reading named for people.
QString describeStringReading(const DecodedSession &decoded);

} // namespace fero
