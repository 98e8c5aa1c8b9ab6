#include "base/address.h"

#include <QHostAddress>

namespace fero {

std::optional<HostPort> splitAddress(QStringView addr)
{
    HostPort result;
    QStringView portText;
    if (addr.startsWith(u'[')) {
        const qsizetype close = addr.indexOf(u']');
        if (close < 0 || close + 1 >= addr.size() || addr[close + 1] != u':')
            return std::nullopt;
        result.host = addr.sliced(1, close - 1).toString();
        portText = addr.sliced(close + 2);
    } else {
        const qsizetype colon = addr.lastIndexOf(u':');
        if (colon < 0)
            return std::nullopt;
        result.host = addr.first(colon).toString();
        portText = addr.sliced(colon + 1);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535 || portText.startsWith(u'+'))
        return std::nullopt;
    result.port = std::uint16_t(port);
    QHostAddress ip;
    if (ip.setAddress(result.host)) {
        result.literal = true;
        result.ipv6 = ip.protocol() == QAbstractSocket::IPv6Protocol;
    }
    return result;
}

QString joinAddress(const QString &host, std::uint16_t port)
{
    if (host.contains(u':'))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace fero
