// feroscope-cli inspect [--json] [--reveal] [--from FORMAT] [--passcode P | --passcode-file PATH|-]
//                       [--account N] PATH|-
#include "cli.h"

#include "base/secret.h"
#include "formats/traits.h"
#include "inspect/foreignjson.h"
#include "inspect/inspect.h"
#include "inspect/sessionjson.h"
#include "storage/storage.h"

#include <QDir>
#include <QFileInfo>

namespace fero::cli {

// A reader's message does not always say which file it was about.
Error aboutPath(Error error, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // A recognised store's error is its one sentence, as inspect --json promises.
    if (path != u"-" && error.recognised.isEmpty() && !error.message.contains(shown))
        error.message = Tr::tr("%1: %2").arg(shown, error.message);
    return error;
}

int runInspect(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json = option(command, "json");
    const QCommandLineOption reveal = option(command, "reveal");
    const QCommandLineOption from = option(command, "from");
    const QCommandLineOption passcode = option(command, "passcode");
    const QCommandLineOption passcodeFile = option(command, "passcode-file");
    const QCommandLineOption sessionKey = option(command, "session-key");
    const QCommandLineOption sessionKeyFile = option(command, "session-key-file");
    const QCommandLineOption account = option(command, "account");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const bool asJson = parser.isSet(json);
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1)
        return usageError(asJson, Tr::tr("inspect takes exactly one PATH (or - for standard input)."));
    const QString path = paths.front();

    std::optional<Format> forced;
    if (parser.isSet(from)) {
        Result<Format> format = parseFormatId(QStringLiteral("--from"), parser.value(from));
        if (!format)
            return fail(asJson, format.error());
        forced = *format;
    }
    Result<std::optional<AccountChoice>> chosen = parseAccount(parser.value(account), parser.isSet(account));
    if (!chosen)
        return fail(asJson, chosen.error());
    if (path == u"-" && (parser.value(passcodeFile) == u"-" || parser.value(sessionKeyFile) == u"-"))
        return usageError(asJson, Tr::tr("Standard input cannot hold both the session and the passcode; give "
                                         "--passcode-file a file."));
    Result<std::optional<QString>> code = inputSecretOption(parser, passcode, passcodeFile, sessionKey, sessionKeyFile);
    if (!code)
        return fail(asJson, code.error());

    Result<DecodedSession> opened = openSource(path, forced, code.value());
    if (code.value())
        secureWipe(*code.value());
    if (!opened)
        return fail(asJson, opened.error());
    DecodedSession &decoded = opened.value();
    Result<std::optional<std::size_t>> resolved = checkAccount(decoded, *chosen);
    if (!resolved)
        return fail(asJson, resolved.error());
    const std::size_t index = resolved->value_or(0);

    QStringList warnings = decoded.warnings + healthWarnings(decoded, index);
    // Files beside a session file that belong to it: -wal/-shm/-journal and
    // the .bak/.<n>.tmp copies upstream leaves (keys and all).
    const bool file = path != u"-" && QFileInfo(path).isFile();
    const QStringList related = file ? sideFiles(path) : QStringList();
    for (const QString &other : related)
        if (readableByOthers(other))
            warnings << Tr::tr("%1 beside the session is readable by other users (mode %2); it belongs to the "
                               "session and can hold its keys. \"feroscope-cli restrict\" on the session restricts "
                               "it too.")
                            .arg(QDir::toNativeSeparators(other), modeText(other));
    if (asJson) {
        decoded.warnings = warnings;
        if (traits(decoded.format).isForeign()) {
            ForeignJsonOptions options;
            options.reveal = parser.isSet(reveal);
            options.account = index;
            options.explanation = decoded.explanation;
            if (file)
                options.related = related;
            writeOut(toForeignJson(decoded, options) + '\n');
        } else {
            JsonOptions options;
            options.reveal = parser.isSet(reveal);
            options.account = index;
            if (file)
                options.related = related;
            writeOut(toCanonicalJson(decoded, options) + '\n');
        }
    } else {
        printSummary(decoded, warnings, path == u"-" ? QString() : path, parser.isSet(reveal), index, related);
    }
    return Ok;
}

} // namespace fero::cli
