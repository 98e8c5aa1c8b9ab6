// Small conversions shared by the foreign database and folder codecs.
#pragma once

#include "model/session.h"

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

// The DC entry a one-DC file format keeps (Telethon's sessions row, GramJS's
// auth files, Pyrogram's sessions row, tdata's home key): the home DC's,
// one with a key first, then one that is not media-only. Writers and the
// loss report share it, so the entry reported on is the entry written.
inline const DcEntry *keptHomeEntry(const Session &session)
{
    const DcEntry *best = nullptr;
    const auto rank = [](const DcEntry &e) { return (e.authKey ? 2 : 0) + ((e.flags & DcFlag::MediaOnly) ? 0 : 1); };
    for (const DcEntry &dc : session.dcs)
        if (dc.dcId == session.homeDcId && (!best || rank(dc) > rank(*best)))
            best = &dc;
    return best;
}

} // namespace fero
