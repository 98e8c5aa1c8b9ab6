// Pyrogram's session string and SQLite session (and its forks' databases) as codecs (formats/registry.cpp
// lists them).
#pragma once

#include "formats/codec.h"

namespace fero::pyrogram {

extern const Codec kStringCodec;
extern const Codec kSqliteCodec;
// Pyrogram's forks (pyrogram-forks.md): each in its own file of this folder.
extern const Codec kKurigramCodec;
extern const Codec kPyrotgforkCodec;
extern const Codec kPyroforkCodec;

} // namespace fero::pyrogram
