// feroscope-cli inspect [--json] [--reveal] [--from FORMAT] PATH|-
#include "cli.h"

#include "inspect.h"
#include "opener.h"
#include "sessionjson.h"

#include <QDir>

namespace fero::cli {

// A reader's message does not always say which file it was about.
Error aboutPath(Error error, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path != u"-" && !error.message.contains(shown))
        error.message = tr("%1: %2").arg(shown, error.message);
    return error;
}

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the canonical session JSON."));
    const QCommandLineOption reveal(QStringLiteral("reveal"), tr("Show auth keys and tokens instead of hiding them."));
    const QCommandLineOption from(QStringLiteral("from"), tr("Read as FORMAT instead of detecting it."),
                                  QStringLiteral("FORMAT"));
    parser.addOptions({json, reveal, from});
    const CommandSpec spec{QStringLiteral("inspect"), tr("Show what a session holds."), QStringLiteral("PATH|-"),
                           tr("A session file, or - to read a string or file from standard input.")};
    if (auto stop = parseCommand(parser, spec, args))
        return *stop;
    const bool asJson = parser.isSet(json);
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(asJson, tr("inspect takes exactly one PATH (or - for standard input)."));
    const QString path = paths.front();

    std::optional<Format> forced;
    if (parser.isSet(from)) {
        Result<Format> format = parseFormatId(QStringLiteral("--from"), parser.value(from));
        if (!format)
            return fail(asJson, format.error());
        forced = *format;
    }

    std::optional<Result<DecodedSession>> opened;
    if (path == u"-") {
        Result<QByteArray> bytes = readStdin();
        if (!bytes)
            return fail(asJson, bytes.error());
        opened = openBytes(bytes.value(), forced);
        secureWipe(bytes.value());
    } else {
        opened = openPath(path, forced);
    }
    if (!*opened)
        return fail(asJson, aboutPath(opened->error(), path));

    DecodedSession decoded = std::move(opened->value());
    QStringList warnings = decoded.warnings + healthWarnings(decoded);
    if (asJson) {
        decoded.warnings = warnings;
        JsonOptions options;
        options.reveal = parser.isSet(reveal);
        writeOut(toCanonicalJson(decoded, options) + '\n');
    } else {
        printSummary(decoded, warnings, path == u"-" ? QString() : path, parser.isSet(reveal));
    }
    return Ok;
}

} // namespace fero::cli
