// Telegram Desktop's tdata folder as a codec (formats/registry.cpp lists it).
#pragma once

#include "formats/codec.h"

namespace fero::tdesktop {

extern const Codec kTdataCodec;

} // namespace fero::tdesktop
