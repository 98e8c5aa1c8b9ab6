#include "cli.h"

#include "base/secret.h"
#include "formats/traits.h"
#include "open/opener.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace fero::cli {

bool wantsJson(const QStringList &args)
{
    return args.contains(QStringLiteral("--json"));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const Command &command, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : command.options)
        parser.addOption(parserOption(spec));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(QStringLiteral("feroscope-cli ") + QLatin1StringView(command.name));
    const QString name = QString::fromLatin1(command.name);
    if (!parser.parse(argv))
        return usageError(wantsJson(args),
                          parser.errorText() + QLatin1Char(' ') + Tr::tr("See: feroscope-cli %1 --help").arg(name));
    if (parser.isSet(help)) {
        printOut(commandHelp(command));
        return int(Ok);
    }
    return std::nullopt;
}

QString formatIdList()
{
    QStringList ids;
    for (const FormatTraits &t : allFormatTraits())
        if (t.canRead)
            ids << QString::fromLatin1(t.id);
    return ids.join(QStringLiteral(", "));
}

Result<Format> parseFormatId(const QString &flag, const QString &id)
{
    const std::optional<Format> format = formatFromId(id);
    if (!format)
        return Error::usage(Tr::tr("%1: unknown format \"%2\" (known: %3).").arg(flag, id, formatIdList()));
    if (!traits(*format).canRead)
        return Error::usage(Tr::tr("%1: %2 is not supported by this build yet (supported: %3).")
                                .arg(flag, traits(*format).displayName(), formatIdList()));
    return *format;
}

Result<QByteArray> readStdin()
{
    // With read(2) into a SecretBuffer that grows by allocate-copy-wipe, then
    // one exact copy (the caller wipes it): QFile::read(max) reserved 64 MiB
    // rounded up to 128 for any input, and stdio would keep a copy in its
    // buffer.
    SecretBuffer buffer(64 * 1024);
    for (;;) {
        if (buffer.size() > MaxSessionFileBytes)
            return Error::invalid(Tr::tr("Standard input is too large to be a session."));
        if (buffer.size() == buffer.capacity())
            buffer.reserve(std::min<qsizetype>(2 * buffer.capacity(), MaxSessionFileBytes + 1));
        const qsizetype at = buffer.size();
        buffer.resize(buffer.capacity());
        const ssize_t n = ::read(STDIN_FILENO, buffer.data() + at, std::size_t(buffer.size() - at));
        const int error = n < 0 ? errno : 0;
        buffer.resize(at + std::max<qsizetype>(n, 0));
        if (error == EINTR)
            continue;
        if (error)
            return Error::io(Tr::tr("Cannot read standard input: %1").arg(qt_error_string(error)));
        if (n == 0)
            return QByteArray(buffer.data(), buffer.size());
    }
}

} // namespace fero::cli
