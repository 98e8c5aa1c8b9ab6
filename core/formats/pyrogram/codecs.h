// Pyrogram's session string and SQLite session as codecs (formats/registry.cpp
// lists them).
#pragma once

#include "formats/codec.h"

namespace fero::pyrogram {

extern const Codec kStringCodec;
extern const Codec kSqliteCodec;

} // namespace fero::pyrogram
