// feroscope-cli's commands as data: name, what runs it, its synopsis and its
// options. `--help`, `COMMAND --help`, each command's parser and the README's
// usage block (checked by tst_cliusage) all come from this one table, so an
// option cannot be accepted without being documented, or the reverse.
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace fero::cli {

struct OptionSpec {
    const char *name;                   // "passcode-file" for --passcode-file
    const char *valueName = nullptr;    // "PATH"; nullptr for a switch
    const char *help = nullptr;         // one sentence, context "Cli" (translated when shown)
    const char *defaultValue = nullptr; // what value() gives when the option is absent
};

struct Command {
    const char *name; // "convert"
    int (*run)(const Command &command, const QStringList &args);
    // The usages after "feroscope-cli NAME ", one per line; context "Cli".
    // Every --flag in it is an option below and every option is in it
    // (tst_cliusage), so the two are written side by side.
    const char *synopsis;
    const char *description;   // one sentence, context "Cli"
    const char *arguments;     // "IN... [OUT]"; empty when it takes none
    const char *argumentsHelp; // context "Cli"
    std::span<const OptionSpec> options;
};

// Every command, in the order --help lists them.
std::span<const Command> commands();
const Command *findCommand(QStringView name);

// A handle to one of the command's options, for QCommandLineParser::isSet()
// and value(). A name the table lacks stops the program at once: every
// command builds its handles before parsing, so `COMMAND --help` (which the
// tests run for each command) would show it.
QCommandLineOption option(const Command &command, const char *name);
// The parser's option for a row of the table.
QCommandLineOption parserOption(const OptionSpec &spec);

// The usage lines ("feroscope-cli inspect [--json] ..."), wrapped at 100
// columns, continuation lines under the first argument; the README's usage
// block is exactly this.
QString usageText();
// feroscope-cli --help: usage, commands, formats (from the format traits), exit codes.
QString topLevelHelp();
// feroscope-cli COMMAND --help: its usage, description, arguments and options.
QString commandHelp(const Command &command);

} // namespace fero::cli
