// feroscope-cli: dispatch to one command. See cli.h for the exit codes.
#include "cli.h"

#include "i18n.h"
#include "base/processsetup.h"

namespace {

QString topLevelHelp()
{
    return fero::cli::Tr::tr(
               "Usage:\n"
               "  feroscope-cli inspect [--json] [--reveal] [--from FORMAT] [--passcode P | --passcode-file PATH|-]\n"
               "                        [--account N] PATH|-\n"
               "  feroscope-cli convert IN OUT --to FORMAT [--format-version N] [--from FORMAT]\n"
               "                        [--user-id ID] [--api-id ID] [--test-mode] [--pyrogram-old-layout]\n"
               "                        [--passcode P | --passcode-file PATH|-]\n"
               "                        [--out-passcode P | --out-passcode-file PATH|-] [--account N]\n"
               "                        [--accept-loss] [--force] [--json]\n"
               "  feroscope-cli convert IN... --out-dir DIR --to FORMAT [options as above]\n"
               "  feroscope-cli scan FOLDER [--recursive] [--json]\n"
               "  feroscope-cli delete PATH [--permanent] [--rows-only] [--yes]\n"
               "  feroscope-cli restrict PATH\n"
               "  feroscope-cli locate [--all] [--json]\n"
               "  feroscope-cli diff A B [--json]\n"
               "  feroscope-cli prune IN OUT [--min-peers] [--channel-pts] [--peer ID...]\n"
               "  feroscope-cli --version | --help | COMMAND --help\n"
               "\n"
               "FORMAT: %1\n"
               "Exit codes: 0 ok, 1 usage, 2 unreadable or invalid input, 3 refused, 4 I/O failure.")
        .arg(fero::cli::formatIdList());
}

} // namespace

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
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(topLevelHelp());
        return Ok;
    }
    if (command == u"inspect")
        return runInspect(args);
    if (command == u"convert")
        return runConvert(args);
    if (command == u"scan")
        return runScan(args);
    if (command == u"delete")
        return runDelete(args);
    if (command == u"restrict")
        return runRestrict(args);
    if (command == u"diff")
        return runDiff(args);
    if (command == u"prune")
        return runPrune(args);
    if (command == u"locate")
        return runLocate(args);
    return usageError(wantsJson(args), fero::cli::Tr::tr("Unknown command \"%1\". See: feroscope-cli --help").arg(command));
}
