#include "inspect/foreignjson.h"

#include "formats/traits.h"

#include "base/address.h"
#include "inspect/inspect.h"
#include "base/jsonwriter.h"
#include "inspect/sessionjson.h"

namespace fero {
namespace {

template <typename T> void optionalValue(JsonWriter &json, const char *key, const std::optional<T> &value)
{
    json.key(key);
    if (value)
        json.value(*value);
    else
        json.null();
}

} // namespace

bool isForeignFormat(Format format)
{
    return traits(format).isForeign();
}

bool formatStoresAddress(Format format)
{
    return traits(format).storesAddress;
}

// Another library's cache of peers (ferogram's own is written as ferogram's).
bool formatHasPeerCache(Format format)
{
    return traits(format).isForeign() && traits(format).hasPeerCache;
}

void writeForeignAccountFields(JsonWriter &json, const Session &session, Format format, bool reveal)
{
    const DcEntry *dc = homeDcEntry(session);
    const auto hostPort = dc && formatStoresAddress(format) ? splitAddress(dc->addr) : std::nullopt;
    json.key("dc_id").value(session.homeDcId);
    json.key("ip");
    hostPort ? json.value(hostPort->host) : json.null();
    json.key("port");
    hostPort ? json.value(int(hostPort->port)) : json.null();
    json.key("ipv6");
    hostPort ? json.value(dc->isIpv6()) : json.null();
    json.key("auth_key");
    if (!dc || !dc->authKey)
        json.null();
    else if (reveal) {
        QString hex = dc->authKey->toHexString();
        json.value(hex);
        secureWipe(hex); // only the output keeps the key's text
    } else
        json.value("hidden");
    json.key("auth_key_id");
    dc && dc->authKey ? json.value(dc->authKey->idHex()) : json.null();
    const AccountInfo &a = session.account;
    optionalValue(json, "user_id", a.userId);
    optionalValue(json, "is_bot", a.isBot);
    optionalValue(json, "test_mode", a.testMode);
    optionalValue(json, "api_id", a.apiId);
    optionalValue(json, "takeout_id", a.takeoutId);
}

QByteArray toForeignJson(const DecodedSession &decoded, const ForeignJsonOptions &options)
{
    const std::size_t chosen = options.account < decoded.sessions.size() ? options.account : 0;
    JsonWriter json(options.indented);
    json.beginObject();
    json.key("format").value(formatId(decoded.format));
    json.key("layout").value(decoded.layout);
    json.key("warnings").beginArray();
    for (const QString &warning : decoded.warnings)
        json.value(warning);
    json.endArray();
    if (options.related)
        writeStringList(json, "related", *options.related);
    if (!options.explanation.isEmpty()) {
        json.key("detection").beginArray();
        for (const QString &line : options.explanation)
            json.value(line);
        json.endArray();
    }
    const bool multi = traits(decoded.format).multiAccount || decoded.sessions.size() > 1;
    // Every account by its position and, where the store has one, its own
    // id (tdata's "index:N", Android's "slot:N"): what --account takes.
    const auto nativeId = [&](std::size_t i) {
        if (i < decoded.accountIds.size())
            json.value(decoded.accountIds[i]);
        else
            json.null();
    };
    if (multi) {
        json.key("account").value(std::uint64_t(chosen));
        json.key("account_id");
        nativeId(chosen);
    }
    if (!decoded.sessions.empty())
        writeForeignAccountFields(json, decoded.sessions[chosen], decoded.format, options.reveal);
    if (multi) {
        json.key("accounts").beginArray();
        for (std::size_t i = 0; i < decoded.sessions.size(); ++i) {
            json.beginObject().key("index").value(std::uint64_t(i));
            json.key("position").value(std::uint64_t(i));
            json.key("id");
            nativeId(i);
            writeForeignAccountFields(json, decoded.sessions[i], decoded.format, options.reveal);
            json.endObject();
        }
        json.endArray();
    }
    if (formatHasPeerCache(decoded.format) && !decoded.sessions.empty()) {
        json.key("session").beginObject();
        writeSessionFields(json, decoded.sessions[chosen], options.reveal);
        json.endObject();
    }
    json.endObject();
    return json.take();
}

} // namespace fero
