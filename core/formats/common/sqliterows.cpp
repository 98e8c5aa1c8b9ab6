#include "formats/common/sqliterows.h"

#include <sqlite3.h>

namespace fero::sqlite {

Result<std::unique_ptr<ReadView>> openReadView(const QString &path)
{
    Failure failure;
    std::unique_ptr<ReadView> view = ReadView::open(path, failure);
    if (!view) {
        if (failure.problem == Problem::Missing || failure.problem == Problem::Io || failure.problem == Problem::InUse)
            return Error::io(failure.message);
        return Error::invalid(failure.message);
    }
    return view;
}

Rows::Rows(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_statement(db, sql)
{
    if (!m_statement.ok()) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return;
    }
    const int count = sqlite3_column_count(m_statement);
    for (int i = 0; i < count; ++i)
        m_columns.insert(QString::fromUtf8(sqlite3_column_name(m_statement, i)), i);
}

bool Rows::next()
{
    if (!m_statement.ok() || m_failed)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

QVariant Rows::value(const QString &column) const
{
    const auto it = m_columns.constFind(column);
    return it == m_columns.constEnd() ? QVariant() : value(*it);
}

QVariant Rows::value(int index) const
{
    sqlite3_stmt *s = m_statement;
    switch (sqlite3_column_type(s, index)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(s, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(s, index));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, index)),
                                          sqlite3_column_bytes(s, index)));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(s, index));
        return QVariant(QByteArray(data ? data : "", sqlite3_column_bytes(s, index)));
    }
    default:
        return QVariant();
    }
}

} // namespace fero::sqlite
