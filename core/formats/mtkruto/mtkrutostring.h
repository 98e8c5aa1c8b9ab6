// MTKruto's string session as @mtcute/convert 0.29.7 reads and writes it
// (foreign-formats.md §8): TL string DC ("2", "1-test") + TL bytes auth key,
// zero runs encoded as 00 N, then URL-safe unpadded base64.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace fero::mtkrutostring {

// One DC entry with the address from the known table; account.testMode.
// layout = "DC 2" / "test DC 1".
Result<DecodedSession> read(QStringView text);

struct WriteOptions {};

// DC id, test flag (account, else guessed from the address) and key.
Result<QString> write(const Session &session, const WriteOptions &options = {});

// The zero-run coding: every run of N zero bytes <-> the two bytes 00 N.
// The encoder splits runs longer than 255 (mtcute does not, §12.7).
QByteArray encodeZeroRuns(QByteArrayView plain);
// nullopt when the data ends in a 00 without its count byte.
std::optional<QByteArray> decodeZeroRuns(QByteArrayView encoded);

} // namespace fero::mtkrutostring
