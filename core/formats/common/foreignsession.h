// What the foreign string readers and writers share: building the one-DC
// sessions those strings hold, and picking the DC entry a writer exports.
#pragma once

#include "base/secret.h"

#include "base/address.h"
#include "base/result.h"
#include "model/session.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace fero::foreign {

// One DC entry (IPv6 flag from the host) that is also the home DC.
Session oneDcSession(int dcId, const QString &host, std::uint16_t port, std::optional<AuthKey> key);

// For formats that store no address (Pyrogram, MTKruto): the address comes
// from the known table (ferogram bootstrap / §1.5 test column). A test DC
// without a known address (4, 5) gets an empty address and a warning.
Session tableDcSession(int dcId, bool testMode, const AuthKey &key, QStringList &warnings);

// All 256 bytes zero: Telethon's way of saying "no key".
bool isZeroKey(const std::uint8_t *key);

struct ChosenDc {
    const DcEntry *entry = nullptr;
    std::optional<HostPort> address; // nullopt when the entry's addr does not parse
};

// The home DC's entry with a key, as an exporter of a one-DC string picks
// it: IPv4 first (IPv6 first with preferIpv6), media-only entries last.
// Refused, naming `formatName`, when the home DC has no key. With
// needAddress the entry must also have an "ip:port" address.
Result<ChosenDc> chooseHomeDc(const Session &session, bool preferIpv6, const QString &formatName, bool needAddress);

// Test mode for a writer: the account's flag, else guessed from the address
// (one of the three test addresses of §1.5), as @mtcute/convert does.
bool effectiveTestMode(const Session &session, const DcEntry *entry);

// The account's user id, a writer's override first; nullopt when unknown.
std::optional<std::int64_t> effectiveUserId(const Session &session, std::optional<std::int64_t> override);

} // namespace fero::foreign
