#include "formats/ferogram/releases.h"

namespace fero {

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

const FerogramRelease &oldestReleaseReading(int version)
{
    for (const FerogramRelease &release : ferogramReleases()) {
        if (version <= release.newestBinaryRead)
            return release;
    }
    return ferogramReleases().constLast();
}

bool tooNewFor(Format format, int version, const FerogramRelease &release)
{
    // Only the binary reader checks the version byte; a database's schema
    // opens in every release.
    if (format != Format::FerogramBinary && format != Format::FerogramNative)
        return false;
    return version > release.newestBinaryRead;
}

} // namespace fero
