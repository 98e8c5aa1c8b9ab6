// GramJS's StringSession and its store folder as codecs (formats/registry.cpp lists them).
#pragma once

#include "formats/codec.h"

namespace fero::gramjs {

extern const Codec kStringCodec;
extern const Codec kStoreCodec;

} // namespace fero::gramjs
