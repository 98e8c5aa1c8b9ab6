// Synthetic sessions from a seed: the bundled demo, the benchmark shapes and
// test fixtures. Random keys, a plausible DC table, peers of every kind.
#pragma once

#include "session.h"

#include <cstddef>
#include <cstdint>

namespace fero {

struct SyntheticShape {
    std::size_t peers = 300;
    std::size_t minPeers = 50;
    std::size_t channelPts = 40;
    std::size_t dcEntries = 10; // the production table: DC 1-5 IPv4 + IPv6, then media/CDN extras
    bool token = true;
};

Session makeSyntheticSession(const SyntheticShape &shape, std::uint64_t seed);

} // namespace fero
