// Opening other libraries' FILE sessions (Telethon/Pyrogram SQLite, GramJS
// store folders, Telegram Desktop tdata), detected by content. A hook for
// the opener, so opener.cpp needs only a call.
#pragma once

#include "formats/codec.h"
#include "model/decoded.h"
#include "base/result.h"

#include <QString>

#include <optional>

namespace fero {

// A file a codec recognised: its path reader, or its bytes (or text) reader
// on the file's bytes, wiped after.
Result<DecodedSession> readRecognised(const Codec &c, const QString &path, const QString &passcode = {});

// Detection's explanation for a file a codec recognised by content: what it
// read as, then the codec's reason.
QStringList recognisedExplanation(const DecodedSession &decoded, const QString &why);

// nullopt when path is none of these formats (or another format is forced):
// the caller goes on with its own detection. Otherwise the read result:
// - a folder with key_datas -> tdata (passcode = its local passcode, UTF-8);
//   a folder holding a tdata/ folder -> "key_datas not found here; did you mean .../tdata?";
// - a folder with a "<name>%3AdcId" file -> GramJS store;
// - a SQLite file with Telethon's or Pyrogram's tables -> that reader.
std::optional<Result<DecodedSession>> openForeignFile(const QString &path, std::optional<Format> forced,
                                                      const QString &passcode = {});

} // namespace fero
