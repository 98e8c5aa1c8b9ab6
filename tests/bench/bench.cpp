// feroscope-bench: the core's hot paths, measured in-process.
//
// stdout carries only "<operation> <integer nanoseconds per op>" lines (the
// median of repeated runs); everything else goes to stderr. With no
// arguments it generates the reference shapes of the performance issue;
// with --file PATH it measures that ferogram binary file instead.
//
//   feroscope-bench [--file PATH] [--repeat N] [--quick] [--scaling] [--default-malloc] [--cpu]
//                   [--only OP[,OP...]] [--scan-dir DIR] [--farm]
//
// --farm adds the farm benchmarks (farmbench.h): scan_100k and dupes_100k on
// nested farms of 1,000, 10,000 and 100,000 sessions of every format in the
// registry, batch_10k / batch_10k_back / batch_resume on 1,000 and 10,000
// Telethon databases (with --quick: 1,000 of each only). They check the free
// space first; with --scan-dir the farms are kept there and reused.
//
// --cpu measures this thread's CPU time instead of wall time (a shared,
// loaded machine); scan_* spreads over threads, so read it as wall time.
// --only binary_decode,sqlite_save runs only operations starting with those
// names (to profile one of them); --default-malloc skips fero::tuneAllocator(), to show what it is worth.
// --scan-dir DIR keeps the scan folders in DIR/farm<N> (made when missing,
// reused otherwise), so a profiler sees the scan alone.
//
// Besides ferogram's formats it measures every other reader on inputs the
// core's own writers make from the same synthetic shapes: the foreign
// strings, Telethon and Pyrogram SQLite (save, load, and *_resave: saving
// what was read from the same format, row details included), GramJS stores and
// tdata with and without a local passcode, next to OpenSSL's own PBKDF2 for
// the passcode's work (openssl_pbkdf2_100k), so the ratio shows.

#include "base/processsetup.h"
#include "detect/foreignstrings.h"
#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/nativestring.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/format.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/gramjs/gramjsstring.h"
#include "formats/mtcute/mtcutesqlite.h"
#include "formats/mtcute/mtcutestring.h"
#include "formats/mtkruto/mtkrutostring.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "formats/tdesktop/tdata.h"
#include "formats/telethon/telethon2sqlite.h"
#include "formats/gotd/gotdjson.h"
#include "formats/grammers/grammerssqlite.h"
#include "formats/tdl/bbolt.h"
#include "formats/tdl/tdlstore.h"
#include "formats/telethon/telethonsqlite.h"
#include "formats/telethon/telethonstring.h"
#include "open/scan.h"
#include "synthetic.h"

#include "farmbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// --cpu: time with this thread's CPU clock instead of the wall clock, for a
// machine shared with other work (preemption then does not count).
bool g_cpuClock = false;
long long nowNs()
{
    if (g_cpuClock) {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
    }
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

struct Options {
    QString file;
    int repeat = 0; // 0 = pick per operation
    bool quick = false;
    bool scaling = false;
    bool defaultMalloc = false;
    bool cpu = false;
    QStringList only;  // operation name prefixes; empty = all
    QString scanDir;   // keeps the scan folders (made once) for profiling; empty = temporary
    bool farm = false; // the farm benchmarks (farmbench.h)
};

// --only: which operations run at all (for perf stat / callgrind on one of them).
QStringList g_only;
bool wanted(const QString &operation)
{
    if (g_only.isEmpty())
        return true;
    return std::any_of(g_only.begin(), g_only.end(), [&](const QString &p) { return operation.startsWith(p); });
}

void log(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void report(const char *operation, long long nanoseconds)
{
    std::printf("%s %lld\n", operation, nanoseconds);
    std::fflush(stdout);
}

void report(const QString &operation, long long nanoseconds)
{
    report(qPrintable(operation), nanoseconds);
}

// Median wall time of `runs` calls, each timed alone. Cheap operations are
// batched (`inner` calls per timing) so the clock's resolution does not matter.
// warmUp = false for work that is slow by design (PBKDF2) and has nothing to warm.
long long medianNs(int runs, int inner, const std::function<void()> &work, bool warmUp = true)
{
    std::vector<long long> samples;
    samples.reserve(std::size_t(runs));
    if (warmUp)
        work(); // warm-up: page faults, allocator, caches
    for (int r = 0; r < runs; ++r) {
        const long long start = nowNs();
        for (int i = 0; i < inner; ++i)
            work();
        samples.push_back((nowNs() - start) / inner);
    }
    std::nth_element(samples.begin(), samples.begin() + samples.size() / 2, samples.end());
    return samples[samples.size() / 2];
}

[[noreturn]] void fail(const QString &what)
{
    log(QStringLiteral("feroscope-bench: %1").arg(what));
    std::exit(1);
}

// 18 DCs = the reference shapes' table (ferogram's `typical` vector: three
// keys), which makes the largest session 3,343,835 bytes as in the issue.
fero::Session shape(std::size_t peers, std::size_t minPeers, std::size_t channels, std::size_t dcs)
{
    fero::SyntheticShape s;
    s.peers = peers;
    s.minPeers = minPeers;
    s.channelPts = channels;
    s.dcEntries = dcs;
    s.typicalDcTable = dcs == 18;
    fero::Session session = fero::makeSyntheticSession(s, 0xbe7c4);
    // Values some foreign formats need (Pyrogram's api_id, tdata's user id).
    session.account.apiId = 2040;
    session.account.isBot = false;
    session.account.testMode = false;
    return session;
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

int sqliteRunsFor(const Options &options)
{
    return options.repeat ? options.repeat : (options.quick ? 3 : 9);
}

// Save into a fresh path per run (the writers refuse to overwrite), then load
// the last one; `save` and `load` name the operations. A save that takes over
// a second (the foreign writers on the largest shapes, fsync per file) is
// timed 3 times at most; with --quick once, its first run.
void benchSaveLoad(const QString &save, const QString &load, const Options &options,
                   const std::function<fero::Status(const QString &)> &write,
                   const std::function<bool(const QString &)> &read)
{
    if (!wanted(save) && !wanted(load))
        return;
    QTemporaryDir dir;
    int n = 0;
    QString lastPath;
    const auto saveOnce = [&] {
        lastPath = dir.filePath(QStringLiteral("s%1").arg(n++));
        need(write(lastPath));
    };
    const long long first = nowNs();
    saveOnce(); // also the warm-up
    const long long firstNs = nowNs() - first;
    if (wanted(save)) {
        int runs = sqliteRunsFor(options);
        if (firstNs > 1000000000LL)
            runs = options.repeat ? options.repeat : 3;
        if (options.quick && !options.repeat)
            report(save, firstNs);
        else
            report(save, medianNs(runs, 1, saveOnce, false));
    }
    if (wanted(load))
        report(load, medianNs(sqliteRunsFor(options), 1, [&] {
                   if (!read(lastPath))
                       fail(QStringLiteral("%1 failed").arg(load));
               }));
}

template <typename Reader> bool readOk(const QString &operation, Reader reader)
{
    auto decoded = reader();
    if (!decoded)
        fail(QStringLiteral("%1: %2").arg(operation, decoded.error().message));
    return true;
}

// Saving what was read from the same format: the session then carries the
// format's own row details (usernames, phones, dates) for every peer, as in
// a Telethon -> Telethon conversion or a prune, and the writer looks each
// peer's details up.
template <typename Write, typename Read>
void benchResave(const QString &operation, const fero::Session &shaped, const Options &options, Write write, Read read)
{
    if (!wanted(operation))
        return;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    need(write(shaped, source));
    auto decoded = read(source);
    if (!decoded || decoded->sessions.empty() || decoded->session().foreign.peers.empty())
        fail(QStringLiteral("%1: the source has no row details to carry").arg(operation));
    const fero::Session &loaded = decoded->session();
    int n = 0;
    const auto saveOnce = [&] { need(write(loaded, dir.filePath(QStringLiteral("r%1").arg(n++)))); };
    const long long first = nowNs();
    saveOnce(); // also the warm-up
    const long long firstNs = nowNs() - first;
    if (options.quick && !options.repeat)
        report(operation, firstNs);
    else
        report(operation,
               medianNs(firstNs > 1000000000LL ? (options.repeat ? options.repeat : 3) : sqliteRunsFor(options), 1,
                        saveOnce, false));
}

// Telethon's and Pyrogram's databases (their peer caches) of one shape.
void benchForeignSqlite(const fero::Session &session, const QString &suffix, const Options &options)
{
    benchResave(
        QStringLiteral("telethon_sqlite_resave") + suffix, session, options,
        [](const fero::Session &s, const QString &path) { return fero::telethonsqlite::write(s, path); },
        [](const QString &path) { return fero::telethonsqlite::read(path); });
    benchResave(
        QStringLiteral("pyrogram_sqlite_resave") + suffix, session, options,
        [](const fero::Session &s, const QString &path) { return fero::pyrogramsqlite::write(s, path); },
        [](const QString &path) { return fero::pyrogramsqlite::read(path); });
    benchSaveLoad(
        QStringLiteral("telethon_sqlite_save") + suffix, QStringLiteral("telethon_sqlite_load") + suffix, options,
        [&](const QString &path) { return fero::telethonsqlite::write(session, path); },
        [&](const QString &path) { return readOk(path, [&] { return fero::telethonsqlite::read(path); }); });
    benchSaveLoad(
        QStringLiteral("pyrogram_sqlite_save") + suffix, QStringLiteral("pyrogram_sqlite_load") + suffix, options,
        [&](const QString &path) { return fero::pyrogramsqlite::write(session, path); },
        [&](const QString &path) { return readOk(path, [&] { return fero::pyrogramsqlite::read(path); }); });
    // Pyrogram's forks: the same peers plus update_state rows (the channel
    // pts), usernames where the session has them.
    using Layout = fero::pyrogramsqlite::Layout;
    for (const auto &[name, layout] : {std::pair{QStringLiteral("kurigram"), Layout::Kurigram7},
                                       std::pair{QStringLiteral("pyrotgfork"), Layout::PyroTGFork6},
                                       std::pair{QStringLiteral("pyrofork"), Layout::Pyrofork4}}) {
        const Layout forkLayout = layout; // clang: a lambda cannot capture a structured binding
        benchSaveLoad(
            name + QStringLiteral("_sqlite_save") + suffix, name + QStringLiteral("_sqlite_load") + suffix, options,
            [&](const QString &path) { return fero::pyrogramsqlite::write(session, path, forkLayout); },
            [&](const QString &path) { return readOk(path, [&] { return fero::pyrogramsqlite::read(path); }); });
    }
}

// Telethon 2 (n channelstate rows: it keeps no peers) and mtcute's storage
// (n peers, n message refs, n channel pts) of one shape (issue 15).
void benchIssue15Sqlite(const fero::Session &shaped, const QString &suffix, const Options &options)
{
    fero::Session session = shaped;
    if (!session.account.userId)
        session.account.userId = 5123456789; // Telethon 2 keeps the home DC in its user row
    benchSaveLoad(
        QStringLiteral("telethon2_sqlite_save") + suffix, QStringLiteral("telethon2_sqlite_load") + suffix, options,
        [&](const QString &path) { return fero::telethon2sqlite::write(session, path); },
        [&](const QString &path) { return readOk(path, [&] { return fero::telethon2sqlite::read(path); }); });
    benchSaveLoad(
        QStringLiteral("mtcute_sqlite_save") + suffix, QStringLiteral("mtcute_sqlite_load") + suffix, options,
        [&](const QString &path) { return fero::mtcutesqlite::write(session, path); },
        [&](const QString &path) { return readOk(path, [&] { return fero::mtcutesqlite::read(path); }); });
    benchResave(
        QStringLiteral("mtcute_sqlite_resave") + suffix, session, options,
        [](const fero::Session &s, const QString &path) { return fero::mtcutesqlite::write(s, path); },
        [](const QString &path) { return fero::mtcutesqlite::read(path); });
}

// binary encode/decode, SQLite save/load and string decode of one session.
void benchSession(const fero::Session &session, const QString &suffix, const Options &options)
{
    const auto encoded = fero::binary::write(session, 8);
    if (!encoded)
        fail(encoded.error().message);
    const QByteArray bytes = *encoded;
    log(QStringLiteral("session%1: %2 peers, %3 min peers, %4 channel pts, %5 DCs, %6 bytes")
            .arg(suffix)
            .arg(session.peers.size())
            .arg(session.minPeers.size())
            .arg(session.updates.channels.size())
            .arg(session.dcs.size())
            .arg(bytes.size()));

    const int inner = bytes.size() > 1000000 ? 20 : 100;
    const int runs = options.repeat ? options.repeat : (options.quick ? 5 : 31);

    QByteArray copy(bytes.size(), Qt::Uninitialized);
    if (wanted(QStringLiteral("memcpy_floor")))
        report(QStringLiteral("memcpy_floor") + suffix,
               medianNs(runs, inner, [&] { std::memcpy(copy.data(), bytes.constData(), std::size_t(bytes.size())); }));

    if (wanted(QStringLiteral("binary_decode")))
        report(QStringLiteral("binary_decode") + suffix, medianNs(runs, inner, [&] {
                   auto decoded = fero::binary::read(bytes);
                   if (!decoded)
                       fail(decoded.error().message);
               }));
    if (wanted(QStringLiteral("binary_encode")))
        report(QStringLiteral("binary_encode") + suffix, medianNs(runs, inner, [&] {
                   auto out = fero::binary::write(session, 8);
                   if (!out)
                       fail(out.error().message);
               }));

    const auto native = fero::native::write(session, 8);
    if (!native)
        fail(native.error().message);
    if (wanted(QStringLiteral("native_decode")))
        report(QStringLiteral("native_decode") + suffix, medianNs(runs, std::max(1, inner / 4), [&] {
                   auto decoded = fero::native::read(*native);
                   if (!decoded)
                       fail(decoded.error().message);
               }));

    QTemporaryDir dir;
    const int sqliteRuns = options.repeat ? options.repeat : (options.quick ? 3 : 9);
    int n = 0;
    QString lastPath;
    if (!wanted(QStringLiteral("sqlite_"))) {
        // skipped (--only)
    } else if (fero::sqlitedb::conflicts(session).isEmpty()) {
        report(QStringLiteral("sqlite_save") + suffix, medianNs(sqliteRuns, 1, [&] {
                   lastPath = dir.filePath(QStringLiteral("s%1.sqlite").arg(n++));
                   const fero::Status saved = fero::sqlitedb::write(session, lastPath, 8);
                   if (!saved)
                       fail(saved.error().message);
               }));
        report(QStringLiteral("sqlite_load") + suffix, medianNs(sqliteRuns, 1, [&] {
                   auto loaded = fero::sqlitedb::read(lastPath);
                   if (!loaded)
                       fail(loaded.error().message);
               }));
    } else {
        log(QStringLiteral("session%1 has ids the SQLite schema cannot hold; SQLite skipped").arg(suffix));
    }
    // The foreign writers take seconds on the largest shape: --quick keeps
    // them to the 20k one.
    if (!options.quick || !suffix.isEmpty()) {
        benchForeignSqlite(session, suffix, options);
        benchIssue15Sqlite(session, suffix, options);
    }
}

void benchCompact(const Options &options)
{
    if (!wanted(QStringLiteral("compact_decode")))
        return;
    const fero::Session session = shape(0, 0, 0, 5);
    fero::compact::WriteOptions write;
    write.version = 2;
    write.userId = 123456789;
    const auto text = fero::compact::write(session, write);
    if (!text)
        fail(text.error().message);
    report("compact_decode", medianNs(options.quick ? 5 : 31, 1000, [&] {
               auto decoded = fero::compact::read(*text);
               if (!decoded)
                   fail(decoded.error().message);
           }));
}

// The foreign string readers, each on a string its own writer made from the
// reference DC table, and detection (every reader, plausibility decides) as
// inspect and scan run it on pasted or unnamed text.
void benchForeignStrings(const Options &options)
{
    const fero::Session session = shape(0, 0, 0, 18);
    fero::pyrogramstring::WriteOptions pyrogram;
    const std::vector<std::pair<QString, QString>> strings{
        {QStringLiteral("telethon"), need(fero::telethonstring::write(session, {}))},
        {QStringLiteral("gramjs"), need(fero::gramjsstring::write(session, {}))},
        {QStringLiteral("mtcute"), need(fero::mtcutestring::write(session, {}))},
        {QStringLiteral("pyrogram"), need(fero::pyrogramstring::write(session, pyrogram))},
        {QStringLiteral("mtkruto"), need(fero::mtkrutostring::write(session))},
    };
    const int runs = options.repeat ? options.repeat : (options.quick ? 5 : 31);
    for (const auto &[name, text] : strings) {
        const QString operation = name + QStringLiteral("_string_decode");
        if (!wanted(operation))
            continue;
        const auto decodeOnce = [&, &name = name, &text = text] {
            if (name == u"telethon")
                return fero::telethonstring::read(text);
            if (name == u"gramjs")
                return fero::gramjsstring::read(text);
            if (name == u"mtcute")
                return fero::mtcutestring::read(text);
            if (name == u"pyrogram")
                return fero::pyrogramstring::read(text);
            return fero::mtkrutostring::read(text);
        };
        report(operation, medianNs(runs, 1000, [&] { readOk(operation, decodeOnce); }));
    }
    if (wanted(QStringLiteral("string_detect"))) {
        const QString &telethon = strings.front().second;
        report("string_detect", medianNs(runs, 200, [&] {
                   readOk(QStringLiteral("string_detect"), [&] { return fero::readBestString(telethon); });
               }));
    }
}

// GramJS's StoreSession folder: one file per key and per cached entity.
void benchGramjsStore(const Options &options)
{
    if (!wanted(QStringLiteral("gramjs_store_")))
        return;
    const fero::Session session = shape(1000, 0, 0, 18);
    log(QStringLiteral("GramJS store: %1 entities, one file each").arg(session.peers.size()));
    benchSaveLoad(
        QStringLiteral("gramjs_store_save_1k"), QStringLiteral("gramjs_store_load_1k"), options,
        [&](const QString &path) { return fero::gramjsstore::write(session, path); },
        [&](const QString &path) { return readOk(path, [&] { return fero::gramjsstore::read(path); }); });
}

// grammers' SQLite store at the largest peer cache (issue 16): save and load.
void benchGrammersSqlite(const Options &options)
{
    if (!wanted(QStringLiteral("grammers_sqlite_")))
        return;
    const fero::Session session = shape(65535, 0, 65535, 18);
    benchSaveLoad(
        QStringLiteral("grammers_sqlite_save_65535"), QStringLiteral("grammers_sqlite_load_65535"), options,
        [&](const QString &path) { return fero::grammerssqlite::write(session, path); },
        [&](const QString &path) { return readOk(path, [&] { return fero::grammerssqlite::read(path); }); });
}

// A tdl store of n namespaces as bbolt 1.3 lays one out when every bucket
// is small enough to be inline: meta pages 0 and 1, an empty freelist on
// page 2, and one root leaf (with overflow pages) from page 3. Each
// namespace holds app and a gotd session (more-stores.md §5).
QByteArray makeTdlStore(int n, const QByteArray &sessionJson)
{
    constexpr std::uint32_t pageSize = 4096;
    const auto u16 = [](QByteArray &b, std::uint16_t v) { b.append(reinterpret_cast<const char *>(&v), 2); };
    const auto u32 = [](QByteArray &b, std::uint32_t v) { b.append(reinterpret_cast<const char *>(&v), 4); };
    const auto u64 = [](QByteArray &b, std::uint64_t v) { b.append(reinterpret_cast<const char *>(&v), 8); };
    const auto leaf = [&](const std::vector<std::tuple<std::uint32_t, QByteArray, QByteArray>> &items, std::uint64_t id) {
        QByteArray page, data;
        u64(page, id);
        u16(page, 0x02);
        u16(page, std::uint16_t(items.size()));
        u32(page, 0); // overflow, patched by the caller for the root
        const std::size_t dataStart = 16 + 16 * items.size();
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto &[flags, key, value] = items[i];
            u32(page, flags);
            u32(page, std::uint32_t(dataStart + std::size_t(data.size()) - (16 + 16 * i)));
            u32(page, std::uint32_t(key.size()));
            u32(page, std::uint32_t(value.size()));
            data += key + value;
        }
        return page + data;
    };
    std::vector<std::tuple<std::uint32_t, QByteArray, QByteArray>> namespaces;
    for (int i = 0; i < n; ++i) {
        QByteArray bucket(16, '\0'); // root 0 (inline), sequence 0
        bucket += leaf({{0, "app", "desktop"}, {0, "session", sessionJson}}, 0);
        namespaces.emplace_back(1, QStringLiteral("ns%1").arg(i, 5, 10, QLatin1Char('0')).toLatin1(), bucket);
    }
    QByteArray root = leaf(namespaces, 3);
    const std::uint32_t rootPages = std::uint32_t((root.size() + pageSize - 1) / pageSize);
    const std::uint32_t overflow = rootPages - 1;
    std::memcpy(root.data() + 12, &overflow, 4);
    root.resize(qsizetype(rootPages * pageSize), '\0');
    QByteArray file;
    for (std::uint64_t m = 0; m < 2; ++m) {
        QByteArray page;
        u64(page, m);
        u16(page, 0x04);
        u16(page, 0);
        u32(page, 0);
        QByteArray meta;
        u32(meta, fero::bbolt::Magic);
        u32(meta, fero::bbolt::Version);
        u32(meta, pageSize);
        u32(meta, 0);
        u64(meta, 3); // root bucket page
        u64(meta, 0);
        u64(meta, 2); // freelist page
        u64(meta, 3 + rootPages);
        u64(meta, m + 1); // txid
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (char c : meta)
            h = (h ^ std::uint8_t(c)) * 0x100000001b3ULL;
        u64(meta, h);
        page += meta;
        page.resize(pageSize, '\0');
        file += page;
    }
    QByteArray freelist;
    u64(freelist, 2);
    u16(freelist, 0x10);
    u16(freelist, 0);
    u32(freelist, 0);
    freelist.resize(pageSize, '\0');
    return file + freelist + root;
}

// tdl's store: reading n namespaces, each a gotd session; linear in n.
void benchTdl(const Options &options)
{
    if (!wanted(QStringLiteral("tdl_read_")))
        return;
    fero::Session one = shape(0, 0, 0, 18);
    one.account.testMode = false;
    const QByteArray json = need(fero::gotdjson::write(one));
    for (int n : {100, 1000, 4000}) {
        const QByteArray store = makeTdlStore(n, json);
        const QString operation = QStringLiteral("tdl_read_%1").arg(n);
        report(operation, medianNs(sqliteRunsFor(options), 1, [&] {
                   const auto decoded = fero::tdlstore::read(store);
                   if (!decoded || decoded->sessions.size() != std::size_t(n) || !decoded->sessions.back().dcs.size())
                       fail(operation + QStringLiteral(" failed"));
               }));
    }
}

// tdata with every DC key of the reference table, with and without a local
// passcode, and OpenSSL's PKCS5_PBKDF2_HMAC doing the passcode's work alone:
// SHA-512, 100,000 rounds, tdata's 32-byte salt, the 256-byte key tdata derives.
void benchTdata(const Options &options)
{
    const fero::Session session = shape(0, 0, 0, 18);
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain/tdata"));
    const QString locked = dir.filePath(QStringLiteral("locked/tdata"));
    const QString passcode = QStringLiteral("correct horse");
    if (wanted(QStringLiteral("tdata_read"))) {
        need(fero::tdata::write({session}, plain));
        report("tdata_read", medianNs(options.repeat ? options.repeat : (options.quick ? 5 : 31), 20, [&] {
                   readOk(QStringLiteral("tdata_read"), [&] { return fero::tdata::read(plain); });
               }));
    }
    // One PBKDF2 is hundreds of milliseconds: a few runs, no warm-up.
    const int slowRuns = options.repeat ? options.repeat : (options.quick ? 1 : 5);
    if (wanted(QStringLiteral("tdata_read_passcode"))) {
        need(fero::tdata::write({session}, locked, passcode));
        const auto open = [&] {
            readOk(QStringLiteral("tdata_read_passcode"), [&] { return fero::tdata::read(locked, passcode); });
        };
        report("tdata_read_passcode", medianNs(slowRuns, 1, open, false));
    }
    if (wanted(QStringLiteral("openssl_pbkdf2_100k"))) {
        const QByteArray salt(32, '\x5a');
        const QByteArray password(64, '\x3c'); // tdata's PBKDF2 password is a SHA-512 digest
        QByteArray key(256, '\0');
        const auto derive = [&] {
            const auto *saltBytes = reinterpret_cast<const unsigned char *>(salt.constData());
            auto *keyBytes = reinterpret_cast<unsigned char *>(key.data());
            if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), saltBytes, int(salt.size()), 100000,
                                  EVP_sha512(), int(key.size()), keyBytes)
                != 1)
                fail(QStringLiteral("PKCS5_PBKDF2_HMAC failed"));
        };
        report("openssl_pbkdf2_100k", medianNs(slowRuns, 1, derive, false));
    }
}

// A folder of `count` sessions of mixed formats, in the proportions a farm
// of bot accounts gathered from several tools might have (per 100 sessions):
//   35 ferogram binary files (versions 5..8), 4 native and 4 compact strings,
//    2 ferogram SQLite databases,
//   25 Telethon SQLite `.session` files (the most common farm format),
//   15 Pyrogram SQLite `.session` files,
//   11 foreign strings in `.txt` files: 4 Telethon, 3 Pyrogram, 2 GramJS,
//      1 mtcute, 1 MTKruto,
//    2 GramJS store folders (one file per key and per cached entity),
//    2 tdata folders, one in four with a local passcode (listed as
//      "passcode needed").
// Every session gets its own keys (every DC's: scan compares them all), so
// no duplicates are flagged. Files
// and strings come from the core's writers one by one; the databases and
// GramJS stores are written once by their writers (which fsync, 45 files a
// store) and copied with the key bytes changed, as the writer would have
// stored them; the passcode tdata folders are copies of one (its key stays
// sealed).
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

// A key as GramJS's store writes it: {"type":"Buffer","data":[n,n,...]}.
QByteArray keyAsJsonList(const fero::AuthKey &key)
{
    QByteArray out = "\"data\":[";
    for (std::size_t i = 0; i < fero::AuthKey::Size; ++i)
        out += (i ? "," : "") + QByteArray::number(key.data()[i]);
    return out;
}

// The files of a session written once (a database file or a store folder),
// relative path -> bytes, and how its keys read in them (raw, GramJS JSON).
struct Template {
    std::vector<std::pair<QString, QByteArray>> files;
    std::vector<QByteArray> rawKeys, jsonKeys;
    bool folder = false;
};

Template loadTemplate(const QString &path, const std::vector<fero::AuthKey *> &keys)
{
    Template t;
    for (const fero::AuthKey *key : keys) {
        t.rawKeys.push_back(key->toByteArray());
        t.jsonKeys.push_back(keyAsJsonList(*key));
    }
    t.folder = QFileInfo(path).isDir();
    if (!t.folder) {
        t.files.emplace_back(QString(), readFile(path));
        return t;
    }
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        t.files.emplace_back(file.mid(path.size()), readFile(file));
    }
    return t;
}

void writeCopy(const Template &t, const QString &path, const std::vector<fero::AuthKey *> &keys)
{
    for (const auto &[relative, bytes] : t.files) {
        QByteArray copy = bytes;
        for (std::size_t k = 0; k < keys.size(); ++k)
            copy.replace(t.rawKeys[k], keys[k]->toByteArray()).replace(t.jsonKeys[k], keyAsJsonList(*keys[k]));
        if (t.folder)
            QDir().mkpath(QFileInfo(path + relative).path());
        writeFile(path + relative, copy);
    }
}

void makeScanFolder(const QString &folder, int count)
{
    QDir().mkpath(folder);
    fero::Session small = shape(40, 5, 5, 10);
    std::vector<fero::AuthKey *> keys;
    for (fero::DcEntry &dc : small.dcs)
        if (dc.authKey)
            keys.push_back(&*dc.authKey);
    if (keys.empty())
        fail(QStringLiteral("the synthetic session has no key"));

    QTemporaryDir templates;
    const auto templated = [&](const QString &name, const std::function<fero::Status(const QString &)> &write) {
        const QString path = templates.filePath(name);
        need(write(path));
        return loadTemplate(path, keys);
    };
    const Template ferogramDb =
        templated(QStringLiteral("f.sqlite"), [&](const QString &p) { return fero::sqlitedb::write(small, p, 8); });
    const Template telethonDb =
        templated(QStringLiteral("t.session"), [&](const QString &p) { return fero::telethonsqlite::write(small, p); });
    const Template pyrogramDb =
        templated(QStringLiteral("p.session"), [&](const QString &p) { return fero::pyrogramsqlite::write(small, p); });
    const Template store =
        templated(QStringLiteral("farmstore"), [&](const QString &p) { return fero::gramjsstore::write(small, p); });
    const Template locked = templated(QStringLiteral("tdata"), [&](const QString &p) {
        return fero::tdata::write({small}, p, QStringLiteral("farm"));
    });

    const auto put = [&](const QString &name, const QByteArray &bytes) { writeFile(folder + u'/' + name, bytes); };
    for (int i = 0; i < count; ++i) {
        for (fero::AuthKey *key : keys) {
            key->data()[0] = std::uint8_t(i);
            key->data()[1] = std::uint8_t(i >> 8);
        }
        small.account.userId = 5000000000LL + i;
        const QString name = QStringLiteral("bot%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString path = folder + u'/' + name;
        const int slot = i % 100;
        if (slot < 35) {
            put(name + QStringLiteral(".session"), need(fero::binary::write(small, 5 + i % 4)));
        } else if (slot < 39) {
            put(name + QStringLiteral(".txt"), need(fero::native::write(small, 8)).toUtf8());
        } else if (slot < 43) {
            fero::compact::WriteOptions compact;
            compact.userId = 42 + i;
            put(name + QStringLiteral(".txt"), need(fero::compact::write(small, compact)).toUtf8());
        } else if (slot < 45) {
            writeCopy(ferogramDb, path + QStringLiteral(".sqlite"), keys);
        } else if (slot < 70) {
            writeCopy(telethonDb, path + QStringLiteral(".session"), keys);
        } else if (slot < 85) {
            writeCopy(pyrogramDb, path + QStringLiteral(".session"), keys);
        } else if (slot < 89) {
            put(name + QStringLiteral(".txt"), need(fero::telethonstring::write(small, {})).toUtf8());
        } else if (slot < 92) {
            fero::pyrogramstring::WriteOptions pyrogram;
            put(name + QStringLiteral(".txt"), need(fero::pyrogramstring::write(small, pyrogram)).toUtf8());
        } else if (slot < 94) {
            put(name + QStringLiteral(".txt"), need(fero::gramjsstring::write(small, {})).toUtf8());
        } else if (slot < 95) {
            put(name + QStringLiteral(".txt"), need(fero::mtcutestring::write(small, {})).toUtf8());
        } else if (slot < 96) {
            put(name + QStringLiteral(".txt"), need(fero::mtkrutostring::write(small)).toUtf8());
        } else if (slot < 98) {
            // GramJS opens "./<name>": the store's files carry its folder name.
            Template named = store;
            for (auto &[relative, bytes] : named.files)
                relative.replace(QStringLiteral("farmstore"), name);
            writeCopy(named, path, keys);
        } else if (i % 400 == 98) {
            writeCopy(locked, path, keys);
        } else {
            need(fero::tdata::write({small}, path));
        }
    }
}

void benchScan(int count, const QString &operation, const Options &options)
{
    if (!wanted(operation))
        return;
    QTemporaryDir dir;
    const QString folder = options.scanDir.isEmpty() ? dir.filePath(QStringLiteral("farm"))
                                                     : QStringLiteral("%1/farm%2").arg(options.scanDir).arg(count);
    const int made = count;
    if (!QFileInfo::exists(folder)) {
        const long long madeAt = nowNs();
        makeScanFolder(folder, count);
        log(QStringLiteral("%1: folder of %2 sessions made in %3 ms")
                .arg(operation)
                .arg(made)
                .arg((nowNs() - madeAt) / 1000000));
    }

    fero::ScanResult last;
    const bool cpuClock = std::exchange(g_cpuClock, false); // threads: wall time only
    const int runs = options.repeat ? options.repeat : (options.quick ? 1 : 7);
    timespec cpuStart{}, cpuEnd{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuStart);
    const long long ns = medianNs(runs, 1, [&] { last = fero::scanFolder(folder); });
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuEnd);
    g_cpuClock = cpuClock;
    const long long cpuNs =
        ((long long)(cpuEnd.tv_sec - cpuStart.tv_sec) * 1000000000 + (cpuEnd.tv_nsec - cpuStart.tv_nsec)) / (runs + 1);
    log(QStringLiteral("%1: %2 ms wall (median), %3 ms CPU of all threads (mean)")
            .arg(operation)
            .arg(ns / 1000000)
            .arg(cpuNs / 1000000));

    // What a listing shows: format, version, home DC and counts for every
    // session; the passcode tdata folders say why they have none.
    std::size_t listed = 0, locked = 0;
    std::map<QString, int> kinds;
    for (const fero::ScanEntry &entry : last.sessions) {
        ++kinds[fero::formatId(entry.format)];
        if (!entry.note.isEmpty()) {
            ++locked;
            continue;
        }
        if (entry.homeDcId == 0 || entry.version < 0)
            fail(QStringLiteral("%1 listed without a home DC").arg(entry.path));
        ++listed;
    }
    if (!last.errors.empty())
        fail(QStringLiteral("%1: %2").arg(last.errors.front().path, last.errors.front().error));
    for (const fero::ScanEntry &entry : last.sessions)
        if (!entry.duplicateOf.isEmpty())
            fail(QStringLiteral("%1 flagged as sharing a key with %2").arg(entry.path, entry.duplicateOf.front()));
    if (last.sessions.size() != std::size_t(made))
        fail(QStringLiteral("%1: %2 sessions made, %3 listed").arg(operation).arg(made).arg(last.sessions.size()));
    QStringList tally;
    for (const auto &[format, n] : kinds)
        tally << QStringLiteral("%1 %2").arg(n).arg(format);
    log(QStringLiteral("%1: %2 sessions listed with format, version, home DC and counts, %3 \"passcode needed\" (%4)")
            .arg(operation)
            .arg(listed)
            .arg(locked)
            .arg(tally.join(QStringLiteral(", "))));
    report(operation, ns);
}

Options parse(const QStringList &args)
{
    Options options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--file" && i + 1 < args.size())
            options.file = args[++i];
        else if (a == u"--repeat" && i + 1 < args.size())
            options.repeat = std::max(1, args[++i].toInt());
        else if (a == u"--quick")
            options.quick = true;
        else if (a == u"--scaling")
            options.scaling = true;
        else if (a == u"--default-malloc")
            options.defaultMalloc = true;
        else if (a == u"--cpu")
            options.cpu = true;
        else if (a == u"--only" && i + 1 < args.size())
            options.only = args[++i].split(u',', Qt::SkipEmptyParts);
        else if (a == u"--scan-dir" && i + 1 < args.size())
            options.scanDir = args[++i];
        else if (a == u"--farm")
            options.farm = true;
        else if (a == u"--help" || a == u"-h") {
            std::fprintf(stderr, "usage: feroscope-bench [--file PATH] [--repeat N] [--quick] [--scaling] "
                                 "[--default-malloc] [--cpu] [--only OP[,OP...]] [--scan-dir DIR] [--farm]\n");
            std::exit(0);
        } else
            fail(QStringLiteral("unknown argument %1 (try --help)").arg(a));
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const bool defaultMalloc =
        std::any_of(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "--default-malloc") == 0; });
    if (!defaultMalloc)
        fero::tuneAllocator(); // as feroscope and feroscope-cli do, before anything allocates
    QCoreApplication app(argc, argv);
    const Options options = parse(app.arguments());
    g_only = options.only;
    g_cpuClock = options.cpu;

    if (!options.file.isEmpty()) {
        QFile file(options.file);
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1: %2").arg(options.file, file.errorString()));
        const auto decoded = fero::binary::read(file.readAll());
        if (!decoded)
            fail(decoded.error().message);
        benchSession(decoded->session(), {}, options);
    } else {
        // The reference shapes: the largest session the binary format holds
        // and a 20,000-peer one (performance issue, measured against ferogram 0.6.5).
        benchSession(shape(65535, 65535, 65535, 18), {}, options);
        benchSession(shape(20000, 5000, 2000, 18), QStringLiteral("_20k"), options);
    }
    benchCompact(options);
    benchForeignStrings(options);
    benchGramjsStore(options);
    benchTdata(options);
    benchGrammersSqlite(options);
    benchTdl(options);
    benchScan(10000, QStringLiteral("scan_10k"), options);

    if (options.scaling) {
        for (std::size_t peers : {1000, 4000, 16000, 65535})
            benchSession(shape(peers, peers, peers, 18), QStringLiteral("_%1").arg(peers), options);
        for (int files : {100, 1000, 10000})
            benchScan(files, QStringLiteral("scan_%1").arg(files), options);
    }
    if (options.farm) {
        farmbench::Options farm;
        farm.scanSizes = options.quick ? std::vector<int>{1000} : std::vector<int>{1000, 10000, 100000};
        farm.batchSizes = options.quick ? std::vector<int>{1000} : std::vector<int>{1000, 10000};
        farm.repeat = options.repeat;
        farm.dir = options.scanDir;
        farm.wanted = [](const QString &operation) { return wanted(operation); };
        farm.report = [](const QString &operation, long long ns) { report(operation, ns); };
        farmbench::run(farm);
    }
    return 0;
}
