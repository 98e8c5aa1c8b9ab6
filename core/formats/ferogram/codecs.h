// ferogram's own containers as codecs: the binary file, the native and
// compact strings and the SQLite database (formats/registry.cpp lists them).
#pragma once

#include "formats/codec.h"

namespace fero::ferogram {

extern const Codec kBinaryCodec;
extern const Codec kNativeCodec;
extern const Codec kCompactV1Codec;
extern const Codec kCompactV2Codec;
extern const Codec kSqliteCodec;

} // namespace fero::ferogram
