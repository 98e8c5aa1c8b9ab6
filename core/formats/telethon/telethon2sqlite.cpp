#include "formats/telethon/telethon2sqlite.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/sqlitecreate.h"
#include "formats/common/sqliterows.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace fero::telethon2sqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Telethon2Sqlite)
};

using sqlite::Rows;

// Telethon 2's text (f15af530), byte for byte, so sqlite_master matches its files.
const char *const kSchema[] = {
    "CREATE TABLE version (\n                version integer primary key\n            )",
    "CREATE TABLE datacenter(\n                id integer primary key,\n                ipv4_addr text,\n       "
    "         ipv6_addr text,\n                auth blob\n            )",
    "CREATE TABLE user(\n                id integer primary key,\n                dc integer not null,\n          "
    "      bot integer not null,\n                username text\n            )",
    "CREATE TABLE state(\n                pts integer not null,\n                qts integer not null,\n         "
    "       date integer not null,\n                seq integer not null\n            )",
    "CREATE TABLE channelstate(\n                id integer primary key,\n                pts integer not null\n "
    "           )",
};

Error queryError(const QString &path, const QString &table, const Rows &rows)
{
    return Error::invalid(Tr::tr("Cannot read the %1 table of %2: %3").arg(table, path, rows.errorText()));
}

bool fitsInt32(qint64 value)
{
    return value >= std::numeric_limits<std::int32_t>::min() && value <= std::numeric_limits<std::int32_t>::max();
}

// "host:port" without brackets, IPv6 too: the port is after the last colon.
Result<DcEntry> addressEntry(int dcId, const QString &column, const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? text.sliced(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return Error::invalid(
            Tr::tr("datacenter row of DC %1: %2 \"%3\" is not host:port.").arg(dcId).arg(column, text));
    DcEntry dc;
    dc.dcId = dcId;
    const QString host = text.left(colon);
    dc.addr = joinAddress(host, std::uint16_t(port));
    if (host.contains(u':'))
        dc.flags |= DcFlag::Ipv6;
    return dc;
}

Status readDatacenters(sqlite3 *db, const QString &path, Session &session)
{
    Rows row(db, QStringLiteral("SELECT id, ipv4_addr, ipv6_addr, auth FROM datacenter"));
    std::set<qint64> seen;
    while (row.next()) {
        const qint64 id = row.value(0).toLongLong();
        if (!fitsInt32(id))
            return Error::invalid(Tr::tr("datacenter row: DC id %1 is out of range.").arg(id));
        seen.insert(id);
        std::optional<AuthKey> key;
        if (QByteArray blob = row.value(3).toByteArray(); !blob.isEmpty()) {
            key = AuthKey::fromBytes(blob);
            const qsizetype size = blob.size();
            secureWipe(blob); // the copy out of the row held the key
            if (!key)
                return Error::invalid(
                    Tr::tr("datacenter row of DC %1: auth is %2 bytes; an auth key has 256.").arg(id).arg(size));
        }
        bool keyPlaced = false;
        for (int column : {1, 2}) {
            const QVariant text = row.value(column);
            if (!text.isValid())
                continue;
            auto entry = addressEntry(int(id), column == 1 ? QStringLiteral("ipv4_addr") : QStringLiteral("ipv6_addr"),
                                      text.toString());
            if (!entry)
                return entry.error();
            if (!keyPlaced) // the DC's one key, on its first address
                entry->authKey = key;
            keyPlaced = true;
            session.dcs.push_back(std::move(*entry));
        }
        if (!keyPlaced && key) { // a key without an address: kept, shown without one
            DcEntry dc;
            dc.dcId = int(id);
            dc.authKey = key;
            session.dcs.push_back(std::move(dc));
        }
    }
    if (row.failed())
        return queryError(path, QStringLiteral("datacenter"), row);
    return {};
}

Status readUser(sqlite3 *db, const QString &path, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT id, dc, bot, username FROM user"));
    if (!row.next()) {
        if (row.failed())
            return queryError(path, QStringLiteral("user"), row);
        session.homeDcId = FallbackDcId;
        warnings << Tr::tr("No user row: the session is not logged in (or was upgraded from Telethon 1). Telethon 2 "
                           "then connects to DC %1 and uses its key, so DC %1 is shown as the home DC.")
                        .arg(FallbackDcId);
        return {};
    }
    const qint64 dc = row.value(1).toLongLong();
    if (!fitsInt32(dc))
        return Error::invalid(Tr::tr("user.dc is %1, not a DC id.").arg(dc));
    session.homeDcId = std::int32_t(dc);
    session.account.userId = row.value(0).toLongLong();
    session.account.isBot = row.value(2).toLongLong() != 0;
    if (const QVariant username = row.value(3); username.isValid())
        session.foreign.selfUsernames << username.toString();
    if (row.next())
        warnings << Tr::tr("The user table has more than one row; Telethon 2 reads only the first, and so did we.");
    return {};
}

Status readState(sqlite3 *db, const QString &path, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT pts, qts, date, seq FROM state"));
    if (row.next()) {
        const qint64 pts = row.value(0).toLongLong(), qts = row.value(1).toLongLong(), seq = row.value(3).toLongLong();
        const double date = row.value(2).toDouble(); // REAL after an upgrade from a fractional Telethon 1 date
        if (!fitsInt32(pts) || !fitsInt32(qts) || !fitsInt32(seq) || !std::isfinite(date)
            || !fitsInt32(qint64(std::trunc(std::clamp(date, -1e18, 1e18)))))
            return Error::invalid(Tr::tr("The state row of %1 holds values out of range (pts %2, qts %3, seq %4).")
                                      .arg(path)
                                      .arg(pts)
                                      .arg(qts)
                                      .arg(seq));
        session.updates.pts = std::int32_t(pts);
        session.updates.qts = std::int32_t(qts);
        session.updates.date = std::int32_t(std::trunc(date));
        session.updates.seq = std::int32_t(seq);
        session.foreign.updateDates.push_back({0, date});
        if (row.next())
            warnings << Tr::tr(
                "The state table has more than one row; Telethon 2 reads only the first, and so did we.");
    }
    if (row.failed())
        return queryError(path, QStringLiteral("state"), row);
    return {};
}

Status readChannels(sqlite3 *db, const QString &path, Session &session)
{
    Rows channel(db, QStringLiteral("SELECT id, pts FROM channelstate"));
    while (channel.next()) {
        const qint64 id = channel.value(0).toLongLong(), pts = channel.value(1).toLongLong();
        if (!fitsInt32(pts))
            return Error::invalid(Tr::tr("channelstate row of channel %1: pts %2 is out of range.").arg(id).arg(pts));
        session.updates.channels.push_back({id, std::int32_t(pts)});
    }
    if (channel.failed())
        return queryError(path, QStringLiteral("channelstate"), channel);
    return {};
}

int readVersion(sqlite3 *db)
{
    Rows query(db, QStringLiteral("SELECT version FROM version"));
    return query.next() ? query.value(0).toInt() : 0;
}

// "host:port" as Telethon 2 stores it: no brackets around an IPv6 host.
QVariant telethonAddress(const DcEntry *dc)
{
    if (!dc)
        return {};
    const auto hostPort = splitAddress(dc->addr);
    if (!hostPort)
        return {};
    return QStringLiteral("%1:%2").arg(hostPort->host).arg(hostPort->port);
}

struct DcRow {
    const DcEntry *ipv4 = nullptr, *ipv6 = nullptr;
    const AuthKey *key = nullptr;
};

// One row per DC id: its first IPv4 and IPv6 entries that are not
// media-only, CDN or static, and the first key of any of its entries.
std::map<std::int32_t, DcRow> dcRows(const Session &session)
{
    std::map<std::int32_t, DcRow> rows;
    for (const DcEntry &dc : session.dcs) {
        DcRow &row = rows[dc.dcId];
        if (!row.key && dc.authKey)
            row.key = &*dc.authKey;
        if (dc.flags & (DcFlag::MediaOnly | DcFlag::Cdn | DcFlag::Static))
            continue;
        const auto hostPort = splitAddress(dc.addr);
        if (!hostPort || hostPort->host.isEmpty())
            continue;
        const DcEntry *&slot = dc.isIpv6() ? row.ipv6 : row.ipv4;
        if (!slot)
            slot = &dc;
    }
    return rows;
}

Status fill(QSqlDatabase &db, const Session &session)
{
    for (const char *statement : kSchema)
        if (Status s = execSql(db, QString::fromLatin1(statement)); !s.ok())
            return s;
    if (Status s = execSql(db, QStringLiteral("INSERT INTO version VALUES (?)"), {SchemaVersion}); !s.ok())
        return s;
    RepeatedSql insertDc(db, QStringLiteral("INSERT INTO datacenter VALUES (?, ?, ?, ?)"));
    for (const auto &[id, row] : dcRows(session)) {
        QByteArray key = row.key ? row.key->toByteArray() : QByteArray();
        // Telethon 2 connects to ipv4_addr; its upgrade from Telethon 1 files a
        // lone IPv6 address there, and so do we.
        const bool loneIpv6 = !row.ipv4 && row.ipv6;
        Status s = insertDc.run({id, telethonAddress(loneIpv6 ? row.ipv6 : row.ipv4),
                                 telethonAddress(loneIpv6 ? nullptr : row.ipv6), row.key ? QVariant(key) : QVariant()});
        secureWipe(key);
        if (!s.ok())
            return s;
    }
    const AccountInfo &a = session.account;
    if (a.userId) {
        const QVariant username =
            session.foreign.selfUsernames.isEmpty() ? QVariant() : QVariant(session.foreign.selfUsernames.first());
        if (Status s = execSql(db, QStringLiteral("INSERT INTO user VALUES (?, ?, ?, ?)"),
                               {qint64(*a.userId), session.homeDcId, a.isBot.value_or(false) ? 1 : 0, username});
            !s.ok())
            return s;
    }
    const UpdatesState &u = session.updates;
    std::optional<double> stateDate;
    for (const ForeignUpdateDate &d : session.foreign.updateDates)
        if (d.id == 0 && !stateDate)
            stateDate = d.date;
    if (u.pts || u.qts || u.date || u.seq || stateDate)
        if (Status s = execSql(db, QStringLiteral("INSERT INTO state VALUES (?, ?, ?, ?)"),
                               {u.pts, u.qts, sqliteNumber(stateDate.value_or(u.date)), u.seq});
            !s.ok())
            return s;
    RepeatedSql insertChannel(db, QStringLiteral("INSERT OR REPLACE INTO channelstate VALUES (?, ?)"));
    for (const ChannelPts &c : u.channels) {
        if (c.channelId <= 0) // bare positive ids only (the loss report names these)
            continue;
        if (Status s = insertChannel.run({qint64(c.channelId), c.pts}); !s.ok())
            return s;
    }
    return {};
}

} // namespace

bool hasTelethon2Tables(sqlite3 *db, const QStringList &tables)
{
    return tables.contains(u"version") && tables.contains(u"datacenter") && tables.contains(u"channelstate")
           && !tables.contains(u"sessions")
           && sqlite3_table_column_metadata(db, "main", "version", "version", nullptr, nullptr, nullptr, nullptr,
                                            nullptr)
                  == SQLITE_OK;
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
    if (!hasTelethon2Tables(db, tables))
        return Error::invalid(Tr::tr("%1 is a SQLite database but not a Telethon 2 session (no version, datacenter "
                                     "and channelstate tables).")
                                  .arg(path));
    DecodedSession decoded;
    decoded.format = Format::Telethon2Sqlite;
    decoded.version = readVersion(db);
    decoded.layout = Tr::tr("Telethon 2, schema version %1").arg(decoded.version);
    if (decoded.version != SchemaVersion)
        decoded.warnings << Tr::tr("Schema version %1 (Telethon 2 writes 10 and refuses any other); we read it as it "
                                   "is.")
                                .arg(decoded.version);
    Session session;
    if (Status s = readDatacenters(db, path, session); !s.ok())
        return s.error();
    if (tables.contains(u"user")) {
        if (Status s = readUser(db, path, session, decoded.warnings); !s.ok())
            return s.error();
    } else {
        session.homeDcId = FallbackDcId;
    }
    if (tables.contains(u"state"))
        if (Status s = readState(db, path, session, decoded.warnings); !s.ok())
            return s.error();
    if (Status s = readChannels(db, path, session); !s.ok())
        return s.error();
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status preflight(const Session &session)
{
    if (!session.account.userId && session.homeDcId != FallbackDcId)
        return Error::refused(Tr::tr("Telethon 2 stores the home DC in its user row, which needs the user id: without "
                                     "one it would connect to DC %1, not DC %2. Give the account's user id with "
                                     "--user-id.")
                                  .arg(FallbackDcId)
                                  .arg(session.homeDcId));
    return {};
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    if (Status s = preflight(session); !s.ok())
        return s;
    return createSqliteFile(path, overwrite, [&](QSqlDatabase &db) { return fill(db, session); });
}

} // namespace fero::telethon2sqlite
