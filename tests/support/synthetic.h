// Synthetic sessions from a seed: the bundled demo, the benchmark shapes and
// test fixtures. Random keys, a plausible DC table, peers of every kind.
#pragma once

#include "model/session.h"

#include <cstddef>
#include <cstdint>

namespace fero {

struct SyntheticShape {
    std::size_t peers = 300;
    std::size_t minPeers = 50;
    std::size_t channelPts = 40;
    std::size_t dcEntries = 10; // the production table: DC 1-5 IPv4 + IPv6, then media/CDN extras
    bool token = true;
    // The 18-entry DC table of ferogram's `typical` test vector instead of
    // the generated one (dcEntries is then ignored): IPv4, IPv6, media-only,
    // TCPO-only, static and CDN entries, three keys (DC 2, DC 4 and DC 4's
    // IPv6 entry). The performance issue's reference shapes (3,343,835 and
    // 505,550 bytes) were measured with this table.
    bool typicalDcTable = false;
};

Session makeSyntheticSession(const SyntheticShape &shape, std::uint64_t seed);

} // namespace fero
