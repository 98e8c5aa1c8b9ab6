// Pyrogram's session strings (foreign-formats.md §7): URL-safe unpadded
// base64 of big-endian fields, in three layouts told apart by length:
//   new    (271 bytes, 362 chars): dc u8, api_id u32, test u8, key 256, user_id u64, is_bot u8
//   old-64 (267 bytes, 356 chars): dc u8, test u8, key 256, user_id u64, is_bot u8
//   old-32 (263 bytes, 351 chars): dc u8, test u8, key 256, user_id u32, is_bot u8
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fero::pyrogramstring {

enum class Layout { New, Old64, Old32 };

// One DC entry whose address comes from the known table (no address is
// stored); account: userId, isBot, testMode, and apiId (new layout only).
// version = 3 (new), 2 (old-64), 1 (old-32); layout names it in words.
Result<DecodedSession> read(QStringView text);

struct WriteOptions {
    Layout layout = Layout::New;        // Old64 needs no api_id; Old32 is never written
    std::optional<std::int64_t> apiId;  // overrides session.account.apiId
    std::optional<std::int64_t> userId; // overrides session.account.userId; 0 when unknown
};

// The new layout needs an api_id: without one it is a usage error naming
// --api-id (the old 64-bit layout needs none). Never invents a value.
Result<QString> write(const Session &session, const WriteOptions &options);

QString layoutName(Layout layout);

} // namespace fero::pyrogramstring
