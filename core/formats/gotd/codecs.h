// gotd/td's session JSON as a codec (formats/registry.cpp lists it).
#pragma once

#include "formats/codec.h"

namespace fero::gotd {

extern const Codec kJsonCodec;

} // namespace fero::gotd
