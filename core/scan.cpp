// Listing a folder: a cheap look at every file (size, first bytes) picks the
// candidates; only those are decoded, on every core.
#include "scan.h"

#include "formats/binary.h"
#include "formats/compactstring.h"
#include "formats/nativestring.h"
#include "formats/sqliteaccess.h"
#include "formats/sqlitedb.h"
#include "storage.h"

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
};

using Outcome = std::variant<std::monostate, ScanEntry, ScanError>;

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
        entry.peers = session.peers.size();
    }
    entry.mode = modeText(candidate.path);
    return entry;
}

Outcome examineSqlite(const Candidate &candidate)
{
    switch (sqlitedb::identify(candidate.path)) {
    case sqlitedb::Kind::Ferogram:
    case sqlitedb::Kind::Unreadable:
        break;
    case sqlitedb::Kind::Telethon:
        return ScanError{candidate.path, ScanTr::tr("a Telethon session database; scan does not list Telethon "
                                                    "databases yet (open it on its own)")};
    case sqlitedb::Kind::Pyrogram:
        return ScanError{candidate.path, ScanTr::tr("a Pyrogram session database; scan does not list Pyrogram "
                                                    "databases yet (open it on its own)")};
    default:
        return {}; // some other program's database: not a session
    }
    const Result<DecodedSession> decoded = sqlitedb::read(candidate.path);
    if (!decoded)
        return ScanError{candidate.path, decoded.error().message};
    return entryFrom(candidate, decoded.value());
}

Outcome examine(const Candidate &candidate)
{
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
    if (candidate.size > MaxCandidateBytes || (!namedSession && !binaryLead && !text))
        return {};
    QByteArray bytes = file.readAll();
    file.close();

    if (isBase64Text(bytes)) {
        const QString string = QString::fromLatin1(bytes);
        Result<DecodedSession> decoded = compact::read(string);
        if (!decoded)
            decoded = native::read(string);
        if (decoded)
            return entryFrom(candidate, decoded.value());
        if (namedSession || decodesToFerogramLead(bytes))
            return ScanError{candidate.path, decoded.error().message};
        return {};
    }
    if (!namedSession && !binaryLead)
        return {};
    const Result<DecodedSession> decoded = binary::read(bytes);
    secureWipe(bytes);
    if (decoded)
        return entryFrom(candidate, decoded.value());
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
    QHash<QString, qint64> sizes;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    options.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        paths << info.filePath();
        sizes.insert(info.filePath(), info.size());
    }
    paths.sort();
    const Leftovers leftovers = findLeftovers(paths);
    std::vector<Candidate> candidates;
    for (const QString &path : paths)
        if (!leftovers.skipped.contains(path))
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
        }
    }

    // The same auth key in two sessions: two clients sharing one key get
    // logged out by Telegram, so every holder names the others.
    QHash<QString, QStringList> byKey;
    for (const ScanEntry &entry : result.sessions)
        if (!entry.authKeyId.isEmpty())
            byKey[entry.authKeyId] << entry.path;
    for (ScanEntry &entry : result.sessions) {
        if (entry.authKeyId.isEmpty())
            continue;
        for (const QString &other : byKey.value(entry.authKeyId))
            if (other != entry.path)
                entry.duplicateOf << other;
    }
    return result;
}

} // namespace fero
