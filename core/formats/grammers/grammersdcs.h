// What grammers' two stores share about DCs (more-stores.md §2.2, §3): one
// entry per DC id holding an IPv4 and an IPv6 socket and at most one key,
// the five production DCs grammers 0.8 adds when a store lacks them, and
// how our Session (one DcEntry per address) maps to and from that.
#pragma once

#include "base/result.h"
#include "base/secret.h"
#include "formats/target.h"
#include "model/session.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace fero::grammers {

struct GrammersDc {
    std::int32_t id = 0;
    QString ipv4;           // dotted quad, empty when the store has none (0.7 IPv6-only entry)
    std::uint16_t port = 0; // grammers 0.8 keeps one port, the IPv4 socket's
    QString ipv6;           // without brackets; empty when none
    std::uint16_t ipv6Port = 0;
    std::optional<AuthKey> key;
};

// grammers 0.8's built-in production address of DC 1..5; empty otherwise.
QString builtinIpv4(int dcId);
// "::a.b.c.d" as grammers 0.8 writes it for a DC without an IPv6 address
// (Rust prints it "::959a:af35"); empty when ipv4 is not an IPv4 literal.
QString ipv4Compatible(const QString &ipv4);

// An IPv6 address as Rust's Display prints it (RFC 5952: lowercase, the
// longest run of zero groups as "::", IPv4-mapped ones dotted), which is
// how grammers' SQLite store writes it.
QString rustIpv6Text(const std::array<std::uint8_t, 16> &octets);

// Our entries for one grammers DC: the IPv4 socket, then the IPv6 socket
// unless it is only the IPv4-compatible stand-in grammers writes for "none".
void appendEntries(const GrammersDc &dc, std::vector<DcEntry> &out);
// The production DC grammers 0.8 answers for home when the store has no
// entry for it (§2.2): appended with a warning; nothing for other ids.
void addBuiltinHome(Session &session, QStringList &warnings);

// The DCs a grammers writer keeps of session, in order of first appearance:
// per id the first IPv4 and first IPv6 entry that is not media-only, the key
// of the first of them that has one. Entries without an IPv4 address are
// left out (grammers 0.8 needs one in every DC: it unwraps it).
std::vector<GrammersDc> grammersDcs(const Session &session);
// What the grammers stores cannot hold of the DC list (media-only and extra
// entries, host names, IPv6-only DCs, salts and time offsets; onePort: the
// TL file's single port per DC).
void dcLosses(const Session &session, bool onePort, LossReport &report);
// Refused when the home DC has no IPv4 address grammers could write.
Status requireHomeIpv4(const Session &session, const QString &formatName);

} // namespace fero::grammers
