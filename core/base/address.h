// "ip:port" / "[ipv6]:port" addresses as ferogram stores them in DC entries.
#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace fero {

struct HostPort {
    QString host; // without brackets
    std::uint16_t port = 0;
    bool ipv6 = false;    // the host is an IPv6 literal
    bool literal = false; // the host is an IP literal (not a hostname)
};

// nullopt when there is no ":port" part or the port is not 0..65535.
std::optional<HostPort> splitAddress(QStringView addr);
// Formats as ferogram does: "[host]:port" for IPv6 literals, else "host:port".
QString joinAddress(const QString &host, std::uint16_t port);

} // namespace fero
