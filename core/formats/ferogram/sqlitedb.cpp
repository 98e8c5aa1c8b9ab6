// Reading ferogram databases. Rows are checked cell by cell because upstream's
// loader silently skips rows whose values do not fit its types and bends
// others (ferogram-formats.md §4); each such row is named in a warning.
#include "formats/ferogram/sqlitedb.h"

#include "formats/mtcute/mtcutesqlite.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/common/sqliteaccess.h"
#include "formats/telethon/telethon2sqlite.h"
#include "formats/telethon/telethonsqlite.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <sqlite3.h>

#include <limits>

namespace fero::sqlitedb {

namespace {

using sqlite::Failure;
using sqlite::Problem;
using sqlite::Statement;

struct SqliteDbTr {
    Q_DECLARE_TR_FUNCTIONS(SqliteDb)
};

constexpr qint64 I32Min = std::numeric_limits<std::int32_t>::min();
constexpr qint64 I32Max = std::numeric_limits<std::int32_t>::max();
constexpr qint64 I64Min = std::numeric_limits<qint64>::min();
constexpr qint64 I64Max = std::numeric_limits<qint64>::max();

const QStringList &ferogramTables()
{
    static const QStringList tables = {QStringLiteral("meta"),         QStringLiteral("dcs"),
                                       QStringLiteral("update_state"), QStringLiteral("channel_pts"),
                                       QStringLiteral("peers"),        QStringLiteral("min_peers")};
    return tables;
}

// Whether table has column, from the schema SQLite parsed on opening: no
// statement to prepare (two pragma_table_info queries were a quarter of
// listing a Pyrogram database, and a scan lists thousands). Names compare
// without case, as SQLite's own do.
bool hasColumn(sqlite3 *db, const char *table, const char *column)
{
    return sqlite3_table_column_metadata(db, "main", table, column, nullptr, nullptr, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

Kind classify(sqlite3 *db, const QStringList &tables)
{
    if (tables.isEmpty())
        return Kind::Empty;
    const QSet<QString> set(tables.begin(), tables.end());
    if (set.contains(QStringLiteral("meta")) && set.contains(QStringLiteral("dcs")))
        return Kind::Ferogram;
    // pyrogram-forks.md §3 rule 1: version.version beside datacenter/channelstate.
    if (telethon2sqlite::hasTelethon2Tables(db, tables))
        return Kind::Telethon2;
    if (mtcutesqlite::hasMtcuteTables(tables)) // more-stores.md §6
        return Kind::MtcuteSqlite;
    // foreign-formats.md §3 (Telethon) and appendix A (Pyrogram).
    if (set.contains(QStringLiteral("sessions")) && set.contains(QStringLiteral("version"))) {
        if (set.contains(QStringLiteral("entities")))
            return Kind::Telethon;
        if (set.contains(QStringLiteral("peers"))
            && (hasColumn(db, "sessions", "test_mode") || hasColumn(db, "sessions", "is_bot")
                || hasColumn(db, "peers", "type")))
            return Kind::Pyrogram;
    }
    return Kind::OtherProgram;
}

// A cell for messages. Secret columns never show their content.
QString describe(sqlite3_stmt *row, int column, bool secret = false)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(row, column));
    case SQLITE_FLOAT:
        return SqliteDbTr::tr("the real number %1").arg(sqlite3_column_double(row, column));
    case SQLITE_TEXT: {
        const int size = sqlite3_column_bytes(row, column);
        if (secret)
            return SqliteDbTr::tr("text of %n byte(s)", nullptr, size);
        const QString text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, column)), size);
        return SqliteDbTr::tr("the text \"%1\"").arg(text.left(40));
    }
    case SQLITE_BLOB:
        return SqliteDbTr::tr("a blob of %n byte(s)", nullptr, sqlite3_column_bytes(row, column));
    default:
        return SqliteDbTr::tr("NULL");
    }
}

enum class Got { Ok, WrongType, OutOfRange };

// One API call per cell that takes the connection's mutex, not two: on
// 196,605 rows sqlite3_column_type + sqlite3_column_int64 were a fifth of the
// load under callgrind. The value is only read on this thread, before the
// next step (sqlite3_column_value's unprotected values are safe so).
Got integerIn(sqlite3_stmt *row, int column, qint64 lo, qint64 hi, qint64 &out)
{
    sqlite3_value *cell = sqlite3_column_value(row, column);
    if (sqlite3_value_type(cell) != SQLITE_INTEGER)
        return Got::WrongType;
    out = sqlite3_value_int64(cell);
    return out < lo || out > hi ? Got::OutOfRange : Got::Ok;
}

// Collects row problems per table; shows the first few of each table in
// full and counts the rest, so 65,535 odd rows do not make 65,535 warnings.
class RowIssues {
public:
    void add(const QString &table, const QString &sentence)
    {
        for (auto &entry : m_tables)
            if (entry.table == table)
                return push(entry, sentence);
        m_tables.push_back({table, {}, 0});
        push(m_tables.back(), sentence);
    }
    // "peers row id 106: access_hash holds the real number 1.5" + the outcome.
    template <typename Key> void dropped(const QString &table, Key row, const QString &problem)
    {
        add(table, SqliteDbTr::tr("%1 row %2: %3. ferogram skips this row when loading; Feroscope cannot hold the "
                                  "value either and leaves the row out.")
                       .arg(table, row(), problem));
    }
    template <typename Key> void kept(const QString &table, Key row, const QString &problem, const QString &how)
    {
        add(table, SqliteDbTr::tr("%1 row %2: %3. ferogram skips this row when loading; Feroscope keeps it (%4).")
                       .arg(table, row(), problem, how));
    }
    template <typename Key> void bent(const QString &table, Key row, const QString &problem, const QString &reading)
    {
        add(table, SqliteDbTr::tr("%1 row %2: %3. ferogram reads it as %4, and so does Feroscope.")
                       .arg(table, row(), problem, reading));
    }
    void appendTo(QStringList &warnings) const
    {
        for (const auto &entry : m_tables) {
            warnings += entry.shown;
            if (entry.more > 0)
                warnings << SqliteDbTr::tr("%1: %n more row(s) with values ferogram skips or bends.", nullptr,
                                           entry.more)
                                .arg(entry.table);
        }
    }

private:
    static constexpr int Shown = 10;
    struct Entry {
        QString table;
        QStringList shown;
        int more;
    };
    static void push(Entry &entry, const QString &sentence)
    {
        if (entry.shown.size() < Shown)
            entry.shown << sentence;
        else
            ++entry.more;
    }
    std::vector<Entry> m_tables;
};

QString holds(const QString &column, sqlite3_stmt *row, int index, Got got, bool secret = false)
{
    if (got == Got::OutOfRange)
        return SqliteDbTr::tr("%1 holds %2, outside the range its field can hold").arg(column, describe(row, index));
    return SqliteDbTr::tr("%1 holds %2, not an integer").arg(column, describe(row, index, secret));
}

// "SELECT a, b, 0 FROM t": columns an older generation lacks read as defaults.
QByteArray selectWithDefaults(sqlite3 *db, const QString &table,
                              std::initializer_list<std::pair<const char *, const char *>> columns)
{
    const QStringList present = sqlite::columnNames(db, table);
    QStringList parts;
    for (const auto &[name, fallback] : columns)
        parts << (present.contains(QLatin1String(name)) ? QLatin1String(name) : QLatin1String(fallback));
    return (QStringLiteral("SELECT ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table).toUtf8();
}

struct ReadContext {
    sqlite3 *db = nullptr;
    QString path;
    Failure failure;
    RowIssues issues;
    QStringList warnings;

    // Steps a query to the end; false (with failure set) on an SQLite error.
    template <typename PerRow> bool each(const QByteArray &sql, PerRow perRow)
    {
        Statement query(db, sql.constData());
        if (!query.ok()) {
            failure = sqlite::failureFromSqlite(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), path);
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(query)) == SQLITE_ROW)
            perRow(query.get());
        if (rc != SQLITE_DONE) {
            failure = sqlite::failureFromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(db)), path);
            return false;
        }
        return true;
    }
};

struct Meta {
    bool any = false;
    bool hasHome = false;
    bool hasTokenRow = false;
    QStringList unknownKeys;
};

bool readMeta(ReadContext &ctx, Session &session, Meta &meta)
{
    return ctx.each("SELECT key, value FROM meta", [&](sqlite3_stmt *row) {
        meta.any = true;
        const QString key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, 0)),
                                              sqlite3_column_bytes(row, 0));
        if (key == QLatin1String("home_dc_id")) {
            meta.hasHome = true;
            qint64 value = 0;
            if (const Got got = integerIn(row, 1, I32Min, I32Max, value); got != Got::Ok)
                ctx.warnings << SqliteDbTr::tr("meta home_dc_id: %1. ferogram reads the home DC as 0, and so does "
                                               "Feroscope.")
                                    .arg(holds(QStringLiteral("value"), row, 1, got));
            else
                session.homeDcId = std::int32_t(value);
        } else if (key == QLatin1String("future_auth_token")) {
            meta.hasTokenRow = true;
            if (sqlite3_column_type(row, 1) == SQLITE_BLOB) {
                session.futureAuthToken =
                    QByteArray(static_cast<const char *>(sqlite3_column_blob(row, 1)), sqlite3_column_bytes(row, 1));
            } else {
                ctx.warnings << SqliteDbTr::tr("meta future_auth_token holds %1, not a blob. ferogram reads the "
                                               "token as absent, and so does Feroscope.")
                                    .arg(describe(row, 1, true));
            }
        } else {
            meta.unknownKeys << key;
        }
    });
}

bool readDcs(ReadContext &ctx, Session &session)
{
    const QString table = QStringLiteral("dcs");
    const QByteArray sql = selectWithDefaults(ctx.db, table,
                                              {{"dc_id", "0"},
                                               {"flags", "0"},
                                               {"addr", "''"},
                                               {"auth_key", "NULL"},
                                               {"first_salt", "0"},
                                               {"time_offset", "0"}});
    return ctx.each(sql, [&](sqlite3_stmt *row) {
        // Row names are built only for rows that need a warning (65,535-row tables).
        const auto key = [row] { return SqliteDbTr::tr("dc_id %1 flags %2").arg(describe(row, 0), describe(row, 1)); };
        DcEntry dc;
        qint64 value = 0;
        if (Got got = integerIn(row, 0, I32Min, I32Max, value); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("dc_id"), row, 0, got));
        dc.dcId = std::int32_t(value);
        if (Got got = integerIn(row, 1, 0, 255, value); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("flags"), row, 1, got));
        dc.flags = std::uint8_t(value);
        if (Got got = integerIn(row, 4, I64Min, I64Max, value); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("first_salt"), row, 4, got));
        dc.firstSalt = value;
        if (Got got = integerIn(row, 5, I32Min, I32Max, value); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("time_offset"), row, 5, got));
        dc.timeOffset = std::int32_t(value);

        const int addrType = sqlite3_column_type(row, 2);
        const QByteArrayView addr(static_cast<const char *>(sqlite3_column_blob(row, 2)), sqlite3_column_bytes(row, 2));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (addrType != SQLITE_TEXT && addrType != SQLITE_BLOB)
            return ctx.issues.dropped(table, key, SqliteDbTr::tr("addr holds %1, not text").arg(describe(row, 2)));
        dc.addr = utf8.decode(addr);
        if (utf8.hasError())
            return ctx.issues.dropped(table, key, SqliteDbTr::tr("addr is not valid UTF-8 text"));
        if (addrType == SQLITE_BLOB)
            ctx.issues.kept(table, key, SqliteDbTr::tr("addr is stored as a blob, not as text"),
                            SqliteDbTr::tr("its bytes are valid UTF-8: \"%1\"").arg(dc.addr.left(80)));

        switch (sqlite3_column_type(row, 3)) {
        case SQLITE_NULL:
            break;
        case SQLITE_BLOB:
            dc.authKey = AuthKey::fromBytes(
                QByteArrayView(static_cast<const char *>(sqlite3_column_blob(row, 3)), sqlite3_column_bytes(row, 3)));
            if (!dc.authKey)
                ctx.issues.bent(table, key, SqliteDbTr::tr("auth_key is %1, not 256 bytes").arg(describe(row, 3, true)),
                                SqliteDbTr::tr("no key"));
            break;
        default:
            ctx.issues.bent(table, key, SqliteDbTr::tr("auth_key holds %1, not a blob").arg(describe(row, 3, true)),
                            SqliteDbTr::tr("no key"));
        }
        session.dcs.push_back(std::move(dc));
    });
}

bool readUpdateState(ReadContext &ctx, Session &session)
{
    return ctx.each("SELECT pts, qts, date, seq FROM update_state WHERE id = 1", [&](sqlite3_stmt *row) {
        static const char *const names[] = {"pts", "qts", "date", "seq"};
        qint64 values[4] = {};
        for (int i = 0; i < 4; ++i) {
            if (Got got = integerIn(row, i, I32Min, I32Max, values[i]); got != Got::Ok) {
                // Upstream reads the four counters as one record: one bad cell
                // zeroes them all. Keeping the others would mix two states.
                ctx.warnings << SqliteDbTr::tr("update_state: %1. ferogram then reads pts, qts, date and seq all "
                                               "as 0, and so does Feroscope (stored: %2, %3, %4, %5).")
                                    .arg(holds(QLatin1String(names[i]), row, i, got), describe(row, 0),
                                         describe(row, 1), describe(row, 2), describe(row, 3));
                return;
            }
        }
        session.updates.pts = std::int32_t(values[0]);
        session.updates.qts = std::int32_t(values[1]);
        session.updates.date = std::int32_t(values[2]);
        session.updates.seq = std::int32_t(values[3]);
    });
}

bool readChannelPts(ReadContext &ctx, Session &session)
{
    const QString table = QStringLiteral("channel_pts");
    return ctx.each("SELECT channel_id, pts FROM channel_pts", [&](sqlite3_stmt *row) {
        const auto key = [row] { return SqliteDbTr::tr("channel_id %1").arg(describe(row, 0)); };
        qint64 id = 0, pts = 0;
        if (Got got = integerIn(row, 0, I64Min, I64Max, id); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("channel_id"), row, 0, got));
        if (Got got = integerIn(row, 1, I32Min, I32Max, pts); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("pts"), row, 1, got));
        session.updates.channels.push_back({id, std::int32_t(pts)});
    });
}

bool readPeers(ReadContext &ctx, Session &session)
{
    const QString table = QStringLiteral("peers");
    const QByteArray sql = selectWithDefaults(ctx.db, table,
                                              {{"id", "0"},
                                               {"access_hash", "0"},
                                               {"is_channel", "0"},
                                               {"is_chat", "0"},
                                               {"channel_kind", "NULL"},
                                               {"is_community", "0"}});
    return ctx.each(sql, [&](sqlite3_stmt *row) {
        CachedPeer peer;
        qint64 value = 0;
        if (Got got = integerIn(row, 0, I64Min, I64Max, value); got != Got::Ok)
            return ctx.issues.dropped(
                table, [row] { return SqliteDbTr::tr("id %1").arg(describe(row, 0)); },
                holds(QStringLiteral("id"), row, 0, got));
        peer.id = value;
        const auto key = [&peer] { return SqliteDbTr::tr("id %1").arg(peer.id); };
        if (Got got = integerIn(row, 1, I64Min, I64Max, value); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("access_hash"), row, 1, got));
        peer.accessHash = value;

        // Flags: upstream reads a 32-bit integer and takes non-zero as true.
        struct Flag {
            int column;
            const char *name;
            bool *target;
        };
        const Flag flags[] = {
            {2, "is_channel", &peer.isChannel}, {3, "is_chat", &peer.isChat}, {5, "is_community", &peer.isCommunity}};
        for (const Flag &flag : flags) {
            const Got got = integerIn(row, flag.column, I32Min, I32Max, value);
            if (got == Got::WrongType)
                return ctx.issues.dropped(table, key, holds(QLatin1String(flag.name), row, flag.column, got));
            *flag.target = value != 0;
            if (got == Got::OutOfRange)
                ctx.issues.kept(table, key, holds(QLatin1String(flag.name), row, flag.column, got),
                                SqliteDbTr::tr("a non-zero value reads as true"));
            else if (value != 0 && value != 1)
                ctx.issues.bent(table, key,
                                SqliteDbTr::tr("%1 holds %2, not 0 or 1").arg(QLatin1String(flag.name)).arg(value),
                                SqliteDbTr::tr("true"));
        }

        sqlite3_value *kindCell = sqlite3_column_value(row, 4);
        switch (sqlite3_value_type(kindCell)) {
        case SQLITE_NULL:
            break;
        case SQLITE_INTEGER: {
            value = sqlite3_value_int64(kindCell);
            // Upstream casts to u8 and maps 0/1/2; any other byte is "no kind".
            const auto low = std::uint8_t(value);
            if (low <= 2)
                peer.channelKind = ChannelKind(low);
            if (value < 0 || value > 2)
                ctx.issues.bent(table, key, SqliteDbTr::tr("channel_kind holds %1, not 0, 1 or 2").arg(value),
                                low <= 2 ? SqliteDbTr::tr("kind %1 (its low byte)").arg(low)
                                         : SqliteDbTr::tr("no kind"));
            break;
        }
        default:
            return ctx.issues.dropped(table, key, holds(QStringLiteral("channel_kind"), row, 4, Got::WrongType));
        }
        session.peers.push_back(peer);
    });
}

bool readMinPeers(ReadContext &ctx, Session &session)
{
    const QString table = QStringLiteral("min_peers");
    return ctx.each("SELECT user_id, peer_id, msg_id FROM min_peers", [&](sqlite3_stmt *row) {
        const auto key = [row] { return SqliteDbTr::tr("user_id %1").arg(describe(row, 0)); };
        qint64 user = 0, peer = 0, msg = 0;
        if (Got got = integerIn(row, 0, I64Min, I64Max, user); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("user_id"), row, 0, got));
        if (Got got = integerIn(row, 1, I64Min, I64Max, peer); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("peer_id"), row, 1, got));
        if (Got got = integerIn(row, 2, I32Min, I32Max, msg); got != Got::Ok)
            return ctx.issues.dropped(table, key, holds(QStringLiteral("msg_id"), row, 2, got));
        session.minPeers.push_back({user, peer, std::int32_t(msg)});
    });
}

// "dcs: 2, peers: 3" for the tables that still hold rows.
QString rowsElsewhere(ReadContext &ctx, const QStringList &tables)
{
    QStringList parts;
    for (const QString &table : ferogramTables()) {
        if (table == QLatin1String("meta") || !tables.contains(table))
            continue;
        qint64 count = 0;
        ctx.each((QStringLiteral("SELECT count(*) FROM ") + table).toUtf8(),
                 [&](sqlite3_stmt *row) { count = sqlite3_column_int64(row, 0); });
        if (count > 0)
            parts << QStringLiteral("%1: %2").arg(table).arg(count);
    }
    return parts.join(QStringLiteral(", "));
}

Error failureToError(const Failure &failure)
{
    return failure.problem == Problem::Io || failure.problem == Problem::Missing ? Error::io(failure.message)
                                                                                 : Error::invalid(failure.message);
}

Error foreignDatabase(Kind kind, const QString &path)
{
    switch (kind) {
    case Kind::Telethon:
        return Error::invalid(SqliteDbTr::tr("%1 is a SQLite database of another program: a Telethon session, not "
                                             "a ferogram one. Open it as a Telethon session.")
                                  .arg(path));
    case Kind::Pyrogram:
        return Error::invalid(SqliteDbTr::tr("%1 is a SQLite database of another program: a Pyrogram session, "
                                             "not a ferogram one. Open it as a Pyrogram session.")
                                  .arg(path));
    case Kind::Telethon2:
        return Error::invalid(SqliteDbTr::tr("%1 is a SQLite database of another program: a Telethon 2 session, "
                                             "not a ferogram one. Open it as a Telethon 2 session.")
                                  .arg(path));
    case Kind::MtcuteSqlite:
        return Error::invalid(SqliteDbTr::tr("%1 is a SQLite database of another program: an mtcute storage, not a "
                                             "ferogram session. Open it as an mtcute SQLite storage.")
                                  .arg(path));
    case Kind::Empty:
        return Error::invalid(SqliteDbTr::tr("%1 is an empty SQLite database (no tables): no session saved in it, "
                                             "and not a ferogram database yet.")
                                  .arg(path));
    case Kind::NotSqlite:
    case Kind::Ferogram:
    case Kind::OtherProgram:
    case Kind::Unreadable:
        break;
    }
    return Error::invalid(SqliteDbTr::tr("%1 is a SQLite database of another program, not a ferogram session "
                                         "database (it has no meta and dcs tables).")
                              .arg(path));
}

} // namespace

Kind identify(const QString &path, QString *inUse)
{
    Failure failure;
    const auto view = sqlite::ReadView::open(path, failure);
    switch (failure.problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        return Kind::Empty;
    case Problem::NotSqlite:
    case Problem::Missing:
        return Kind::NotSqlite;
    case Problem::InUse:
        if (inUse)
            *inUse = failure.message;
        return Kind::Unreadable;
    case Problem::Damaged:
    case Problem::Io:
        return Kind::Unreadable;
    }
    const QStringList tables = sqlite::tableNames(view->handle(), failure, path);
    if (failure.problem != Problem::None)
        return Kind::Unreadable;
    return classify(view->handle(), tables);
}

namespace {

// read() after the view is open and classified as ferogram's.
Result<DecodedSession> readFerogram(ReadContext &ctx, const QStringList &tables)
{
    const QString &path = ctx.path;
    Session session;
    Meta meta;
    if (!readMeta(ctx, session, meta))
        return failureToError(ctx.failure);
    if (!meta.any) {
        const QString elsewhere = rowsElsewhere(ctx, tables);
        if (ctx.failure.problem != Problem::None)
            return failureToError(ctx.failure);
        if (elsewhere.isEmpty())
            return Error::invalid(
                SqliteDbTr::tr("%1 is a ferogram database with no session saved yet (its meta table is empty).")
                    .arg(path));
        return Error::invalid(SqliteDbTr::tr("%1 is a ferogram database with no session saved yet: its meta table "
                                             "is empty, so ferogram starts an empty session. Other tables still "
                                             "hold rows (%2), which ferogram ignores.")
                                  .arg(path, elsewhere));
    }
    if (!meta.hasHome)
        ctx.warnings << SqliteDbTr::tr("meta has no home_dc_id row; the home DC reads as 0.");
    if (!meta.unknownKeys.isEmpty())
        ctx.warnings << SqliteDbTr::tr("meta holds keys ferogram does not use: %1.")
                            .arg(meta.unknownKeys.join(QStringLiteral(", ")));

    const auto has = [&](const char *table) { return tables.contains(QLatin1String(table)); };
    const bool ok = readDcs(ctx, session) && (!has("update_state") || readUpdateState(ctx, session))
                    && (!has("channel_pts") || readChannelPts(ctx, session))
                    && (!has("peers") || readPeers(ctx, session)) && (!has("min_peers") || readMinPeers(ctx, session));
    if (!ok)
        return failureToError(ctx.failure);
    ctx.issues.appendTo(ctx.warnings);

    QStringList extra;
    for (const QString &table : tables)
        if (!ferogramTables().contains(table) && !table.startsWith(QLatin1String("sqlite_")))
            extra << table;
    if (!extra.isEmpty())
        ctx.warnings << SqliteDbTr::tr("The database also holds tables ferogram does not use: %1.")
                            .arg(extra.join(QStringLiteral(", ")));

    DecodedSession decoded;
    decoded.format = Format::FerogramSqlite;
    const QStringList peerColumns = has("peers") ? sqlite::columnNames(ctx.db, QStringLiteral("peers")) : QStringList();
    if (peerColumns.contains(QLatin1String("is_community"))) {
        decoded.version = 8;
        decoded.generation = QStringLiteral("E");
        decoded.layout = SqliteDbTr::tr("SQLite generation E (ferogram 0.6.5)");
    } else if (peerColumns.contains(QLatin1String("channel_kind"))) {
        decoded.version = meta.hasTokenRow ? 7 : 6;
        decoded.generation = QStringLiteral("C");
        decoded.layout = meta.hasTokenRow ? SqliteDbTr::tr("SQLite generation C with a token row (ferogram 0.6.4)")
                                          : SqliteDbTr::tr("SQLite generation C (ferogram 0.5.2 to 0.6.4)");
    } else if (peerColumns.contains(QLatin1String("is_chat")) || has("min_peers")) {
        decoded.version = 5;
        decoded.generation = QStringLiteral("B");
        decoded.layout = SqliteDbTr::tr("SQLite generation B (ferogram 0.4.1 to 0.5.1)");
    } else {
        decoded.version = 5;
        decoded.generation = QStringLiteral("A");
        decoded.layout = SqliteDbTr::tr("SQLite generation A (ferogram 0.3.0 to 0.4.0)");
    }
    decoded.sessions.push_back(std::move(session));
    decoded.warnings = std::move(ctx.warnings);
    return decoded;
}

} // namespace

Result<DecodedSession> read(const QString &path)
{
    ReadContext ctx;
    ctx.path = path;
    const auto view = sqlite::ReadView::open(path, ctx.failure);
    if (!view)
        return failureToError(ctx.failure);
    ctx.db = view->handle();
    const QStringList tables = sqlite::tableNames(ctx.db, ctx.failure, path);
    if (ctx.failure.problem != Problem::None)
        return failureToError(ctx.failure);
    if (const Kind kind = classify(ctx.db, tables); kind != Kind::Ferogram)
        return foreignDatabase(kind, path);
    return readFerogram(ctx, tables);
}

Result<DecodedSession> identifyAndRead(const QString &path, Kind &kind)
{
    ReadContext ctx;
    ctx.path = path;
    const auto view = sqlite::ReadView::open(path, ctx.failure);
    switch (ctx.failure.problem) { // as identify()
    case Problem::None:
        break;
    case Problem::Empty:
        kind = Kind::Empty;
        return failureToError(ctx.failure);
    case Problem::NotSqlite:
    case Problem::Missing:
        kind = Kind::NotSqlite;
        return failureToError(ctx.failure);
    case Problem::InUse:
    case Problem::Damaged:
    case Problem::Io:
        kind = Kind::Unreadable;
        return failureToError(ctx.failure);
    }
    ctx.db = view->handle();
    const QStringList tables = sqlite::tableNames(ctx.db, ctx.failure, path);
    if (ctx.failure.problem != Problem::None) {
        kind = Kind::Unreadable;
        return failureToError(ctx.failure);
    }
    kind = classify(ctx.db, tables);
    switch (kind) {
    case Kind::Ferogram:
        return readFerogram(ctx, tables);
    case Kind::Telethon:
        return telethonsqlite::read(ctx.db, tables, path);
    case Kind::Pyrogram:
        return pyrogramsqlite::read(ctx.db, tables, path);
    case Kind::Telethon2:
        return telethon2sqlite::read(ctx.db, tables, path);
    case Kind::MtcuteSqlite:
        return mtcutesqlite::read(ctx.db, tables, path);
    case Kind::NotSqlite:
    case Kind::OtherProgram:
    case Kind::Empty:
    case Kind::Unreadable:
        break;
    }
    return foreignDatabase(kind, path);
}

} // namespace fero::sqlitedb
