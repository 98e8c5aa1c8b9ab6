// ferogram releases and the newest binary version each can read
// (ferogram-formats.md §2, "Compatibility at a glance"), for the library's
// "too new for the release you use" flag.
#pragma once

#include "formats/format.h"

#include <QString>
#include <QStringList>

namespace feroscope {

struct FerogramRelease {
    QString key;          // stored in settings: "0.6.5"
    QString label;        // shown: "0.6.5"
    int newestBinaryRead; // binary/native versions up to this one open
};

// Oldest first; the last one is the newest release.
const QList<FerogramRelease> &ferogramReleases();
// The release with that key, or the newest when unknown.
FerogramRelease ferogramRelease(const QString &key);

// True when `release` cannot open a session of this format and version: a
// binary file or native string newer than it reads (upstream then renames the
// file to .bak and starts empty). Databases open in every release.
bool tooNewFor(fero::Format format, int version, const FerogramRelease &release);

} // namespace feroscope
