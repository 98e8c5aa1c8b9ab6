// WTelegramClient's session file (android-wtelegram.md §2.2-2.3): an 8-byte
// header naming the current block of a ring, or a bare block from a custom
// stream; the block is AES-CBC(key, IV) of SHA-256(json) || json.
#pragma once

#include "base/result.h"
#include "base/secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace fero::wtelegram {

// Where the current block is, as the header says.
struct BlockPlace {
    std::int32_t position = 0;
    std::int32_t length = 0;
};

// The header's block when it is believable: position 8 + 16·k (every block
// is 64 + 16·k bytes and the ring starts at 8), a length of 64 + 16·k, and
// the block inside the file. Detection's first test; nothing is decrypted.
std::optional<BlockPlace> headerBlock(QByteArrayView file);

// The key as WTelegramClient derives it: hex-decode(session_key ?? api_hash),
// 32, 48 or 64 hex digits (AES-128, -192, -256). A usage error otherwise.
Result<SecretBuffer> keyFromHex(const QString &hex);

// The decrypted JSON of one block, its integrity checked (§2.3). A wrong key
// fails the padding or the SHA-256 check: both are reported as a wrong key.
Result<SecretBuffer> decryptBlock(QByteArrayView block, QByteArrayView key);

// A block for json with a fresh random IV.
Result<QByteArray> encryptBlock(QByteArrayView json, QByteArrayView key);

// A whole file as a first save writes it: header (8, length), then the block.
QByteArray fileWithBlock(QByteArrayView block);

} // namespace fero::wtelegram
