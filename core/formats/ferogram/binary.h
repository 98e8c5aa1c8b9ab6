// ferogram's binary session file, versions v1..v8 (read) and v5..v8 (write).
// Layout: ferogram-formats.md §2.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace fero::binary {

// Reads any version. Detects the legacy v1 layout by structure: the reading
// that consumes the whole input into plausible values wins (a v1 file with
// home DC 2 is v1 when only that reading fits); a first byte outside 2..8
// whose v1 reading does not fit is "not a ferogram session". Warnings name
// what upstream would silently ignore (trailing bytes, unknown flag bits,
// has_key/peer_type/kind oddities, signs of upstream's count overflow).
// Errors name the field and byte offset.
//
// Where we differ from upstream, on purpose:
// - first byte 2..8 whose versioned reading fails or leaves bytes over, but
//   whose legacy reading consumes the file exactly with a home DC of 1..5:
//   read as legacy v1, with a warning (upstream fails or misreads);
// - first byte neither 1 nor 2..8 whose legacy reading does not consume the
//   whole file: "not a ferogram session" (upstream reads a few bytes as v1);
// - a versioned file upstream fails on, that reads exactly when one count or
//   length field is assumed to have wrapped around (stored modulo 256 or
//   65,536 by a writer that did not check, e.g. 256 DC entries, a 300-byte
//   address): recovered, with a warning that ferogram cannot read it. Such a
//   session is over the format's limits, so write() refuses it as it is;
// - when upstream's reading succeeds but leaves bytes over (an overflowed
//   token length), we keep upstream's reading and warn, naming the field
//   whose overflow would explain the extra bytes.
Result<DecodedSession> read(QByteArrayView bytes);

// Refuses (ErrorKind::Refused, with the reason) anything over the format's
// limits: > 255 DC entries, an address over 255 UTF-8 bytes, > 65,535
// channels/peers/min peers, a token over 65,535 bytes; and versions outside
// 5..8. Data the version cannot hold is dropped here: the loss report
// (convert.h) is where that is said out loud.
Status checkLimits(const Session &session, int version);
Result<QByteArray> write(const Session &session, int version = 8);

// Exact byte size write() would produce (for stats), without allocating.
std::size_t encodedSize(const Session &session, int version = 8);

} // namespace fero::binary
