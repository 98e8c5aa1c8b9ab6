#include "formats/grammers/grammerssqlite.h"

#include "base/address.h"
#include "formats/common/sqliteaccess.h"
#include "formats/common/sqlitecreate.h"
#include "formats/common/sqliterows.h"
#include "formats/grammers/grammersdcs.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <unordered_map>

namespace fero::grammerssqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GrammersSqlite)
};

using sqlite::Rows;

// grammers-session 0.8 sqlite.rs, migration v0 -> v1, byte for byte.
const char *const kSchema[] = {
    "CREATE TABLE dc_home (\n                dc_id INTEGER NOT NULL,\n                PRIMARY KEY(dc_id))",
    "CREATE TABLE dc_option (\n                dc_id INTEGER NOT NULL,\n                ipv4 TEXT NOT NULL,\n   "
    "             ipv6 TEXT NOT NULL,\n                auth_key BLOB,\n                PRIMARY KEY (dc_id))",
    "CREATE TABLE peer_info (\n                peer_id INTEGER NOT NULL,\n                hash INTEGER,\n         "
    "       subtype INTEGER,\n                PRIMARY KEY (peer_id))",
    "CREATE TABLE update_state (\n                pts INTEGER NOT NULL,\n                qts INTEGER NOT NULL,\n  "
    "              date INTEGER NOT NULL,\n                seq INTEGER NOT NULL)",
    "CREATE TABLE channel_state (\n                peer_id INTEGER NOT NULL,\n                pts INTEGER NOT "
    "NULL,\n                PRIMARY KEY (peer_id))",
};

// peer_info.subtype bits (§3).
constexpr int SubtypeSelf = 1, SubtypeBot = 2, SubtypeMegagroup = 4, SubtypeBroadcast = 8, SubtypeGigagroup = 12;

Error queryError(const QString &path, const QString &table, const Rows &rows)
{
    return Error::invalid(Tr::tr("Cannot read the %1 table of %2: %3").arg(table, path, rows.errorText()));
}

// "149.154.167.40:80" / "[2001:67c:4e8:f002::e]:80", as Rust's SocketAddr prints them.
bool parseSocket(const QString &text, bool ipv6, QString &host, std::uint16_t &port)
{
    const auto hp = splitAddress(text);
    if (!hp || !hp->literal || hp->ipv6 != ipv6)
        return false;
    host = hp->host;
    port = hp->port;
    return true;
}

Status readDcs(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT dc_id, ipv4, ipv6, auth_key FROM dc_option ORDER BY rowid"));
    while (row.next()) {
        grammers::GrammersDc dc;
        dc.id = row.value(0).toInt();
        if (!parseSocket(row.value(1).toString(), false, dc.ipv4, dc.port))
            return Error::invalid(Tr::tr("dc_option row of DC %1: ipv4 \"%2\" is not an IPv4 socket address.")
                                      .arg(dc.id)
                                      .arg(row.value(1).toString().left(64)));
        if (!parseSocket(row.value(2).toString(), true, dc.ipv6, dc.ipv6Port))
            return Error::invalid(Tr::tr("dc_option row of DC %1: ipv6 \"%2\" is not an IPv6 socket address.")
                                      .arg(dc.id)
                                      .arg(row.value(2).toString().left(64)));
        const QVariant keyValue = row.value(3);
        if (keyValue.isValid()) {
            QByteArray key = keyValue.toByteArray();
            dc.key = AuthKey::fromBytes(key);
            const qsizetype size = key.size();
            secureWipe(key);
            if (!dc.key)
                return Error::invalid(
                    Tr::tr("dc_option row of DC %1: auth_key is %2 bytes; an auth key has 256.").arg(dc.id).arg(size));
        }
        grammers::appendEntries(dc, session.dcs);
    }
    if (row.failed())
        return queryError(path, QStringLiteral("dc_option"), row);
    return {};
}

Status readPeers(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT peer_id, hash, subtype FROM peer_info ORDER BY rowid"));
    while (row.next()) {
        const std::int64_t marked = row.value(0).toLongLong();
        CachedPeer peer = unmarkPeerId(marked);
        peer.accessHash = row.value(1).toLongLong(); // NULL: unknown or zero (§3)
        const QVariant subtypeValue = row.value(2);
        const int subtype = subtypeValue.toInt();
        if (peer.isChannel) {
            switch (subtype & SubtypeGigagroup) {
            case SubtypeGigagroup:
                peer.channelKind = ChannelKind::Gigagroup;
                break;
            case SubtypeBroadcast:
                peer.channelKind = ChannelKind::Broadcast;
                break;
            case SubtypeMegagroup:
                peer.channelKind = ChannelKind::Megagroup;
                break;
            default:
                break; // NULL: kind not known
            }
        } else if (!peer.isChat && subtypeValue.isValid()) {
            // A user's subtype was known: keep its bot bit (and that it was set).
            ForeignPeerDetails details;
            details.markedId = marked;
            details.isBot = subtype & SubtypeBot;
            session.foreign.peers.push_back(details);
            if ((subtype & SubtypeSelf) && !session.account.userId) {
                session.account.userId = peer.id;
                session.account.isBot = bool(subtype & SubtypeBot);
            }
        }
        session.peers.push_back(peer);
    }
    if (row.failed())
        return queryError(path, QStringLiteral("peer_info"), row);
    return {};
}

Status readState(sqlite3 *db, const QString &path, Session &session)
{
    Rows state(db, QStringLiteral("SELECT pts, qts, date, seq FROM update_state"));
    if (state.next()) {
        UpdatesState &u = session.updates;
        u.pts = state.value(0).toInt();
        u.qts = state.value(1).toInt();
        u.date = state.value(2).toInt();
        u.seq = state.value(3).toInt();
    }
    if (state.failed())
        return queryError(path, QStringLiteral("update_state"), state);
    Rows channel(db, QStringLiteral("SELECT peer_id, pts FROM channel_state ORDER BY rowid"));
    while (channel.next())
        session.updates.channels.push_back({channel.value(0).toLongLong(), channel.value(1).toInt()});
    if (channel.failed())
        return queryError(path, QStringLiteral("channel_state"), channel);
    return {};
}

int userVersion(sqlite3 *db)
{
    Rows row(db, QStringLiteral("PRAGMA user_version"));
    return row.next() ? row.value(0).toInt() : 0;
}

Status fill(QSqlDatabase &db, const Session &session)
{
    for (const char *statement : kSchema)
        if (Status s = execSql(db, QString::fromLatin1(statement)); !s.ok())
            return s;
    if (Status s = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(UserVersion)); !s.ok())
        return s;
    if (Status s = execSql(db, QStringLiteral("INSERT INTO dc_home VALUES (?)"), {session.homeDcId}); !s.ok())
        return s;
    RepeatedSql insertDc(db, QStringLiteral("INSERT OR REPLACE INTO dc_option VALUES (?, ?, ?, ?)"));
    for (const grammers::GrammersDc &dc : grammers::grammersDcs(session)) {
        QByteArray key = dc.key ? dc.key->toByteArray() : QByteArray();
        Status s = insertDc.run({dc.id, joinAddress(dc.ipv4, dc.port), joinAddress(dc.ipv6, dc.ipv6Port),
                                 dc.key ? QVariant(key) : QVariant(QMetaType(QMetaType::QByteArray))});
        secureWipe(key);
        if (!s.ok())
            return s;
    }

    const auto details = detailsByMarkedId(session);
    const std::optional<std::int64_t> self = session.account.userId;
    bool selfWritten = false;
    RepeatedSql insertPeer(db, QStringLiteral("INSERT OR REPLACE INTO peer_info VALUES (?, ?, ?)"));
    const QVariant null;
    for (const CachedPeer *kept : keptInMarkedIdOrder(session)) {
        const CachedPeer &p = *kept;
        const std::int64_t marked = markedPeerId(p);
        if (p.isChannel && !p.isChat && p.id > MaxChannelId)
            continue; // grammers cannot key it (the loss report names it)
        QVariant subtype;
        if (p.isChat) {
        } else if (p.isChannel) {
            switch (p.channelKind) {
            case ChannelKind::Broadcast:
                subtype = SubtypeBroadcast;
                break;
            case ChannelKind::Megagroup:
                subtype = SubtypeMegagroup;
                break;
            case ChannelKind::Gigagroup:
                subtype = SubtypeGigagroup;
                break;
            case ChannelKind::None:
                break;
            }
        } else {
            const auto found = details.find(marked);
            const bool isSelf = self && *self == p.id;
            selfWritten = selfWritten || isSelf;
            if (isSelf)
                subtype = SubtypeSelf | (session.account.isBot.value_or(false) ? SubtypeBot : 0);
            else if (found != details.end())
                subtype = found->second->isBot ? SubtypeBot : 0;
        }
        const QVariant hash = p.accessHash && !p.isChat ? QVariant(qint64(p.accessHash)) : null;
        if (Status s = insertPeer.run({qint64(marked), hash, subtype}); !s.ok())
            return s;
    }
    // grammers finds its own user by the self bit: without a row the id is lost.
    if (self && !selfWritten)
        if (Status s = insertPeer.run(
                {qint64(*self), null, SubtypeSelf | (session.account.isBot.value_or(false) ? SubtypeBot : 0)});
            !s.ok())
            return s;

    const UpdatesState &u = session.updates;
    if (u.pts || u.qts || u.date || u.seq)
        if (Status s = execSql(db, QStringLiteral("INSERT INTO update_state VALUES (?, ?, ?, ?)"),
                               {u.pts, u.qts, u.date, u.seq});
            !s.ok())
            return s;
    RepeatedSql insertChannel(db, QStringLiteral("INSERT OR REPLACE INTO channel_state VALUES (?, ?)"));
    for (const ChannelPts &c : u.channels)
        if (Status s = insertChannel.run({qint64(c.channelId), c.pts}); !s.ok())
            return s;
    return {};
}

} // namespace

bool hasGrammersTables(const QStringList &tables)
{
    return tables.contains(u"dc_home") && tables.contains(u"dc_option") && tables.contains(u"peer_info");
}

QString recognise(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !sqlite::hasSqliteMagic(file.read(16)))
        return {};
    file.close();
    sqlite::Failure failure;
    const auto view = sqlite::ReadView::open(path, failure);
    if (!view)
        return {};
    const QStringList tables = sqlite::tableNames(view->handle(), failure, path);
    if (!hasGrammersTables(tables))
        return {};
    return Tr::tr("An SQLite database with grammers' dc_home, dc_option and peer_info tables (Telethon has "
                  "sessions/entities, Pyrogram peers with access_hash): a grammers SQLite session.");
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
    if (!hasGrammersTables(tables))
        return Error::invalid(
            Tr::tr("%1 is a SQLite database but not a grammers session (no dc_home, dc_option and peer_info tables).")
                .arg(path));
    DecodedSession decoded;
    decoded.format = Format::GrammersSqlite;
    decoded.version = userVersion(db);
    decoded.layout = Tr::tr("user_version %1").arg(decoded.version);
    if (decoded.version != UserVersion)
        decoded.warnings
            << Tr::tr("user_version is %1 (grammers 0.8 writes 1); read as version 1.").arg(decoded.version);
    Session session;
    session.homeDcId = 2; // an empty dc_home (§3)
    {
        Rows home(db, QStringLiteral("SELECT dc_id FROM dc_home"));
        if (home.next())
            session.homeDcId = home.value(0).toInt();
        if (home.failed())
            return queryError(path, QStringLiteral("dc_home"), home);
    }
    if (Status s = readDcs(db, path, session); !s.ok())
        return s.error();
    if (Status s = readPeers(db, path, session); !s.ok())
        return s.error();
    if (tables.contains(u"update_state") && tables.contains(u"channel_state"))
        if (Status s = readState(db, path, session); !s.ok())
            return s.error();
    grammers::addBuiltinHome(session, decoded.warnings);
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    if (Status s = grammers::requireHomeIpv4(session, formatDisplayName(Format::GrammersSqlite)); !s.ok())
        return s;
    return createSqliteFile(path, overwrite, [&](QSqlDatabase &db) { return fill(db, session); });
}

} // namespace fero::grammerssqlite
