#include "inspect/foreignjson.h"

#include "formats/traits.h"

#include "base/address.h"
#include "base/jsonwriter.h"
#include "inspect/inspect.h"
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

// Pyrogram's forks (pyrogram-forks.md §2): what their tables add that a user
// looks for: every username of a peer, its type text, phone and date, and
// the update_state rows as stored (NULL cells, channel dates).
bool hasForkExtras(Format format)
{
    return format == Format::KurigramSqlite || format == Format::PyrotgforkSqlite || format == Format::PyroforkSqlite;
}

void writeForkExtras(JsonWriter &json, const Session &session)
{
    json.key("peer_details").beginArray();
    for (const ForeignPeerDetails &d : session.foreign.peers) {
        json.beginObject().key("id").value(d.markedId);
        json.key("usernames").beginArray();
        if (d.username)
            json.value(*d.username);
        for (const QString &name : d.otherUsernames)
            json.value(name);
        json.endArray();
        optionalValue(json, "phone_number", d.phone);
        json.key("last_update_on");
        d.date ? json.value(std::int64_t(*d.date)) : json.null();
        json.key("type");
        d.forkType.isEmpty() ? json.null() : json.value(d.forkType);
        json.endObject();
    }
    json.endArray();
    json.key("update_state").beginArray();
    for (const ForeignUpdateRow &r : session.foreign.updateRows) {
        json.beginObject().key("id").value(r.id);
        optionalValue(json, "pts", r.pts);
        optionalValue(json, "qts", r.qts);
        optionalValue(json, "date", r.date);
        optionalValue(json, "seq", r.seq);
        json.endObject();
    }
    json.endArray();
}

// What only some databases keep beside the login (Telethon 2's and mtcute's
// own usernames, mtcute's premium flag, temporary keys and salts): shown,
// keys as their ids unless revealed. Absent when there is none.
void writeExtras(JsonWriter &json, const Session &session, bool reveal)
{
    const ForeignExtras &f = session.foreign;
    if (f.selfUsernames.isEmpty() && !f.selfPremium && f.tempKeys.empty() && f.salts.empty())
        return;
    json.key("extras").beginObject();
    writeStringList(json, "self_usernames", f.selfUsernames);
    optionalValue(json, "self_premium", f.selfPremium);
    json.key("temp_auth_keys").beginArray(); // never the login: mtcute's PFS keys
    for (const ForeignTempKey &t : f.tempKeys) {
        json.beginObject().key("dc_id").value(t.dcId).key("index").value(t.index);
        json.key("expires").value(t.expires).key("auth_key_id").value(t.key.idHex());
        json.key("auth_key");
        if (reveal) {
            QString hex = t.key.toHexString();
            json.value(hex);
            secureWipe(hex);
        } else {
            json.value("hidden");
        }
        json.endObject();
    }
    json.endArray();
    json.key("salts").beginArray();
    for (const ForeignSalts &list : f.salts) {
        json.beginObject().key("dc_id").value(list.dcId).key("salts").beginArray();
        for (const ForeignSalt &s : list.salts)
            json.beginObject()
                .key("valid_since")
                .value(s.validSince)
                .key("valid_until")
                .value(s.validUntil)
                .key("salt")
                .value(s.salt)
                .endObject();
        json.endArray().endObject();
    }
    json.endArray();
    json.endObject();
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
    // A database without peers still has counters (Telethon 2).
    return traits(format).isForeign() && (traits(format).hasPeerCache || traits(format).kind == FormatKind::Database);
}

void writeForeignAccountFields(JsonWriter &json, const Session &session, Format format, bool reveal)
{
    const DcEntry *dc = homeDcEntry(session);
    const auto hostPort = dc && formatStoresAddress(format) ? splitAddress(dc->addr) : std::nullopt;
    json.key("dc_id");
    session.homeDcId == 0 && session.dcs.empty() ? json.null() : json.value(session.homeDcId); // logged out
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
    const bool multi = traits(decoded.format).multiAccount || decoded.sessions.size() > 1
                       || !decoded.accountLabels.empty(); // tdl: even one namespace has its name
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
            if (i < decoded.accountLabels.size()) { // tdl: the namespace, and why it holds no login
                json.key("native_id").value(decoded.accountLabels[i].nativeId);
                if (!decoded.accountLabels[i].note.isEmpty())
                    json.key("note").value(decoded.accountLabels[i].note);
            }
            writeForeignAccountFields(json, decoded.sessions[i], decoded.format, options.reveal);
            json.endObject();
        }
        json.endArray();
    }
    if (!decoded.sessions.empty())
        writeExtras(json, decoded.sessions[chosen], options.reveal);
    if (formatHasPeerCache(decoded.format) && !decoded.sessions.empty()) {
        json.key("session").beginObject();
        writeSessionFields(json, decoded.sessions[chosen], options.reveal);
        json.endObject();
    }
    if (hasForkExtras(decoded.format) && !decoded.sessions.empty())
        writeForkExtras(json, decoded.sessions[chosen]);
    json.endObject();
    return json.take();
}

} // namespace fero
