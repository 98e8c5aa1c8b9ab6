// feroscope-cli locate [--all] [--json]: where Telegram Desktop (and its
// forks, snap and Flatpak builds) keep tdata on this system.
#include "cli.h"

#include "formats/tdesktop/tdata.h"
#include "base/jsonwriter.h"

#include <QDir>
#include <QFileInfo>

namespace fero::cli {

int runLocate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), tr("Also list the usual places that do not exist here."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({all, json});
    const CommandSpec spec{QStringLiteral("locate"),
                           tr("List the usual Telegram Desktop tdata folders that exist on this system."), QString(),
                           QString()};
    if (auto stop = parseCommand(parser, spec, args))
        return *stop;
    const bool asJson = parser.isSet(json);
    if (!parser.positionalArguments().isEmpty())
        return usageError(asJson, tr("locate takes no arguments."));

    const QStringList found = tdata::existingLocations();
    const QStringList listed = parser.isSet(all) ? tdata::usualLocations() : found;
    if (asJson) {
        JsonWriter out;
        out.beginObject().key("locations").beginArray();
        for (const QString &path : listed) {
            const bool exists = found.contains(path);
            out.beginObject().key("path").value(path).key("exists").value(exists);
            out.key("needs_passcode");
            exists ? out.value(tdata::needsPasscode(path)) : out.null();
            out.endObject();
        }
        out.endArray().endObject();
        writeOut(out.take() + '\n');
        return Ok;
    }
    if (found.isEmpty())
        printOut(tr("No tdata folder in the usual places (see --all for the list searched)."));
    for (const QString &path : listed) {
        const bool exists = found.contains(path);
        QString line = QDir::toNativeSeparators(path);
        if (exists && tdata::needsPasscode(path))
            line += QStringLiteral("  ") + tr("(local passcode set)");
        else if (!exists)
            line += QStringLiteral("  ") + tr("(not here)");
        printOut(line);
    }
    return Ok;
}

} // namespace fero::cli
