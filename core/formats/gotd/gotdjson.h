// gotd/td's session.FileStorage JSON (more-stores.md §4): Version 1, Data =
// Config (a subset of help.getConfig), DC, Addr, AuthKey, AuthKeyID, Salt.
// tdl keeps the same bytes in its bbolt store (formats/tdl/).
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace fero::gotdjson {

// Why text is gotd's session JSON (one sentence); empty when it is not.
QString recognise(QByteArrayView head);

// The session: home DC = DC, its entry with Addr (empty when gotd's client
// saved it: Addr stays empty, as the manifest's `expected`), AuthKey and
// Salt; test mode from Config.TestMode; Config kept for a gotd round trip.
// A key whose AuthKeyID does not match is read with a warning (gotd refuses it).
Result<DecodedSession> read(QStringView text);
Result<DecodedSession> readUtf8(QByteArrayView bytes);

// Exactly what gotd's Loader.Save writes (keys in order, no spaces, no
// trailing newline). The Config is the source's own when it came from gotd,
// else gotd's zero value with ThisDC and TestMode filled.
Result<QByteArray> write(const Session &session);

} // namespace fero::gotdjson
