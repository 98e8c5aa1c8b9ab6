#include "open/locations.h"

#include "formats/tdesktop/tdata.h"

namespace fero {

std::vector<SessionLocation> usualTdataLocations(bool includeMissing)
{
    const QStringList found = tdata::existingLocations();
    std::vector<SessionLocation> locations;
    for (const QString &path : includeMissing ? tdata::usualLocations() : found) {
        SessionLocation location;
        location.path = path;
        location.exists = found.contains(path);
        if (location.exists) // opens the key file: only where there is one
            location.needsPasscode = tdata::needsPasscode(path);
        locations.push_back(std::move(location));
    }
    return locations;
}

} // namespace fero
