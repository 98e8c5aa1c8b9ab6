// feroscope-cli diff A B [--json] [--from FORMAT]
// Compares two sessions (core/diff.h). Exit 0 whether or not they differ
// (the answer is in the output: "identical" in JSON, a first line in text);
// non-zero only when a session cannot be read.
#include "cli.h"

#include "inspect/diff.h"
#include "open/opener.h"

namespace fero::cli {

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the differences as JSON."));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Read both sessions as FORMAT instead of detecting it."),
                                  QStringLiteral("FORMAT"));
    parser.addOptions({json, from});
    const CommandSpec spec{QStringLiteral("diff"),
                           Tr::tr("Compare two sessions: DC table, counters, peer cache, min peers and channel pts."),
                           QStringLiteral("A B"), Tr::tr("The two sessions; B is compared against A.")};
    if (auto stop = parseCommand(parser, spec, args))
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
