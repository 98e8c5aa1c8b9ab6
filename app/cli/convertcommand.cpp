// feroscope-cli convert IN OUT --to FORMAT [...]
// feroscope-cli convert IN... --out-dir DIR --to FORMAT [...]
#include "cli.h"

#include "base/jsonwriter.h"
#include "base/secret.h"
#include "convert/batch.h"
#include "convert/convert.h"
#include "formats/traits.h"
#include "open/opener.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

#include <unistd.h>

namespace fero::cli {
namespace {

struct ConvertOptions {
    ConvertTarget target;
    std::optional<Format> from;
    std::optional<QString> passcode;    // of a tdata input
    std::optional<AccountChoice> account; // --account N | index:N | slot:N | name:X
    bool acceptLoss = false;
    bool force = false;
    bool resume = false;
    bool json = false;

    ConvertOptions() = default;
    ConvertOptions(const ConvertOptions &) = delete;
    ConvertOptions &operator=(const ConvertOptions &) = delete;
    ~ConvertOptions() // the passcodes are ours: wiped, not just freed
    {
        if (passcode)
            secureWipe(*passcode);
        secureWipe(target.passcode);
    }
};

QByteArray lossesJson(const QString &written, Format format, const QStringList &losses, const QString *text)
{
    JsonWriter json;
    json.beginObject();
    json.key("written").value(written);
    json.key("format").value(formatId(format));
    json.key("losses").beginArray();
    for (const QString &loss : losses)
        json.value(loss);
    json.endArray();
    if (text) // OUT "-" with --json: the string travels inside the object
        json.key("text").value(*text);
    json.endObject();
    return json.take() + '\n';
}

void printLosses(const QStringList &losses, bool toStderr)
{
    auto print = toStderr ? printErr : printOut;
    if (losses.isEmpty()) {
        print(Tr::tr("Nothing is lost in this conversion."));
        return;
    }
    print(Tr::tr("This conversion loses:"));
    for (const QString &loss : losses)
        print(QStringLiteral("  - ") + loss);
}

// Without --json the losses were just listed on stderr; with it, the one
// error object must carry them.
Error lossRefusal(const QStringList &losses, bool listThem)
{
    if (!listThem)
        return Error::refused(Tr::tr("Refusing a conversion that loses data; pass --accept-loss to go ahead."));
    return Error::refused(Tr::tr("Refusing a conversion that loses data (pass --accept-loss to go ahead): %1")
                              .arg(losses.join(QLatin1Char(' '))));
}

// "pyrogram-string": the targets an option applies to, as the refusal names them.
QString formatIdsTaking(TargetOption option)
{
    QStringList ids;
    for (const FormatTraits &t : allFormatTraits())
        if (t.takesOption(option))
            ids << QString::fromLatin1(t.id);
    return ids.join(QStringLiteral(", "));
}

// How the user chooses which of two conflicting entries stays.
QString keepRemedy()
{
    return Tr::tr("pass --keep first or --keep last (the others are dropped and listed in the loss report)");
}

int convertOne(const QString &in, const QString &out, const ConvertOptions &o)
{
    const bool toStdout = out == u"-";
    if (toStdout && !traits(o.target.format).isString())
        return usageError(o.json, Tr::tr("Only string formats can be written to standard output; %1 needs a file.")
                                      .arg(formatId(o.target.format)));
    if (!toStdout && QFileInfo(out).isDir())
        return usageError(
            o.json,
            Tr::tr("%1 is a folder; use --out-dir to convert into a folder.").arg(QDir::toNativeSeparators(out)));

    Result<DecodedSession> opened = openSource(in, o.from, o.passcode);
    if (!opened)
        return fail(o.json, opened.error());
    const DecodedSession &decoded = opened.value();
    Result<std::optional<std::size_t>> resolved = checkAccount(decoded, o.account);
    if (!resolved)
        return fail(o.json, resolved.error());
    ConvertTarget target = o.target;
    const std::size_t index = resolved->value_or(0);
    const Session &session = decoded.sessions[index];
    if (!o.account && decoded.sessions.size() > 1) {
        // A tdata target takes every account; any other target holds one.
        if (traits(target.format).takesOption(TargetOption::Accounts))
            target.moreAccounts.assign(decoded.sessions.begin() + 1, decoded.sessions.end());
        else if (!o.json)
            printErr(Tr::tr("note: the source holds %1 accounts; converting account 0 (choose with --account N).")
                         .arg(decoded.sessions.size()));
    }
    if (!o.json)
        for (const QString &warning : decoded.warnings)
            printErr(Tr::tr("warning: %1").arg(warning));

    if (Status ok = preflight(session, target); !ok) {
        const QStringList conflicts =
            target.conflicts == ConflictPolicy::Refuse ? targetConflicts(session, target) : QStringList();
        return fail(o.json, conflicts.isEmpty() ? ok.error() : conflictRefusal(conflicts, keepRemedy()));
    }
    if (!toStdout && !o.force && QFileInfo::exists(out))
        return fail(o.json,
                    Error::refused(
                        Tr::tr("%1 already exists; pass --force to replace it.").arg(QDir::toNativeSeparators(out))));
    const LossReport report = lossReport(session, target);
    if (!report.lossless() && !o.acceptLoss) {
        if (!o.json)
            printLosses(report.losses, true);
        return fail(o.json, lossRefusal(report.losses, o.json));
    }

    if (toStdout) {
        Result<QByteArray> text = encode(session, target);
        if (!text)
            return fail(o.json, text.error());
        if (o.json) {
            const QString string = QString::fromLatin1(text.value());
            writeOut(lossesJson(QStringLiteral("-"), target.format, report.losses, &string));
        } else {
            printLosses(report.losses, true);
            writeOut(text.value() + '\n');
        }
        secureWipe(text.value());
        return Ok;
    }

    if (Status written = writeTo(session, target, out, o.force); !written)
        return fail(o.json, written.error());
    if (o.json) {
        writeOut(lossesJson(out, target.format, report.losses, nullptr));
    } else {
        printLosses(report.losses, false);
        printOut(Tr::tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(out), formatDisplayName(target.format)));
    }
    return Ok;
}

// One line on a terminal, rewritten in place at most every 100 ms; nothing
// when stderr is a file or a pipe (a log would fill with carriage returns).
class ProgressLine {
public:
    ProgressLine()
        : m_terminal(::isatty(STDERR_FILENO) == 1)
    {
        m_clock.start();
    }

    void show(BatchOptions::Phase phase, std::size_t done, std::size_t total)
    {
        if (!m_terminal || (done < total && m_clock.elapsed() < 100 && m_shown))
            return;
        m_clock.restart();
        m_shown = true;
        const QString what =
            phase == BatchOptions::Phase::Checking ? Tr::tr("checking inputs") : Tr::tr("writing outputs");
        std::fprintf(stderr, "\r\033[K%s", qPrintable(Tr::tr("%1: %2 of %3").arg(what).arg(done).arg(total)));
        std::fflush(stderr);
    }
    // Clears the line before the summary (or an error) is printed.
    void finish()
    {
        if (m_terminal && m_shown) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
    }

private:
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_clock;
};

int convertBatchCommand(const QStringList &inputs, const QString &outDir, const ConvertOptions &o)
{
    if (inputs.contains(QStringLiteral("-")))
        return usageError(o.json, Tr::tr("Standard input (-) cannot be part of a batch conversion."));
    BatchOptions options;
    options.target = o.target;
    options.forced = o.from;
    options.acceptLoss = o.acceptLoss;
    options.overwrite = o.force;
    options.resume = o.resume;
    ProgressLine progress;
    options.progress = [&progress](BatchOptions::Phase phase, std::size_t done, std::size_t total) {
        progress.show(phase, done, total);
    };
    // The refusals name this command's flags, as single-file convert does.
    options.remedies.acceptLoss = Tr::tr("pass --accept-loss to go ahead");
    options.remedies.overwrite = Tr::tr("pass --force to replace them");
    options.remedies.keep = keepRemedy();
    const BatchResult result = convertBatch(inputs, outDir, options);
    progress.finish();
    const QStringList losses = result.combinedLosses();
    if (!result.ok()) {
        if (o.json)
            return fail(true, *result.error);
        for (const QString &file : result.written())
            printErr(Tr::tr("Wrote %1.").arg(QDir::toNativeSeparators(file)));
        return fail(false, *result.error);
    }
    if (o.json) {
        JsonWriter json;
        json.beginObject();
        json.key("written").beginArray();
        for (const QString &file : result.written())
            json.value(file);
        json.endArray();
        // With --resume: the outputs an earlier run completed, left as they are.
        json.key("skipped").beginArray();
        for (const QString &file : result.skipped())
            json.value(file);
        json.endArray();
        json.key("format").value(formatId(o.target.format));
        json.key("losses").beginArray();
        for (const QString &loss : losses)
            json.value(loss);
        json.endArray();
        json.key("files").beginArray();
        for (const BatchItem &item : result.items) {
            json.beginObject().key("input").value(item.input).key("output").value(item.output);
            json.key("losses").beginArray();
            for (const QString &loss : item.losses.losses)
                json.value(loss);
            json.endArray().endObject();
        }
        json.endArray();
        json.endObject();
        writeOut(json.take() + '\n');
        return Ok;
    }
    printLosses(losses, false);
    for (const QString &file : result.written())
        printOut(Tr::tr("Wrote %1.").arg(QDir::toNativeSeparators(file)));
    const qsizetype written = result.written().size();
    const qsizetype skipped = result.skipped().size();
    printOut(Tr::tr("%n session(s) converted into %1", nullptr, int(written)).arg(QDir::toNativeSeparators(outDir))
             + (skipped ? Tr::tr("; %n already complete by the journal, skipped", nullptr, int(skipped)) : QString())
             + QLatin1Char('.'));
    return Ok;
}

} // namespace

int runConvert(const Command &command, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption to = option(command, "to");
    const QCommandLineOption version = option(command, "format-version");
    const QCommandLineOption from = option(command, "from");
    const QCommandLineOption userId = option(command, "user-id");
    const QCommandLineOption apiId = option(command, "api-id");
    const QCommandLineOption testMode = option(command, "test-mode");
    const QCommandLineOption pyrogramOld = option(command, "pyrogram-old-layout");
    const QCommandLineOption passcode = option(command, "passcode");
    const QCommandLineOption outPasscode = option(command, "out-passcode");
    const QCommandLineOption passcodeFile = option(command, "passcode-file");
    const QCommandLineOption outPasscodeFile = option(command, "out-passcode-file");
    const QCommandLineOption sessionKey = option(command, "session-key");
    const QCommandLineOption sessionKeyFile = option(command, "session-key-file");
    const QCommandLineOption account = option(command, "account");
    const QCommandLineOption acceptLoss = option(command, "accept-loss");
    const QCommandLineOption force = option(command, "force");
    const QCommandLineOption json = option(command, "json");
    const QCommandLineOption outDir = option(command, "out-dir");
    const QCommandLineOption keep = option(command, "keep");
    const QCommandLineOption resume = option(command, "resume");
    if (auto stop = parseCommand(parser, command, args))
        return *stop;

    ConvertOptions o;
    o.json = parser.isSet(json);
    o.acceptLoss = parser.isSet(acceptLoss);
    o.target.allowManyAccounts = o.acceptLoss; // a tdata for a fork with more than 6 accounts
    o.force = parser.isSet(force);
    o.resume = parser.isSet(resume);
    if (o.resume && o.force)
        return usageError(o.json, Tr::tr("--resume and --force exclude each other: resuming keeps what an earlier "
                                         "run completed, --force replaces it."));
    if (o.resume && !parser.isSet(outDir))
        return usageError(o.json, Tr::tr("--resume applies to batch conversion (--out-dir DIR) only."));
    if (!parser.isSet(to))
        return usageError(o.json, Tr::tr("convert needs --to FORMAT (one of: %1).").arg(formatIdList()));
    Result<Format> target = parseFormatId(QStringLiteral("--to"), parser.value(to));
    if (!target)
        return fail(o.json, target.error());
    o.target.format = *target;
    if (!traits(o.target.format).canWrite)
        return usageError(o.json, Tr::tr("--to: %1 cannot be written yet.").arg(formatDisplayName(o.target.format)));

    bool ok = false;
    o.target.version = parser.value(version).toInt(&ok);
    if (!ok)
        return usageError(o.json, Tr::tr("--format-version: \"%1\" is not a number.").arg(parser.value(version)));
    if (traits(o.target.format).versioned
        && (o.target.version < OldestWritableVersion || o.target.version > LatestBinaryVersion))
        return usageError(o.json, Tr::tr("--format-version: %1 can be written in versions %2 to %3, not %4.")
                                      .arg(formatId(o.target.format))
                                      .arg(OldestWritableVersion)
                                      .arg(LatestBinaryVersion)
                                      .arg(o.target.version));
    if (parser.isSet(userId)) {
        const qint64 id = parser.value(userId).toLongLong(&ok);
        if (!ok)
            return usageError(o.json, Tr::tr("--user-id: \"%1\" is not a 64-bit integer.").arg(parser.value(userId)));
        o.target.userId = id;
    }
    if (parser.isSet(apiId)) {
        const qint64 id = parser.value(apiId).toLongLong(&ok);
        if (!ok || id <= 0 || id > 0xFFFFFFFFLL)
            return usageError(
                o.json,
                Tr::tr("--api-id: \"%1\" is not an api_id (a positive 32-bit number).").arg(parser.value(apiId)));
        o.target.apiId = id;
    }
    if (parser.isSet(keep)) {
        const QString which = parser.value(keep);
        if (which == u"first")
            o.target.conflicts = ConflictPolicy::KeepFirst;
        else if (which == u"last")
            o.target.conflicts = ConflictPolicy::KeepLast;
        else
            return usageError(o.json, Tr::tr("--keep: \"%1\" is neither first nor last.").arg(which));
    }
    if (parser.isSet(testMode))
        o.target.testMode = true;
    o.target.pyrogramOldLayout = parser.isSet(pyrogramOld);
    if (o.target.pyrogramOldLayout && !traits(o.target.format).takesOption(TargetOption::PyrogramLayout))
        return usageError(o.json, Tr::tr("--pyrogram-old-layout applies to --to %1 only.")
                                      .arg(formatIdsTaking(TargetOption::PyrogramLayout)));
    // OUT "-" is standard output; IN "-" (and every passcode file "-") reads standard input.
    const QStringList positional = parser.positionalArguments();
    const bool inputFromStdin = parser.isSet(outDir) ? positional.contains(QStringLiteral("-"))
                                                     : !positional.isEmpty() && positional.front() == u"-";
    if (int(inputFromStdin) + int(parser.value(passcodeFile) == u"-") + int(parser.value(outPasscodeFile) == u"-")
            + int(parser.value(sessionKeyFile) == u"-")
        > 1)
        return usageError(o.json, Tr::tr("Standard input can hold only one of the session, the passcode and the output "
                                         "passcode; give the others as files."));
    Result<std::optional<QString>> inPasscode = inputSecretOption(parser, passcode, passcodeFile, sessionKey, sessionKeyFile);
    if (!inPasscode)
        return fail(o.json, inPasscode.error());
    o.passcode = std::move(inPasscode.value());
    if (traits(o.target.format).takesOption(TargetOption::Passcode)) {
        Result<std::optional<QString>> out = passcodeOption(parser, outPasscode, outPasscodeFile);
        if (!out)
            return fail(o.json, out.error());
        if (out.value())
            o.target.passcode = std::move(*out.value());
        else if (o.passcode)
            o.target.passcode = QString(o.passcode->constData(), o.passcode->size()); // its own copy to wipe
    } else if (parser.isSet(outPasscode)) {
        return usageError(
            o.json, Tr::tr("--out-passcode applies to --to %1 only.").arg(formatIdsTaking(TargetOption::Passcode)));
    } else if (parser.isSet(outPasscodeFile)) {
        return usageError(
            o.json,
            Tr::tr("--out-passcode-file applies to --to %1 only.").arg(formatIdsTaking(TargetOption::Passcode)));
    }
    Result<std::optional<AccountChoice>> chosen = parseAccount(parser.value(account), parser.isSet(account));
    if (!chosen)
        return fail(o.json, chosen.error());
    o.account = *chosen;
    if (parser.isSet(from)) {
        Result<Format> format = parseFormatId(QStringLiteral("--from"), parser.value(from));
        if (!format)
            return fail(o.json, format.error());
        o.from = *format;
    }

    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(outDir)) {
        if (paths.isEmpty())
            return usageError(o.json, Tr::tr("convert --out-dir needs at least one input."));
        return convertBatchCommand(paths, parser.value(outDir), o);
    }
    if (paths.size() != 2)
        return usageError(o.json, Tr::tr("convert takes IN and OUT (or several inputs with --out-dir DIR)."));
    return convertOne(paths[0], paths[1], o);
}

} // namespace fero::cli
