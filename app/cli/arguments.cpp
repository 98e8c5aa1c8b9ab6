#include "cli.h"

#include "opener.h"

#include <QFile>

#include <cstdio>

namespace fero::cli {

bool wantsJson(const QStringList &args)
{
    return args.contains(QStringLiteral("--json"));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const CommandSpec &spec, const QStringList &args)
{
    parser.setApplicationDescription(spec.description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(spec.positional, spec.positionalHelp);
    QStringList argv = args;
    argv.prepend(QStringLiteral("feroscope-cli ") + spec.name); // what helpText() shows as the program
    if (!parser.parse(argv))
        return usageError(wantsJson(args),
                          parser.errorText() + QLatin1Char(' ') + tr("See: feroscope-cli %1 --help").arg(spec.name));
    if (parser.isSet(help)) {
        printOut(parser.helpText().trimmed());
        return int(Ok);
    }
    return std::nullopt;
}

QString formatIdList()
{
    QStringList ids;
    for (Format format : supportedFormats())
        ids << formatId(format);
    return ids.join(QStringLiteral(", "));
}

Result<Format> parseFormatId(const QString &flag, const QString &id)
{
    const std::optional<Format> format = formatFromId(id);
    if (!format)
        return Error::usage(tr("%1: unknown format \"%2\" (known: %3).").arg(flag, id, formatIdList()));
    bool supported = false;
    for (Format f : supportedFormats())
        supported |= f == *format;
    if (!supported)
        return Error::usage(tr("%1: %2 is not supported by this build yet (supported: %3).")
                                .arg(flag, formatDisplayName(*format), formatIdList()));
    return *format;
}

Result<QByteArray> readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::io(tr("Cannot read standard input: %1").arg(in.errorString()));
    QByteArray bytes = in.read(MaxSessionFileBytes + 1);
    if (bytes.size() > MaxSessionFileBytes)
        return Error::invalid(tr("Standard input is too large to be a session."));
    return bytes;
}

} // namespace fero::cli
