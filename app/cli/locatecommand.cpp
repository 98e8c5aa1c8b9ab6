// feroscope-cli locate [--all] [--json]: where Telegram Desktop (and its
// forks, snap and Flatpak builds) keep tdata on this system.
#include "cli.h"

#include "base/jsonwriter.h"
#include "open/locations.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace fero::cli {

int runLocate(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption all = option(command, "all");
    const QCommandLineOption json = option(command, "json");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const bool asJson = parser.isSet(json);
    if (!parser.positionalArguments().isEmpty())
        return usageError(asJson, Tr::tr("locate takes no arguments."));

    const std::vector<SessionLocation> listed = usualTdataLocations(parser.isSet(all));
    if (asJson) {
        JsonWriter out;
        out.beginObject().key("locations").beginArray();
        for (const SessionLocation &location : listed) {
            out.beginObject().key("path").value(location.path).key("exists").value(location.exists);
            out.key("needs_passcode");
            location.needsPasscode ? out.value(*location.needsPasscode) : out.null();
            out.endObject();
        }
        out.endArray().endObject();
        writeOut(out.take() + '\n');
        return Ok;
    }
    if (std::none_of(listed.begin(), listed.end(), [](const SessionLocation &l) { return l.exists; }))
        printOut(Tr::tr("No tdata folder in the usual places (see --all for the list searched)."));
    for (const SessionLocation &location : listed) {
        QString line = QDir::toNativeSeparators(location.path);
        if (location.needsPasscode.value_or(false))
            line += QStringLiteral("  ") + Tr::tr("(local passcode set)");
        else if (!location.exists)
            line += QStringLiteral("  ") + Tr::tr("(not here)");
        printOut(line);
    }
    return Ok;
}

} // namespace fero::cli
