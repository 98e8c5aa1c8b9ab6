// feroscope-cli diff A B [--json] [--from FORMAT]
// Compares two sessions (core/diff.h). Exit 0 whether or not they differ
// (the answer is in the output: "identical" in JSON, a first line in text);
// non-zero only when a session cannot be read.
#include "cli.h"

#include "inspect/diff.h"
#include "open/opener.h"

namespace fero::cli {

int runDiff(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json = option(command, "json");
    const QCommandLineOption from = option(command, "from");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;
    const bool asJson = parser.isSet(json);
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 2)
        return usageError(asJson, Tr::tr("diff takes exactly two sessions: A and B."));

    std::optional<Format> forced;
    if (parser.isSet(from)) {
        Result<Format> format = parseFormatId(QStringLiteral("--from"), parser.value(from));
        if (!format)
            return fail(asJson, format.error());
        forced = *format;
    }

    Result<DecodedSession> a = openPath(paths.at(0), forced);
    if (!a)
        return fail(asJson, aboutPath(a.error(), paths.at(0)));
    Result<DecodedSession> b = openPath(paths.at(1), forced);
    if (!b)
        return fail(asJson, aboutPath(b.error(), paths.at(1)));
    if (!asJson && (a->sessions.size() > 1 || b->sessions.size() > 1))
        printErr(Tr::tr("note: a source holds several accounts; comparing the first of each."));

    const SessionDiff diff = diffSessions(a->session(), b->session());
    if (asJson)
        writeOut(diffToJson(diff) + '\n');
    else
        writeOut(diffToText(diff).toUtf8());
    return Ok;
}

} // namespace fero::cli
