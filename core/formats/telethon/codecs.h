// Telethon's session string and SQLite session as codecs (formats/registry.cpp lists them).
#pragma once

#include "formats/codec.h"

namespace fero::telethon {

extern const Codec kStringCodec;
extern const Codec kSqliteCodec;
extern const Codec kSqlite2Codec; // Telethon 2

} // namespace fero::telethon
