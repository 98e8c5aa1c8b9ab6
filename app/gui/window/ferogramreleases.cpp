#include "window/ferogramreleases.h"

namespace feroscope {

const QList<FerogramRelease> &ferogramReleases()
{
    static const QList<FerogramRelease> releases{
        {QStringLiteral("0.3.0"), QStringLiteral("0.3.0 – 0.5.1"), 5},
        {QStringLiteral("0.5.2"), QStringLiteral("0.5.2 – 0.6.3"), 6},
        {QStringLiteral("0.6.4"), QStringLiteral("0.6.4"), 7},
        {QStringLiteral("0.6.5"), QStringLiteral("0.6.5"), 8},
    };
    return releases;
}

FerogramRelease ferogramRelease(const QString &key)
{
    for (const FerogramRelease &release : ferogramReleases()) {
        if (release.key == key)
            return release;
    }
    return ferogramReleases().constLast();
}

bool tooNewFor(fero::Format format, int version, const FerogramRelease &release)
{
    if (format != fero::Format::FerogramBinary && format != fero::Format::FerogramNative)
        return false;
    return version > release.newestBinaryRead;
}

} // namespace feroscope
