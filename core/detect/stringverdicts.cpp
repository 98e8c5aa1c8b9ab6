#include "detect/stringverdicts.h"

#include "formats/registry.h"

namespace fero {

QString libraryVerdict(Format library, QStringView text, std::optional<Format> actual)
{
    const auto verdict = codec(library).verdict;
    return verdict ? verdict(text.trimmed(), actual) : QString();
}

} // namespace fero
