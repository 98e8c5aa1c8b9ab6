#include "formats/common/sqlitecreate.h"

#include "storage/leftovers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cstdio>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SqliteCreate)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fero-create-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Fills the database at tempPath on its own connection, removed before return.
Status fillDatabase(const QString &tempPath, const std::function<Status(QSqlDatabase &)> &fill, JournalMode journal)
{
    const QString connection = uniqueConnectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(tempPath);
        if (!db.open()) {
            status = Error::io(Tr::tr("Cannot create the database %1: %2").arg(tempPath, db.lastError().text()));
        } else if (!db.transaction()) {
            status = Error::io(Tr::tr("Cannot start a transaction in %1: %2").arg(tempPath, db.lastError().text()));
        } else {
            status = fill(db);
            if (status.ok() && !db.commit())
                status = Error::io(Tr::tr("Cannot commit %1: %2").arg(tempPath, db.lastError().text()));
            if (!status.ok())
                db.rollback();
            // WAL is recorded in the header (bytes 18/19 = 2); closing the only
            // connection checkpoints and removes -wal and -shm.
            if (status.ok() && journal == JournalMode::Wal)
                status = execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
}

} // namespace

Status execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Error::io(Tr::tr("Cannot prepare \"%1\": %2").arg(sql.simplified().left(60), query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error::io(Tr::tr("Cannot run \"%1\": %2").arg(sql.simplified().left(60), query.lastError().text()));
    return {};
}

RepeatedSql::RepeatedSql(QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

Status RepeatedSql::run(const QVariantList &values)
{
    if (!m_prepared)
        return Error::io(
            Tr::tr("Cannot prepare \"%1\": %2").arg(m_sql.simplified().left(60), m_query.lastError().text()));
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values[i]);
    if (!m_query.exec())
        return Error::io(Tr::tr("Cannot run \"%1\": %2").arg(m_sql.simplified().left(60), m_query.lastError().text()));
    return {};
}

Status createSqliteFile(const QString &path, bool overwrite, const std::function<Status(QSqlDatabase &)> &fill,
                        JournalMode journal)
{
    const QFileInfo target(path);
    if (target.exists() && !overwrite)
        return Error::refused(Tr::tr("%1 already exists; choose another name or allow overwriting.").arg(path));
    if (target.exists() && !target.isFile())
        return Error::refused(Tr::tr("%1 exists and is not a file.").arg(path));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(target.absolutePath()));

    // An empty file created 0600 first: SQLite takes a 0-byte file as an
    // empty database and gives its journal the same mode.
    sweepLeftovers(path); // what a writer killed earlier left here
    QTemporaryFile temp(temporaryTemplate(path));
    if (!temp.open())
        return Error::io(Tr::tr("Cannot create a temporary file beside %1: %2").arg(path, temp.errorString()));
    const OwnerLock lock(temp.fileName()); // a concurrent sweep leaves it alone
    temp.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString tempPath = temp.fileName();
    temp.close();

    Status status = fillDatabase(tempPath, fill, journal);
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(tempPath + QLatin1String(suffix));
    if (!status.ok())
        return status; // QTemporaryFile removes the file
    // rename(2) replaces an existing target atomically.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0)
        return Error::io(Tr::tr("Cannot move the new database into place at %1.").arg(path));
    temp.setAutoRemove(false);
    return {};
}

} // namespace fero
