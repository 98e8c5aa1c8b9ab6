// grammers' TL session file (`TlSession`, grammers-session <= 0.8;
// more-stores.md §2): one boxed `session` with the DC list, the signed-in
// user and the update state. No peers, no test-mode flag, no api id.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fero::grammerstl {

inline constexpr std::uint32_t SessionMagic = 0xa73eb8ce;

// Why the first bytes are a grammers TL session (the constructor, a flags
// word and the DC vector's header); empty when they are not.
QString recognise(QByteArrayView head);

// The file as grammers 0.8 sees it, except addresses: each DC entry's flags
// say who wrote it (0.8 sets both address bits and stores the octets
// reversed; 0.7 set one and stored network order), so each entry is decoded
// in its writer's layout and the layout names the choice.
Result<DecodedSession> read(QByteArrayView bytes);

// grammers 0.8's layout (both addresses in every DC, IPv4 octets reversed,
// IPv6 as its little-endian u128), which both 0.8 and later read; a DC
// without an IPv6 address gets the IPv4-compatible stand-in 0.8 writes.
Result<QByteArray> write(const Session &session);

} // namespace fero::grammerstl
