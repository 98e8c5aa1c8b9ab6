// feroscope-cli: the commands and the helpers they share. Thin on purpose:
// parsing and printing live here, every decision about sessions in the core.
#pragma once

#include "base/result.h"
#include "commands.h"
#include "formats/format.h"
#include "model/decoded.h"
#include "open/accountchoice.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fero::cli {

// Exit codes (the contract other tools rely on).
enum Exit { Ok = 0, Usage = 1, Invalid = 2, Refused = 3, Io = 4 };

// Every message of the CLI is in the one "Cli" context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The commands; each is a row of the table in commands.cpp, which passes
// the row back so the command parses exactly the options listed there.
int runInspect(const Command &command, const QStringList &args);
int runConvert(const Command &command, const QStringList &args);
int runScan(const Command &command, const QStringList &args);
int runDelete(const Command &command, const QStringList &args);   // filecommands.cpp
int runRestrict(const Command &command, const QStringList &args); // filecommands.cpp
int runDiff(const Command &command, const QStringList &args);
int runPrune(const Command &command, const QStringList &args);
int runLocate(const Command &command, const QStringList &args);

// --- output.cpp -------------------------------------------------------------
void printOut(const QString &text);     // a line on stdout
void printErr(const QString &text);     // a line on stderr
void writeOut(const QByteArray &bytes); // raw bytes on stdout
// Prints an error as the contract says ({"error"} on stdout with --json, a
// sentence on stderr without) and returns its exit code.
int fail(bool json, const Error &error);
int usageError(bool json, const QString &message);

// --- inspectcommand.cpp -----------------------------------------------------
// Prefixes the path when a reader's message does not name it.
Error aboutPath(Error error, const QString &path);

// --- source.cpp -------------------------------------------------------------
Result<DecodedSession> openSource(const QString &path, std::optional<Format> forced,
                                  const std::optional<QString> &passcode);
// --passcode-file PATH|-: the file's text but for one final line break (at
// most 4 KiB), read without any intermediate buffer so only the returned
// copy exists.
Result<QString> readPasscodeFile(const QString &flag, const QString &path);
// A passcode given as `value` (--passcode P) or read from `file`
// (--passcode-file PATH|-); both is a usage error; nullopt when neither.
// The secret that opens the input: a tdata passcode (--passcode, --passcode-file)
// or a WTelegramClient session key (--session-key, --session-key-file); both
// kinds at once is a usage error; nullopt when none.
Result<std::optional<QString>> inputSecretOption(const QCommandLineParser &parser, const QCommandLineOption &passcode,
                                                 const QCommandLineOption &passcodeFile,
                                                 const QCommandLineOption &sessionKey,
                                                 const QCommandLineOption &sessionKeyFile);
Result<std::optional<QString>> passcodeOption(const QCommandLineParser &parser, const QCommandLineOption &value,
                                              const QCommandLineOption &file);
// --account N (0-based); nullopt when not given.
// --account N | index:N | slot:N | name:X (open/accountchoice.h).
Result<std::optional<AccountChoice>> parseAccount(const QString &flagValue, bool isSet);
// The position --account names in decoded (nullopt when not given).
Result<std::optional<std::size_t>> checkAccount(const DecodedSession &decoded,
                                                const std::optional<AccountChoice> &account);

// --- summary.cpp ------------------------------------------------------------
// The readable inspect output. `path` empty for stdin; `warnings` = reader's
// plus health warnings; `account` = which session of a multi-account source;
// `related` = the files beside it that belong to it (storage.h sideFiles()).
void printSummary(const DecodedSession &decoded, const QStringList &warnings, const QString &path, bool reveal,
                  std::size_t account = 0, const QStringList &related = {});

// --- arguments.cpp ----------------------------------------------------------
// Sets up parser with the command's options (from the table) and --help,
// and parses args; parse errors and --help are handled here, which returns
// an exit code to stop with (or nullopt to go on).
std::optional<int> parseCommand(QCommandLineParser &parser, const Command &command, const QStringList &args);
bool wantsJson(const QStringList &args);
// A FORMAT id given to --from/--to; an unknown id is a usage error naming the flag.
Result<Format> parseFormatId(const QString &flag, const QString &id);
QString formatIdList();
// Reads all of stdin (bounded by the opener's size limit).
Result<QByteArray> readStdin();

} // namespace fero::cli
