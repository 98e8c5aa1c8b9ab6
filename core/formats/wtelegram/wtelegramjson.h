// WTelegramClient's session JSON (android-wtelegram.md §2.4) to and from a
// Session: the three generations read, the newest written with numeric flags.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QByteArray>
#include <QByteArrayView>

namespace fero::wtelegram {

// Which release wrote the JSON, from its members (§2.4's table).
enum class Generation {
    Legacy,   // <= 4.3.3: Id, AuthKeyID, Seqno... in every DC session
    Reduced,  // 4.3.4 ... 4.3.14: zeros and false written
    Defaults, // >= 4.3.15: zeros, false and nulls omitted, perhaps flags as names
};

// The home DC is MainDC; every DC session is a DC entry with its key (a
// negative DC key = a media-only entry), every DcOption one without a key.
// Values a Session has no field for (salt lists, old salts, secrets) become
// warnings.
Result<DecodedSession> readJson(QByteArrayView json);

// The JSON WTelegramClient >= 4.3.15 writes, but with numeric flags (every
// release reads numbers; only .NET 8 builds read names): keyed entries are
// DC sessions, the others DcOptions. Holds auth keys: the caller wipes it.
QByteArray writeJson(const Session &session);

} // namespace fero::wtelegram
