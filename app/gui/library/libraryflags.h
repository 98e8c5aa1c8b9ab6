// The per-row flags of the library (issue 4: readable by others, in use,
// too new for the user's ferogram release, same auth key elsewhere): which
// apply to an entry, a small distinct icon for each, and the words for them.
// One place, so the icons, the tooltips, the legend and the Flags column agree.
#pragma once

#include "library/libraryentry.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <iterator>

namespace fero::gui {

enum class LibraryFlag { OthersReadable, InUse, TooNew, DuplicateKey };
inline constexpr LibraryFlag AllLibraryFlags[] = {LibraryFlag::OthersReadable, LibraryFlag::InUse, LibraryFlag::TooNew,
                                                  LibraryFlag::DuplicateKey};

// The flags that apply to an entry, in AllLibraryFlags order.
QList<LibraryFlag> flagsOf(const LibraryEntry &entry);
// A 16 px icon painted in code (no image plugin needed), one shape and colour per flag.
QIcon flagIcon(LibraryFlag flag);
// A few words: "readable by others", "too new for 0.6.4"; a sameKeyCount of 0
// gives the legend's "same key elsewhere".
QString flagShortText(LibraryFlag flag, const QString &releaseLabel, int sameKeyCount = 1);
// What the flag means for this entry and what to do about it (tooltips).
QString flagToolTip(LibraryFlag flag, const LibraryEntry &entry, const QString &releaseLabel);
// Every flag explained, for the header tooltip.
QString flagsLegendToolTip(const QString &releaseLabel);

} // namespace fero::gui
