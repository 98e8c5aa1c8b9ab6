#include "formats/wtelegram/wtelegramjson.h"

#include "base/address.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>

namespace fero::wtelegram {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WTelegramJson)
};

// DcOption flag bits (§2.4); the first five are ferogram's DcFlag bits.
constexpr std::uint32_t kThisPortOnly = 0x20;
constexpr std::uint32_t kHasSecret = 0x400;

struct FlagName {
    const char *name;
    std::uint32_t bit;
};
constexpr FlagName kFlagNames[] = {
    {"ipv6", 0x1},         {"media_only", 0x2},      {"tcpo_only", 0x4},       {"cdn", 0x8},
    {"static_", 0x10},     {"this_port_only", 0x20}, {"has_secret", 0x400},
};

// An exact int64 (qt64-notes.md: toInteger only, and only for integer literals).
std::optional<std::int64_t> integer(const QJsonValue &value)
{
    if (!value.isDouble() || value.toVariant().typeId() != QMetaType::LongLong)
        return std::nullopt;
    return value.toInteger();
}

// A number, or the enum names joined by ", " (.NET 8 builds of >= 4.3.15).
std::optional<std::uint32_t> flagsOf(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return 0u;
    if (const auto number = integer(value))
        return std::uint32_t(*number);
    if (!value.isString())
        return std::nullopt;
    std::uint32_t flags = 0;
    for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        bool known = false;
        for (const FlagName &f : kFlagNames)
            if (name == QLatin1String(f.name)) {
                flags |= f.bit;
                known = true;
            }
        bool numeric = false; // .NET writes an unnamed value as its number
        const uint n = name.toUInt(&numeric);
        if (numeric)
            flags |= n;
        else if (!known)
            return std::nullopt;
    }
    return flags;
}

struct Option {
    DcEntry entry;
    bool dropped = false; // a secret or this_port_only bit the Session cannot hold
};

Result<Option> optionOf(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Error::invalid(Tr::tr("WTelegramClient session: %1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();
    const auto flags = flagsOf(o.value(QLatin1String("flags")));
    const auto id = integer(o.value(QLatin1String("id")));
    const auto port = integer(o.value(QLatin1String("port")));
    if (!flags)
        return Error::invalid(Tr::tr("WTelegramClient session: the flags of %1 are neither a number nor flag names.")
                                  .arg(where));
    if (!id || *id < -0x7fffffff || *id > 0x7fffffff)
        return Error::invalid(Tr::tr("WTelegramClient session: %1 has no DC id.").arg(where));
    if (!port || *port < 0 || *port > 65535)
        return Error::invalid(Tr::tr("WTelegramClient session: %1 has no port from 0 to 65535.").arg(where));
    Option out;
    out.entry.dcId = std::int32_t(*id);
    out.entry.flags = std::uint8_t(*flags & DcFlag::Known);
    out.entry.addr = joinAddress(o.value(QLatin1String("ip_address")).toString(), std::uint16_t(*port));
    out.dropped = (*flags & (kThisPortOnly | kHasSecret)) || o.contains(QLatin1String("secret"));
    return out;
}

Generation generationOf(const QJsonObject &dcSession, bool flagNames, bool zeroWritten, Generation sofar)
{
    if (dcSession.contains(QLatin1String("Id")) || dcSession.contains(QLatin1String("AuthKeyID"))
        || dcSession.contains(QLatin1String("Seqno")))
        return Generation::Legacy;
    if (sofar == Generation::Legacy)
        return sofar;
    if (flagNames)
        return Generation::Defaults;
    return zeroWritten ? Generation::Reduced : sofar;
}

QString generationText(Generation g)
{
    switch (g) {
    case Generation::Legacy:
        return Tr::tr("WTelegramClient 4.3.3 or older");
    case Generation::Reduced:
        return Tr::tr("WTelegramClient 4.3.4 to 4.3.14");
    case Generation::Defaults:
        return Tr::tr("WTelegramClient 4.3.15 or newer");
    }
    Q_UNREACHABLE();
}

// System.Text.Json's default escaping (§2.4): what a writer must copy.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const ushort u = c.unicode();
        switch (u) {
        case '\\':
            out += "\\\\";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\f':
            out += "\\f";
            continue;
        case '\r':
            out += "\\r";
            continue;
        }
        const bool escaped = u < 0x20 || u > 0x7e || u == '"' || u == '&' || u == '\'' || u == '+' || u == '<'
                             || u == '>' || u == '`';
        if (escaped)
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0').toUpper();
        else
            out += char(u);
    }
    out += '"';
}

void appendOption(QByteArray &out, const DcEntry &dc, const HostPort &address)
{
    out += '{';
    if (dc.flags)
        out += "\"flags\":" + QByteArray::number(dc.flags) + ',';
    out += "\"id\":" + QByteArray::number(dc.dcId) + ",\"ip_address\":";
    appendJsonString(out, address.host);
    out += ",\"port\":" + QByteArray::number(address.port) + '}';
}

} // namespace

Result<DecodedSession> readJson(QByteArrayView json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(Tr::tr("The decrypted WTelegramClient block is not a JSON object (%1 at character %2).")
                                  .arg(error.errorString())
                                  .arg(error.offset));
    const QJsonObject root = doc.object();
    const auto mainDc = integer(root.value(QLatin1String("MainDC")));
    if (!mainDc || *mainDc < 0 || *mainDc > 0x7fffffff)
        return Error::invalid(Tr::tr("WTelegramClient session: MainDC is missing or not a DC id."));
    DecodedSession decoded;
    decoded.format = Format::WtelegramSession;
    Session session;
    session.homeDcId = std::int32_t(*mainDc);
    if (const auto user = integer(root.value(QLatin1String("UserId"))); user && *user)
        session.account.userId = *user;
    if (const auto apiId = integer(root.value(QLatin1String("ApiId"))); apiId && *apiId)
        session.account.apiId = *apiId;

    bool flagNames = false, zeroWritten = false, dropped = false, saltLists = false;
    Generation generation = Generation::Defaults;
    const QJsonObject dcSessions = root.value(QLatin1String("DCSessions")).toObject();
    for (auto it = dcSessions.begin(); it != dcSessions.end(); ++it) {
        bool numeric = false;
        const int key = it.key().toInt(&numeric);
        if (!numeric || key == 0)
            return Error::invalid(
                Tr::tr("WTelegramClient session: DCSessions has the key \"%1\", not a DC id.").arg(it.key()));
        if (!it.value().isObject())
            return Error::invalid(Tr::tr("WTelegramClient session: DC session %1 is not an object.").arg(it.key()));
        const QJsonObject s = it.value().toObject();
        DcEntry entry;
        entry.dcId = std::abs(key);
        const QJsonValue dataCenter = s.value(QLatin1String("DataCenter"));
        if (dataCenter.isObject()) {
            Result<Option> option = optionOf(dataCenter, Tr::tr("the DataCenter of DC session %1").arg(it.key()));
            if (!option)
                return option.error();
            entry = option->entry;
            entry.dcId = std::abs(key);
            dropped = dropped || option->dropped;
            flagNames = flagNames || dataCenter.toObject().value(QLatin1String("flags")).isString();
            zeroWritten = zeroWritten || dataCenter.toObject().value(QLatin1String("flags")) == QJsonValue(0);
        }
        if (key < 0)
            entry.flags |= DcFlag::MediaOnly;
        const QJsonValue authKey = s.value(QLatin1String("AuthKey"));
        if (authKey.isString()) {
            QByteArray text = authKey.toString().toLatin1();
            auto bytes = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
            secureWipe(text);
            entry.authKey = AuthKey::fromBytes(bytes.decoded);
            secureWipe(bytes.decoded);
            if (!entry.authKey)
                return Error::invalid(
                    Tr::tr("WTelegramClient session: the AuthKey of DC session %1 is not 256 bytes of Base64.")
                        .arg(it.key()));
        }
        if (const auto salt = integer(s.value(QLatin1String("Salt"))))
            entry.firstSalt = *salt;
        zeroWritten = zeroWritten || s.value(QLatin1String("OldSalt")) == QJsonValue(0)
                      || s.value(QLatin1String("UserId")) == QJsonValue(0);
        saltLists = saltLists || s.value(QLatin1String("Salts")).isObject();
        if (entry.dcId == session.homeDcId && !(entry.flags & DcFlag::MediaOnly))
            if (const auto layer = integer(s.value(QLatin1String("Layer"))); layer && *layer > 0)
                session.account.layer = std::uint32_t(*layer);
        generation = generationOf(s, flagNames, zeroWritten, generation);
        session.dcs.push_back(std::move(entry));
    }
    // QJsonObject walks its keys sorted as text ("-5" before "1"): the
    // entries a client uses, not media-only, come first.
    std::stable_partition(session.dcs.begin(), session.dcs.end(),
                          [](const DcEntry &dc) { return !(dc.flags & DcFlag::MediaOnly); });
    // A DC session without a key is written back as an option, after the
    // keyed sessions: it is read in that place too.
    std::stable_partition(session.dcs.begin(), session.dcs.end(), [](const DcEntry &dc) { return bool(dc.authKey); });
    const QJsonArray options = root.value(QLatin1String("DcOptions")).toArray();
    for (qsizetype i = 0; i < options.size(); ++i) {
        Result<Option> option = optionOf(options[i], Tr::tr("DcOptions[%1]").arg(i));
        if (!option)
            return option.error();
        dropped = dropped || option->dropped;
        flagNames = flagNames || options[i].toObject().value(QLatin1String("flags")).isString();
        // The option a DC session connects through is listed again here:
        // one entry for both (the writer lists it again). An option listed
        // twice is one entry too: the writer lists each address once.
        const DcEntry &o = option->entry;
        const bool listed = std::any_of(session.dcs.begin(), session.dcs.end(), [&](const DcEntry &dc) {
            return dc.dcId == o.dcId && dc.flags == o.flags && dc.addr == o.addr;
        });
        if (!listed)
            session.dcs.push_back(std::move(option->entry));
    }
    if (generation != Generation::Legacy && flagNames)
        generation = Generation::Defaults;
    decoded.layout = generationText(generation);
    decoded.version = int(generation) + 1;
    if (dropped)
        decoded.warnings << Tr::tr("Some DC options carry an MTProxy secret or the this_port_only flag, which "
                                   "Feroscope does not keep; a copy written by Feroscope leaves them out (the app "
                                   "gets them back with its next help.getConfig).");
    if (saltLists)
        decoded.warnings << Tr::tr("The future server salts of each DC session are not kept (the app asks for new "
                                   "ones when it needs them); only each DC's current salt is.");
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

QByteArray writeJson(const Session &session)
{
    QByteArray out;
    out.reserve(2048);
    out += '{';
    if (session.account.apiId)
        out += "\"ApiId\":" + QByteArray::number(qint64(*session.account.apiId)) + ',';
    if (session.account.userId && *session.account.userId)
        out += "\"UserId\":" + QByteArray::number(qint64(*session.account.userId)) + ',';
    out += "\"MainDC\":" + QByteArray::number(session.homeDcId) + ",\"DCSessions\":{";
    QList<int> written; // a JSON object holds each DC key once: the first entry wins
    bool first = true;
    for (const DcEntry &dc : session.dcs) {
        if (!dc.authKey)
            continue;
        const bool media = dc.flags & DcFlag::MediaOnly;
        const int key = media ? -dc.dcId : dc.dcId;
        if (written.contains(key))
            continue;
        written << key;
        if (!first)
            out += ',';
        first = false;
        out += '"' + QByteArray::number(key) + "\":{\"AuthKey\":\"";
        QByteArray b64 = dc.authKey->view().toByteArray().toBase64();
        out += b64;
        secureWipe(b64);
        out += '"';
        if (!media && dc.dcId == session.homeDcId && session.account.userId && *session.account.userId)
            out += ",\"UserId\":" + QByteArray::number(qint64(*session.account.userId));
        if (dc.firstSalt)
            out += ",\"Salt\":" + QByteArray::number(qint64(dc.firstSalt));
        if (const auto address = splitAddress(dc.addr)) {
            out += ",\"DataCenter\":";
            appendOption(out, dc, *address);
        }
        if (session.account.layer && *session.account.layer)
            out += ",\"Layer\":" + QByteArray::number(*session.account.layer);
        out += '}';
    }
    // Every address, the DC sessions' own included (as the app's list holds
    // them), each once.
    out += "},\"DcOptions\":[";
    first = true;
    for (std::size_t i = 0; i < session.dcs.size(); ++i) {
        const DcEntry &dc = session.dcs[i];
        const auto address = splitAddress(dc.addr);
        const auto same = [&](const DcEntry &e) { return e.dcId == dc.dcId && e.flags == dc.flags && e.addr == dc.addr; };
        if (!address || std::any_of(session.dcs.begin(), session.dcs.begin() + qsizetype(i), same))
            continue;
        if (!first)
            out += ',';
        first = false;
        appendOption(out, dc, *address);
    }
    out += "]}";
    return out;
}

} // namespace fero::wtelegram
