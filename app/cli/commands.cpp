#include "commands.h"

#include "cli.h"
#include "formats/traits.h"

#include <algorithm>

namespace fero::cli {
namespace {

#define TEXT(text) QT_TRANSLATE_NOOP("Cli", text)

// The options in the order COMMAND --help lists them.
constexpr OptionSpec kInspectOptions[] = {
    {"json", nullptr, TEXT("Print the session as JSON.")},
    {"reveal", nullptr, TEXT("Show auth keys and tokens instead of hiding them.")},
    {"from", "FORMAT", TEXT("Read as FORMAT instead of detecting it.")},
    {"passcode", "P",
     TEXT("The local passcode of a Telegram Desktop tdata folder (asked for on a terminal when needed and not "
          "given).")},
    {"passcode-file", "PATH",
     TEXT("Read the local passcode from a file (- for standard input) instead of the command line, where other "
          "users can see it; one final line break is ignored.")},
    {"session-key", "HEX",
     TEXT("The key of a WTelegramClient session: the app's api_hash, or its session_key if it set one (asked for on "
          "a terminal when needed and not given).")},
    {"session-key-file", "PATH",
     TEXT("Read --session-key from a file (- for standard input) instead of the command line, where other users "
          "can see it; one final line break is ignored.")},
    {"account", "N",
     TEXT("Show account N of a source holding several: its position (0 is the first) or its native id (index:N a "
          "tdata account index, slot:N an Android slot, name:X a tdl namespace).")},
};

constexpr OptionSpec kConvertOptions[] = {
    {"to", "FORMAT", TEXT("Target FORMAT (required).")},
    {"format-version", "N", TEXT("ferogram generation 5-8 for binary, native and SQLite targets (default 8)."), "8"},
    {"from", "FORMAT", TEXT("Read the input as FORMAT instead of detecting it.")},
    {"user-id", "ID", TEXT("The account's user id, for targets that store one (compact, mtcute, Pyrogram, tdata).")},
    {"api-id", "ID", TEXT("The app's api_id, for Pyrogram targets (never invented).")},
    {"test-mode", nullptr, TEXT("Mark the account as using Telegram's test DCs (mtcute, Pyrogram, MTKruto).")},
    {"pyrogram-old-layout", nullptr, TEXT("Write Pyrogram's old 64-bit string layout, which has no api_id.")},
    {"passcode", "P",
     TEXT("The local passcode of a tdata input (asked for on a terminal when needed), and the passcode a written "
          "tdata gets.")},
    {"passcode-file", "PATH",
     TEXT("Read --passcode from a file (- for standard input) instead of the command line, where other users can "
          "see it; one final line break is ignored.")},
    {"out-passcode", "P", TEXT("The passcode a written tdata gets, when it differs from --passcode (empty = none).")},
    {"out-passcode-file", "PATH", TEXT("Read --out-passcode from a file (- for standard input).")},
    {"session-key", "HEX",
     TEXT("The key of a WTelegramClient input (its api_hash or session_key), and the key a written WTelegramClient "
          "session gets.")},
    {"session-key-file", "PATH", TEXT("Read --session-key from a file (- for standard input).")},
    {"account", "N",
     TEXT("Convert account N of a source holding several: its position (0 is the first) or its native id "
          "(index:N, slot:N, name:X); a multi-account target takes all of them unless given.")},
    {"keep", "first|last",
     TEXT("Entries a ferogram database cannot hold twice (DC entries with the same id and flags, peers or min "
          "peers with the same id): keep the first or the last of each. The others are dropped and listed in the "
          "loss report.")},
    {"accept-loss", nullptr, TEXT("Write even when data is lost.")},
    {"force", nullptr, TEXT("Replace an existing output.")},
    {"json", nullptr, TEXT("Print the result as JSON.")},
    {"out-dir", "DIR", TEXT("Convert every input into this folder.")},
    {"resume", nullptr,
     TEXT("With --out-dir: skip the inputs an interrupted run of the same batch completed (by the journal it keeps "
          "in DIR) and convert the rest.")},
};

constexpr OptionSpec kScanOptions[] = {
    {"recursive", nullptr, TEXT("Also scan sub-folders.")},
    {"json", nullptr, TEXT("Print the result as JSON.")},
    {"json-lines", nullptr,
     TEXT("Print one JSON object per line: each session as it is found, then the groups of sessions sharing a "
          "key, then a summary.")},
};

constexpr OptionSpec kDeleteOptions[] = {
    {"permanent", nullptr, TEXT("Delete for good instead of moving to the trash.")},
    {"rows-only", nullptr, TEXT("SQLite: clear the session rows only (what ferogram's delete does).")},
    {"yes", nullptr, TEXT("Do not ask for confirmation.")},
};

constexpr OptionSpec kDiffOptions[] = {
    {"from", "FORMAT", TEXT("Read both sessions as FORMAT instead of detecting it.")},
    {"json", nullptr, TEXT("Print the differences as JSON.")},
};

constexpr OptionSpec kPruneOptions[] = {
    {"min-peers", nullptr, TEXT("Remove every min peer.")},
    {"channel-pts", nullptr, TEXT("Clear the per-channel pts table.")},
    {"peer", "ID", TEXT("Remove the cached peer(s) with this id (repeatable).")},
    {"format-version", "N", TEXT("Write this ferogram version instead of the input's.")},
    {"accept-loss", nullptr, TEXT("Write even when data is lost.")},
    {"force", nullptr, TEXT("Replace OUT if it exists.")},
};

constexpr OptionSpec kLocateOptions[] = {
    {"all", nullptr, TEXT("Also list the usual places that do not exist here.")},
    {"json", nullptr, TEXT("Print the result as JSON.")},
};

const Command kCommands[] = {
    {"inspect", runInspect,
     TEXT("[--json] [--reveal] [--from FORMAT] [--passcode P | --passcode-file PATH|-] [--session-key HEX | --session-key-file PATH|-] [--account N] PATH|-"),
     TEXT("Show what a session holds."), "PATH|-",
     TEXT("A session file or folder, or - to read a string or file from standard input."), kInspectOptions},
    {"convert", runConvert,
     TEXT("IN OUT --to FORMAT [--format-version N] [--from FORMAT] [--user-id ID] [--api-id ID] [--test-mode] "
          "[--pyrogram-old-layout] [--passcode P | --passcode-file PATH|-] "
          "[--out-passcode P | --out-passcode-file PATH|-] [--session-key HEX | --session-key-file PATH|-] [--account N] [--keep first|last] [--accept-loss] "
          "[--force] [--json]\n"
          "IN... --out-dir DIR --to FORMAT [--resume] [options as above]"),
     TEXT("Convert a session to another format, saying what is lost."), "IN... [OUT]",
     TEXT("Input path(s) (- for standard input) and the output path (- for standard output), or several inputs "
          "with --out-dir."),
     kConvertOptions},
    {"scan", runScan, TEXT("FOLDER [--recursive] [--json | --json-lines]"), TEXT("List every session in a folder."),
     "FOLDER", TEXT("The folder to scan."), kScanOptions},
    {"delete", runDelete, TEXT("PATH [--permanent] [--rows-only] [--yes]"),
     TEXT("Delete a session (to the trash unless --permanent)."), "PATH", TEXT("The session to delete."),
     kDeleteOptions},
    {"restrict",
     runRestrict,
     TEXT("PATH"),
     TEXT("Make a session readable by its owner only (0600)."),
     "PATH",
     TEXT("The session file."),
     {}},
    {"diff", runDiff, TEXT("A B [--from FORMAT] [--json]"),
     TEXT("Compare two sessions: DC table, counters, peer cache, min peers and channel pts."), "A B",
     TEXT("The two sessions; B is compared against A."), kDiffOptions},
    {"prune", runPrune,
     TEXT("IN OUT [--min-peers] [--channel-pts] [--peer ID...] [--format-version N] [--accept-loss] [--force]"),
     TEXT("Write a copy of a session with peers, min peers or channel pts removed."), "IN OUT",
     TEXT("The session to clean and the file to write."), kPruneOptions},
    {"locate", runLocate, TEXT("[--all] [--json]"),
     TEXT("List the usual Telegram Desktop tdata folders that exist on this system."), "", "", kLocateOptions},
};

#undef TEXT

constexpr qsizetype Width = 100;

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Splits at spaces outside brackets: "[--passcode P | --passcode-file
// PATH|-]" is one piece, never broken over two lines.
QStringList pieces(const QString &line)
{
    QStringList result(QString{});
    int depth = 0;
    for (const QChar c : line) {
        depth += c == u'[' ? 1 : c == u']' ? -1 : 0;
        if (c == u' ' && depth == 0) {
            if (!result.back().isEmpty())
                result << QString();
            continue;
        }
        result.back() += c;
    }
    if (result.back().isEmpty())
        result.removeLast();
    return result;
}

// `head` followed by the words, as many to a line as fit in Width; the
// following lines start under the first word.
QString wrapped(const QString &head, const QStringList &words)
{
    QStringList lines;
    QString line = head;
    bool fresh = true; // no word on this line yet
    for (const QString &word : words) {
        if (!fresh && line.size() + 1 + word.size() > Width) {
            lines << line;
            line = QString(head.size(), u' ');
            fresh = true;
        }
        if (!fresh)
            line += u' ';
        line += word;
        fresh = false;
    }
    lines << line;
    for (QString &l : lines)
        while (l.endsWith(u' '))
            l.chop(1);
    return lines.join(u'\n');
}

QStringList usageLines(const Command &command)
{
    const QString head = QStringLiteral("feroscope-cli %1 ").arg(QLatin1StringView(command.name));
    QStringList lines;
    for (const QString &usage : translated(command.synopsis).split(u'\n'))
        lines << wrapped(head, pieces(usage)).split(u'\n');
    return lines;
}

QString indented(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines)
        result << QStringLiteral("  ") + line;
    return result.join(u'\n');
}

// "  --to FORMAT    Target FORMAT (required).": names in one column, their
// help wrapped beside it.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype column = 0;
    for (const auto &[left, right] : rows)
        column = std::max(column, left.size());
    QStringList lines;
    for (const auto &[left, right] : rows)
        lines << wrapped(QStringLiteral("  ") + left.leftJustified(column + 2), right.split(u' '));
    return lines.join(u'\n');
}

QString formatList()
{
    QList<std::pair<QString, QString>> rows;
    qsizetype nameWidth = 0;
    for (const FormatTraits &t : allFormatTraits())
        nameWidth = std::max(nameWidth, t.displayName().size());
    for (const FormatTraits &t : allFormatTraits()) {
        QStringList can;
        if (t.canRead)
            can << Tr::tr("read");
        if (t.canWrite)
            can << Tr::tr("write");
        rows.append({QString::fromLatin1(t.id), t.displayName().leftJustified(nameWidth + 2) + can.join(u", ")});
    }
    return table(rows);
}

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

const Command *findCommand(QStringView name)
{
    for (const Command &command : kCommands)
        if (name == QLatin1StringView(command.name))
            return &command;
    return nullptr;
}

QCommandLineOption parserOption(const OptionSpec &spec)
{
    return spec.valueName ? QCommandLineOption(QString::fromLatin1(spec.name), translated(spec.help),
                                               QString::fromLatin1(spec.valueName),
                                               spec.defaultValue ? QString::fromLatin1(spec.defaultValue) : QString())
                          : QCommandLineOption(QString::fromLatin1(spec.name), translated(spec.help));
}

QCommandLineOption option(const Command &command, const char *name)
{
    for (const OptionSpec &spec : command.options)
        if (qstrcmp(spec.name, name) == 0)
            return parserOption(spec);
    qFatal("feroscope-cli %s: --%s is not in the command table (app/cli/commands.cpp)", command.name, name);
}

QString usageText()
{
    QStringList lines;
    for (const Command &command : kCommands)
        lines << usageLines(command);
    lines << QStringLiteral("feroscope-cli --version | --help | COMMAND --help");
    return lines.join(u'\n');
}

QString topLevelHelp()
{
    QList<std::pair<QString, QString>> commandRows;
    for (const Command &command : kCommands)
        commandRows.append({QString::fromLatin1(command.name), translated(command.description)});
    return Tr::tr("Usage:") + u'\n' + indented(usageText().split(u'\n')) + QStringLiteral("\n\n") + Tr::tr("Commands:")
           + u'\n' + table(commandRows) + QStringLiteral("\n\n")
           + Tr::tr("FORMAT (the input's is detected; --from forces one, --to chooses the output's):") + u'\n'
           + formatList() + QStringLiteral("\n\n")
           + Tr::tr("Exit codes: 0 ok, 1 usage, 2 unreadable or invalid input, 3 refused, 4 I/O failure.");
}

QString commandHelp(const Command &command)
{
    QString help = Tr::tr("Usage:") + u'\n' + indented(usageLines(command)) + QStringLiteral("\n\n")
                   + translated(command.description);
    if (*command.arguments)
        help += QStringLiteral("\n\n") + Tr::tr("Arguments:") + u'\n'
                + table({{QString::fromLatin1(command.arguments), translated(command.argumentsHelp)}});
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &spec : command.options) {
        QString left = QStringLiteral("--") + QLatin1StringView(spec.name);
        if (spec.valueName)
            left += u' ' + QLatin1StringView(spec.valueName);
        rows.append({left, translated(spec.help)});
    }
    rows.append({QStringLiteral("-h, --help"), Tr::tr("Show this help.")});
    return help + QStringLiteral("\n\n") + Tr::tr("Options:") + u'\n' + table(rows);
}

} // namespace fero::cli
