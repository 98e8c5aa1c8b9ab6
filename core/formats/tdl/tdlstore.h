// tdl's legacy one-file store (`~/.tdl/data.kv`, pkg/kv/legacy.go;
// more-stores.md §5): a bbolt file with one bucket per namespace, keys `app`
// (desktop or builtin) and `session` (gotd's JSON, byte for byte).
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QByteArrayView>
#include <QString>

namespace fero::tdlstore {

// Why the bytes are tdl's store (a bbolt file); empty when they are not.
QString recognise(QByteArrayView head);

// One account per namespace, in bbolt's byte order, each labelled with its
// namespace name (its native id, --account name:X). A namespace without a
// session (logged out, or never logged in) is an empty account with a note;
// one whose session does not decode is one with the reason as its note.
Result<DecodedSession> read(QByteArrayView bytes);

} // namespace fero::tdlstore
