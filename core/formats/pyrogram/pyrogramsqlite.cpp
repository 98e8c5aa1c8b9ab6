#include "formats/pyrogram/pyrogramsqlite.h"

#include "base/address.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/sqlitecreate.h"
#include "formats/common/sqliterows.h"
#include "formats/pyrogram/forkschema.h"
#include "model/knowndcs.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace fero::pyrogramsqlite {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PyrogramSqlite)
};

// Pyrogram's own statements, byte for byte (sqlite_master of its files);
// those split over lines are parenthesised: one statement, not two. Hydrogram
// creates the same text (pyrogram-forks.md §2).
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

// Kurigram keeps the address it last connected to; read by column name, as an
// upgraded file has the two columns last (§3 rule 3).
QString storedAddress(const Rows &row, int dcId, bool testMode, QStringList &warnings)
{
    const std::optional<QString> host = optionalText(row.value(QStringLiteral("server_address")));
    const std::optional<std::int64_t> port = optionalInt(row, QStringLiteral("port"));
    if (host && !host->isEmpty() && port && *port >= 0 && *port <= 65535)
        return joinAddress(*host, std::uint16_t(*port));
    warnings << Tr::tr("sessions.server_address/port hold no usable address; the known address of DC %1 is shown.")
                    .arg(dcId);
    return knownDcAddress(dcId, testMode);
}

Status readSession(sqlite3 *db, const QString &path, const ForkSchema &schema, Session &session, QStringList &warnings)
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
    dc.addr =
        schema.storesAddress ? storedAddress(row, dc.dcId, testMode, warnings) : knownDcAddress(dc.dcId, testMode);
    if (const auto hostPort = splitAddress(dc.addr); hostPort && hostPort->ipv6)
        dc.flags |= DcFlag::Ipv6;
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

// The peer type text -> the model's kinds (§2). The fork-only kinds keep
// their text in the foreign block; none is dropped.
bool applyType(const QString &type, const ForkSchema &schema, CachedPeer &peer, ForeignPeerDetails &details)
{
    details.isBot = type == u"bot";
    if (type == u"user" || type == u"bot" || type == u"group")
        return true;
    if (type == u"channel") {
        peer.channelKind = ChannelKind::Broadcast;
        return true;
    }
    if (type == u"supergroup") {
        peer.channelKind = ChannelKind::Megagroup;
        return true;
    }
    if (!schema.newPeerTypes)
        return false;
    // Kurigram: a forum is a supergroup with topics, a channel's direct
    // messages ("monoforum") is a supergroup too; both keep their name.
    if (type == u"forum" || type == u"direct") {
        peer.channelKind = ChannelKind::Megagroup;
        details.forkType = type;
        return true;
    }
    if (type == u"community") {
        peer.isCommunity = true;
        return true;
    }
    return false;
}

Status readPeers(sqlite3 *db, const QString &path, const ForkSchema &schema, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT * FROM peers"));
    const bool usernameColumn = schema.usernames != UsernameStore::PerPeerTable;
    int unknownTypes = 0;
    int staleUsernames = 0;
    while (row.next()) {
        const std::int64_t marked = row.value(QStringLiteral("id")).toLongLong();
        CachedPeer peer = unmarkPeerId(marked);
        peer.accessHash = row.value(QStringLiteral("access_hash")).toLongLong();
        ForeignPeerDetails details;
        if (!applyType(row.value(QStringLiteral("type")).toString(), schema, peer, details))
            ++unknownTypes;
        session.peers.push_back(peer);
        details.markedId = marked;
        const std::optional<QString> username = optionalText(row.value(QStringLiteral("username")));
        if (usernameColumn)
            details.username = username;
        else if (username)
            ++staleUsernames; // §3 rule 4: what an upgrade left behind
        details.phone = optionalText(row.value(QStringLiteral("phone_number")));
        if (auto date = optionalInt(row, QStringLiteral("last_update_on")))
            details.date = double(*date);
        session.foreign.peers.push_back(std::move(details));
    }
    if (row.failed())
        return queryError(path, QStringLiteral("peers"), row);
    if (unknownTypes)
        warnings << Tr::tr("%n peer(s) have an unknown type; their kind was taken from the id.", nullptr, unknownTypes);
    if (staleUsernames)
        warnings << Tr::tr("%n peer(s) still have a username in peers.username, left by an upgrade; the fork reads "
                           "usernames only from its usernames table, and so does Feroscope.",
                           nullptr, staleUsernames);
    return {};
}

// usernames rows, by peer, in the table's own order (the first is the main one).
Status readUsernames(sqlite3 *db, const QString &path, const ForkSchema &schema, Session &session,
                     QStringList &warnings)
{
    const bool byUsername = schema.usernames == UsernameStore::ByUsernameTable;
    Rows row(db, byUsername ? QStringLiteral("SELECT id AS username, peer_id AS id FROM usernames ORDER BY rowid")
                            : QStringLiteral("SELECT id, username FROM usernames ORDER BY rowid"));
    std::unordered_map<std::int64_t, QStringList> byPeer;
    while (row.next()) {
        const std::optional<QString> name = optionalText(row.value(QStringLiteral("username")));
        if (name)
            byPeer[row.value(QStringLiteral("id")).toLongLong()] << *name;
    }
    if (row.failed())
        return queryError(path, QStringLiteral("usernames"), row);
    for (ForeignPeerDetails &d : session.foreign.peers) {
        const auto found = byPeer.find(d.markedId);
        if (found == byPeer.end())
            continue;
        QStringList names = found->second;
        byPeer.erase(found);
        // Pyrofork lists the main username among all of them; keep it first.
        if (d.username)
            names.removeOne(*d.username);
        else
            d.username = names.takeFirst();
        d.otherUsernames = names;
    }
    std::size_t orphans = 0;
    for (const auto &entry : byPeer)
        orphans += std::size_t(entry.second.size());
    if (orphans)
        warnings << Tr::tr("%n username(s) belong to no cached peer; they were not read.", nullptr, int(orphans));
    return {};
}

// Row 0 -> the counters, a marked channel id -> its pts (§2); every row also
// as it is stored, so NULL cells and channel dates survive a round trip.
Status readUpdateState(sqlite3 *db, const QString &path, Session &session, QStringList &warnings)
{
    Rows row(db, QStringLiteral("SELECT id, pts, qts, date, seq FROM update_state ORDER BY id"));
    int odd = 0;
    bool outOfRange = false;
    const auto i32 = [&](const std::optional<std::int64_t> &v) {
        if (v && (*v < std::numeric_limits<std::int32_t>::min() || *v > std::numeric_limits<std::int32_t>::max()))
            outOfRange = true;
        return std::int32_t(v.value_or(0));
    };
    std::optional<std::int64_t> previous; // ORDER BY id: a repeated id follows itself
    while (row.next()) {
        ForeignUpdateRow stored;
        stored.id = row.value(QStringLiteral("id")).toLongLong();
        // id is the table's primary key: twice the same id is a damaged file
        // (found by fuzz_roundtripfiles), and no writer could keep both rows.
        if (previous == stored.id)
            return Error::invalid(Tr::tr("%1 is damaged: its update_state table holds the row id %2 more than once.")
                                      .arg(path)
                                      .arg(stored.id));
        previous = stored.id;
        stored.pts = optionalInt(row, QStringLiteral("pts"));
        stored.qts = optionalInt(row, QStringLiteral("qts"));
        stored.date = optionalInt(row, QStringLiteral("date"));
        stored.seq = optionalInt(row, QStringLiteral("seq"));
        if (stored.id == 0) {
            session.updates.pts = i32(stored.pts);
            session.updates.qts = i32(stored.qts);
            session.updates.date = i32(stored.date);
            session.updates.seq = i32(stored.seq);
        } else if (const CachedPeer channel = unmarkPeerId(stored.id); channel.isChannel) {
            session.updates.channels.push_back({channel.id, i32(stored.pts)});
        } else {
            ++odd;
        }
        session.foreign.updateRows.push_back(stored);
    }
    if (row.failed())
        return queryError(path, QStringLiteral("update_state"), row);
    if (odd)
        warnings << Tr::tr("%n update_state row(s) are neither the account's (id 0) nor a channel's; they are kept "
                           "as they are but not shown as counters.",
                           nullptr, odd);
    if (outOfRange)
        warnings << Tr::tr("Some update_state values do not fit 32 bits; the counters show them cut to 32 bits.");
    return {};
}

QString peerType(const CachedPeer &peer, const ForeignPeerDetails *details, const ForkSchema &schema)
{
    if (peer.isChat)
        return QStringLiteral("group");
    if (peer.isChannel) {
        if (schema.newPeerTypes && peer.isCommunity)
            return QStringLiteral("community");
        const bool megagroup = peer.channelKind == ChannelKind::Megagroup || peer.channelKind == ChannelKind::Gigagroup;
        if (schema.newPeerTypes && megagroup && details && !details->forkType.isEmpty())
            return details->forkType;
        return megagroup ? QStringLiteral("supergroup") : QStringLiteral("channel");
    }
    return details && details->isBot ? QStringLiteral("bot") : QStringLiteral("user");
}

QVariant nullable(const std::optional<std::int64_t> &value)
{
    return value ? QVariant(qint64(*value)) : QVariant(QMetaType(QMetaType::LongLong));
}

// The update_state rows to write: the model's values, NULL where the source
// row had NULL (or, without one, where the fork leaves the cell NULL) and
// the model says 0; channel rows take date/seq from the source row.
std::vector<ForeignUpdateRow> updateRows(const Session &session, const ForkSchema &schema)
{
    std::unordered_map<std::int64_t, const ForeignUpdateRow *> stored;
    for (const ForeignUpdateRow &r : session.foreign.updateRows)
        stored[r.id] = &r;
    const auto cell = [](std::int64_t model, const ForeignUpdateRow *source,
                         std::optional<std::int64_t> ForeignUpdateRow::*column, bool forkWrites) {
        const bool sourceNull = source ? !(source->*column) : !forkWrites;
        return model == 0 && sourceNull ? std::optional<std::int64_t>() : std::optional<std::int64_t>(model);
    };
    std::vector<ForeignUpdateRow> rows;
    const UpdatesState &u = session.updates;
    const auto zero = stored.find(0);
    const ForeignUpdateRow *source = zero == stored.end() ? nullptr : zero->second;
    if (source || u.pts || u.qts || u.date || u.seq) {
        ForeignUpdateRow r;
        r.pts = cell(u.pts, source, &ForeignUpdateRow::pts, true);
        r.qts = cell(u.qts, source, &ForeignUpdateRow::qts, schema.writesQts);
        r.date = cell(u.date, source, &ForeignUpdateRow::date, true);
        r.seq = cell(u.seq, source, &ForeignUpdateRow::seq, schema.writesSeq);
        rows.push_back(r);
    }
    std::unordered_set<std::int64_t> written{0};
    for (const ChannelPts &c : u.channels) {
        CachedPeer channel;
        channel.id = c.channelId;
        channel.isChannel = true;
        ForeignUpdateRow r;
        r.id = markedPeerId(channel);
        if (!written.insert(r.id).second)
            continue; // one row per id: the first channel entry wins
        const auto found = stored.find(r.id);
        if (found != stored.end())
            r = *found->second;
        r.pts = c.pts;
        rows.push_back(r);
    }
    // Rows of no kind the model knows are written back as they were.
    for (const ForeignUpdateRow &r : session.foreign.updateRows)
        if (r.id != 0 && !unmarkPeerId(r.id).isChannel && written.insert(r.id).second)
            rows.push_back(r);
    return rows;
}

// Peers in marked-id order (each row an append), then their usernames where
// the layout keeps them in a table.
Status writePeers(QSqlDatabase &db, const Session &session, const ForkSchema &schema)
{
    const bool usernameColumn = schema.usernames != UsernameStore::PerPeerTable;
    const QString now = QStringLiteral("CAST(STRFTIME('%s', 'now') AS INTEGER)");
    RepeatedSql insertPeer(
        db, usernameColumn
                ? QStringLiteral("REPLACE INTO peers (id, access_hash, type, username, phone_number, last_update_on)"
                                 " VALUES (?, ?, ?, ?, ?, coalesce(?, %1))")
                      .arg(now)
                : QStringLiteral("REPLACE INTO peers (id, access_hash, type, phone_number, last_update_on)"
                                 " VALUES (?, ?, ?, ?, coalesce(?, %1))")
                      .arg(now));
    RepeatedSql insertUsername(
        db, schema.usernames == UsernameStore::ByUsernameTable
                ? QStringLiteral("REPLACE INTO usernames (id, peer_id, last_update_on) VALUES (?, ?, coalesce(?, %1))")
                      .arg(now)
                : QStringLiteral("INSERT INTO usernames (id, username) VALUES (?, ?)"));
    const auto details = detailsByMarkedId(session);
    const auto text = [](const std::optional<QString> &v) { return v ? QVariant(*v) : QVariant(); };
    const auto dateOf = [](const ForeignPeerDetails *d) {
        return d && d->date ? QVariant(qint64(*d->dateSeconds())) : QVariant();
    };
    std::vector<std::pair<std::int64_t, const ForeignPeerDetails *>> withUsernames;
    for (const CachedPeer *kept : keptInMarkedIdOrder(session)) {
        const CachedPeer &peer = *kept;
        const std::int64_t marked = markedPeerId(peer);
        const auto found = details.find(marked);
        const ForeignPeerDetails *d = found == details.end() ? nullptr : found->second;
        QVariantList values{qint64(marked), qint64(peer.accessHash), peerType(peer, d, schema)};
        if (usernameColumn)
            values << (d ? text(d->username) : QVariant());
        values << (d ? text(d->phone) : QVariant()) << dateOf(d);
        if (Status s = insertPeer.run(values); !s.ok())
            return s;
        if (d && d->username)
            withUsernames.emplace_back(marked, d);
    }
    if (schema.usernames == UsernameStore::PeersColumn)
        return {};
    for (const auto &[marked, d] : withUsernames) {
        // Pyrofork lists a peer's usernames only when it has more than one.
        if (schema.usernames == UsernameStore::ByUsernameTable && d->otherUsernames.isEmpty())
            continue;
        const QStringList all = QStringList{*d->username} + d->otherUsernames;
        for (const QString &name : all) {
            const Status s = schema.usernames == UsernameStore::ByUsernameTable
                                 ? insertUsername.run({name, qint64(marked), dateOf(d)})
                                 : insertUsername.run({qint64(marked), name});
            if (!s.ok())
                return s;
        }
    }
    return {};
}

Status fill(QSqlDatabase &db, const Session &session, const ForkSchema &schema)
{
    for (const char *statement : schema.ddl)
        if (Status s = execSql(db, QString::fromLatin1(statement)); !s.ok())
            return s;
    if (Status s = execSql(db, QStringLiteral("INSERT INTO version VALUES (?)"), {schema.version}); !s.ok())
        return s;
    const DcEntry *dc = keptHomeEntry(session);
    const AccountInfo &a = session.account;
    const auto optional = [](const auto &v) { return v ? QVariant(qint64(*v)) : QVariant(); };
    QByteArray key = dc && dc->authKey ? dc->authKey->toByteArray() : QByteArray();
    QVariantList values{session.homeDcId,
                        a.apiId ? QVariant(qint64(*a.apiId)) : QVariant(),
                        int(a.testMode.value_or(false)),
                        dc && dc->authKey ? QVariant(key) : QVariant(QMetaType(QMetaType::QByteArray)),
                        QDateTime::currentSecsSinceEpoch(),
                        optional(a.userId),
                        a.isBot ? QVariant(int(*a.isBot)) : QVariant()};
    QString columns = QStringLiteral("dc_id, api_id, test_mode, auth_key, date, user_id, is_bot");
    if (schema.storesAddress) {
        const HostPort address = kurigramAddress(session.homeDcId, a.testMode.value_or(false), dc);
        columns += QStringLiteral(", server_address, port");
        values << address.host << int(address.port);
    }
    const QString marks = QStringLiteral("?, ").repeated(values.size() - 1) + u'?';
    Status s = execSql(db, QStringLiteral("INSERT INTO sessions (%1) VALUES (%2)").arg(columns, marks), values);
    secureWipe(key); // the bound copy is gone with the query
    if (!s.ok())
        return s;
    if (s = writePeers(db, session, schema); !s.ok())
        return s;
    if (!schema.updateState)
        return {};
    RepeatedSql insertState(
        db, QStringLiteral("INSERT INTO update_state (id, pts, qts, date, seq) VALUES (?, ?, ?, ?, ?)"));
    for (const ForeignUpdateRow &r : updateRows(session, schema))
        if (s = insertState.run({qint64(r.id), nullable(r.pts), nullable(r.qts), nullable(r.date), nullable(r.seq)});
            !s.ok())
            return s;
    return {};
}

} // namespace

const ForkSchema kPyrogram3Schema{
    .layout = Layout::Pyrogram3,
    .version = SchemaVersion,
    .ddl = kSchema,
    .storesAddress = false,
    .usernames = UsernameStore::PeersColumn,
    .updateState = false,
    .newPeerTypes = false,
    .wal = false,
    .writesQts = false,
    .writesSeq = false,
};

const ForkSchema &forkSchema(Layout layout)
{
    switch (layout) {
    case Layout::Pyrogram3:
        return kPyrogram3Schema;
    case Layout::Pyrofork4:
        return kPyrofork4Schema;
    case Layout::PyroTGFork6:
        return kPyroTGFork6Schema;
    case Layout::Kurigram7:
        return kKurigram7Schema;
    }
    Q_UNREACHABLE();
}

bool hasPyrogramTables(const QStringList &tables)
{
    return tables.contains(u"sessions") && tables.contains(u"peers") && tables.contains(u"version");
}

QStringList schema(Layout layout)
{
    QStringList out;
    for (const char *statement : forkSchema(layout).ddl)
        out << QString::fromLatin1(statement);
    return out;
}

QStringList schema()
{
    return schema(Layout::Pyrogram3);
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
    const LayoutVerdict verdict = detectLayout(db, tables);
    if (!verdict.layout)
        return Error::invalid(
            Tr::tr("%1 is a SQLite database but not a Pyrogram session (%2).").arg(path, verdict.reason));
    const ForkSchema &schema = forkSchema(*verdict.layout);
    DecodedSession decoded;
    decoded.format = formatOf(schema.layout);
    {
        Rows version(db, QStringLiteral("SELECT number FROM version"));
        if (version.next())
            decoded.version = version.value(0).toInt();
    }
    decoded.layout = layoutText(schema.layout);
    decoded.explanation << Tr::tr("%1: %2.").arg(layoutText(schema.layout), verdict.reason);
    if (decoded.version != schema.version)
        decoded.warnings << Tr::tr("Schema version %1 where %2 writes %3 (an older or half-upgraded file); the "
                                   "library would upgrade it on open, Feroscope reads it as it is.")
                                .arg(decoded.version)
                                .arg(layoutText(schema.layout))
                                .arg(schema.version);
    QStringList extra = tables;
    extra.removeAll(QStringLiteral("sessions"));
    extra.removeAll(QStringLiteral("peers"));
    extra.removeAll(QStringLiteral("version"));
    const bool usernamesTable =
        schema.usernames != UsernameStore::PeersColumn && extra.removeAll(QStringLiteral("usernames"));
    const bool updateTable = schema.updateState && extra.removeAll(QStringLiteral("update_state"));
    if (!extra.isEmpty())
        decoded.warnings
            << Tr::tr("Extra tables not read (a Pyrogram fork's?): %1.").arg(extra.join(QStringLiteral(", ")));
    Session session;
    if (Status s = readSession(db, path, schema, session, decoded.warnings); !s.ok())
        return s.error();
    // Version 1 peers use an older id scheme (Appendix A): Pyrogram deletes them.
    if (decoded.version >= 2 || schema.layout != Layout::Pyrogram3) {
        if (Status s = readPeers(db, path, schema, session, decoded.warnings); !s.ok())
            return s.error();
        if (usernamesTable)
            if (Status s = readUsernames(db, path, schema, session, decoded.warnings); !s.ok())
                return s.error();
    } else {
        decoded.warnings << Tr::tr("Version 1 peers use an older id scheme; they were not read.");
    }
    if (updateTable)
        if (Status s = readUpdateState(db, path, session, decoded.warnings); !s.ok())
            return s.error();
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    return write(session, path, Layout::Pyrogram3, overwrite);
}

Status write(const Session &session, const QString &path, Layout layout, bool overwrite)
{
    const ForkSchema &schema = forkSchema(layout);
    const JournalMode journal = schema.wal ? JournalMode::Wal : JournalMode::Delete;
    return createSqliteFile(
        path, overwrite, [&](QSqlDatabase &db) { return fill(db, session, schema); }, journal);
}

} // namespace fero::pyrogramsqlite
