// Telegram Android's tgnet.dat (app folder or bare file) as a codec (formats/registry.cpp lists it).
#pragma once

#include "formats/codec.h"

namespace fero::android {

extern const Codec kTgnetCodec;

} // namespace fero::android
