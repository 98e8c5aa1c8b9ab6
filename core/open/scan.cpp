// Listing a folder: a cheap look at every file (size, first bytes) picks the
// candidates; only those are decoded, on every core.
#include "open/scan.h"

#include "detect/foreignstrings.h"
#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/ferogram/nativestring.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/common/sqliteaccess.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/tdesktop/tdata.h"
#include "formats/android/androidfolder.h"
#include "formats/wtelegram/codecs.h"
#include "detect/recognised.h"
#include "formats/telethon/telethonsqlite.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <thread>
#include <unordered_map>
#include <variant>

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
    bool folder = false; // a tdata or GramJS store folder
};

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
    entry.mode = modeText(candidate.path);
    return entry;
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
        break;
    case sqlitedb::Kind::NotSqlite:
    case sqlitedb::Kind::OtherProgram:
    case sqlitedb::Kind::Empty:
        return {}; // some other program's database: not a session
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
    if (!file.open(QIODevice::ReadOnly))
        return ScanError{candidate.path, ScanTr::tr("cannot read it: %1").arg(file.errorString())};
    const QByteArray head = file.peek(16);
    if (sqlite::hasSqliteMagic(head)) {
        file.close();
        return examineSqlite(candidate);
    }
    const bool namedSession = candidate.path.endsWith(QLatin1String(".session"));
    const auto lead = head.isEmpty() ? 0 : quint8(head.at(0));
    const bool binaryLead = lead >= 1 && lead <= 8;
    const bool text = isBase64Text(head);
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
                entry.mode = modeText(candidate.path);
                entry.note = known->sentence;
                return entry;
            }
        return {};
    }
    if (candidate.size > MaxCandidateBytes)
        return {};
    QByteArray bytes = file.readAll();
    file.close();

    if (isBase64Text(bytes)) {
        const QString string = QString::fromLatin1(bytes);
        Result<DecodedSession> decoded = readText(string);
        if (decoded)
            return entryFrom(candidate, decoded.value());
        if (namedSession || decodesToFerogramLead(bytes))
            return ScanError{candidate.path, decoded.error().message};
        return {};
    }
    if (!namedSession && !binaryLead)
        return {};
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
        entry.mode = modeText(candidate.path);
        entry.note = ScanTr::tr("session key needed: open it with the app's api_hash or session_key");
        entry.needsPasscode = true;
        return entry;
    }
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
    QHash<QString, qint64> sizes;
    QDirIterator it(start, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    options.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            folders << info.filePath();
            continue;
        }
        const QString name = it.fileName();
        if (name == u"key_datas" || name.endsWith(QLatin1String("%3AdcId")))
            marked.insert(info.path());
        // Telegram Android: <app>/files/tgnet.dat or <app>/files/accountN/tgnet.dat.
        if (name == u"tgnet.dat" || name == u"tgnet.dat.bak") {
            QString folder = info.path();
            const auto last = [&folder] { return folder.sliced(folder.lastIndexOf(u'/') + 1); };
            if (last().startsWith(QLatin1String("account")))
                folder.truncate(std::max<qsizetype>(0, folder.lastIndexOf(u'/')));
            if (last() == u"files" && folder.lastIndexOf(u'/') > 0)
                marked.insert(folder.left(folder.lastIndexOf(u'/')));
        }
        paths << info.filePath();
        sizes.insert(info.filePath(), info.size());
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
        }
    }

    const Leftovers leftovers = findLeftovers(paths);
    std::vector<Candidate> candidates;
    for (const QString &folder : sessionFolders)
        candidates.push_back({folder, 0, true});
    for (const QString &path : paths)
        if (!leftovers.skipped.contains(path) && (sessionFolders.isEmpty() || !insideSessionFolder(path)))
            candidates.push_back({path, sizes.value(path)});

    std::vector<Outcome> outcomes(candidates.size());
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic_bool cancelled{false};
    const auto work = [&] {
        for (;;) {
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return;
            }
            const std::size_t index = next.fetch_add(1);
            if (index >= candidates.size())
                return;
            outcomes[index] = examine(candidates[index]);
            const std::size_t finished = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(finished, candidates.size());
        }
    };
    const std::size_t threads = std::clamp<std::size_t>(std::size_t(QThread::idealThreadCount()), 1,
                                                        std::min<std::size_t>(4, candidates.size()));
    std::vector<std::thread> pool;
    for (std::size_t i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    result.cancelled = cancelled;

    for (Outcome &outcome : outcomes) {
        if (auto *entry = std::get_if<ScanEntry>(&outcome)) {
            entry->related = leftovers.byBase.value(entry->path);
            result.sessions.push_back(std::move(*entry));
        } else if (auto *error = std::get_if<ScanError>(&outcome)) {
            result.errors.push_back(std::move(*error));
        } else if (auto *entries = std::get_if<std::vector<ScanEntry>>(&outcome)) {
            for (ScanEntry &one : *entries)
                result.sessions.push_back(std::move(one));
        }
    }

    // The same auth key in two sessions: two clients sharing one key get
    // logged out by Telegram, so every holder names the others (an account
    // of a multi-account folder as "path#account N"). Every DC's key counts;
    // one hash map from key id to holders keeps this linear in the keys.
    const auto nameOf = [](const ScanEntry &entry) {
        return entry.account < 0 ? entry.path : ScanTr::tr("%1#account %2").arg(entry.path).arg(entry.account);
    };
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> holders;
    for (std::size_t i = 0; i < result.sessions.size(); ++i)
        for (const std::uint64_t id : result.sessions[i].authKeyIds)
            holders[id].push_back(i);
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < result.sessions.size(); ++i) {
        others.clear();
        for (const std::uint64_t id : result.sessions[i].authKeyIds)
            for (const std::size_t other : holders[id])
                if (other != i)
                    others.push_back(other);
        // Sessions sharing several keys are named once, in listing order.
        std::sort(others.begin(), others.end());
        others.erase(std::unique(others.begin(), others.end()), others.end());
        for (const std::size_t other : others)
            result.sessions[i].duplicateOf << nameOf(result.sessions[other]);
    }
    return result;
}

} // namespace fero
