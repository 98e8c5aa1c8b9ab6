#include "farmbench.h"

#include "convert/batch.h"
#include "convert/batchjournal.h"
#include "convert/convert.h"
#include "formats/registry.h"
#include "formats/traits.h"
#include "open/scan.h"
#include "synthetic.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>

namespace farmbench {
namespace {

using Clock = std::chrono::steady_clock;

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

void log(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

[[noreturn]] void fail(const QString &what)
{
    log(QStringLiteral("feroscope-bench: %1").arg(what));
    std::exit(1);
}

template <typename T> T need(fero::Result<T> result)
{
    if (!result)
        fail(result.error().message);
    return std::move(result.value());
}

void need(const fero::Status &status)
{
    if (!status)
        fail(status.error().message);
}

long long median(std::vector<long long> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

QString sizeName(int n)
{
    return n % 1000 == 0 ? QStringLiteral("%1k").arg(n / 1000) : QString::number(n);
}

// The operation's name at a size: "scan_100k" at 100,000, "scan_100k_10k" at 10,000.
QString named(const QString &operation, int n, int full)
{
    return n == full ? operation : QStringLiteral("%1_%2").arg(operation, sizeName(n));
}

// Resident memory now and at its peak (kB), from /proc/self/status.
std::pair<long, long> residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    long now = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                now = line.mid(6).trimmed().split(' ').front().toLong();
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').front().toLong();
        }
    return {now, peak};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    return file.readAll();
}

// A key as GramJS's store writes it: "data":[n,n,...].
QByteArray keyAsJsonList(const fero::AuthKey &key)
{
    QByteArray out = "\"data\":[";
    for (std::size_t i = 0; i < fero::AuthKey::Size; ++i)
        out += (i ? "," : "") + QByteArray::number(key.data()[i]);
    return out;
}

// --- the farm ------------------------------------------------------------------

// One account's session, its keys made unique by the account number (4 bytes:
// 100,000 accounts need more than the 2 bytes the flat scan_10k farm used).
struct Account {
    fero::Session session;
    std::vector<fero::AuthKey *> keys;

    Account()
    {
        fero::SyntheticShape shape;
        shape.peers = 40;
        shape.minPeers = 5;
        shape.channelPts = 5;
        shape.dcEntries = 10;
        session = fero::makeSyntheticSession(shape, 0xfa4a);
        session.account.apiId = 2040;
        session.account.isBot = true;
        session.account.testMode = false;
        for (fero::DcEntry &dc : session.dcs)
            if (dc.authKey)
                keys.push_back(&*dc.authKey);
        if (keys.empty())
            fail(QStringLiteral("the synthetic session has no key"));
    }
    void become(int keyOwner, int account)
    {
        for (fero::AuthKey *key : keys)
            for (int b = 0; b < 4; ++b)
                key->data()[b] = std::uint8_t(keyOwner >> (8 * b));
        session.account.userId = 5000000000LL + account;
    }
};

fero::ConvertTarget targetFor(fero::Format format, const fero::Session &session, bool passcode)
{
    fero::ConvertTarget target;
    target.format = format;
    target.version = 8;
    target.userId = session.account.userId;
    target.apiId = session.account.apiId;
    if (passcode)
        target.passcode = QStringLiteral("farm");
    return target;
}

// A container written once and copied with the keys replaced (its files
// hold them raw or as GramJS's JSON lists); `patchable` is false when the
// keys are not found in it (encrypted: tdata), which then is written anew
// for every account.
struct Template {
    std::vector<std::pair<QString, QByteArray>> files; // relative path ("" for a file) -> bytes
    std::vector<QByteArray> rawKeys, jsonKeys;
    bool patchable = false;
    qint64 bytes = 0;
};

Template makeTemplate(const QString &path, Account &account, const fero::ConvertTarget &target)
{
    need(fero::writeTo(account.session, target, path, false));
    Template t;
    for (const fero::AuthKey *key : account.keys) {
        t.rawKeys.push_back(key->toByteArray());
        t.jsonKeys.push_back(keyAsJsonList(*key));
    }
    if (QFileInfo(path).isFile()) {
        t.files.emplace_back(QString(), readFile(path));
    } else {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            t.files.emplace_back(file.mid(path.size()), readFile(file));
        }
    }
    for (const auto &[relative, bytes] : t.files) {
        t.bytes += bytes.size();
        t.patchable = t.patchable || bytes.contains(t.rawKeys.front()) || bytes.contains(t.jsonKeys.front());
    }
    return t;
}

void writeCopy(const Template &t, const QString &path, const std::vector<fero::AuthKey *> *keys)
{
    for (const auto &[relative, bytes] : t.files) {
        QByteArray copy = bytes;
        if (keys)
            for (std::size_t k = 0; k < keys->size(); ++k)
                copy.replace(t.rawKeys[k], (*keys)[k]->toByteArray())
                    .replace(t.jsonKeys[k], keyAsJsonList(*(*keys)[k]));
        if (!relative.isEmpty())
            QDir().mkpath(QFileInfo(path + relative).path());
        writeFile(path + relative, copy);
    }
}

// Per 100 sessions as in scan_10k's farm (35 ferogram binary, 25 Telethon,
// 15 Pyrogram SQLite, ...); a format of the registry not in this table
// (one added since) gets 2.
int weightOf(fero::Format format)
{
    static const QHash<QString, int> weights{
        {QStringLiteral("ferogram-binary"), 35},    {QStringLiteral("ferogram-native"), 4},
        {QStringLiteral("ferogram-compact-v1"), 2}, {QStringLiteral("ferogram-compact-v2"), 2},
        {QStringLiteral("ferogram-sqlite"), 2},     {QStringLiteral("telethon-sqlite"), 25},
        {QStringLiteral("pyrogram-sqlite"), 15},    {QStringLiteral("telethon-string"), 4},
        {QStringLiteral("pyrogram-string"), 3},     {QStringLiteral("gramjs-string"), 2},
        {QStringLiteral("mtcute-string"), 1},       {QStringLiteral("mtkruto-string"), 1},
        {QStringLiteral("gramjs-store"), 2},        {QStringLiteral("tdesktop-tdata"), 2},
    };
    return weights.value(fero::formatId(format), 2);
}

struct Kind {
    fero::Format format;
    int weight = 0;
    std::optional<Template> copy;      // files and folders; nullopt: strings (encoded per account)
    std::optional<Template> passcoded; // formats with a local passcode: one in four copies of this
};

struct Farm {
    std::vector<Kind> kinds;
    std::vector<std::size_t> cycle; // kind per slot, cycled over the accounts
    qint64 averageBytes = 0;
};

// Every writable format of the registry, in its proportion.
Farm planFarm(const QString &scratch)
{
    Farm farm;
    Account account;
    account.become(0, 0);
    qint64 weightedBytes = 0, weights = 0;
    for (const fero::Codec *codec : fero::codecs()) {
        const fero::FormatTraits &traits = fero::traits(codec->format);
        if (!traits.canWrite) {
            log(QStringLiteral("farm: %1 cannot be written, so it is not in the farm")
                    .arg(fero::formatId(codec->format)));
            continue;
        }
        // Encrypted with the app's key, which a scan does not have: listed
        // as "needs a key", never read, so the farm's checks could not count it.
        if (codec->format == fero::Format::WtelegramSession) {
            log(QStringLiteral("farm: %1 needs the app's key to be read, so it is not in the farm")
                    .arg(fero::formatId(codec->format)));
            continue;
        }
        Kind kind{codec->format, weightOf(codec->format), std::nullopt, std::nullopt};
        qint64 bytes = 0;
        const fero::ConvertTarget target = targetFor(codec->format, account.session, false);
        if (traits.isString()) {
            bytes = need(fero::encode(account.session, target)).size();
        } else {
            const QString path = QStringLiteral("%1/%2/account%3")
                                     .arg(scratch, fero::formatId(codec->format), fero::targetExtension(codec->format));
            QDir().mkpath(QFileInfo(path).path());
            kind.copy = makeTemplate(path, account, target);
            bytes = kind.copy->bytes;
            if (traits.takesOption(fero::TargetOption::Passcode)) {
                const QString locked =
                    QStringLiteral("%1/%2-passcode/account%3")
                        .arg(scratch, fero::formatId(codec->format), fero::targetExtension(codec->format));
                QDir().mkpath(QFileInfo(locked).path());
                kind.passcoded = makeTemplate(locked, account, targetFor(codec->format, account.session, true));
            }
        }
        weightedBytes += bytes * kind.weight;
        weights += kind.weight;
        for (int w = 0; w < kind.weight; ++w)
            farm.cycle.push_back(farm.kinds.size());
        farm.kinds.push_back(std::move(kind));
    }
    // Interleaved (one of every kind in turn), so any few hundred accounts hold every kind.
    std::vector<std::size_t> interleaved;
    std::vector<int> used(farm.kinds.size(), 0);
    while (interleaved.size() < farm.cycle.size())
        for (std::size_t k = 0; k < farm.kinds.size(); ++k)
            if (used[k] < farm.kinds[k].weight) {
                ++used[k];
                interleaved.push_back(k);
            }
    farm.cycle = std::move(interleaved);
    farm.averageBytes = weights ? weightedBytes / weights : 0;
    return farm;
}

struct Made {
    int sessions = 0;        // what a scan must list (a tdata of one account is one)
    int duplicateGroups = 0; // pairs planted sharing every key
};

// One folder per account, as farms keep them: acct000123/account.<ext>
// with, for one in ten, the file a client leaves beside it (an empty
// -journal beside a database, a .bak copy beside any other file). One
// account in a hundred is a second copy of the account before it (same
// keys, another format): the duplicates a scan must find.
Made makeFarm(const Farm &farm, const QString &folder, int count)
{
    Made made;
    Account account;
    int tdataCount = 0;
    bool previousReadable = false;
    for (int i = 0; i < count; ++i) {
        const Kind &kind = farm.kinds[farm.cycle[std::size_t(i) % farm.cycle.size()]];
        const bool copyOfPrevious = i % 100 == 99;
        account.become(copyOfPrevious ? i - 1 : i, i);
        const QString dir = QStringLiteral("%1/acct%2").arg(folder).arg(i, 6, 10, QLatin1Char('0'));
        QDir().mkpath(dir);
        const QString path = dir + QStringLiteral("/account") + fero::targetExtension(kind.format);
        bool readable = true;
        if (!kind.copy) {
            writeFile(path, need(fero::encode(account.session, targetFor(kind.format, account.session, false))));
        } else if (kind.passcoded && tdataCount++ % 4 == 3) {
            writeCopy(*kind.passcoded, path, nullptr); // its keys are never read: no need to vary them
            readable = false;
        } else if (kind.copy->patchable) {
            writeCopy(*kind.copy, path, &account.keys);
        } else {
            need(fero::writeTo(account.session, targetFor(kind.format, account.session, false), path, false));
        }
        if (i % 10 == 5 && QFileInfo(path).isFile()) {
            const bool database = readFile(path).startsWith("SQLite format 3");
            if (database)
                writeFile(path + QStringLiteral("-journal"), {});
            else
                QFile::copy(path, path + QStringLiteral(".bak"));
        }
        made.sessions += 1;
        made.duplicateGroups += copyOfPrevious && readable && previousReadable;
        previousReadable = readable;
    }
    return made;
}

// The folder for a farm of n, made once (kept when --scan-dir was given).
struct FarmFolder {
    QString path;
    Made made;
};

FarmFolder farmFolder(const Farm &farm, const QString &base, int n)
{
    FarmFolder out{QStringLiteral("%1/farm%2").arg(base).arg(n), {}};
    const QString marker = out.path + QStringLiteral(".made");
    if (QFileInfo::exists(marker)) {
        const QList<QByteArray> counts = readFile(marker).split(' ');
        out.made = {counts.value(0).toInt(), counts.value(1).toInt()};
        return out;
    }
    // Room first: the farm, its -journal/.bak extras and half again for the file system.
    const qint64 needed = qint64(n) * (farm.averageBytes + 4096) * 3 / 2;
    const QStorageInfo storage(base);
    log(QStringLiteral("farm of %1: needs about %2 MB in %3, %4 MB free")
            .arg(n)
            .arg(needed >> 20)
            .arg(base)
            .arg(storage.bytesAvailable() >> 20));
    if (storage.bytesAvailable() < needed)
        fail(QStringLiteral("not enough free space in %1 for a farm of %2 sessions: needs about %3 MB, %4 MB free "
                            "(give another folder with --scan-dir)")
                 .arg(base)
                 .arg(n)
                 .arg(needed >> 20)
                 .arg(storage.bytesAvailable() >> 20));
    const long long start = nowNs();
    out.made = makeFarm(farm, out.path, n);
    writeFile(marker, QByteArray::number(out.made.sessions) + ' ' + QByteArray::number(out.made.duplicateGroups));
    log(QStringLiteral("farm of %1 made in %2 s").arg(n).arg((nowNs() - start) / 1e9, 0, 'f', 1));
    return out;
}

void benchScan(const Options &options, const Farm &farm, const QString &base)
{
    const int full = 100000;
    for (const int n : options.scanSizes) {
        const QString scanOp = named(QStringLiteral("scan_100k"), n, full);
        const QString dupesOp = named(QStringLiteral("dupes_100k"), n, full);
        if (!options.wanted(scanOp) && !options.wanted(dupesOp))
            continue;
        const FarmFolder folder = farmFolder(farm, base, n);
        fero::ScanOptions scanOptions;
        scanOptions.recursive = true;
        fero::ScanResult last;
        std::vector<long long> samples;
        const int runs = options.repeat ? options.repeat : (n >= 100000 ? 5 : 7);
        last = fero::scanFolder(folder.path, scanOptions); // warm-up: the page cache
        for (int r = 0; r < runs; ++r) {
            last = {};
            const long long start = nowNs();
            last = fero::scanFolder(folder.path, scanOptions);
            samples.push_back(nowNs() - start);
        }
        const auto [rss, peak] = residentKb();

        // Every session listed, nothing unreadable, exactly the planted duplicates.
        if (!last.errors.empty())
            fail(QStringLiteral("%1: %2: %3").arg(scanOp, last.errors.front().path, last.errors.front().error));
        if (int(last.sessions.size()) != folder.made.sessions)
            fail(QStringLiteral("%1: %2 sessions made, %3 listed")
                     .arg(scanOp)
                     .arg(folder.made.sessions)
                     .arg(last.sessions.size()));
        if (int(last.duplicates.size()) != folder.made.duplicateGroups)
            fail(QStringLiteral("%1: %2 duplicate pairs planted, %3 groups found")
                     .arg(scanOp)
                     .arg(folder.made.duplicateGroups)
                     .arg(last.duplicates.size()));
        for (const fero::DuplicateGroup &group : last.duplicates) {
            const QString a = last.sessions[group.sessions.front()].path, b = last.sessions[group.sessions.back()].path;
            // Folder sessions (tdata, Android, GramJS stores) are listed
            // before files: the pair's order is not the accounts' order.
            const int one = a.section(u'/', -2, -2).mid(4).toInt(), two = b.section(u'/', -2, -2).mid(4).toInt();
            const int accountA = std::min(one, two), accountB = std::max(one, two);
            if (group.sessions.size() != 2 || accountB != accountA + 1 || accountB % 100 != 99)
                fail(QStringLiteral("%1: %2 and %3 grouped, not a planted pair").arg(scanOp, a, b));
        }
        std::map<QString, int> kinds;
        for (const fero::ScanEntry &entry : last.sessions)
            ++kinds[fero::formatId(entry.format)];
        for (const Kind &kind : farm.kinds)
            if (n >= int(farm.cycle.size()) && !kinds.count(fero::formatId(kind.format)))
                fail(QStringLiteral("%1: no %2 listed").arg(scanOp, fero::formatId(kind.format)));
        QStringList tally;
        for (const auto &[format, count] : kinds)
            tally << QStringLiteral("%1 %2").arg(count).arg(format);
        log(QStringLiteral("%1: %2 sessions (%3), %4 duplicate groups; resident %5 MB, peak %6 MB")
                .arg(scanOp)
                .arg(last.sessions.size())
                .arg(tally.join(QStringLiteral(", ")))
                .arg(last.duplicates.size())
                .arg(rss / 1024)
                .arg(peak / 1024));
        if (options.wanted(scanOp))
            options.report(scanOp, median(samples));

        // The grouping alone, over what the scan listed.
        if (options.wanted(dupesOp)) {
            std::vector<long long> group;
            for (int r = 0; r < 9; ++r) {
                const long long start = nowNs();
                const auto groups = fero::duplicateGroups(last.sessions);
                group.push_back(nowNs() - start);
                if (int(groups.size()) != folder.made.duplicateGroups)
                    fail(QStringLiteral("%1: the grouping differs from the scan's").arg(dupesOp));
            }
            options.report(dupesOp, median(group));
        }
    }
}

// Telethon databases (one per account, flat as a converted batch is fed)
// into ferogram binary files, and those back into Telethon databases.
void benchBatch(const Options &options, const QString &base)
{
    const int full = 10000;
    for (const int n : options.batchSizes) {
        const QString there = named(QStringLiteral("batch_10k"), n, full);
        const QString back = named(QStringLiteral("batch_10k_back"), n, full);
        const QString resume = named(QStringLiteral("batch_resume"), n, full);
        if (!options.wanted(there) && !options.wanted(back) && !options.wanted(resume))
            continue;
        const QString in = QStringLiteral("%1/batch%2/in").arg(base).arg(n);
        if (!QFileInfo::exists(in + QStringLiteral(".made"))) {
            QDir(in).removeRecursively();
            QDir().mkpath(in);
            Account account;
            account.become(0, 0);
            const Template telethon =
                makeTemplate(QStringLiteral("%1/batch%2/template.session").arg(base).arg(n), account,
                             targetFor(fero::Format::TelethonSqlite, account.session, false));
            for (int i = 0; i < n; ++i) {
                account.become(i, i);
                writeCopy(telethon, QStringLiteral("%1/acct%2.session").arg(in).arg(i, 6, 10, QLatin1Char('0')),
                          &account.keys);
            }
            writeFile(in + QStringLiteral(".made"), {});
        }
        const auto convert = [&](const QString &from, const QString &out, fero::Format format, bool resumeIt) {
            fero::BatchOptions batch;
            batch.target.format = format;
            batch.target.version = 8;
            batch.acceptLoss = true;
            batch.resume = resumeIt;
            const long long start = nowNs();
            const fero::BatchResult result = fero::convertBatch({from}, out, batch);
            const long long ns = nowNs() - start;
            if (!result.ok())
                fail(QStringLiteral("batch into %1: %2").arg(out, result.error->message));
            if (int(result.written().size() + result.skipped().size()) != n)
                fail(QStringLiteral("batch into %1: %2 of %3").arg(out).arg(result.written().size()).arg(n));
            return std::make_pair(ns, int(result.written().size()));
        };
        const int runs = options.repeat ? options.repeat : 3;
        const QString binary = QStringLiteral("%1/batch%2/binary").arg(base).arg(n);
        const QString telethon = QStringLiteral("%1/batch%2/telethon").arg(base).arg(n);
        std::vector<long long> thereNs, backNs;
        for (int r = 0; r < runs; ++r) {
            QDir(binary).removeRecursively();
            QDir(telethon).removeRecursively();
            thereNs.push_back(convert(in, binary, fero::Format::FerogramBinary, false).first);
            backNs.push_back(convert(binary, telethon, fero::Format::TelethonSqlite, false).first);
        }
        log(QStringLiteral("%1: %2 Telethon databases -> ferogram binary: %3 s; back: %4 s (median of %5)")
                .arg(there)
                .arg(n)
                .arg(median(thereNs) / 1e9, 0, 'f', 2)
                .arg(median(backNs) / 1e9, 0, 'f', 2)
                .arg(runs));
        if (options.wanted(there))
            options.report(there, median(thereNs));
        if (options.wanted(back))
            options.report(back, median(backNs));

        // Resume: of a complete batch (every input checked against the
        // journal, nothing written), and of one stopped half way (the
        // journal's second half and those outputs gone, as if killed there).
        if (options.wanted(resume)) {
            std::vector<long long> complete, half;
            for (int r = 0; r < runs; ++r) {
                const auto [ns, written] = convert(in, binary, fero::Format::FerogramBinary, true);
                if (written != 0)
                    fail(QStringLiteral("%1: a complete batch wrote %2 again").arg(resume).arg(written));
                complete.push_back(ns);
                const QString journal = binary + u'/' + fero::BatchJournal::fileName();
                QList<QByteArray> lines = readFile(journal).split('\n');
                lines.removeAll(QByteArray());
                const qsizetype keep = lines.size() / 2;
                int dropped = 0;
                for (qsizetype l = keep; l < lines.size(); ++l)
                    if (lines[l].contains("\"done\"")) {
                        ++dropped;
                        const QByteArray output =
                            lines[l].mid(lines[l].indexOf("\"output\":\"") + 10).split('"').front();
                        QFile::remove(binary + u'/' + QString::fromUtf8(output));
                    }
                writeFile(journal, lines.mid(0, keep).join('\n') + '\n');
                const auto [halfNs, redone] = convert(in, binary, fero::Format::FerogramBinary, true);
                if (redone != dropped)
                    fail(QStringLiteral("%1: resumed half way, %2 written, %3 expected")
                             .arg(resume)
                             .arg(redone)
                             .arg(dropped));
                half.push_back(halfNs);
            }
            options.report(resume, median(complete));
            options.report(resume + QStringLiteral("_half"), median(half));
        }
    }
}

} // namespace

void run(const Options &options)
{
    QTemporaryDir temporary;
    const QString base = options.dir.isEmpty() ? temporary.path() : options.dir;
    QDir().mkpath(base);
    const bool scanWanted = std::any_of(options.scanSizes.begin(), options.scanSizes.end(), [&](int n) {
        return options.wanted(named(QStringLiteral("scan_100k"), n, 100000))
               || options.wanted(named(QStringLiteral("dupes_100k"), n, 100000));
    });
    if (scanWanted) {
        QTemporaryDir scratch;
        const Farm farm = planFarm(scratch.path());
        QStringList mix;
        for (const Kind &kind : farm.kinds)
            mix << QStringLiteral("%1 %2").arg(kind.weight).arg(fero::formatId(kind.format));
        log(QStringLiteral("farm: per %1 accounts %2; about %3 bytes per session")
                .arg(farm.cycle.size())
                .arg(mix.join(QStringLiteral(", ")))
                .arg(farm.averageBytes));
        benchScan(options, farm, base);
    }
    benchBatch(options, base);
}

} // namespace farmbench
