// Row-by-row reading of one query on a storage-owned read view
// (sqliteaccess.h), with values typed by their SQLite storage class: NULL ->
// invalid QVariant, INTEGER -> qint64, REAL -> double, TEXT -> QString,
// BLOB -> QByteArray. Columns are looked up by name, so older schemas with
// fewer columns read without special cases.
#pragma once

#include "formats/common/sqliteaccess.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

namespace fero::sqlite {

// ReadView::open with its Failure turned into an Error (Io for a missing or
// unreadable file, Invalid otherwise).
Result<std::unique_ptr<ReadView>> openReadView(const QString &path);

class Rows {
public:
    Rows(sqlite3 *db, const QString &sql);
    bool prepared() const { return m_statement.ok(); }
    bool next(); // false at the end or on an error (see failed())
    bool failed() const { return m_failed; }
    QString errorText() const { return m_error; }

    bool has(const QString &column) const { return m_columns.contains(column); }
    QVariant value(const QString &column) const; // invalid for NULL or a missing column
    QVariant value(int index) const;

private:
    sqlite3 *m_db;
    Statement m_statement;
    QHash<QString, int> m_columns;
    bool m_failed = false;
    QString m_error;
};

} // namespace fero::sqlite
