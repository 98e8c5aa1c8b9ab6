// A plain-text summary of a session that is safe to paste into a bug report:
// format, version, the DC table with addresses and auth key ids, counters and
// peer counts per kind. Never keys, tokens or access hashes; ids only on request.
#pragma once

#include "model/decoded.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace fero {

struct ReportOptions {
    // Adds the account's user id and leaves numbers in warnings unmasked.
    bool includeIds = false;
    std::size_t account = 0; // which session of a multi-account source
};

QString sessionReport(const DecodedSession &decoded, const ReportOptions &options = {});

// Small shared wordings (translated), also used by the diff printers.
// "IPv6, media, CDN" / "-" for no flags; unknown bits as "0x40".
QString dcFlagsText(std::uint8_t flags);
// "user", "basic group", "channel (megagroup)", "min channel", "community".
QString peerKindText(const CachedPeer &peer);

} // namespace fero
