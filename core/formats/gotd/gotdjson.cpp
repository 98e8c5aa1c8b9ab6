#include "formats/gotd/gotdjson.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fero::gotdjson {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GotdJson)
};

QByteArray jsonBool(bool v)
{
    return v ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

QByteArray jsonString(const QString &s)
{
    // QJsonDocument escapes as Go does for the ASCII text gotd stores here.
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonBase64(const QJsonValue &v)
{
    return v.isString() ? '"' + v.toString().toLatin1() + '"' : QByteArrayLiteral("null");
}

QByteArray number(qint64 v)
{
    return QByteArray::number(v);
}

// gotd's DCOption in its struct order.
QByteArray optionJson(const QJsonObject &o)
{
    QByteArray out = "{\"Flags\":" + number(o[u"Flags"].toInteger());
    for (const char *key : {"Ipv6", "MediaOnly", "TCPObfuscatedOnly", "CDN", "Static", "ThisPortOnly"})
        out += QByteArray(",\"") + key + "\":" + jsonBool(o[QLatin1String(key)].toBool());
    out += ",\"ID\":" + number(o[u"ID"].toInteger());
    out += ",\"IPAddress\":" + jsonString(o[u"IPAddress"].toString());
    out += ",\"Port\":" + number(o[u"Port"].toInteger());
    out += ",\"Secret\":" + jsonBase64(o[u"Secret"]) + '}';
    return out;
}

// session.Config in its struct order: a config read from gotd JSON is
// written back byte for byte.
QByteArray configJson(const QJsonObject &c)
{
    QByteArray out = "{\"BlockedMode\":" + jsonBool(c[u"BlockedMode"].toBool());
    out += ",\"ForceTryIpv6\":" + jsonBool(c[u"ForceTryIpv6"].toBool());
    out += ",\"Date\":" + number(c[u"Date"].toInteger());
    out += ",\"Expires\":" + number(c[u"Expires"].toInteger());
    out += ",\"TestMode\":" + jsonBool(c[u"TestMode"].toBool());
    out += ",\"ThisDC\":" + number(c[u"ThisDC"].toInteger());
    out += ",\"DCOptions\":";
    if (c[u"DCOptions"].isArray()) {
        out += '[';
        bool first = true;
        for (const QJsonValue &o : c[u"DCOptions"].toArray()) {
            out += (first ? "" : ",") + optionJson(o.toObject());
            first = false;
        }
        out += ']';
    } else {
        out += "null";
    }
    out += ",\"DCTxtDomainName\":" + jsonString(c[u"DCTxtDomainName"].toString());
    out += ",\"TmpSessions\":" + number(c[u"TmpSessions"].toInteger());
    out += ",\"WebfileDCID\":" + number(c[u"WebfileDCID"].toInteger()) + '}';
    return out;
}

QByteArray defaultConfig(int dcId, bool testMode)
{
    QJsonObject c;
    c[u"TestMode"] = testMode;
    c[u"ThisDC"] = dcId;
    return configJson(c);
}

std::uint64_t keyIdOf(const QByteArray &key)
{
    const QByteArray sha = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    std::uint64_t id = 0;
    for (int i = 19; i >= 12; --i)
        id = id << 8 | quint8(sha[i]);
    return id;
}

QByteArray keyIdBytes(std::uint64_t id)
{
    QByteArray out(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        out[i] = char(id >> (8 * i));
    return out;
}

} // namespace

QString recognise(QByteArrayView head)
{
    const QByteArray trimmed = head.toByteArray().trimmed();
    if (!trimmed.startsWith("{\"Version\":"))
        return {};
    return Tr::tr("It is JSON starting with {\"Version\":, the envelope gotd's session.FileStorage writes: gotd "
                  "session JSON.");
}

Result<DecodedSession> readUtf8(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(
            Tr::tr("Not gotd session JSON: %1 at character %2.")
                .arg(error.error == QJsonParseError::NoError ? Tr::tr("not a JSON object") : error.errorString())
                .arg(error.offset));
    const QJsonObject root = doc.object();
    if (!root.contains(u"Version") || !root[u"Data"].isObject())
        return Error::invalid(Tr::tr("Not gotd session JSON: it has no \"Version\" and \"Data\" object."));
    const qint64 version = root[u"Version"].toInteger(-1);
    if (version != 1)
        return Error::invalid(Tr::tr("gotd session JSON of version %1: gotd only loads version 1 (any other it treats "
                                     "as \"no session\" and logs in again).")
                                  .arg(version));
    const QJsonObject data = root[u"Data"].toObject();
    for (const char *key : {"Config", "DC", "AuthKey"})
        if (!data.contains(QLatin1String(key)))
            return Error::invalid(Tr::tr("gotd session JSON without Data.%1.").arg(QLatin1String(key)));

    DecodedSession decoded;
    decoded.format = Format::GotdJson;
    decoded.version = 1;
    Session session;
    session.homeDcId = int(data[u"DC"].toInteger());
    DcEntry dc;
    dc.dcId = session.homeDcId;
    dc.addr = data[u"Addr"].toString();
    if (const auto hp = splitAddress(dc.addr); hp && hp->ipv6)
        dc.flags |= DcFlag::Ipv6;
    dc.firstSalt = data[u"Salt"].toInteger();
    if (data[u"AuthKey"].isString()) {
        QByteArray key = QByteArray::fromBase64(data[u"AuthKey"].toString().toLatin1());
        dc.authKey = AuthKey::fromBytes(key);
        const qsizetype size = key.size();
        const std::uint64_t id = dc.authKey ? keyIdOf(key) : 0;
        secureWipe(key);
        if (!dc.authKey)
            return Error::invalid(Tr::tr("Data.AuthKey is %1 bytes; an auth key has 256.").arg(size));
        const QByteArray storedId = QByteArray::fromBase64(data[u"AuthKeyID"].toString().toLatin1());
        if (storedId != keyIdBytes(id))
            decoded.warnings << Tr::tr("Data.AuthKeyID (%1) is not the key's id (%2): gotd refuses such a session "
                                       "(\"corrupted key\").")
                                    .arg(QString::fromLatin1(storedId.toHex()),
                                         QString::fromLatin1(keyIdBytes(id).toHex()));
    }
    const QJsonObject config = data[u"Config"].toObject();
    session.account.testMode = config[u"TestMode"].toBool();
    session.foreign.gotdConfig = configJson(config);
    const int options = config[u"DCOptions"].toArray().size();
    decoded.layout =
        dc.addr.isEmpty()
            ? Tr::tr("version 1, no address, %n DC option(s) in its config", nullptr, options)
            : Tr::tr("version 1, address %1, %n DC option(s) in its config", nullptr, options).arg(dc.addr);
    session.dcs.push_back(std::move(dc));
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Result<DecodedSession> read(QStringView text)
{
    return readUtf8(text.toUtf8());
}

Result<QByteArray> write(const Session &session)
{
    const DcEntry *dc = keptHomeEntry(session);
    if (!dc || !dc->authKey)
        return Error::refused(
            Tr::tr("gotd session JSON needs the home DC's auth key, and DC %1 has none.").arg(session.homeDcId));
    const bool testMode = session.account.testMode.value_or(false);
    QByteArray config = session.foreign.gotdConfig;
    if (config.isEmpty())
        config = defaultConfig(session.homeDcId, testMode);
    QByteArray out = "{\"Version\":1,\"Data\":{\"Config\":" + config;
    out += ",\"DC\":" + number(session.homeDcId);
    out += ",\"Addr\":" + jsonString(dc->addr);
    QByteArray key = dc->authKey->toByteArray();
    out += ",\"AuthKey\":\"" + key.toBase64() + '"';
    out += ",\"AuthKeyID\":\"" + keyIdBytes(keyIdOf(key)).toBase64() + '"';
    secureWipe(key);
    out += ",\"Salt\":" + number(dc->firstSalt) + "}}";
    return out;
}

} // namespace fero::gotdjson
