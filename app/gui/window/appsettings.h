// The user's settings, typed. Stored with QSettings; nothing secret is ever
// stored here (pasted strings are not remembered, only file and folder paths).
// Not a global: the window reads it and hands values to the models.
#pragma once

#include "library/sessionref.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fero::gui {

struct RecentSource {
    SourceKind kind = SourceKind::File; // File, Folder or Database only
    QString path;
    bool recursive = true; // folders: scanned with their subfolders (the start-up folder is not)
    bool operator==(const RecentSource &) const = default;
};

class AppSettings final {
public:
    static constexpr int DefaultClipboardSeconds = 30;
    static constexpr int MaxRecentSources = 30;

    // "" = follow the system locale.
    static QString language();
    static void setLanguage(const QString &language);

    static int clipboardTimeoutSeconds();
    static void setClipboardTimeoutSeconds(int seconds);

    // Key of the ferogram release the user runs (formats/ferogram/releases.h, through inspect/inspect.h).
    static QString ferogramRelease();
    static void setFerogramRelease(const QString &key);

    static QList<RecentSource> recentSources();
    static void setRecentSources(const QList<RecentSource> &sources);

    // File > Open Recent: what the user opened (files, databases, folders),
    // newest first; kept when a source leaves the library, which is what
    // makes it worth a menu.
    static constexpr int MaxOpenedHistory = 10;
    static QStringList openedHistory();
    static void setOpenedHistory(const QStringList &paths);

    // The library's columns the user hid (header menu); Size, Modified and
    // Flags by default, so the library fits without scrolling sideways.
    static QList<int> libraryHiddenColumns(const QList<int> &defaults);
    static void setLibraryHiddenColumns(const QList<int> &columns);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QByteArray splitterState();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);
};

} // namespace fero::gui
