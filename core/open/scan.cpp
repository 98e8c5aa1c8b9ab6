// Listing a folder: a cheap look at every file (size, first bytes) picks the
// candidates; only those are decoded, on every core.
#include "open/scan.h"

#include "detect/foreignstrings.h"
#include "formats/common/sqliteaccess.h"
#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/nativestring.h"
#include "formats/registry.h"
#include "formats/traits.h"
#include "open/foreignfileopen.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/registry.h"
#include "formats/tdesktop/tdata.h"
#include "formats/android/androidfolder.h"
#include "formats/wtelegram/codecs.h"
#include "detect/recognised.h"
#include "formats/telethon/telethonsqlite.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <variant>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fero {

namespace {

struct ScanTr {
    Q_DECLARE_TR_FUNCTIONS(Scan)
};

// The largest binary session is about 3.5 MiB (65,535 entries of each list,
// ferogram-formats.md §2); its native string is 4/3 of that.
constexpr qint64 MaxCandidateBytes = 6 * 1024 * 1024;

struct Candidate {
    QString path;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    unsigned mode = 0; // st_mode from the listing; 0: not known, stat the path
    bool folder = false; // a tdata or GramJS store folder, or one recognised below
    // A MadelineProto session folder or a TDLib database folder: one entry
    // saying what it is, instead of one per file inside.
    std::optional<Recognised> recognised = std::nullopt;
};

// The listing's stat of the file, or a stat of its own.
QString modeOf(const Candidate &candidate)
{
    return candidate.mode != 0 ? modeTextOf(candidate.mode) : modeText(candidate.path);
}

// Every folder and regular file under root (symbolic links, FIFOs, sockets
// and devices left out; nothing reached through a link), with the files'
// size, modification time and mode. readdir and one fstatat per file:
// QDirIterator's QFileInfo took a statx per folder too, and its local-time
// modification date two stats of /etc/localtime per file, a third of the
// listing of a 100,000-session farm.
struct Listed {
    QString path;
    bool folder = false;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    unsigned mode = 0;
};

// One folder's entries; its sub-folders are also added to `folders`.
void listFolder(const QString &folder, std::vector<Listed> &out, std::vector<QString> &folders)
{
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return; // unreadable: as QDirIterator, nothing listed under it
    const int fd = ::dirfd(dir);
    const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
    while (const dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        if (d->d_type != DT_DIR && d->d_type != DT_REG && d->d_type != DT_UNKNOWN)
            continue; // a link, FIFO, socket or device
        Listed item;
        item.path = prefix + QFile::decodeName(name);
        item.folder = d->d_type == DT_DIR;
        if (!item.folder) {
            struct stat st {};
            if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            if (S_ISDIR(st.st_mode)) {
                item.folder = true;
            } else if (!S_ISREG(st.st_mode)) {
                continue;
            } else {
                item.size = st.st_size;
                item.modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
                item.mode = st.st_mode;
            }
        }
        if (item.folder)
            folders.push_back(item.path);
        out.push_back(std::move(item));
    }
    ::closedir(dir);
}

// The whole tree on several threads: listing a folder is system calls
// (directory blocks, inode lookups), and a 100,000-account farm is 100,000
// folders that do not depend on each other. In no particular order.
std::vector<Listed> listTree(const QString &root, bool recursive)
{
    std::vector<Listed> all;
    std::vector<QString> below;
    listFolder(root, all, below);
    if (!recursive)
        return all;
    std::mutex lock;
    std::condition_variable changed;
    std::vector<QString> pending = std::move(below);
    int busy = 0;
    const auto work = [&](std::vector<Listed> &out) {
        std::vector<QString> found;
        std::unique_lock held(lock);
        for (;;) {
            changed.wait(held, [&] { return !pending.empty() || busy == 0; });
            if (pending.empty())
                return; // nothing left and nobody listing: done
            const QString folder = std::move(pending.back());
            pending.pop_back();
            ++busy;
            held.unlock();
            found.clear();
            listFolder(folder, out, found);
            held.lock();
            for (QString &f : found)
                pending.push_back(std::move(f));
            --busy;
            changed.notify_all();
        }
    };
    const std::size_t threads = std::clamp<std::size_t>(2 * std::size_t(QThread::idealThreadCount()), 1, 8);
    std::vector<std::vector<Listed>> parts(threads);
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work, std::ref(parts[t]));
    work(parts[0]);
    for (std::thread &t : pool)
        t.join();
    for (std::vector<Listed> &part : parts)
        std::move(part.begin(), part.end(), std::back_inserter(all));
    return all;
}

// A tdata folder gives one entry per account.
using Outcome = std::variant<std::monostate, ScanEntry, ScanError, std::vector<ScanEntry>>;

bool isBase64Text(QByteArrayView bytes)
{
    bool any = false;
    for (const char c : bytes) {
        const bool b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                         || c == '_' || c == '+' || c == '/' || c == '=';
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!b64 && !space)
            return false;
        any = any || b64;
    }
    return any;
}

// The first decoded byte of base64 text in either alphabet: ferogram payloads
// start with 0x01..0x08 (compact version 1/2, binary version 2..8, legacy v1).
bool decodesToFerogramLead(QByteArrayView text)
{
    QByteArray head = text.trimmed().first(std::min<qsizetype>(8, text.trimmed().size())).toByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(
        head, head.contains('-') || head.contains('_') ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    const auto lead = quint8(decoded.decoded.at(0));
    return lead >= 1 && lead <= 8;
}

// The home DC's key, IPv4 entry preferred (the one ferogram's export uses).
QString homeAuthKeyId(const Session &session)
{
    const DcEntry *best = nullptr;
    for (const DcEntry &dc : session.dcs) {
        if (dc.dcId != session.homeDcId || !dc.authKey)
            continue;
        if (!best || (best->isIpv6() && !dc.isIpv6()))
            best = &dc;
    }
    return best ? best->authKey->idHex() : QString();
}

Outcome entryFrom(const Candidate &candidate, const DecodedSession &decoded)
{
    ScanEntry entry;
    entry.path = candidate.path;
    entry.size = candidate.size;
    entry.format = decoded.format;
    entry.version = decoded.version;
    entry.layout = decoded.layout;
    if (!decoded.sessions.empty()) {
        const Session &session = decoded.session();
        entry.homeDcId = session.homeDcId;
        entry.authKeyId = homeAuthKeyId(session);
        // Every key, not just the home DC's: a login on another DC shared by
        // two clients gets both logged out as well. IPv4 and IPv6 entries of
        // one DC usually share a key, so each id is listed once.
        for (const DcEntry &dc : session.dcs)
            if (dc.authKey)
                entry.authKeyIds.push_back(dc.authKey->id());
        std::sort(entry.authKeyIds.begin(), entry.authKeyIds.end());
        entry.authKeyIds.erase(std::unique(entry.authKeyIds.begin(), entry.authKeyIds.end()), entry.authKeyIds.end());
        entry.peers = session.peers.size();
    }
    entry.mode = modeOf(candidate);
    return entry;
}

// One entry per account of a source that holds several (tdl's namespaces),
// each with its native id and note; one entry for the others.
Outcome entriesFrom(const Candidate &candidate, const DecodedSession &decoded)
{
    if (decoded.sessions.size() <= 1 && decoded.accountLabels.empty())
        return entryFrom(candidate, decoded);
    std::vector<ScanEntry> entries;
    for (std::size_t i = 0; i < decoded.sessions.size(); ++i) {
        DecodedSession one;
        one.format = decoded.format;
        one.version = decoded.version;
        one.layout = decoded.layout;
        one.sessions.push_back(decoded.sessions[i]);
        ScanEntry entry = std::get<ScanEntry>(entryFrom(candidate, one));
        entry.account = int(i);
        if (i < decoded.accountLabels.size()) {
            entry.nativeId = decoded.accountLabels[i].nativeId;
            entry.note = decoded.accountLabels[i].note;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

// A file a codec recognises by its content (grammers, gotd, bbolt); nullopt
// when none does. kind: only codecs of that kind are asked.
std::optional<Outcome> examineRecognised(const Candidate &candidate, FormatKind kind)
{
    for (const Codec *c : codecs()) {
        if (!c->recognise || traits(c->format).kind != kind)
            continue;
        if (c->recognise(candidate.path).isEmpty())
            continue;
        const Result<DecodedSession> decoded = readRecognised(*c, candidate.path);
        if (!decoded)
            return ScanError{candidate.path, decoded.error().message};
        return entriesFrom(candidate, decoded.value());
    }
    return std::nullopt;
}

// A file the readers above do not take may still be a format another
// codec of the registry claims (a format added since, which the scan then
// lists without a change here): the same question the opener asks.
Outcome claimedByRegistry(const Candidate &candidate)
{
    for (const Codec *codec : codecs()) {
        if (!codec->claims || !codec->readPath || !codec->claims(candidate.path))
            continue;
        Result<DecodedSession> decoded = codec->readPath(candidate.path, QString());
        if (!decoded)
            return ScanError{candidate.path, decoded.error().message};
        return entryFrom(candidate, decoded.value());
    }
    return {};
}

Outcome examineSqlite(const Candidate &candidate)
{
    // Identified and read on one connection: every open of a database costs
    // a connection and a schema parse (the profile of scan_10k).
    sqlitedb::Kind kind = sqlitedb::Kind::NotSqlite;
    const Result<DecodedSession> decoded = sqlitedb::identifyAndRead(candidate.path, kind);
    switch (kind) {
    case sqlitedb::Kind::Ferogram:
    case sqlitedb::Kind::Unreadable:
    case sqlitedb::Kind::Telethon:
    case sqlitedb::Kind::Pyrogram:
    case sqlitedb::Kind::Telethon2:
    case sqlitedb::Kind::MtcuteSqlite:
        break;
    case sqlitedb::Kind::OtherProgram:
        if (auto recognised = examineRecognised(candidate, FormatKind::Database)) // grammers
            return std::move(*recognised);
        return {};
    case sqlitedb::Kind::NotSqlite:
    case sqlitedb::Kind::Empty:
        return claimedByRegistry(candidate); // else some other program's database: not a session
    }
    if (!decoded)
        return ScanError{candidate.path, decoded.error().message};
    return entryFrom(candidate, decoded.value());
}

// One entry per account of a multi-account source, with its position and native id.
std::vector<ScanEntry> accountEntries(const Candidate &candidate, const DecodedSession &decoded)
{
    std::vector<ScanEntry> entries;
    for (std::size_t i = 0; i < decoded.sessions.size(); ++i) {
        DecodedSession one;
        one.format = decoded.format;
        one.version = decoded.version;
        one.layout = decoded.layout;
        one.sessions.push_back(decoded.sessions[i]);
        ScanEntry entry = std::get<ScanEntry>(entryFrom(candidate, one));
        entry.account = int(i);
        if (i < decoded.accountIds.size())
            entry.accountId = decoded.accountIds[i];
        entries.push_back(std::move(entry));
    }
    return entries;
}

// The folder formats: tdata (one entry per account, or one "passcode
// needed" entry), Telegram Android app folders (one per slot) and GramJS
// store folders.
Outcome examineFolder(const Candidate &candidate)
{
    if (candidate.recognised) {
        ScanEntry entry;
        entry.path = candidate.path;
        entry.recognised = candidate.recognised->id;
        entry.mode = modeText(candidate.path);
        entry.note = candidate.recognised->sentence;
        return entry;
    }
    if (androidfolder::looksLikeAppFolder(candidate.path)) {
        const Result<DecodedSession> decoded = androidfolder::read(candidate.path);
        if (!decoded)
            return ScanError{candidate.path, decoded.error().message};
        return accountEntries(candidate, decoded.value());
    }
    if (tdata::looksLikeTdata(candidate.path)) {
        if (tdata::needsPasscode(candidate.path)) {
            ScanEntry entry;
            entry.path = candidate.path;
            entry.format = Format::TdesktopTdata;
            entry.mode = modeText(candidate.path);
            entry.note = ScanTr::tr("passcode needed: open it with its local passcode to list its accounts");
            entry.needsPasscode = true;
            return entry;
        }
        const Result<DecodedSession> decoded = tdata::read(candidate.path);
        if (!decoded)
            return ScanError{candidate.path, decoded.error().message};
        return accountEntries(candidate, decoded.value());
    }
    const Result<DecodedSession> decoded = gramjsstore::read(candidate.path);
    if (!decoded)
        return ScanError{candidate.path, decoded.error().message};
    return entryFrom(candidate, decoded.value());
}

// Text the ferogram readers refuse may be another library's string: the same
// detection inspect uses (every string reader, plausibility decides).
Result<DecodedSession> readText(const QString &string)
{
    Result<DecodedSession> decoded = compact::read(string);
    if (!decoded)
        decoded = native::read(string);
    if (!decoded) {
        Result<DecodedSession> foreign = readBestString(string);
        if (foreign)
            return foreign;
    }
    return decoded;
}

Outcome examine(const Candidate &candidate)
{
    if (candidate.folder)
        return examineFolder(candidate);
    if (candidate.size <= 0)
        return {};
    QFile file(candidate.path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return ScanError{candidate.path, ScanTr::tr("cannot read it: %1").arg(file.errorString())};
    // 16 bytes read through the descriptor: a QFile peek fills a 16 KiB
    // buffer, and the databases (half a farm) are read again by SQLite.
    QByteArray head(16, Qt::Uninitialized);
    const ssize_t got = ::pread(file.handle(), head.data(), std::size_t(head.size()), 0);
    head.truncate(got > 0 ? qsizetype(got) : 0);
    if (sqlite::hasSqliteMagic(head)) {
        file.close();
        return examineSqlite(candidate);
    }
    const bool namedSession = candidate.path.endsWith(QLatin1String(".session"));
    const auto lead = head.isEmpty() ? 0 : quint8(head.at(0));
    const bool binaryLead = lead >= 1 && lead <= 8;
    const bool text = isBase64Text(head);
    // Not ferogram's lead byte nor base64: grammers' TL file, gotd JSON or a
    // bbolt file name themselves in their first bytes.
    if (!binaryLead && !text && candidate.size <= MaxCandidateBytes * 16) {
        file.close();
        for (FormatKind kind : {FormatKind::File, FormatKind::String})
            if (auto recognised = examineRecognised(candidate, kind))
                return std::move(*recognised);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return ScanError{candidate.path, ScanTr::tr("cannot read it: %1").arg(file.errorString())};
    }
    if (!namedSession && !binaryLead && !text) {
        // MadelineProto and TDLib files: listed with why they cannot be opened.
        // Only heads that could be theirs are looked at (a PHP header, a
        // serialized object, igbinary, a binlog event size).
        quint32 eventSize = 0; // little-endian, by hand: GCC's -Warray-bounds misreads qFromLittleEndian here
        for (qsizetype i = std::min<qsizetype>(head.size(), 4) - 1; i >= 0; --i)
            eventSize = eventSize << 8 | quint8(head.at(i));
        const bool maybe = head.startsWith("<?php") || head.startsWith("O:") || lead == 0
                           || (eventSize % 4 == 0 && eventSize >= 32 && eventSize <= (1u << 24))
                           || candidate.size % 1024 == 0;
        file.close();
        if (maybe)
            if (const std::optional<Recognised> known = recognise(candidate.path)) {
                ScanEntry entry;
                entry.path = candidate.path;
                entry.size = candidate.size;
                entry.recognised = known->id;
                entry.mode = modeOf(candidate);
                entry.note = known->sentence;
                return entry;
            }
        return claimedByRegistry(candidate);
    }
    if (candidate.size > MaxCandidateBytes)
        return claimedByRegistry(candidate);
    QByteArray bytes = file.readAll();
    file.close();

    if (isBase64Text(bytes)) {
        const QString string = QString::fromLatin1(bytes);
        Result<DecodedSession> decoded = readText(string);
        if (decoded)
            return entryFrom(candidate, decoded.value());
        if (Outcome claimed = claimedByRegistry(candidate); !std::holds_alternative<std::monostate>(claimed))
            return claimed;
        if (namedSession || decodesToFerogramLead(bytes))
            return ScanError{candidate.path, decoded.error().message};
        return {};
    }
    if (!namedSession && !binaryLead)
        return claimedByRegistry(candidate);
    const Result<DecodedSession> decoded = binary::read(bytes);
    // A WTelegramClient header reads as a damaged ferogram v8 file: without
    // its key, listed with a note, as a tdata with a passcode is.
    const bool wtelegram = !decoded && wtelegram::looksLikeSessionFile(bytes);
    secureWipe(bytes);
    if (decoded)
        return entryFrom(candidate, decoded.value());
    if (wtelegram) {
        ScanEntry entry;
        entry.path = candidate.path;
        entry.size = candidate.size;
        entry.format = Format::WtelegramSession;
        entry.mode = modeOf(candidate);
        entry.note = ScanTr::tr("session key needed: open it with the app's api_hash or session_key");
        entry.needsPasscode = true;
        return entry;
    }
    if (Outcome claimed = claimedByRegistry(candidate); !std::holds_alternative<std::monostate>(claimed))
        return claimed;
    return ScanError{candidate.path, decoded.error().message};
}

// Leftovers of a session that exists beside them: listed with it, not alone.
struct Leftovers {
    QHash<QString, QStringList> byBase; // session path -> related files
    QSet<QString> skipped;              // leftover paths not scanned on their own
};

Leftovers findLeftovers(const QStringList &paths)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)(-wal|-shm|-journal|\\.bak|\\.\\d+\\.tmp)$"));
    const QSet<QString> all(paths.begin(), paths.end());
    Leftovers out;
    for (const QString &path : paths) {
        const QRegularExpressionMatch match = pattern.match(path);
        if (!match.hasMatch() || !all.contains(match.captured(1)))
            continue;
        out.byBase[match.captured(1)] << path;
        out.skipped.insert(path);
    }
    return out;
}

} // namespace

QString scanEntryName(const ScanEntry &entry)
{
    return entry.account < 0 ? entry.path : ScanTr::tr("%1#account %2").arg(entry.path).arg(entry.account);
}

std::vector<DuplicateGroup> duplicateGroups(const std::vector<ScanEntry> &sessions)
{
    // Every (key id, holder) pair in one flat array, sorted: the holders of
    // a key are then one run, in listing order. A hash map from key id to a
    // vector of holders cost 622 ms for the 100,000-session farm (300,000
    // keys, one allocation each, a cache miss per insert: dupes_100k); the
    // sort is a few tens of milliseconds.
    std::size_t total = 0;
    for (const ScanEntry &entry : sessions)
        total += entry.authKeyIds.size();
    std::vector<std::pair<std::uint64_t, std::size_t>> pairs;
    pairs.reserve(total);
    for (std::size_t i = 0; i < sessions.size(); ++i)
        for (const std::uint64_t id : sessions[i].authKeyIds)
            pairs.emplace_back(id, i);
    std::sort(pairs.begin(), pairs.end());

    // One group per distinct list of holders (a copied tdata shares all of
    // its keys with the original: one group, every key listed).
    const auto hashOf = [](const std::vector<std::size_t> &list) {
        std::size_t h = list.size();
        for (const std::size_t v : list)
            h = h * 1000003u ^ std::hash<std::size_t>{}(v);
        return h;
    };
    std::unordered_map<std::vector<std::size_t>, std::size_t, decltype(hashOf)> groupOf(16, hashOf);
    std::vector<DuplicateGroup> groups;
    std::vector<std::size_t> holders;
    for (std::size_t run = 0, end = 0; run < pairs.size(); run = end) {
        for (end = run + 1; end < pairs.size() && pairs[end].first == pairs[run].first; ++end) {
        }
        holders.clear();
        for (std::size_t k = run; k < end; ++k)
            if (holders.empty() || holders.back() != pairs[k].second) // a key twice in one session counts once
                holders.push_back(pairs[k].second);
        if (holders.size() < 2)
            continue;
        const auto [it, added] = groupOf.try_emplace(holders, groups.size());
        if (added)
            groups.push_back({{}, holders});
        groups[it->second].authKeyIds.push_back(pairs[run].first); // ascending: pairs are sorted
    }
    // Listing order.
    std::sort(groups.begin(), groups.end(),
              [](const DuplicateGroup &a, const DuplicateGroup &b) { return a.sessions < b.sessions; });
    return groups;
}

ScanResult scanFolder(const QString &root, const ScanOptions &options)
{
    ScanResult result;
    result.root = root;
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir()) {
        result.errors.push_back({root, ScanTr::tr("not a folder")});
        return result;
    }

    // NoSymLinks and no FollowSymlinks: nothing outside the folder is reached
    // through a link, and no file is listed twice under two names. No System:
    // a FIFO in the folder would block the read.
    QStringList paths;
    // Cleaned so "dir/" and "dir" give the same prefixes below.
    const QString start = QDir::cleanPath(root);
    QStringList folders{start};
    QSet<QString> marked; // folders holding a key_datas or "<name>%3AdcId" file
    QSet<QString> maybeRecognised; // folders holding MadelineProto's safe.php or TDLib's binlog
    QHash<QString, qint64> sizes;
    QHash<QString, qint64> modified; // ms since the epoch
    QHash<QString, unsigned> modes;
    for (const Listed &item : listTree(start, options.recursive)) {
        if (item.folder) {
            folders << item.path;
            continue;
        }
        const QString &path = item.path;
        const qsizetype slash = path.lastIndexOf(u'/');
        const QStringView name = QStringView(path).sliced(slash + 1);
        const QString parent = path.left(slash);
        if (name == u"key_datas" || name.endsWith(QLatin1String("%3AdcId")))
            marked.insert(parent);
        if (name == u"safe.php" || name == u"td.binlog" || name == u"td_test.binlog")
            maybeRecognised.insert(parent);
        // Telegram Android: <app>/files/tgnet.dat or <app>/files/accountN/tgnet.dat.
        if (name == u"tgnet.dat" || name == u"tgnet.dat.bak") {
            QString folder = parent;
            const auto last = [&folder] { return folder.sliced(folder.lastIndexOf(u'/') + 1); };
            if (last().startsWith(QLatin1String("account")))
                folder.truncate(std::max<qsizetype>(0, folder.lastIndexOf(u'/')));
            if (last() == u"files" && folder.lastIndexOf(u'/') > 0)
                marked.insert(folder.left(folder.lastIndexOf(u'/')));
        }
        paths << path;
        sizes.insert(path, item.size);
        modified.insert(path, item.modifiedMs);
        modes.insert(path, item.mode);
    }
    paths.sort();
    folders.sort();

    // Folder sessions: listed as one candidate; nothing inside them is
    // scanned on its own (tdata's key_datas, a store's "name%3AdcId" files).
    // The listing above already saw every file of the folders it entered;
    // only sub-folders of a non-recursive scan need a look of their own.
    // A path's folders up to the root are looked up in a set: comparing every
    // path with every session folder built 4 million strings for a folder of
    // 10,000 sessions with 400 tdata and store folders (the scan_10k profile).
    QStringList sessionFolders;
    QSet<QString> sessionFolderSet;
    QHash<QString, Recognised> recognisedFolders;
    const auto insideSessionFolder = [&](const QString &path) {
        for (qsizetype slash = path.lastIndexOf(u'/'); slash >= start.size(); slash = path.lastIndexOf(u'/', slash - 1))
            if (sessionFolderSet.contains(path.left(slash)))
                return true;
        return false;
    };
    for (const QString &folder : folders) { // sorted: a folder comes before the folders inside it
        if (insideSessionFolder(folder))
            continue;
        const bool listed = options.recursive || folder == start;
        if (listed ? marked.contains(folder)
                   : tdata::looksLikeTdata(folder) || !gramjsstore::sessionName(folder).isEmpty()
                         || androidfolder::looksLikeAppFolder(folder)) {
            sessionFolders << folder;
            sessionFolderSet.insert(folder);
        } else if (!listed || maybeRecognised.contains(folder)) {
            // Decided by content (at most 64 KiB of a few files): a near-miss
            // folder keeps its files listed one by one.
            if (std::optional<Recognised> known = recognise(folder)) {
                sessionFolders << folder;
                sessionFolderSet.insert(folder);
                recognisedFolders.insert(folder, std::move(*known));
            }
        }
    }

    const Leftovers leftovers = findLeftovers(paths);
    std::vector<Candidate> candidates;
    for (const QString &folder : sessionFolders) {
        Candidate candidate{.path = folder, .folder = true};
        if (const auto known = recognisedFolders.constFind(folder); known != recognisedFolders.cend())
            candidate.recognised = *known;
        candidates.push_back(std::move(candidate));
    }
    for (const QString &path : paths)
        if (!leftovers.skipped.contains(path) && (sessionFolders.isEmpty() || !insideSessionFolder(path)))
            candidates.push_back({.path = path,
                                  .size = sizes.value(path),
                                  .modifiedMs = modified.value(path),
                                  .mode = modes.value(path)});

    // What an earlier scan found in each file, to be reused when unchanged.
    QHash<QString, std::vector<const ScanEntry *>> before;
    if (options.previous)
        for (const ScanEntry &entry : options.previous->sessions)
            if (entry.modifiedMs != 0)
                before[entry.path].push_back(&entry);
    const auto reused = [&before](const Candidate &candidate) -> Outcome {
        if (candidate.folder || before.isEmpty())
            return {};
        const auto found = before.constFind(candidate.path);
        if (found == before.cend())
            return {};
        for (const ScanEntry *entry : *found)
            if (entry->size != candidate.size || entry->modifiedMs != candidate.modifiedMs)
                return {};
        std::vector<ScanEntry> copies;
        for (const ScanEntry *entry : *found) {
            copies.push_back(*entry);
            copies.back().duplicateOf.clear();          // recomputed below, over this scan
            copies.back().mode = modeOf(candidate); // a chmod keeps the modification time
        }
        if (copies.size() == 1)
            return std::move(copies.front());
        return copies;
    };

    std::vector<Outcome> outcomes(candidates.size());
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic_bool cancelled{false};
    std::mutex reporting;
    const auto report = [&](const Outcome &outcome) {
        const std::lock_guard lock(reporting);
        if (const auto *entry = std::get_if<ScanEntry>(&outcome); entry && options.found)
            options.found(*entry);
        else if (const auto *error = std::get_if<ScanError>(&outcome); error && options.failed)
            options.failed(*error);
        else if (const auto *entries = std::get_if<std::vector<ScanEntry>>(&outcome); entries && options.found)
            for (const ScanEntry &one : *entries)
                options.found(one);
    };
    const auto work = [&] {
        for (;;) {
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return;
            }
            const std::size_t index = next.fetch_add(1);
            if (index >= candidates.size())
                return;
            outcomes[index] = reused(candidates[index]);
            if (std::holds_alternative<std::monostate>(outcomes[index])) {
                outcomes[index] = examine(candidates[index]);
                if (!candidates[index].folder) {
                    if (auto *entry = std::get_if<ScanEntry>(&outcomes[index]))
                        entry->modifiedMs = candidates[index].modifiedMs;
                    else if (auto *entries = std::get_if<std::vector<ScanEntry>>(&outcomes[index]))
                        for (ScanEntry &one : *entries)
                            one.modifiedMs = candidates[index].modifiedMs;
                }
            }
            if (auto *entry = std::get_if<ScanEntry>(&outcomes[index]))
                entry->related = leftovers.byBase.value(entry->path);
            if (options.found || options.failed)
                report(outcomes[index]);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(finished, candidates.size());
        }
    };
    // Two threads per core: a farm of 100,000 does not stay in the page
    // cache of a busy machine, and a thread waiting for a directory block or
    // a file from the disk leaves its core to another (scan_100k, README).
    const std::size_t threads = std::clamp<std::size_t>(2 * std::size_t(QThread::idealThreadCount()), 1,
                                                        std::min<std::size_t>(8, candidates.size()));
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    result.cancelled = cancelled;

    for (Outcome &outcome : outcomes) {
        if (auto *entry = std::get_if<ScanEntry>(&outcome)) {
            result.sessions.push_back(std::move(*entry));
        } else if (auto *error = std::get_if<ScanError>(&outcome)) {
            result.errors.push_back(std::move(*error));
        } else if (auto *entries = std::get_if<std::vector<ScanEntry>>(&outcome)) {
            for (ScanEntry &one : *entries)
                result.sessions.push_back(std::move(one));
        }
    }

    // Every holder names the others, from the groups (each group lists the
    // sessions sharing one set of keys; a session in several groups names the
    // members of each once, in listing order).
    result.duplicates = duplicateGroups(result.sessions);
    std::vector<std::vector<std::size_t>> others(result.sessions.size());
    for (const DuplicateGroup &group : result.duplicates)
        for (const std::size_t member : group.sessions)
            for (const std::size_t other : group.sessions)
                if (other != member)
                    others[member].push_back(other);
    for (std::size_t i = 0; i < result.sessions.size(); ++i) {
        std::vector<std::size_t> &names = others[i];
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (const std::size_t other : names)
            result.sessions[i].duplicateOf << scanEntryName(result.sessions[other]);
    }
    return result;
}

} // namespace fero
