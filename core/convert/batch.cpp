#include "convert/batch.h"

#include "convert/batchjournal.h"

#include "open/opener.h"
#include "open/scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <array>
#include <atomic>
#include <mutex>
#include <thread>

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
    QSet<QString> listed; // a tdata folder lists one entry per account; a list lookup made 10,000 inputs quadratic
    for (const QString &input : inputs) {
        if (!QFileInfo(input).isDir()) {
            files << input;
            continue;
        }
        ScanOptions options;
        options.recursive = recursive;
        const ScanResult scan = scanFolder(input, options);
        for (const ScanEntry &entry : scan.sessions)
            if (!listed.contains(entry.path)) {
                listed.insert(entry.path);
                files << entry.path;
            }
        for (const ScanError &error : scan.errors)
            problems << QStringLiteral("%1: %2").arg(shown(error.path), error.error);
        if (scan.sessions.empty() && scan.errors.empty())
            problems << Tr::tr("%1: no session found in this folder").arg(shown(input));
    }
    return files;
}

// Checking is reading and decoding (CPU); writing waits on the disk.
constexpr std::size_t CheckingThreads = 4, WritingThreads = 8;

// Runs work(0..count-1) on up to `threads` threads (this one included);
// stops handing out indices once *stop is set.
void forEachOnThreads(std::size_t count, std::size_t threads, const std::function<void(std::size_t)> &work,
                      const std::atomic_bool *stop)
{
    std::atomic<std::size_t> next{0};
    const auto run = [&] {
        for (std::size_t i; (!stop || !stop->load()) && (i = next.fetch_add(1)) < count;)
            work(i);
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &thread : pool)
        thread.join();
}

// One input, checked: its item (output name, losses), its session and
// stamp, or why it cannot be read or converted.
struct Checked {
    BatchItem item;
    Session session;
    InputStamp stamp;
    QString problem;              // unreadable: "input: why"
    std::optional<Error> refusal; // the target cannot hold it
};

Checked check(const QString &file, const QString &outDir, const BatchOptions &options, const BatchJournal &journal,
              const QString &signature)
{
    Checked out;
    out.item.input = file;
    out.item.output =
        QDir(outDir).filePath(sessionBaseName(QFileInfo(file).fileName()) + targetExtension(options.target.format));
    out.stamp = inputStampOf(file);
    if (options.resume
        && journal.isComplete(QFileInfo(file).absoluteFilePath(), out.stamp, QFileInfo(out.item.output).fileName(),
                              signature)
        && QFileInfo::exists(out.item.output)) {
        out.item.skipped = true;
        return out;
    }
    Result<DecodedSession> decoded = openPath(file, options.forced);
    if (!decoded) {
        out.problem = QStringLiteral("%1: %2").arg(shown(file), decoded.error().message);
        return out;
    }
    out.item.sourceFormat = decoded->format;
    const Session &session = decoded->session();
    if (Status ok = preflight(session, options.target); !ok) {
        const QStringList conflicts = options.target.conflicts == ConflictPolicy::Refuse
                                          ? targetConflicts(session, options.target)
                                          : QStringList();
        out.refusal = conflicts.isEmpty() ? ok.error() : conflictRefusal(conflicts, options.remedies.keep);
    }
    out.item.losses = lossReport(session, options.target);
    out.session = std::move(decoded->session());
    return out;
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

    // 1. Open every input and check the target can hold it, on several
    // threads. Each input's stamp is taken before it is read: if it changes
    // in between, the journal holds the old stamp and a resume converts it again.
    std::vector<Checked> checked(std::size_t(files.size()));
    std::mutex reporting;
    std::size_t checkedCount = 0;
    forEachOnThreads(
        checked.size(), CheckingThreads,
        [&](std::size_t i) {
            checked[i] = check(files[qsizetype(i)], outDir, options, journal, signature);
            const std::lock_guard lock(reporting);
            report(BatchOptions::Phase::Checking, ++checkedCount);
        },
        nullptr);
    std::vector<Session> sessions; // one per item; empty for a skipped one
    std::vector<InputStamp> stamps;
    QStringList refusals;
    ErrorKind refusalKind = ErrorKind::Refused;
    MissingValue missing = MissingValue::None; // every input has one target: one value to ask for
    for (Checked &one : checked) {
        if (!one.problem.isEmpty()) {
            problems << one.problem;
            continue;
        }
        if (one.refusal) {
            refusals << QStringLiteral("%1: %2").arg(shown(one.item.input), one.refusal->message);
            if (one.refusal->kind == ErrorKind::Usage)
                refusalKind = ErrorKind::Usage;
            if (one.refusal->missing != MissingValue::None)
                missing = one.refusal->missing;
        }
        result.items.push_back(std::move(one.item));
        sessions.push_back(std::move(one.session));
        stamps.push_back(std::move(one.stamp));
    }
    checked.clear();
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
    // Several outputs at a time: each atomic save waits on fsync (the file,
    // then its folder), which is most of a save on a virtual disk; saves on
    // threads wait together (batch_10k: see the README's Performance).
    std::atomic_bool stop{false};
    std::optional<Error> firstError;
    std::size_t writtenCount = 0;
    forEachOnThreads(
        result.items.size(), WritingThreads,
        [&](std::size_t i) {
            BatchItem &item = result.items[i];
            Status ok;
            if (!item.skipped) {
                const QString input = QFileInfo(item.input).absoluteFilePath();
                const QString name = QFileInfo(item.output).fileName();
                {
                    const std::lock_guard lock(reporting);
                    ok = journal.started(input, name);
                }
                if (ok)
                    ok = writeTo(sessions[i], options.target, item.output, options.overwrite || ours(item));
                if (ok)
                    item.written = true;
                if (ok) {
                    const std::lock_guard lock(reporting);
                    ok = journal.completed(input, stamps[i], name, signature);
                }
                sessions[i] = Session{}; // written (or not): its keys need not stay in memory
            }
            const std::lock_guard lock(reporting);
            if (!ok) {
                if (!firstError)
                    firstError = Error{ok.error().kind, Tr::tr("%1: %2 (files written before it are kept)")
                                                            .arg(shown(item.output), ok.error().message)};
                stop = true;
            }
            report(BatchOptions::Phase::Writing, ++writtenCount);
        },
        &stop);
    if (firstError) {
        result.error = firstError;
        return result;
    }
    return result;
}

} // namespace fero
