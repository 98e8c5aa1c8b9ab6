#include "formats/telethon/telethonsqlite.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/sqlitecreate.h"
#include "formats/common/sqliterows.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <set>
#include <tuple>
#include <unordered_map>

namespace fero::telethonsqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TelethonSqlite)
};

using sqlite::Rows;

Error queryError(const QString &path, const QString &table, const Rows &rows)
{
    return Error::invalid(Tr::tr("Cannot read the %1 table of %2: %3").arg(table, path, rows.errorText()));
}

// Telethon 1.25.1's text, byte for byte, so sqlite_master matches its files.
const char *const kSchema[] = {
    "CREATE TABLE version (version integer primary key)",
    "CREATE TABLE sessions (\n                    dc_id integer primary key,\n                    server_address "
    "text,\n                    port integer,\n                    auth_key blob,\n                    takeout_id "
    "integer\n                )",
    "CREATE TABLE entities (\n                    id integer primary key,\n                    hash integer not "
    "null,\n                    username text,\n                    phone integer,\n                    name text,\n"
    "                    date integer\n                )",
    "CREATE TABLE sent_files (\n                    md5_digest blob,\n                    file_size integer,\n       "
    "             type integer,\n                    id integer,\n                    hash integer,\n             "
    "       primary key(md5_digest, file_size, type)\n                )",
    "CREATE TABLE update_state (\n                    id integer primary key,\n                    pts integer,\n  "
    "                  qts integer,\n                    date integer,\n                    seq integer\n          "
    "      )",
};

Status readSessionRow(sqlite3 *db, const QString &path, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT * FROM sessions"));
    if (!row.next()) {
        if (row.failed())
            return queryError(path, QStringLiteral("sessions"), row);
        return Error::invalid(Tr::tr("This Telethon database holds no session yet (the sessions table is empty)."));
    }
    DcEntry dc;
    dc.dcId = row.value(QStringLiteral("dc_id")).toInt();
    const QString host = row.value(QStringLiteral("server_address")).toString();
    const int port = row.value(QStringLiteral("port")).toInt();
    if (port < 0 || port > 65535)
        return Error::invalid(Tr::tr("sessions.port is %1, not a port number.").arg(port));
    dc.addr = joinAddress(host, std::uint16_t(port));
    if (host.contains(u':'))
        dc.flags |= DcFlag::Ipv6;
    QByteArray key = row.value(QStringLiteral("auth_key")).toByteArray();
    if (!key.isEmpty()) { // an empty blob means "no key yet" (§3)
        dc.authKey = AuthKey::fromBytes(key);
        const qsizetype keySize = key.size();
        secureWipe(key); // the blob copied out of the row held the key
        if (!dc.authKey)
            return Error::invalid(Tr::tr("sessions.auth_key is %1 bytes; an auth key has 256.").arg(keySize));
    }
    if (const QVariant takeout = row.value(QStringLiteral("takeout_id")); takeout.isValid())
        session.account.takeoutId = takeout.toLongLong();
    session.homeDcId = dc.dcId;
    session.dcs.push_back(std::move(dc));
    if (row.next())
        warnings << Tr::tr("The sessions table has more than one row; Telethon reads only the first, and so did we.");
    return {};
}

// Rows whose key an earlier row of the same table already had. Telethon's
// schema makes the keys primary keys and looks rows up by key (fetchone):
// only the first row for a key counts. Per table, for one warning.
struct Repeats {
    QStringList tables; // "entities 2", ...
    void note(const char *table, int count)
    {
        if (count)
            tables << QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(count);
    }
};

Status readEntities(sqlite3 *db, const QString &path, Session &session, Repeats &repeats)
{
    Rows row(db, QStringLiteral("SELECT * FROM entities"));
    std::set<std::int64_t> seen;
    int repeated = 0;
    while (row.next()) {
        const std::int64_t marked = row.value(QStringLiteral("id")).toLongLong();
        if (!seen.insert(marked).second) {
            ++repeated;
            continue;
        }
        CachedPeer peer = unmarkPeerId(marked);
        peer.accessHash = row.value(QStringLiteral("hash")).toLongLong();
        session.peers.push_back(peer);
        ForeignPeerDetails details;
        details.markedId = marked;
        details.username = optionalText(row.value(QStringLiteral("username")));
        details.phone = optionalText(row.value(QStringLiteral("phone"))); // INTEGER or TEXT (§3)
        details.name = optionalText(row.value(QStringLiteral("name")));
        if (const QVariant date = row.value(QStringLiteral("date")); date.isValid())
            details.date = date.toDouble();
        session.foreign.peers.push_back(std::move(details));
    }
    if (row.failed())
        return queryError(path, QStringLiteral("entities"), row);
    repeats.note("entities", repeated);
    return {};
}

Status readUpdateState(sqlite3 *db, const QString &path, Session &session, Repeats &repeats)
{
    Rows query(db, QStringLiteral("SELECT id, pts, qts, date, seq FROM update_state"));
    std::set<std::int64_t> seen;
    int repeated = 0;
    while (query.next()) {
        const std::int64_t id = query.value(0).toLongLong();
        if (!seen.insert(id).second) {
            ++repeated;
            continue;
        }
        const double date = query.value(3).toDouble(); // REAL when fractional (§3)
        if (id == 0) {
            session.updates.pts = query.value(1).toInt();
            session.updates.qts = query.value(2).toInt();
            session.updates.date = std::int32_t(std::trunc(date));
            session.updates.seq = query.value(4).toInt();
        } else {
            session.updates.channels.push_back({id, query.value(1).toInt()});
        }
        session.foreign.updateDates.push_back({id, date});
    }
    if (query.failed())
        return queryError(path, QStringLiteral("update_state"), query);
    repeats.note("update_state", repeated);
    return {};
}

Status readSentFiles(sqlite3 *db, const QString &path, Session &session, Repeats &repeats)
{
    Rows query(db, QStringLiteral("SELECT md5_digest, file_size, type, id, hash FROM sent_files"));
    std::set<std::tuple<QByteArray, std::int64_t, std::int32_t>> seen;
    int repeated = 0;
    while (query.next()) {
        ForeignSentFile file{query.value(0).toByteArray(), query.value(1).toLongLong(), query.value(2).toInt(),
                             query.value(3).toLongLong(), query.value(4).toLongLong()};
        if (!seen.insert({file.md5Digest, file.fileSize, file.type}).second) {
            ++repeated;
            continue;
        }
        session.foreign.sentFiles.push_back(std::move(file));
    }
    if (query.failed())
        return queryError(path, QStringLiteral("sent_files"), query);
    repeats.note("sent_files", repeated);
    return {};
}

int readVersion(sqlite3 *db)
{
    Rows query(db, QStringLiteral("SELECT version FROM version"));
    return query.next() ? query.value(0).toInt() : 0;
}

// The source's update_state dates by row id (0: the account's row); the
// first row of a repeated id, as the reader keeps it.
std::unordered_map<std::int64_t, double> updateDatesById(const Session &session)
{
    std::unordered_map<std::int64_t, double> dates;
    dates.reserve(session.foreign.updateDates.size());
    for (const ForeignUpdateDate &d : session.foreign.updateDates)
        dates.try_emplace(d.id, d.date);
    return dates;
}

Status fill(QSqlDatabase &db, const Session &session)
{
    for (const char *statement : kSchema)
        if (Status s = execSql(db, QString::fromLatin1(statement)); !s.ok())
            return s;
    if (Status s = execSql(db, QStringLiteral("INSERT INTO version VALUES (?)"), {SchemaVersion}); !s.ok())
        return s;

    const DcEntry *dc = keptHomeEntry(session);
    const auto hostPort = splitAddress(dc->addr);
    const QVariant takeout = session.account.takeoutId ? QVariant(qint64(*session.account.takeoutId)) : QVariant();
    QByteArray key = dc->authKey ? dc->authKey->toByteArray() : QByteArray("");
    Status s = execSql(db, QStringLiteral("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)"),
                       {session.homeDcId, hostPort->host, int(hostPort->port), key, takeout});
    secureWipe(key); // the bound copy is gone with the query
    if (!s.ok())
        return s;

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto details = detailsByMarkedId(session);
    RepeatedSql insertEntity(db, QStringLiteral("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?)"));
    for (const CachedPeer *kept : keptInMarkedIdOrder(session)) {
        const CachedPeer &peer = *kept;
        const std::int64_t marked = markedPeerId(peer);
        const auto found = details.find(marked);
        const ForeignPeerDetails *d = found == details.end() ? nullptr : found->second;
        const auto text = [](const std::optional<QString> &v) { return v ? QVariant(*v) : QVariant(); };
        s = insertEntity.run({qint64(marked), qint64(peer.accessHash), d ? text(d->username) : QVariant(),
                              d ? text(d->phone) : QVariant(), d ? text(d->name) : QVariant(),
                              // the source row's date; none when it had none; now for a peer without a row
                              d ? (d->date ? sqliteNumber(*d->dateSeconds()) : QVariant()) : QVariant(now)});
        if (!s.ok())
            return s;
    }

    const UpdatesState &u = session.updates;
    const auto dates = updateDatesById(session);
    const auto updateDate = [&dates](std::int64_t id) -> std::optional<double> {
        const auto found = dates.find(id);
        return found == dates.end() ? std::nullopt : std::optional(found->second);
    };
    const bool hasState = u.pts || u.qts || u.date || u.seq || updateDate(0);
    if (hasState) {
        s = execSql(db, QStringLiteral("INSERT INTO update_state VALUES (?, ?, ?, ?, ?)"),
                    {0, u.pts, u.qts, sqliteNumber(updateDate(0).value_or(u.date)), u.seq});
        if (!s.ok())
            return s;
    }
    RepeatedSql insertChannel(db, QStringLiteral("INSERT OR REPLACE INTO update_state VALUES (?, ?, 0, ?, 0)"));
    for (const ChannelPts &c : u.channels) {
        // Row 0 is the account's own state, and Telethon keys channels by
        // their positive bare id: an id <= 0 must not replace it (the loss
        // report lists these entries as not written).
        if (c.channelId <= 0)
            continue;
        s = insertChannel.run({qint64(c.channelId), c.pts, sqliteNumber(updateDate(c.channelId).value_or(u.date))});
        if (!s.ok())
            return s;
    }
    RepeatedSql insertSentFile(db, QStringLiteral("INSERT OR REPLACE INTO sent_files VALUES (?, ?, ?, ?, ?)"));
    for (const ForeignSentFile &f : session.foreign.sentFiles) {
        s = insertSentFile.run({f.md5Digest, qint64(f.fileSize), f.type, qint64(f.id), qint64(f.hash)});
        if (!s.ok())
            return s;
    }
    return {};
}

} // namespace

bool hasTelethonTables(const QStringList &tables)
{
    return tables.contains(u"version") && tables.contains(u"sessions") && tables.contains(u"entities")
           && !tables.contains(u"peers");
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
    if (!hasTelethonTables(tables))
        return Error::invalid(Tr::tr("%1 is a SQLite database but not a Telethon session (no version, sessions and "
                                     "entities tables).")
                                  .arg(path));
    DecodedSession decoded;
    decoded.format = Format::TelethonSqlite;
    decoded.version = readVersion(db);
    decoded.layout = Tr::tr("schema version %1").arg(decoded.version);
    if (decoded.version != SchemaVersion)
        decoded.warnings << Tr::tr("Schema version %1 (Telethon 1.25 writes 7); Telethon would migrate it on open, "
                                   "we read it as it is.")
                                .arg(decoded.version);
    Session session;
    if (Status s = readSessionRow(db, path, session, decoded.warnings); !s.ok())
        return s.error();
    Repeats repeats;
    if (Status s = readEntities(db, path, session, repeats); !s.ok())
        return s.error();
    if (tables.contains(u"update_state"))
        if (Status s = readUpdateState(db, path, session, repeats); !s.ok())
            return s.error();
    // Version 2 and older have another sent_files layout (§3); only cached uploads, so skip it.
    if (tables.contains(u"sent_files") && decoded.version > 2)
        if (Status s = readSentFiles(db, path, session, repeats); !s.ok())
            return s.error();
    if (!repeats.tables.isEmpty()) // only a database not made by Telethon (its keys are primary keys)
        decoded.warnings << Tr::tr("Rows that repeat an earlier row's key were skipped (%1): Telethon reads only the "
                                   "first row for a key, and so did we.")
                                .arg(repeats.tables.join(QStringLiteral(", ")));
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    const DcEntry *dc = keptHomeEntry(session);
    if (!dc)
        return Error::refused(Tr::tr("The session has no entry for its home DC %1; Telethon needs the home DC's "
                                     "address.")
                                  .arg(session.homeDcId));
    const auto hostPort = splitAddress(dc->addr);
    if (!hostPort || hostPort->host.isEmpty())
        return Error::refused(
            Tr::tr("The home DC's address \"%1\" has no host and port; Telethon needs both.").arg(dc->addr));
    return createSqliteFile(path, overwrite, [&](QSqlDatabase &db) { return fill(db, session); });
}

} // namespace fero::telethonsqlite
