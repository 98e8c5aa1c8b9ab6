// feroscope-cli delete PATH [--permanent] [--rows-only] [--yes]
// feroscope-cli restrict PATH
#include "cli.h"

#include "storage/storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace fero::cli {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Asks on the terminal; only an explicit yes counts.
bool confirm(const QString &question)
{
    printErr(question + QLatin1Char(' ') + Tr::tr("[y/N]"));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes" || answer == Tr::tr("y") || answer == Tr::tr("yes");
}

} // namespace

int runDelete(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption permanent = option(command, "permanent");
    const QCommandLineOption rowsOnly = option(command, "rows-only");
    const QCommandLineOption yes = option(command, "yes");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(false, Tr::tr("delete takes exactly one PATH."));
    if (parser.isSet(permanent) && parser.isSet(rowsOnly))
        return usageError(false, Tr::tr("--permanent and --rows-only exclude each other."));
    const QString path = paths.front();
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return fail(false, Error::invalid(Tr::tr("%1 does not exist.").arg(shown(path))));
    if (info.isDir())
        return fail(false, Error::invalid(Tr::tr("%1 is a folder; delete removes one session file.").arg(shown(path))));

    const DeleteMode mode = parser.isSet(rowsOnly)    ? DeleteMode::RowsOnly
                            : parser.isSet(permanent) ? DeleteMode::Permanent
                                                      : DeleteMode::Trash;
    // Name exactly what goes before asking.
    QString what;
    if (mode == DeleteMode::RowsOnly) {
        what = Tr::tr("the session rows of %1 (the database file stays)").arg(shown(path));
    } else {
        QStringList files{shown(path)};
        for (const QString &companion : companionFiles(path))
            files << shown(companion);
        what = files.join(QStringLiteral(", "));
    }
    const QString question = mode == DeleteMode::Trash       ? Tr::tr("Move to the trash: %1?").arg(what)
                             : mode == DeleteMode::Permanent ? Tr::tr("Delete permanently: %1?").arg(what)
                                                             : Tr::tr("Clear %1?").arg(what);
    if (!parser.isSet(yes)) {
        if (!isatty(STDIN_FILENO))
            return usageError(false, Tr::tr("Refusing to delete without confirmation: no terminal to ask on. Pass "
                                            "--yes to delete %1.")
                                         .arg(what));
        if (!confirm(question)) {
            printErr(Tr::tr("Nothing was deleted."));
            return Refused;
        }
    }

    Result<QStringList> removed = deleteSession(path, mode);
    if (!removed)
        return fail(false, removed.error());
    for (const QString &line : removed.value())
        printOut(line);
    return Ok;
}

int runRestrict(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(false, Tr::tr("restrict takes exactly one PATH."));
    const QString path = paths.front();
    if (!QFileInfo::exists(path))
        return fail(false, Error::invalid(Tr::tr("%1 does not exist.").arg(shown(path))));
    const Result<std::vector<ModeChange>> changed = restrictPermissions(path);
    if (!changed)
        return fail(false, changed.error());
    // Every file of the set: the session, its companions and its leftovers.
    for (const ModeChange &change : changed.value())
        printOut(Tr::tr("%1: mode %2 -> %3").arg(shown(change.path), change.before, change.after));
    return Ok;
}

} // namespace fero::cli
