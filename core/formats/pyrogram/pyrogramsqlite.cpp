#include "formats/pyrogram/pyrogramsqlite.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/sqlitecreate.h"
#include "formats/common/sqliterows.h"
#include "model/knowndcs.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fero::pyrogramsqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PyrogramSqlite)
};

// Pyrogram's own statements, byte for byte (sqlite_master of its files);
// those split over lines are parenthesised: one statement, not two.
const char *const kSchema[] = {
    ("CREATE TABLE sessions\n(\n    dc_id     INTEGER PRIMARY KEY,\n    api_id    INTEGER,\n    test_mode "
     "INTEGER,\n    auth_key  BLOB,\n    date      INTEGER NOT NULL,\n    user_id   INTEGER,\n    is_bot    "
     "INTEGER\n)"),
    ("CREATE TABLE peers\n(\n    id             INTEGER PRIMARY KEY,\n    access_hash    INTEGER,\n    type        "
     "   INTEGER NOT NULL,\n    username       TEXT,\n    phone_number   TEXT,\n    last_update_on INTEGER NOT NULL "
     "DEFAULT (CAST(STRFTIME('%s', 'now') AS INTEGER))\n)"),
    "CREATE TABLE version\n(\n    number INTEGER PRIMARY KEY\n)",
    "CREATE INDEX idx_peers_id ON peers (id)",
    "CREATE INDEX idx_peers_username ON peers (username)",
    "CREATE INDEX idx_peers_phone_number ON peers (phone_number)",
    ("CREATE TRIGGER trg_peers_last_update_on\n    AFTER UPDATE\n    ON peers\nBEGIN\n    UPDATE peers\n    SET "
     "last_update_on = CAST(STRFTIME('%s', 'now') AS INTEGER)\n    WHERE id = NEW.id;\nEND"),
};

using sqlite::Rows;

std::optional<std::int64_t> optionalInt(const Rows &row, const QString &column)
{
    const QVariant value = row.value(column);
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

Error queryError(const QString &path, const QString &table, const Rows &rows)
{
    return Error::invalid(Tr::tr("Cannot read the %1 table of %2: %3").arg(table, path, rows.errorText()));
}

Status readSession(sqlite3 *db, const QString &path, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT * FROM sessions"));
    if (!row.next()) {
        if (row.failed())
            return queryError(path, QStringLiteral("sessions"), row);
        return Error::invalid(Tr::tr("This Pyrogram database holds no session (the sessions table is empty)."));
    }
    const bool testMode = optionalInt(row, QStringLiteral("test_mode")).value_or(0) != 0;
    DcEntry dc;
    dc.dcId = row.value(QStringLiteral("dc_id")).toInt();
    dc.addr = knownDcAddress(dc.dcId, testMode);
    if (dc.addr.isEmpty())
        warnings << Tr::tr("No address is known for %1 DC %2; the DC entry has none.")
                        .arg(testMode ? Tr::tr("test") : Tr::tr("production"))
                        .arg(dc.dcId);
    QByteArray key = row.value(QStringLiteral("auth_key")).toByteArray();
    if (!key.isEmpty()) {
        dc.authKey = AuthKey::fromBytes(key);
        const qsizetype keySize = key.size();
        secureWipe(key); // the blob copied out of the row held the key
        if (!dc.authKey)
            return Error::invalid(Tr::tr("sessions.auth_key is %1 bytes; an auth key has 256.").arg(keySize));
    }
    session.homeDcId = dc.dcId;
    session.dcs.push_back(std::move(dc));
    session.account.testMode = testMode;
    session.account.userId = optionalInt(row, QStringLiteral("user_id"));
    if (auto bot = optionalInt(row, QStringLiteral("is_bot")))
        session.account.isBot = *bot != 0;
    if (auto apiId = optionalInt(row, QStringLiteral("api_id")))
        session.account.apiId = *apiId;
    return {};
}

Status readPeers(sqlite3 *db, const QString &path, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT * FROM peers"));
    int unknownTypes = 0;
    while (row.next()) {
        const std::int64_t marked = row.value(QStringLiteral("id")).toLongLong();
        CachedPeer peer = unmarkPeerId(marked);
        peer.accessHash = row.value(QStringLiteral("access_hash")).toLongLong();
        const QString type = row.value(QStringLiteral("type")).toString();
        if (type == u"channel")
            peer.channelKind = ChannelKind::Broadcast;
        else if (type == u"supergroup")
            peer.channelKind = ChannelKind::Megagroup;
        else if (type != u"user" && type != u"bot" && type != u"group")
            ++unknownTypes;
        session.peers.push_back(peer);
        ForeignPeerDetails details;
        details.markedId = marked;
        details.username = optionalText(row.value(QStringLiteral("username")));
        details.phone = optionalText(row.value(QStringLiteral("phone_number")));
        if (auto date = optionalInt(row, QStringLiteral("last_update_on")))
            details.date = double(*date);
        details.isBot = type == u"bot";
        session.foreign.peers.push_back(std::move(details));
    }
    if (row.failed())
        return queryError(path, QStringLiteral("peers"), row);
    if (unknownTypes)
        warnings << Tr::tr("%n peer(s) have an unknown type; their kind was taken from the id.", nullptr, unknownTypes);
    return {};
}

QString peerType(const CachedPeer &peer, const ForeignPeerDetails *details)
{
    if (peer.isChat)
        return QStringLiteral("group");
    if (peer.isChannel)
        return peer.channelKind == ChannelKind::Megagroup || peer.channelKind == ChannelKind::Gigagroup
                   ? QStringLiteral("supergroup")
                   : QStringLiteral("channel");
    return details && details->isBot ? QStringLiteral("bot") : QStringLiteral("user");
}

Status fill(QSqlDatabase &db, const Session &session)
{
    for (const char *statement : kSchema)
        if (Status s = execSql(db, QString::fromLatin1(statement)); !s.ok())
            return s;
    if (Status s = execSql(db, QStringLiteral("INSERT INTO version VALUES (?)"), {SchemaVersion}); !s.ok())
        return s;
    const DcEntry *dc = keptHomeEntry(session);
    const AccountInfo &a = session.account;
    const auto optional = [](const auto &v) { return v ? QVariant(qint64(*v)) : QVariant(); };
    QByteArray key = dc && dc->authKey ? dc->authKey->toByteArray() : QByteArray();
    Status s = execSql(
        db, QStringLiteral("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {session.homeDcId, a.apiId ? QVariant(qint64(*a.apiId)) : QVariant(), int(a.testMode.value_or(false)),
         dc && dc->authKey ? QVariant(key) : QVariant(QMetaType(QMetaType::QByteArray)),
         QDateTime::currentSecsSinceEpoch(), optional(a.userId), a.isBot ? QVariant(int(*a.isBot)) : QVariant()});
    secureWipe(key); // the bound copy is gone with the query
    if (!s.ok())
        return s;
    const auto details = detailsByMarkedId(session);
    RepeatedSql insertPeer(
        db, QStringLiteral("REPLACE INTO peers (id, access_hash, type, username, phone_number, last_update_on)"
                           " VALUES (?, ?, ?, ?, ?, coalesce(?, CAST(STRFTIME('%s', 'now') AS INTEGER)))"));
    for (const CachedPeer *kept : keptInMarkedIdOrder(session)) {
        const CachedPeer &peer = *kept;
        const std::int64_t marked = markedPeerId(peer);
        const auto found = details.find(marked);
        const ForeignPeerDetails *d = found == details.end() ? nullptr : found->second;
        const auto text = [](const std::optional<QString> &v) { return v ? QVariant(*v) : QVariant(); };
        s = insertPeer.run({qint64(marked), qint64(peer.accessHash), peerType(peer, d),
                            d ? text(d->username) : QVariant(), d ? text(d->phone) : QVariant(),
                            d && d->date ? QVariant(qint64(*d->dateSeconds())) : QVariant()});
        if (!s.ok())
            return s;
    }
    return {};
}

} // namespace

bool hasPyrogramTables(const QStringList &tables)
{
    return tables.contains(u"sessions") && tables.contains(u"peers") && tables.contains(u"version");
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
    if (!hasPyrogramTables(tables))
        return Error::invalid(Tr::tr("%1 is a SQLite database but not a Pyrogram session (no sessions, peers and "
                                     "version tables).")
                                  .arg(path));
    DecodedSession decoded;
    decoded.format = Format::PyrogramSqlite;
    {
        Rows version(db, QStringLiteral("SELECT number FROM version"));
        if (version.next())
            decoded.version = version.value(0).toInt();
    }
    decoded.layout = Tr::tr("schema version %1").arg(decoded.version);
    if (decoded.version != SchemaVersion)
        decoded.warnings << Tr::tr("Schema version %1 (Pyrogram 2 writes 3); Pyrogram would upgrade it on open, we "
                                   "read it as it is.")
                                .arg(decoded.version);
    QStringList extra = tables;
    extra.removeAll(QStringLiteral("sessions"));
    extra.removeAll(QStringLiteral("peers"));
    extra.removeAll(QStringLiteral("version"));
    if (!extra.isEmpty())
        decoded.warnings
            << Tr::tr("Extra tables not read (a Pyrogram fork's?): %1.").arg(extra.join(QStringLiteral(", ")));
    Session session;
    if (Status s = readSession(db, path, session, decoded.warnings); !s.ok())
        return s.error();
    // Version 1 peers use an older id scheme (Appendix A): Pyrogram deletes them.
    if (decoded.version >= 2) {
        if (Status s = readPeers(db, path, session, decoded.warnings); !s.ok())
            return s.error();
    } else {
        decoded.warnings << Tr::tr("Version 1 peers use an older id scheme; they were not read.");
    }
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    return createSqliteFile(path, overwrite, [&](QSqlDatabase &db) { return fill(db, session); });
}

} // namespace fero::pyrogramsqlite
