#include "inspect/sessionjson.h"

#include "base/address.h"
#include "base/jsonwriter.h"

namespace fero {
namespace {

// A revealed secret's text goes into the output only.
void writeWiped(JsonWriter &json, QString text)
{
    json.value(text);
    secureWipe(text);
}

void writeSecret(JsonWriter &json, const char *key, const std::optional<QByteArray> &bytes, bool reveal)
{
    json.key(key);
    if (!bytes)
        json.null();
    else if (reveal)
        writeWiped(json, QString::fromLatin1(bytes->toHex()));
    else
        json.value("hidden");
}

void writeAuthKey(JsonWriter &json, const std::optional<AuthKey> &key, bool reveal)
{
    json.key("auth_key");
    if (!key)
        json.null();
    else if (reveal)
        writeWiped(json, key->toHexString());
    else
        json.value("hidden");
    json.key("auth_key_id");
    if (key)
        json.value(key->idHex());
    else
        json.null();
}

bool isCompact(Format format)
{
    return format == Format::FerogramCompactV1 || format == Format::FerogramCompactV2;
}

// The compact object: {"version", "dc_id", "ip", "port", "user_id", "auth_key"
// [, "server_salt", "seq_no", "layer"]}, derived from the one-DC session a
// compact string decodes to.
void writeCompactFields(JsonWriter &json, const DecodedSession &decoded, const Session &session, bool reveal)
{
    const DcEntry *dc = session.dcs.empty() ? nullptr : &session.dcs.front();
    const auto hostPort = dc ? splitAddress(dc->addr) : std::nullopt;
    json.key("version").value(decoded.version);
    json.key("dc_id").value(session.homeDcId);
    json.key("ip").value(hostPort ? hostPort->host : QString());
    json.key("port").value(int(hostPort ? hostPort->port : 0));
    json.key("user_id").value(session.account.userId.value_or(0));
    writeAuthKey(json, dc ? dc->authKey : std::nullopt, reveal);
    if (decoded.version == 1) {
        json.key("server_salt").value(session.account.serverSalt.value_or(0));
        json.key("seq_no").value(std::int64_t(session.account.seqNo.value_or(0)));
        json.key("layer").value(std::int64_t(session.account.layer.value_or(0)));
    }
}

} // namespace

void writeStringList(JsonWriter &json, const char *key, const QStringList &values)
{
    json.key(key).beginArray();
    for (const QString &value : values)
        json.value(value);
    json.endArray();
}

QString channelKindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Broadcast:
        return QStringLiteral("broadcast");
    case ChannelKind::Megagroup:
        return QStringLiteral("megagroup");
    case ChannelKind::Gigagroup:
        return QStringLiteral("gigagroup");
    case ChannelKind::None:
        break;
    }
    return {};
}

void writeSessionFields(JsonWriter &json, const Session &session, bool reveal)
{
    json.key("home_dc_id").value(session.homeDcId);
    json.key("dcs").beginArray();
    for (const DcEntry &dc : session.dcs) {
        json.beginObject();
        json.key("dc_id").value(dc.dcId);
        json.key("addr").value(dc.addr);
        writeAuthKey(json, dc.authKey, reveal);
        json.key("first_salt").value(dc.firstSalt);
        json.key("time_offset").value(dc.timeOffset);
        json.key("flags").value(int(dc.flags));
        json.endObject();
    }
    json.endArray();

    const UpdatesState &u = session.updates;
    json.key("updates_state").beginObject();
    json.key("pts").value(u.pts);
    json.key("qts").value(u.qts);
    json.key("date").value(u.date);
    json.key("seq").value(u.seq);
    json.key("channels").beginArray();
    for (const ChannelPts &c : u.channels)
        json.beginObject().key("channel_id").value(c.channelId).key("pts").value(c.pts).endObject();
    json.endArray();
    json.endObject();

    json.key("peers").beginArray();
    for (const CachedPeer &p : session.peers) {
        json.beginObject();
        json.key("id").value(p.id);
        json.key("access_hash").value(p.accessHash);
        json.key("is_channel").value(p.isChannel);
        json.key("is_chat").value(p.isChat);
        json.key("channel_kind");
        if (p.channelKind == ChannelKind::None)
            json.null();
        else
            json.value(channelKindName(p.channelKind));
        json.key("is_community").value(p.isCommunity);
        json.endObject();
    }
    json.endArray();

    json.key("min_peers").beginArray();
    for (const MinPeer &m : session.minPeers)
        json.beginObject()
            .key("user_id")
            .value(m.userId)
            .key("peer_id")
            .value(m.peerId)
            .key("msg_id")
            .value(m.msgId)
            .endObject();
    json.endArray();

    writeSecret(json, "future_auth_token", session.futureAuthToken, reveal);
}

QByteArray toCanonicalJson(const DecodedSession &decoded, const JsonOptions &options)
{
    JsonWriter json(options.indented);
    json.beginObject();
    json.key("format").value(formatId(decoded.format));
    json.key("warnings").beginArray();
    for (const QString &warning : decoded.warnings)
        json.value(warning);
    json.endArray();
    if (options.related)
        writeStringList(json, "related", *options.related);

    const std::size_t index = options.account < decoded.sessions.size() ? options.account : 0;
    if (decoded.sessions.empty()) {
        json.endObject();
        return json.take();
    }
    const Session &session = decoded.sessions[index];
    if (isCompact(decoded.format)) {
        writeCompactFields(json, decoded, session, options.reveal);
    } else {
        if (decoded.format == Format::FerogramBinary || decoded.format == Format::FerogramNative)
            json.key("source_version").value(decoded.version);
        if (decoded.format == Format::FerogramSqlite && !decoded.generation.isEmpty())
            json.key("generation").value(decoded.generation);
        writeSessionFields(json, session, options.reveal);
    }
    json.endObject();
    return json.take();
}

QByteArray errorJson(const QString &message, const Error &error)
{
    if (error.recognised.isEmpty())
        return errorJson(message);
    JsonWriter json;
    json.beginObject().key("error").value(message);
    json.key("recognised").value(error.recognised);
    json.key("encrypted").value(error.encrypted);
    json.endObject();
    return json.take();
}

QByteArray errorJson(const QString &message)
{
    JsonWriter json;
    json.beginObject().key("error").value(message).endObject();
    return json.take();
}

} // namespace fero
