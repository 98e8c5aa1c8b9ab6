// Small conversions shared by the foreign database and folder codecs.
#pragma once

#include <QString>
#include <QVariant>

#include <cmath>
#include <optional>

namespace fero {

// NULL -> nullopt; INTEGER, REAL or TEXT -> its text (Telethon's phone column
// holds INTEGER for digits-only phones, foreign-formats.md §3).
inline std::optional<QString> optionalText(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toString();
}

// Whole numbers bind as INTEGER, fractional ones as REAL: the storage classes
// Telethon's float timestamps end up with (§3).
inline QVariant sqliteNumber(double value)
{
    if (std::trunc(value) == value && std::abs(value) < 9.0e15)
        return QVariant(qint64(value));
    return QVariant(value);
}

} // namespace fero
