// Every codec, listed once (formats/registry.cpp). The rest of the core finds
// a format's code here and nowhere else: convert/ dispatches to codec(format),
// detect/ and open/ walk codecs() in detection order.
#pragma once

#include "formats/codec.h"

#include <span>

namespace fero {

// The codec of a format. Every Format has one (a test walks them all).
const Codec &codec(Format format);

// Every codec, in the order detection tries them: the most specific reading
// first, so a reading that needs more structure to succeed wins a tie.
std::span<const Codec *const> codecs();

} // namespace fero
