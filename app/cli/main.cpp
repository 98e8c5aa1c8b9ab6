// feroscope-cli: dispatch to one command of the table (commands.h). See
// cli.h for the exit codes.
#include "cli.h"
#include "docs.h"

#include "base/processsetup.h"
#include "i18n.h"

int main(int argc, char **argv)
{
    // Before anything could read a key or a passcode.
    const fero::CoreDumpGuard hardening = fero::disableCoreDumps();
    fero::tuneAllocator(); // large sessions: no mmap + page faults per buffer
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("feroscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FEROSCOPE_VERSION));
    fero::installTranslations();

    using namespace fero::cli;
    if (!hardening.ok())
        printErr(fero::cli::Tr::tr("warning: %1").arg(hardening.problem()));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printErr(topLevelHelp());
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == u"--version" || command == u"-v") {
        printOut(QStringLiteral("feroscope-cli " FEROSCOPE_VERSION));
        return Ok;
    }
    // Hidden, for the build: the man page and the shell completions, made
    // from the command table so they never drift from --help (tst_clidocs).
    if (command == u"--help-roff" && args.isEmpty()) {
        writeOut(fero::cli::manPage().toUtf8());
        return Ok;
    }
    if (command == u"--completions" && args.size() == 1) {
        if (const std::optional<QString> script = fero::cli::completionScript(args.front())) {
            writeOut(script->toUtf8());
            return Ok;
        }
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(topLevelHelp());
        return Ok;
    }
    if (const Command *found = findCommand(command))
        return found->run(*found, args);
    return usageError(wantsJson(args),
                      fero::cli::Tr::tr("Unknown command \"%1\". See: feroscope-cli --help").arg(command));
}
