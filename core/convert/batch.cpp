#include "convert/batch.h"

#include "convert/batchjournal.h"

#include "open/opener.h"
#include "open/scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <array>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A folder input stands for the sessions a scan finds in it.
QStringList expandInputs(const QStringList &inputs, bool recursive, QStringList &problems)
{
    QStringList files;
    for (const QString &input : inputs) {
        if (!QFileInfo(input).isDir()) {
            files << input;
            continue;
        }
        ScanOptions options;
        options.recursive = recursive;
        const ScanResult scan = scanFolder(input, options);
        for (const ScanEntry &entry : scan.sessions)
            if (!files.contains(entry.path)) // a tdata folder lists one entry per account
                files << entry.path;
        for (const ScanError &error : scan.errors)
            problems << QStringLiteral("%1: %2").arg(shown(error.path), error.error);
        if (scan.sessions.empty() && scan.errors.empty())
            problems << Tr::tr("%1: no session found in this folder").arg(shown(input));
    }
    return files;
}

Error combined(ErrorKind kind, const QString &lead, const QStringList &lines)
{
    return {kind, lead + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))};
}

} // namespace

QStringList BatchResult::written() const
{
    QStringList out;
    for (const BatchItem &item : items)
        if (item.written)
            out << item.output;
    return out;
}

QStringList BatchResult::skipped() const
{
    QStringList out;
    for (const BatchItem &item : items)
        if (item.skipped)
            out << item.output;
    return out;
}

QStringList BatchResult::combinedLosses() const
{
    QStringList out;
    for (const BatchItem &item : items)
        for (const QString &loss : item.losses.losses)
            out << QStringLiteral("%1: %2").arg(shown(item.input), loss);
    return out;
}

QString sessionBaseName(const QString &fileName)
{
    static const std::array suffixes{
        QStringLiteral(".compact-v1.txt"),
        QStringLiteral(".compact-v2.txt"),
        QStringLiteral(".native.txt"),
        QStringLiteral(".session"),
        QStringLiteral(".sqlite3"),
        QStringLiteral(".sqlite"),
        QStringLiteral(".db"),
        QStringLiteral(".txt"),
        QStringLiteral(".string"),
    };
    for (const QString &suffix : suffixes)
        if (fileName.size() > suffix.size() && fileName.endsWith(suffix, Qt::CaseInsensitive))
            return fileName.chopped(suffix.size());
    return fileName;
}

BatchResult convertBatch(const QStringList &inputs, const QString &outDir, const BatchOptions &options)
{
    BatchResult result;
    QStringList problems;
    const QStringList files = expandInputs(inputs, options.recursive, problems);
    if (!problems.isEmpty()) {
        result.error =
            combined(ErrorKind::Invalid, Tr::tr("Some inputs cannot be read; nothing was written:"), problems);
        return result;
    }
    if (files.isEmpty()) {
        result.error = Error::usage(Tr::tr("No input to convert."));
        return result;
    }
    if (QFileInfo(outDir).exists() && !QFileInfo(outDir).isDir()) {
        result.error = Error::usage(Tr::tr("%1 exists and is not a folder.").arg(shown(outDir)));
        return result;
    }

    if (options.resume && options.overwrite) {
        result.error = Error::usage(Tr::tr("Resuming and overwriting exclude each other."));
        return result;
    }
    BatchJournal journal(outDir);
    if (options.resume)
        if (Status loaded = journal.load(); !loaded) {
            result.error = loaded.error();
            return result;
        }
    const QString signature = targetSignature(options.target);
    const auto report = [&](BatchOptions::Phase phase, std::size_t done) {
        if (options.progress)
            options.progress(phase, done, files.size());
    };

    // 1. Open every input and check the target can hold it. Each input's
    // stamp is taken before it is read: if it changes in between, the journal
    // holds the old stamp and a resume converts it again.
    std::vector<Session> sessions; // one per item; empty for a skipped one
    std::vector<InputStamp> stamps;
    QStringList refusals;
    ErrorKind refusalKind = ErrorKind::Refused;
    MissingValue missing = MissingValue::None; // every input has one target: one value to ask for
    for (const QString &file : files) {
        report(BatchOptions::Phase::Checking, result.items.size() + problems.size());
        BatchItem item;
        item.input = file;
        item.output =
            QDir(outDir).filePath(sessionBaseName(QFileInfo(file).fileName()) + targetExtension(options.target.format));
        const QString absoluteInput = QFileInfo(file).absoluteFilePath();
        InputStamp stamp = inputStampOf(file);
        if (options.resume && journal.isComplete(absoluteInput, stamp, QFileInfo(item.output).fileName(), signature)
            && QFileInfo::exists(item.output)) {
            item.skipped = true;
            result.items.push_back(std::move(item));
            sessions.emplace_back();
            stamps.push_back(std::move(stamp));
            continue;
        }
        Result<DecodedSession> decoded = openPath(file, options.forced);
        if (!decoded) {
            problems << QStringLiteral("%1: %2").arg(shown(file), decoded.error().message);
            continue;
        }
        item.sourceFormat = decoded->format;
        const Session &session = decoded->session();
        if (Status ok = preflight(session, options.target); !ok) {
            const QStringList conflicts = options.target.conflicts == ConflictPolicy::Refuse
                                              ? targetConflicts(session, options.target)
                                              : QStringList();
            const Error error = conflicts.isEmpty() ? ok.error() : conflictRefusal(conflicts, options.remedies.keep);
            refusals << QStringLiteral("%1: %2").arg(shown(file), error.message);
            if (error.kind == ErrorKind::Usage)
                refusalKind = ErrorKind::Usage;
            if (error.missing != MissingValue::None)
                missing = error.missing;
        }
        item.losses = lossReport(session, options.target);
        result.items.push_back(std::move(item));
        sessions.push_back(std::move(decoded->session()));
        stamps.push_back(std::move(stamp));
    }
    report(BatchOptions::Phase::Checking, files.size());
    if (!problems.isEmpty()) {
        result.error =
            combined(ErrorKind::Invalid, Tr::tr("Some inputs cannot be read; nothing was written:"), problems);
        return result;
    }
    if (!refusals.isEmpty()) {
        result.error = combined(refusalKind, Tr::tr("Some inputs cannot be converted; nothing was written:"), refusals);
        result.error->missing = missing;
        return result;
    }

    // 2. Output names: no two inputs into one file, never over an input.
    QHash<QString, QString> claimed; // output -> input
    QStringList clashes;
    for (const BatchItem &item : result.items) {
        const QString key = QFileInfo(item.output).absoluteFilePath();
        if (auto it = claimed.constFind(key); it != claimed.cend())
            clashes << Tr::tr("%1 and %2 would both be written to %3")
                           .arg(shown(it.value()), shown(item.input), shown(item.output));
        else
            claimed.insert(key, item.input);
    }
    for (const BatchItem &item : result.items)
        if (claimed.contains(QFileInfo(item.input).absoluteFilePath()))
            clashes << Tr::tr("%1 would be overwritten by a converted file").arg(shown(item.input));
    if (!clashes.isEmpty()) {
        result.error = combined(ErrorKind::Refused, Tr::tr("Output names collide; nothing was written:"), clashes);
        return result;
    }
    // Resuming replaces what an earlier run of the batch began writing (the
    // write is atomic, so the file is complete, but its journal line may be
    // missing); any other file in the way is still someone else's.
    const auto ours = [&](const BatchItem &item) {
        return options.resume && journal.wasStarted(QFileInfo(item.output).fileName());
    };
    if (!options.overwrite) {
        QStringList existing;
        for (const BatchItem &item : result.items)
            if (!item.skipped && !ours(item) && QFileInfo::exists(item.output))
                existing << shown(item.output);
        if (!existing.isEmpty()) {
            const QString remedy = options.remedies.overwrite.isEmpty() ? Tr::tr("allow overwriting to replace them")
                                                                        : options.remedies.overwrite;
            result.error =
                combined(ErrorKind::Refused,
                         Tr::tr("These outputs already exist (%1); nothing was written:").arg(remedy), existing);
            return result;
        }
    }

    // 3. Losses, all at once, before anything is written.
    const QStringList losses = result.combinedLosses();
    if (!losses.isEmpty() && !options.acceptLoss) {
        const QString remedy =
            options.remedies.acceptLoss.isEmpty() ? Tr::tr("accept the loss to go ahead") : options.remedies.acceptLoss;
        result.error =
            combined(ErrorKind::Refused,
                     Tr::tr("The conversion would lose data (%1); nothing was written:").arg(remedy), losses);
        return result;
    }

    // 4. Write, each output atomically, recorded in the journal before
    // ("start") and after ("done"): an output with its final name is complete.
    if (!QDir().mkpath(outDir)) {
        result.error = Error::io(Tr::tr("Cannot create the folder %1.").arg(shown(outDir)));
        return result;
    }
    if (Status opened = journal.openForWriting(!options.resume); !opened) {
        result.error = opened.error();
        return result;
    }
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        report(BatchOptions::Phase::Writing, i);
        BatchItem &item = result.items[i];
        if (item.skipped)
            continue;
        const QString input = QFileInfo(item.input).absoluteFilePath();
        const QString name = QFileInfo(item.output).fileName();
        Status ok = journal.started(input, name);
        if (ok)
            ok = writeTo(sessions[i], options.target, item.output, options.overwrite || ours(item));
        if (ok)
            item.written = true;
        if (ok)
            ok = journal.completed(input, stamps[i], name, signature);
        if (!ok) {
            result.error =
                Error{ok.error().kind,
                      Tr::tr("%1: %2 (files written before it are kept)").arg(shown(item.output), ok.error().message)};
            return result;
        }
        sessions[i] = Session{}; // written: its keys need not stay in memory
    }
    report(BatchOptions::Phase::Writing, result.items.size());
    return result;
}

} // namespace fero
