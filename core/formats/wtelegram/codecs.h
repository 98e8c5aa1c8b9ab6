// WTelegramClient's encrypted session file as a codec (formats/registry.cpp lists it).
#pragma once

#include "formats/codec.h"

namespace fero::wtelegram {

extern const Codec kSessionCodec;

// The header of a WTelegramClient session file, believable without the key
// (wtelegramfile.h's headerBlock): what detection asks before ferogram's
// binary reader, which would misread it as a damaged v8 file.
bool looksLikeSessionFile(QByteArrayView bytes);

} // namespace fero::wtelegram
