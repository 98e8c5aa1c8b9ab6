#include "formats/format.h"

#include "formats/traits.h"

#include <vector>

namespace fero {

QString formatId(Format format)
{
    return QString::fromLatin1(traits(format).id);
}

std::optional<Format> formatFromId(QStringView id)
{
    // Hydrogram writes Pyrogram's schema byte for byte (pyrogram-forks.md §2);
    // the vectors' manifest names it so.
    if (id == u"hydrogram-sqlite")
        return Format::PyrogramSqlite;
    for (const FormatTraits &t : allFormatTraits())
        if (id == QLatin1StringView(t.id))
            return t.format;
    return std::nullopt;
}

QString formatDisplayName(Format format)
{
    return traits(format).displayName();
}

std::span<const Format> supportedFormats()
{
    static const std::vector<Format> formats = [] {
        std::vector<Format> readable;
        for (const FormatTraits &t : allFormatTraits())
            if (t.canRead)
                readable.push_back(t.format);
        return readable;
    }();
    return formats;
}

bool isStringFormat(Format format)
{
    return traits(format).isString();
}

bool hasFerogramVersion(Format format)
{
    return traits(format).versioned;
}

} // namespace fero
