#include "format.h"

#include <QCoreApplication>

#include <array>

namespace fero {
namespace {

struct FormatInfo {
    Format format;
    const char *id;
    const char *name; // translated through FormatNames below
};

// Order = menu order in the GUI and --help listing.
constexpr std::array kFormats{
    FormatInfo{Format::FerogramBinary, "ferogram-binary", QT_TRANSLATE_NOOP("FormatNames", "ferogram binary file")},
    FormatInfo{Format::FerogramSqlite, "ferogram-sqlite", QT_TRANSLATE_NOOP("FormatNames", "ferogram SQLite database")},
    FormatInfo{Format::FerogramNative, "ferogram-native", QT_TRANSLATE_NOOP("FormatNames", "ferogram native string")},
    FormatInfo{Format::FerogramCompactV2, "ferogram-compact-v2", QT_TRANSLATE_NOOP("FormatNames", "ferogram compact string V2")},
    FormatInfo{Format::FerogramCompactV1, "ferogram-compact-v1", QT_TRANSLATE_NOOP("FormatNames", "ferogram compact string V1")},
    FormatInfo{Format::TelethonString, "telethon-string", QT_TRANSLATE_NOOP("FormatNames", "Telethon string")},
    FormatInfo{Format::TelethonSqlite, "telethon-sqlite", QT_TRANSLATE_NOOP("FormatNames", "Telethon SQLite session")},
    FormatInfo{Format::PyrogramString, "pyrogram-string", QT_TRANSLATE_NOOP("FormatNames", "Pyrogram string")},
    FormatInfo{Format::PyrogramSqlite, "pyrogram-sqlite", QT_TRANSLATE_NOOP("FormatNames", "Pyrogram SQLite session")},
    FormatInfo{Format::GramjsString, "gramjs-string", QT_TRANSLATE_NOOP("FormatNames", "GramJS string")},
    FormatInfo{Format::GramjsStore, "gramjs-store", QT_TRANSLATE_NOOP("FormatNames", "GramJS store folder")},
    FormatInfo{Format::MtcuteString, "mtcute-string", QT_TRANSLATE_NOOP("FormatNames", "mtcute string")},
    FormatInfo{Format::MtkrutoString, "mtkruto-string", QT_TRANSLATE_NOOP("FormatNames", "MTKruto string")},
    FormatInfo{Format::TdesktopTdata, "tdesktop-tdata", QT_TRANSLATE_NOOP("FormatNames", "Telegram Desktop tdata")},
};

// Formats whose codecs exist in this build. Foreign formats join as they land.
constexpr std::array kSupported{
    Format::FerogramBinary,   Format::FerogramSqlite,    Format::FerogramNative,
    Format::FerogramCompactV2, Format::FerogramCompactV1,
    // Other libraries' file sessions (foreign-files).
    Format::TelethonSqlite, Format::PyrogramSqlite, Format::GramjsStore, Format::TdesktopTdata,
    // Other libraries' session strings (foreign-strings).
    Format::TelethonString, Format::GramjsString, Format::MtcuteString, Format::PyrogramString, Format::MtkrutoString,
};

const FormatInfo &info(Format format)
{
    for (const auto &entry : kFormats)
        if (entry.format == format)
            return entry;
    Q_UNREACHABLE();
}

} // namespace

QString formatId(Format format)
{
    return QString::fromLatin1(info(format).id);
}

std::optional<Format> formatFromId(QStringView id)
{
    for (const auto &entry : kFormats)
        if (id == QLatin1StringView(entry.id))
            return entry.format;
    return std::nullopt;
}

QString formatDisplayName(Format format)
{
    return QCoreApplication::translate("FormatNames", info(format).name);
}

std::span<const Format> supportedFormats()
{
    return kSupported;
}

bool isStringFormat(Format format)
{
    switch (format) {
    case Format::FerogramNative:
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
    case Format::TelethonString:
    case Format::GramjsString:
    case Format::MtcuteString:
    case Format::PyrogramString:
    case Format::MtkrutoString:
        return true;
    default:
        return false;
    }
}

bool hasFerogramVersion(Format format)
{
    return format == Format::FerogramBinary || format == Format::FerogramNative
        || format == Format::FerogramSqlite;
}

} // namespace fero
