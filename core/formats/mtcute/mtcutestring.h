// mtcute's string session, version 3 (foreign-formats.md §6): URL-safe
// unpadded base64 of version 0x03, flags int32 LE, main DC blob, [media DC
// blob], [self: user id int64 LE + Bool is_bot], auth key as TL bytes.
#pragma once

#include "base/address.h"
#include "base/result.h"
#include "model/decoded.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fero::mtcutestring {

// mtcute's "basic DC option" (more-stores.md §1.4; its strings hold them too).
inline constexpr std::uint8_t DcOptionTest = 4; // the test-mode flag bit
struct DcOption {
    int dcId = 0;
    std::uint8_t flags = 0;
    QString address;
    std::int32_t port = 0;
};
DcEntry dcEntry(const DcOption &option);
// Version 2, the entry's id and flags, the address as a TL string, the port.
QByteArray dcOption(const DcEntry &entry, const HostPort &address, bool testMode);

// Home DC = the main DC; dcs = main DC entry (with the key), then the media
// DC entry (no key; MediaOnly when its blob says so) if the string has one.
// account: testMode (the DC blobs' flag), userId/isBot when self is present.
// version = 3; layout = "version 3, media DC, self user".
Result<DecodedSession> read(QStringView text);

struct WriteOptions {
    bool preferIpv6 = false;            // main DC: the home DC's IPv6 entry when it has both
    std::optional<std::int64_t> userId; // overrides session.account.userId (self block)
};

// Main DC = the home DC's entry with a key; media DC = a MediaOnly entry of
// the home DC (else another keyless entry of it with the same IP family),
// omitted when there is none. Self when a user id is known (is_bot defaults
// to false). Test flag: account.testMode, else guessed from the address
// (§1.5), as @mtcute/convert does.
Result<QString> write(const Session &session, const WriteOptions &options);

// The entry write() stores as the media DC next to `main`, or nullptr: a
// media-only (else keyless) entry of main's DC, else the session's only
// media-only entry (an mtcute storage's dc_media of another DC).
const DcEntry *chooseMediaDc(const Session &session, const DcEntry *main);

} // namespace fero::mtcutestring
