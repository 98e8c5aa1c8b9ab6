// Where sessions usually live on this system (Telegram Desktop's tdata
// folders, its forks, snap and Flatpak builds), for the front ends: they ask
// here, never a codec.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace fero {

struct SessionLocation {
    QString path;
    bool exists = false;               // holds a tdata (a key_datas file)
    std::optional<bool> needsPasscode; // known only where it exists
};

// Every usual tdata folder, most common first: the ones that exist, or with
// includeMissing every place searched.
std::vector<SessionLocation> usualTdataLocations(bool includeMissing);

} // namespace fero
