// grammers' session stores as codecs (formats/registry.cpp lists them).
#pragma once

#include "formats/codec.h"

namespace fero::grammers {

extern const Codec kTlCodec;
extern const Codec kSqliteCodec;

} // namespace fero::grammers
