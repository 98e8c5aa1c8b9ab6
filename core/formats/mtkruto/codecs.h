// MTKruto's session string as codecs (formats/registry.cpp lists them).
#pragma once

#include "formats/codec.h"

namespace fero::mtkruto {

extern const Codec kStringCodec;

} // namespace fero::mtkruto
