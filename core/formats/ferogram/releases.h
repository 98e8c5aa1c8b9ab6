// ferogram's releases and the newest binary version each reads
// (ferogram-formats.md §2, "Compatibility at a glance"): the one table behind
// the inspector's "opens with ..." sentences and the desktop app's release
// setting and "too new for the release you use" flag. Front ends reach it
// through inspect/inspect.h.
#pragma once

#include "formats/format.h"

#include <QList>
#include <QString>

namespace fero {

struct FerogramRelease {
    QString key;          // stored in settings: "0.6.5"
    QString label;        // shown: "0.6.5", or a range of releases that read alike
    int newestBinaryRead; // binary/native versions up to this one open
};

// Oldest first; the last one is the newest release.
const QList<FerogramRelease> &ferogramReleases();
// The release with that key, or the newest when unknown.
FerogramRelease ferogramRelease(const QString &key);
// The oldest release that opens a binary file or native string of this
// version (the newest release for a version newer than any reads).
const FerogramRelease &oldestReleaseReading(int version);

// True when `release` cannot open a session of this format and version: a
// binary file or native string newer than it reads (upstream then renames the
// file to .bak and starts empty). Databases open in every release.
bool tooNewFor(Format format, int version, const FerogramRelease &release);

} // namespace fero
