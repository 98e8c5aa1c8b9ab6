// What the round-trip targets (roundtrip, roundtripfiles) count as a round
// trip: a session a reader accepted is written back in the same format, with
// the same version, layout and account values, and read again:
// - when the loss report is empty, what is read back equals what was read
//   (fero::Session::operator==, every field, every account);
// - otherwise the loss happened once: a second write and read changes
//   nothing more (the same bytes for byte and string formats; for databases
//   and folders, whose writers add random salts, padding and dates, the same
//   sessions).
// Databases and folders keep their lists keyed (a primary key, a file per
// peer), so what they hold comes back in key order: peers, min peers,
// channel pts and the foreign rows are compared in key order there, the
// documented difference of a SQLite round trip (tst_sqlitedb,
// binarySqliteBinary). DC entries keep their order everywhere.
#pragma once

#include "convert/convert.h"
#include "model/decoded.h"

#include <QString>

#include <vector>

namespace fuzz {

// The write-back target for what a reader returned: its format, its version
// clamped to the writable ones, the account values it carries, the Pyrogram
// string layout, and for tdata the accounts after the first.
fero::ConvertTarget sameFormatTarget(const fero::DecodedSession &decoded);

// The sessions with their keyed lists in key order (see above), for
// comparing what a database or folder format read.
std::vector<fero::Session> inKeyOrder(std::vector<fero::Session> sessions);

// Both readings as canonical JSON with the keys shown, for a failure report.
QString describe(const std::vector<fero::Session> &read, const std::vector<fero::Session> &readBack);

} // namespace fuzz
