// mtcute's session string as codecs (formats/registry.cpp lists them).
#pragma once

#include "formats/codec.h"

namespace fero::mtcute {

extern const Codec kStringCodec;
extern const Codec kSqliteCodec; // mtcute's SqliteStorage

} // namespace fero::mtcute
