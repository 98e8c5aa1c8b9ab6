// Writes a NEW SQLite database for another library's format: built in a
// temporary file beside the target (0600 from the first byte), filled in one
// transaction, closed, then renamed into place, so a reader never sees half a
// database and a failure leaves nothing behind.
#pragma once

#include "base/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace fero {

// fill() runs inside one transaction on a connection to the empty temporary
// database; returning an error rolls back and removes the temporary file.
// Refuses an existing path unless overwrite. Journal mode stays the default
// (DELETE), as Telethon and Pyrogram create theirs, unless Wal (mtcute).
enum class JournalMode { Delete, Wal };
Status createSqliteFile(const QString &path, bool overwrite, const std::function<Status(QSqlDatabase &)> &fill,
                        JournalMode journal = JournalMode::Delete);

// Runs one statement with positional bind values; the error names the statement.
Status execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// One statement prepared once and run with new bind values for every row: a
// prepare per row was the larger part of a foreign writer's time.
class RepeatedSql {
public:
    RepeatedSql(QSqlDatabase &db, const QString &sql);
    Status run(const QVariantList &values);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace fero
