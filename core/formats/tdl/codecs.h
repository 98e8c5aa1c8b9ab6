// tdl's bbolt store as a codec (formats/registry.cpp lists it).
#pragma once

#include "formats/codec.h"

namespace fero::tdl {

extern const Codec kBoltCodec;

} // namespace fero::tdl
