// ferogram's compact StringSession, V1 and V2 (ferogram-formats.md §3).
// Big-endian: version, dc_id u8, ip type 4|6, ip, port u16, user_id i64,
// [V1: server_salt i64, seq_no u32, layer u32], auth_key[256].
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fero::compact {

// A decoded compact string becomes a one-DC session: that DC's entry (IPv6
// flag for an IPv6 address, first_salt = server_salt for V1 else 0), home DC =
// dc_id, account.userId, and for V1 account.serverSalt/seqNo/layer.
// format = FerogramCompactV1/V2, version = 1/2.
Result<DecodedSession> read(QStringView text);

struct WriteOptions {
    int version = 2;                   // 1 or 2
    std::optional<std::int64_t> userId; // overrides session.account.userId
};

// Picks the home DC's IPv4 entry with a key (as ferogram's export does), else
// its IPv6 entry with a key. Refuses a hostname address, a home DC without a
// key, or a dc_id outside 0..255. user_id: options, else account, else 0.
// V1 salt = that DC's first_salt; seq_no/layer from the account block, else 0.
Result<QString> write(const Session &session, const WriteOptions &options);

// The DC entry write() would use, or nullptr (for the loss report).
const DcEntry *chooseDc(const Session &session);

} // namespace fero::compact
