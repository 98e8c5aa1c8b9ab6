#include "formats/mtcute/mtcutesqlite.h"

#include "base/address.h"
#include "base/bytereader.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/foreignsession.h"
#include "formats/common/sqlitecreate.h"
#include "formats/common/sqliterows.h"
#include "formats/common/tlcodec.h"
#include "formats/mtcute/mtcutestring.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <map>
#include <unordered_map>

namespace fero::mtcutesqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MtcuteSqlite)
};

using sqlite::Rows;

// @mtcute/node 0.29.7's statements in migration order, byte for byte: the
// ALTER of migration peers v2 appends isMin to the peers text as mtcute's does.
const char *const kSchema[] = {
    "CREATE TABLE mtcute_migrations (\n    repo text not null primary key,\n    version integer not null\n)",
    "CREATE TABLE auth_keys (\n                    dc integer primary key,\n                    key blob not null\n    "
    "            )",
    "CREATE TABLE temp_auth_keys (\n                    dc integer not null,\n                    idx integer not "
    "null,\n                    key blob not null,\n                    expires integer not null,\n                    "
    "primary key (dc, idx)\n                )",
    "CREATE TABLE key_value (\n              key text primary key,\n              value blob not null\n          )",
    "CREATE TABLE message_refs (\n                    peer_id integer not null,\n                    chat_id integer "
    "not null,\n                    msg_id integer not null\n                )",
    "CREATE INDEX idx_message_refs_peer on message_refs (peer_id)",
    "CREATE INDEX idx_message_refs on message_refs (chat_id, msg_id)",
    "CREATE TABLE peers (\n                    id integer primary key,\n                    hash text not null,\n      "
    "              usernames json not null,\n                    updated integer not null,\n                    phone "
    "text,\n                    complete blob\n                )",
    "CREATE INDEX idx_peers_usernames on peers (usernames)",
    "CREATE INDEX idx_peers_phone on peers (phone)",
    "ALTER TABLE peers ADD COLUMN isMin integer not null default false",
};

// repo -> version, in the order mtcute records them.
const std::pair<const char *, int> kMigrations[] = {{"auth_keys", 1}, {"kv", 1}, {"ref_messages", 1}, {"peers", 2}};

constexpr std::uint32_t VectorId = 0x1cb5c415, FutureSaltId = 0x0949d9dc;
constexpr std::int32_t UserBot = 1, UserHasUsernames = 2, UserPremium = 4;
constexpr std::uint8_t StatePts = 1, StateQts = 2, StateDate = 4, StateSeq = 8;
const QString ChannelPrefix = QStringLiteral("updates_channel:");
const QString SaltsPrefix = QStringLiteral("salts:");

bool fitsInt32(qint64 value)
{
    return value >= std::numeric_limits<std::int32_t>::min() && value <= std::numeric_limits<std::int32_t>::max();
}

Error queryError(const QString &path, const QString &table, const Rows &rows)
{
    return Error::invalid(Tr::tr("Cannot read the %1 table of %2: %3").arg(table, path, rows.errorText()));
}

Error badValue(const QString &key, const QString &why)
{
    return Error::invalid(Tr::tr("The key_value entry %1 is not what mtcute writes: %2").arg(key, why));
}

Result<mtcutestring::DcOption> parseDc(const QString &key, const QByteArray &value)
{
    ByteReader reader(value);
    std::uint8_t version = 0, dcId = 0, flags = 0;
    reader.le(version, "version");
    reader.le(dcId, "dc_id");
    reader.le(flags, "flags");
    QByteArray address;
    tl::readBytes(reader, address, "address");
    mtcutestring::DcOption dc;
    reader.le(dc.port, "port");
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, Tr::tr("key_value entry %1").arg(key)));
    if (version != 1 && version != 2)
        return badValue(key, Tr::tr("version %1 (mtcute knows 1 and 2)").arg(version));
    if (dc.port < 0 || dc.port > 65535)
        return badValue(key, Tr::tr("port %1").arg(dc.port));
    dc.dcId = dcId;
    dc.flags = version == 1 ? std::uint8_t(flags & ~mtcutestring::DcOptionTest) : flags; // v1 has no test flag
    dc.address = QString::fromUtf8(address);
    return dc;
}

std::optional<std::int32_t> int32Value(const QByteArray &value)
{
    if (value.size() != 4)
        return std::nullopt;
    ByteReader reader(value);
    std::int32_t out = 0;
    reader.le(out, "value");
    return out;
}

Status parseCurrentUser(const QByteArray &value, Session &session)
{
    if (value.isEmpty()) // logged out
        return {};
    ByteReader reader(value);
    std::int32_t version = 0, flags = 0;
    std::int64_t id = 0;
    reader.le(version, "version");
    reader.le(flags, "flags");
    reader.le(id, "user_id");
    QStringList usernames;
    if (flags & UserHasUsernames) {
        std::int32_t count = 0;
        reader.le(count, "usernames");
        for (std::int32_t i = 0; i < count && !reader.failed(); ++i) {
            QByteArray name;
            if (tl::readBytes(reader, name, "username"))
                usernames << QString::fromUtf8(name);
        }
    }
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, Tr::tr("key_value entry current_user")));
    if (version != 1)
        return badValue(QStringLiteral("current_user"), Tr::tr("version %1 (mtcute writes 1)").arg(version));
    session.account.userId = id;
    session.account.isBot = (flags & UserBot) != 0;
    session.foreign.selfPremium = (flags & UserPremium) != 0;
    session.foreign.selfUsernames = usernames;
    return {};
}

Result<ForeignSalts> parseSalts(const QString &key, const QByteArray &value)
{
    ForeignSalts out;
    out.dcId = key.sliced(SaltsPrefix.size()).toInt();
    ByteReader reader(value);
    std::uint32_t vector = 0;
    std::int32_t count = 0;
    reader.le(vector, "vector");
    reader.le(count, "count");
    if (!reader.failed() && (vector != VectorId || count < 0 || count > value.size() / 20))
        return badValue(key, Tr::tr("not a Vector<mt_future_salt>"));
    for (std::int32_t i = 0; i < count && !reader.failed(); ++i) {
        std::uint32_t id = 0;
        ForeignSalt salt;
        reader.le(id, "mt_future_salt");
        reader.le(salt.validSince, "valid_since");
        reader.le(salt.validUntil, "valid_until");
        reader.le(salt.salt, "salt");
        if (!reader.failed() && id != FutureSaltId)
            return badValue(key, Tr::tr("entry %1 is not an mt_future_salt").arg(i));
        out.salts.push_back(salt);
    }
    if (reader.failed())
        return Error::invalid(tl::cutShortMessage(reader, Tr::tr("key_value entry %1").arg(key)));
    if (!reader.atEnd())
        return badValue(key, Tr::tr("%1 bytes left over").arg(reader.remaining()));
    return out;
}

// A decimal id as mtcute writes it ("12", never "012" or "+12"): any other
// spelling is another key to mtcute, left out with the unknown ones.
bool canonicalNumber(const QString &text, bool dcId = false)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && QString::number(value) == text && (!dcId || fitsInt32(value));
}

struct KeyValues {
    std::optional<mtcutestring::DcOption> main, media;
    QStringList unknown;
};

Status readKeyValue(sqlite3 *db, const QString &path, Session &session, KeyValues &kv)
{
    Rows row(db, QStringLiteral("SELECT key, value FROM key_value"));
    UpdatesState &u = session.updates;
    std::uint8_t stateKeys = 0;
    while (row.next()) {
        const QString key = row.value(0).toString();
        const QByteArray value = row.value(1).toByteArray();
        if (key == u"dc_main" || key == u"dc_media") {
            auto dc = parseDc(key, value);
            if (!dc)
                return dc.error();
            (key == u"dc_main" ? kv.main : kv.media) = *dc;
        } else if (key == u"current_user") {
            if (Status s = parseCurrentUser(value, session); !s.ok())
                return s;
        } else if (key.startsWith(u"updates_")
                   && QStringList{QStringLiteral("updates_pts"), QStringLiteral("updates_qts"),
                                  QStringLiteral("updates_date"), QStringLiteral("updates_seq")}
                          .contains(key)) {
            const auto number = int32Value(value);
            if (!number)
                return badValue(key, Tr::tr("%1 bytes where mtcute writes 4").arg(value.size()));
            const std::pair<std::int32_t *, std::uint8_t> slot = key == u"updates_pts"   ? std::pair{&u.pts, StatePts}
                                                                 : key == u"updates_qts" ? std::pair{&u.qts, StateQts}
                                                                 : key == u"updates_date"
                                                                     ? std::pair{&u.date, StateDate}
                                                                     : std::pair{&u.seq, StateSeq};
            *slot.first = *number;
            stateKeys |= slot.second;
        } else if (key.startsWith(ChannelPrefix) && canonicalNumber(key.sliced(ChannelPrefix.size()))) {
            bool ok = false;
            const qint64 id = key.sliced(ChannelPrefix.size()).toLongLong(&ok);
            const auto pts = int32Value(value); // uint32 in mtcute; the same 32 bits here
            if (!ok || !pts)
                return badValue(key, Tr::tr("not a channel id with a 4-byte pts"));
            u.channels.push_back({id, *pts});
        } else if (key.startsWith(SaltsPrefix) && canonicalNumber(key.sliced(SaltsPrefix.size()), true)) {
            auto salts = parseSalts(key, value);
            if (!salts)
                return salts.error();
            session.foreign.salts.push_back(std::move(*salts));
        } else {
            kv.unknown << key;
        }
    }
    if (row.failed())
        return queryError(path, QStringLiteral("key_value"), row);
    session.foreign.stateKeys = stateKeys;
    return {};
}

// auth_keys: the main DC's key on its entry; another DC's on the media entry
// when it is that DC, else on an entry without an address.
Status readAuthKeys(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT dc, key FROM auth_keys"));
    while (row.next()) {
        const qint64 dcId = row.value(0).toLongLong();
        if (!fitsInt32(dcId))
            return Error::invalid(Tr::tr("auth_keys row: DC id %1 is out of range.").arg(dcId));
        QByteArray blob = row.value(1).toByteArray();
        std::optional<AuthKey> key = AuthKey::fromBytes(blob);
        const qsizetype size = blob.size();
        secureWipe(blob);
        if (!key)
            return Error::invalid(
                Tr::tr("auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.").arg(dcId).arg(size));
        DcEntry *holder = nullptr;
        for (DcEntry &dc : session.dcs)
            if (dc.dcId == dcId && !holder && !dc.authKey)
                holder = &dc;
        if (!holder) {
            DcEntry dc;
            dc.dcId = std::int32_t(dcId);
            session.dcs.push_back(std::move(dc));
            holder = &session.dcs.back();
        }
        holder->authKey = std::move(key);
    }
    if (row.failed())
        return queryError(path, QStringLiteral("auth_keys"), row);
    return {};
}

Status readTempKeys(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT dc, idx, key, expires FROM temp_auth_keys"));
    while (row.next()) {
        if (!fitsInt32(row.value(0).toLongLong()) || !fitsInt32(row.value(1).toLongLong()))
            return Error::invalid(Tr::tr("temp_auth_keys row: DC %1, index %2 is out of range.")
                                      .arg(row.value(0).toLongLong())
                                      .arg(row.value(1).toLongLong()));
        QByteArray blob = row.value(2).toByteArray();
        std::optional<AuthKey> key = AuthKey::fromBytes(blob);
        const qsizetype size = blob.size();
        secureWipe(blob);
        if (!key)
            return Error::invalid(Tr::tr("temp_auth_keys row of DC %1: the key is %2 bytes; an auth key has 256.")
                                      .arg(row.value(0).toLongLong())
                                      .arg(size));
        session.foreign.tempKeys.push_back(
            {row.value(0).toInt(), row.value(1).toInt(), *key, row.value(3).toLongLong()});
    }
    if (row.failed())
        return queryError(path, QStringLiteral("temp_auth_keys"), row);
    return {};
}

// "<low>|<high>": the two signed 32-bit halves in decimal; "" for basic groups.
std::optional<std::int64_t> parseHash(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const qsizetype bar = text.indexOf(u'|');
    bool lowOk = false, highOk = false;
    const std::int32_t low = text.left(bar).toInt(&lowOk);
    const std::int32_t high = bar < 0 ? 0 : text.sliced(bar + 1).toInt(&highOk);
    if (!lowOk || !highOk)
        return std::nullopt;
    return std::int64_t((std::uint64_t(std::uint32_t(high)) << 32) | std::uint32_t(low));
}

QString hashText(const CachedPeer &peer)
{
    if (peer.isChat)
        return QStringLiteral(""); // empty, not NULL: the column is NOT NULL
    const std::uint64_t h = std::uint64_t(peer.accessHash);
    return QStringLiteral("%1|%2").arg(std::int32_t(std::uint32_t(h))).arg(std::int32_t(std::uint32_t(h >> 32)));
}

Status readPeers(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT * FROM peers"));
    while (row.next()) {
        const qint64 marked = row.value(QStringLiteral("id")).toLongLong();
        const auto hash = parseHash(row.value(QStringLiteral("hash")).toString());
        if (!hash)
            return Error::invalid(Tr::tr("peers row %1: the hash \"%2\" is not \"<low>|<high>\".")
                                      .arg(marked)
                                      .arg(row.value(QStringLiteral("hash")).toString()));
        const QJsonDocument names = QJsonDocument::fromJson(row.value(QStringLiteral("usernames")).toByteArray());
        if (!names.isArray())
            return Error::invalid(Tr::tr("peers row %1: usernames is not a JSON list.").arg(marked));
        CachedPeer peer = unmarkPeerId(marked);
        peer.accessHash = peer.isChat ? 0 : *hash; // mtcute builds inputPeerChat without one
        session.peers.push_back(peer);
        ForeignPeerDetails details;
        details.markedId = marked;
        for (const QJsonValue &name : names.array())
            details.usernames << name.toString();
        if (!details.usernames.isEmpty())
            details.username = details.usernames.first();
        details.phone = optionalText(row.value(QStringLiteral("phone")));
        details.date = double(row.value(QStringLiteral("updated")).toLongLong());
        details.dateInMilliseconds = true;
        details.isMin = row.value(QStringLiteral("isMin")).toLongLong() != 0;
        details.complete = row.value(QStringLiteral("complete")).toByteArray();
        session.foreign.peers.push_back(std::move(details));
    }
    if (row.failed())
        return queryError(path, QStringLiteral("peers"), row);
    return {};
}

Status readMessageRefs(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT peer_id, chat_id, msg_id FROM message_refs"));
    while (row.next()) {
        const qint64 msgId = row.value(2).toLongLong();
        if (!fitsInt32(msgId))
            return Error::invalid(Tr::tr("message_refs row: message id %1 is out of range.").arg(msgId));
        session.minPeers.push_back({row.value(0).toLongLong(), row.value(1).toLongLong(), std::int32_t(msgId)});
    }
    if (row.failed())
        return queryError(path, QStringLiteral("message_refs"), row);
    return {};
}

QString migrationsText(sqlite3 *db, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT repo, version FROM mtcute_migrations"));
    std::map<QString, int> found;
    while (row.next())
        found[row.value(0).toString()] = row.value(1).toInt();
    QStringList parts, outdated;
    for (const auto &[repo, version] : kMigrations) {
        const auto it = found.find(QLatin1String(repo));
        parts << QStringLiteral("%1 %2").arg(QLatin1String(repo)).arg(it == found.end() ? 0 : it->second);
        if (it == found.end() || it->second != version)
            outdated << QLatin1String(repo);
    }
    if (!outdated.isEmpty())
        warnings << Tr::tr("mtcute would migrate this database on open (%1 not at the version 0.29.7 writes); we read "
                           "it as it is.")
                        .arg(outdated.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

bool isWal(sqlite3 *db)
{
    Rows row(db, QStringLiteral("PRAGMA journal_mode"));
    return row.next() && row.value(0).toString() == u"wal";
}

QByteArray int32Bytes(std::int32_t value)
{
    QByteArray out;
    tl::appendInt32(out, value);
    return out;
}

QByteArray currentUserBytes(const Session &session)
{
    const QStringList &names = session.foreign.selfUsernames;
    QByteArray out;
    tl::appendInt32(out, 1);
    tl::appendInt32(out, (session.account.isBot.value_or(false) ? UserBot : 0)
                             | (names.isEmpty() ? 0 : UserHasUsernames)
                             | (session.foreign.selfPremium.value_or(false) ? UserPremium : 0));
    tl::appendInt64(out, *session.account.userId);
    if (!names.isEmpty()) {
        tl::appendInt32(out, std::int32_t(names.size()));
        for (const QString &name : names)
            tl::appendBytes(out, name.toUtf8());
    }
    return out;
}

QByteArray saltsBytes(const ForeignSalts &salts)
{
    QByteArray out;
    tl::appendInt32(out, std::int32_t(VectorId));
    tl::appendInt32(out, std::int32_t(salts.salts.size()));
    for (const ForeignSalt &s : salts.salts) {
        tl::appendInt32(out, std::int32_t(FutureSaltId));
        tl::appendInt32(out, s.validSince);
        tl::appendInt32(out, s.validUntil);
        tl::appendInt64(out, s.salt);
    }
    return out;
}

// The usernames mtcute files a peer under, lowercase as it stores them.
QByteArray usernamesJson(const ForeignPeerDetails *details)
{
    QJsonArray names;
    if (details && !details->usernames.isEmpty())
        for (const QString &name : details->usernames)
            names.append(name); // as mtcute stored them
    else if (details && details->username && !details->username->isEmpty())
        names.append(details->username->toLower());
    return QJsonDocument(names).toJson(QJsonDocument::Compact);
}

} // namespace

const DcEntry *mediaDc(const Session &session, const DcEntry *main)
{
    return mtcutestring::chooseMediaDc(session, main);
}

namespace {

Status fill(QSqlDatabase &db, const Session &session)
{
    for (const char *statement : kSchema)
        if (Status s = execSql(db, QString::fromLatin1(statement)); !s.ok())
            return s;
    for (const auto &[repo, version] : kMigrations)
        if (Status s = execSql(db, QStringLiteral("INSERT INTO mtcute_migrations VALUES (?, ?)"),
                               {QString::fromLatin1(repo), version});
            !s.ok())
            return s;

    std::map<std::int32_t, const AuthKey *> keys; // one per DC number, the first
    for (const DcEntry &dc : session.dcs)
        if (dc.authKey)
            keys.try_emplace(dc.dcId, &*dc.authKey);
    RepeatedSql insertKey(db, QStringLiteral("INSERT INTO auth_keys VALUES (?, ?)"));
    for (const auto &[dcId, key] : keys) {
        QByteArray bytes = key->toByteArray();
        Status s = insertKey.run({dcId, bytes});
        secureWipe(bytes);
        if (!s.ok())
            return s;
    }
    RepeatedSql insertTemp(db, QStringLiteral("INSERT OR REPLACE INTO temp_auth_keys VALUES (?, ?, ?, ?)"));
    for (const ForeignTempKey &t : session.foreign.tempKeys) {
        QByteArray bytes = t.key.toByteArray();
        Status s = insertTemp.run({t.dcId, t.index, bytes, qint64(t.expires)});
        secureWipe(bytes);
        if (!s.ok())
            return s;
    }

    RepeatedSql insertValue(db, QStringLiteral("INSERT OR REPLACE INTO key_value VALUES (?, ?)"));
    const auto put = [&](const QString &key, const QByteArray &value) { return insertValue.run({key, value}); };
    const DcEntry *main = keptHomeEntry(session);
    const bool testMode = foreign::effectiveTestMode(session, main);
    if (Status s = put(QStringLiteral("dc_main"), mtcutestring::dcOption(*main, *splitAddress(main->addr), testMode));
        !s.ok())
        return s;
    if (const DcEntry *media = mediaDc(session, main))
        if (Status s =
                put(QStringLiteral("dc_media"), mtcutestring::dcOption(*media, *splitAddress(media->addr), testMode));
            !s.ok())
            return s;
    for (const ForeignSalts &salts : session.foreign.salts)
        if (Status s = put(SaltsPrefix + QString::number(salts.dcId), saltsBytes(salts)); !s.ok())
            return s;
    if (session.account.userId)
        if (Status s = put(QStringLiteral("current_user"), currentUserBytes(session)); !s.ok())
            return s;
    const UpdatesState &u = session.updates;
    const std::uint8_t stateKeys = session.foreign.stateKeys.value_or(
        u.pts || u.qts || u.date || u.seq ? StatePts | StateQts | StateDate | StateSeq : 0);
    const std::pair<const char *, std::pair<std::int32_t, std::uint8_t>> counters[] = {
        {"updates_pts", {u.pts, StatePts}},
        {"updates_qts", {u.qts, StateQts}},
        {"updates_date", {u.date, StateDate}},
        {"updates_seq", {u.seq, StateSeq}}};
    for (const auto &[key, value] : counters)
        if (stateKeys & value.second)
            if (Status s = put(QLatin1String(key), int32Bytes(value.first)); !s.ok())
                return s;
    for (const ChannelPts &c : u.channels) {
        if (c.channelId <= 0) // bare positive ids only (the loss report names these)
            continue;
        if (Status s = put(ChannelPrefix + QString::number(c.channelId), int32Bytes(c.pts)); !s.ok())
            return s;
    }

    const auto details = detailsByMarkedId(session);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RepeatedSql insertPeer(db, QStringLiteral("INSERT OR REPLACE INTO peers VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const CachedPeer *peer : keptInMarkedIdOrder(session)) {
        const std::int64_t marked = markedPeerId(*peer);
        const auto found = details.find(marked);
        const ForeignPeerDetails *d = found == details.end() ? nullptr : found->second;
        const auto updated = d ? d->dateMilliseconds() : std::nullopt;
        Status s =
            insertPeer.run({qint64(marked), hashText(*peer), QString::fromUtf8(usernamesJson(d)),
                            updated ? qint64(*updated) : now, d && d->phone ? QVariant(*d->phone) : QVariant(),
                            d && !d->complete.isEmpty() ? QVariant(d->complete) : QVariant(), d && d->isMin ? 1 : 0});
        if (!s.ok())
            return s;
    }
    RepeatedSql insertRef(db, QStringLiteral("INSERT INTO message_refs VALUES (?, ?, ?)"));
    for (const MinPeer &m : session.minPeers)
        if (Status s = insertRef.run({qint64(m.userId), qint64(m.peerId), m.msgId}); !s.ok())
            return s;
    return {};
}

} // namespace

bool hasMtcuteTables(const QStringList &tables)
{
    return tables.contains(u"mtcute_migrations") && tables.contains(u"auth_keys") && tables.contains(u"key_value");
}

QStringList schema()
{
    QStringList out;
    for (const char *statement : kSchema)
        out << QString::fromLatin1(statement);
    return out;
}

Result<DecodedSession> read(const QString &path)
{
    auto view = sqlite::openReadView(path);
    if (!view)
        return view.error();
    sqlite3 *db = (*view)->handle();
    sqlite::Failure failure;
    const QStringList tables = sqlite::tableNames(db, failure, path);
    if (failure.problem != sqlite::Problem::None)
        return Error::invalid(failure.message);
    return read(db, tables, path);
}

Result<DecodedSession> read(sqlite3 *db, const QStringList &tables, const QString &path)
{
    if (!hasMtcuteTables(tables))
        return Error::invalid(Tr::tr("%1 is a SQLite database but not an mtcute storage (no mtcute_migrations, "
                                     "auth_keys and key_value tables).")
                                  .arg(path));
    DecodedSession decoded;
    decoded.format = Format::MtcuteSqlite;
    const QString migrations = migrationsText(db, decoded.warnings);
    decoded.layout = Tr::tr("mtcute storage (migrations: %1), %2 journal")
                         .arg(migrations, isWal(db) ? QStringLiteral("WAL") : Tr::tr("rollback"));
    Session session;
    KeyValues kv;
    if (Status s = readKeyValue(db, path, session, kv); !s.ok())
        return s.error();
    if (!kv.main)
        return Error::invalid(Tr::tr("%1 is an mtcute storage without a main DC (no dc_main key): no session was "
                                     "saved in it.")
                                  .arg(path));
    session.homeDcId = kv.main->dcId;
    session.account.testMode = (kv.main->flags & mtcutestring::DcOptionTest) != 0;
    session.dcs.push_back(mtcutestring::dcEntry(*kv.main));
    if (kv.media)
        session.dcs.push_back(mtcutestring::dcEntry(*kv.media));
    if (Status s = readAuthKeys(db, path, session); !s.ok())
        return s.error();
    if (tables.contains(u"temp_auth_keys"))
        if (Status s = readTempKeys(db, path, session); !s.ok())
            return s.error();
    if (tables.contains(u"peers"))
        if (Status s = readPeers(db, path, session); !s.ok())
            return s.error();
    if (tables.contains(u"message_refs"))
        if (Status s = readMessageRefs(db, path, session); !s.ok())
            return s.error();
    if (!session.dcs.front().authKey)
        decoded.warnings
            << Tr::tr("auth_keys holds no key for the main DC %1: the session is not logged in.").arg(session.homeDcId);
    if (!session.foreign.tempKeys.empty())
        decoded.warnings << Tr::tr("%n temporary (PFS) auth key(s) are stored beside the permanent ones; they are "
                                   "shown, never used as the login.",
                                   nullptr, int(session.foreign.tempKeys.size()));
    if (const std::uint8_t keys = session.foreign.stateKeys.value_or(0); keys && keys != 0x0F)
        decoded.warnings << Tr::tr("Only some of updates_pts, updates_qts, updates_date and updates_seq are stored: "
                                   "mtcute reads no update state from this file.");
    if (!kv.unknown.isEmpty())
        decoded.warnings << Tr::tr("key_value entries Feroscope does not know were left out: %1.")
                                .arg(kv.unknown.join(QStringLiteral(", ")));
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    const DcEntry *main = keptHomeEntry(session);
    const auto hostPort = main ? splitAddress(main->addr) : std::nullopt;
    if (!hostPort || hostPort->host.isEmpty())
        return Error::refused(
            Tr::tr("mtcute stores the main DC's address and port, and DC %1 has none.").arg(session.homeDcId));
    return createSqliteFile(
        path, overwrite, [&](QSqlDatabase &db) { return fill(db, session); }, JournalMode::Wal);
}

} // namespace fero::mtcutesqlite
