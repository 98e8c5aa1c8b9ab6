// Database contents as text for comparisons: every row of a query as
// "type:value" cells (SQLite storage classes by Qt type), blobs in hex.
// Shared by tst_telethon2sqlite and tst_mtcutesqlite.
#pragma once

#include "formats/common/sqliterows.h"

#include <QStringList>

namespace fero::test {

inline QStringList dump(const QString &path, const QString &sql, int columns = 8)
{
    auto view = sqlite::openReadView(path);
    if (!view)
        return {QStringLiteral("ERROR ") + view.error().message};
    sqlite::Rows rows((*view)->handle(), sql);
    QStringList out;
    while (rows.next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i) {
            const QVariant v = rows.value(i);
            cells << (v.isValid() ? QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName()),
                                                                v.typeId() == QMetaType::QByteArray
                                                                    ? QString::fromLatin1(v.toByteArray().toHex())
                                                                    : v.toString())
                                  : QStringLiteral("null"));
        }
        out << cells.join(u'|');
    }
    if (rows.failed())
        out << QStringLiteral("ERROR ") + rows.errorText();
    return out;
}

inline QStringList tableDump(const QString &path, const QString &table)
{
    return dump(path, QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
}

// sqlite_master as (type, name, sql), in creation order.
inline QStringList schemaDump(const QString &path)
{
    return dump(path, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY rowid"), 3);
}

} // namespace fero::test
