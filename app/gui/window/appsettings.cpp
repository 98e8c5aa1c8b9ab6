#include "window/appsettings.h"

#include "inspect/inspect.h"

#include <QSettings>

namespace fero::gui {

namespace {

QString kindKey(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Folder:
        return QStringLiteral("folder");
    case SourceKind::Database:
        return QStringLiteral("database");
    case SourceKind::Demo:
    case SourceKind::File:
    case SourceKind::Pasted:
    case SourceKind::Modified:
        break;
    }
    return QStringLiteral("file");
}

SourceKind kindFromKey(const QString &key)
{
    if (key == QLatin1String("folder"))
        return SourceKind::Folder;
    if (key == QLatin1String("database"))
        return SourceKind::Database;
    return SourceKind::File;
}

} // namespace

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

int AppSettings::clipboardTimeoutSeconds()
{
    const int seconds = QSettings().value(QStringLiteral("security/clipboardTimeout"), DefaultClipboardSeconds).toInt();
    return seconds > 0 ? seconds : DefaultClipboardSeconds;
}

void AppSettings::setClipboardTimeoutSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("security/clipboardTimeout"), seconds);
}

QString AppSettings::ferogramRelease()
{
    return QSettings().value(QStringLiteral("ferogram/release"), fero::ferogramReleases().constLast().key).toString();
}

void AppSettings::setFerogramRelease(const QString &key)
{
    QSettings().setValue(QStringLiteral("ferogram/release"), key);
}

QList<RecentSource> AppSettings::recentSources()
{
    QSettings settings;
    QList<RecentSource> sources;
    const int count = settings.beginReadArray(QStringLiteral("recent"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString path = settings.value(QStringLiteral("path")).toString();
        // Entries written before "recursive" existed were all scanned recursively.
        if (!path.isEmpty())
            sources.append({kindFromKey(settings.value(QStringLiteral("kind")).toString()), path,
                            settings.value(QStringLiteral("recursive"), true).toBool()});
    }
    settings.endArray();
    return sources;
}

void AppSettings::setRecentSources(const QList<RecentSource> &sources)
{
    QSettings settings;
    settings.remove(QStringLiteral("recent"));
    settings.beginWriteArray(QStringLiteral("recent"));
    int i = 0;
    for (const RecentSource &source : sources) {
        // Only things that live on disk; a pasted string must never land here.
        if (source.kind != SourceKind::File && source.kind != SourceKind::Folder && source.kind != SourceKind::Database)
            continue;
        if (i >= MaxRecentSources)
            break;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("kind"), kindKey(source.kind));
        settings.setValue(QStringLiteral("path"), source.path);
        if (source.kind == SourceKind::Folder)
            settings.setValue(QStringLiteral("recursive"), source.recursive);
    }
    settings.endArray();
}

QStringList AppSettings::openedHistory()
{
    return QSettings().value(QStringLiteral("history/opened")).toStringList().mid(0, MaxOpenedHistory);
}

void AppSettings::setOpenedHistory(const QStringList &paths)
{
    QSettings().setValue(QStringLiteral("history/opened"), paths.mid(0, MaxOpenedHistory));
}

QList<int> AppSettings::libraryHiddenColumns(const QList<int> &defaults)
{
    const QSettings settings;
    if (!settings.contains(QStringLiteral("library/hiddenColumns")))
        return defaults;
    QList<int> columns;
    for (const QVariant &v : settings.value(QStringLiteral("library/hiddenColumns")).toList())
        columns << v.toInt();
    return columns;
}

void AppSettings::setLibraryHiddenColumns(const QList<int> &columns)
{
    QVariantList list;
    for (int c : columns)
        list << c;
    QSettings().setValue(QStringLiteral("library/hiddenColumns"), list);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

QByteArray AppSettings::splitterState()
{
    return QSettings().value(QStringLiteral("window/splitter")).toByteArray();
}

void AppSettings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
    settings.setValue(QStringLiteral("window/splitter"), splitter);
}

} // namespace fero::gui
