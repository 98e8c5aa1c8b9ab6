// Telethon's StringSession (foreign-formats.md §2): "1" + URL-safe padded
// base64 of dc_id u8, IP (4 or 16 binary bytes), port u16 BE, auth key 256.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringView>

namespace fero::telethonstring {

inline constexpr int Ipv4Bytes = 263;
inline constexpr int Ipv6Bytes = 275;

// One DC entry, home DC = dc_id; no account values (Telethon stores none).
// The IP size comes from the decoded byte count (263 or 275), where Telethon
// itself goes by the text length: a mismatch is a warning. An all-zero key
// reads as "no key". layout = "IPv4, 353 characters" / "IPv6, 369 characters".
Result<DecodedSession> read(QStringView text);

struct WriteOptions {
    bool preferIpv6 = false; // export the home DC's IPv6 entry when it has both
};

// Exports the home DC's entry with a key; its address must be an IP literal.
Result<QString> write(const Session &session, const WriteOptions &options);

} // namespace fero::telethonstring
