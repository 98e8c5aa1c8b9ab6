#if 0 // Never compiled: tells lupdate that tr() in this file is the "Convert" context
namespace fero { Q_DECLARE_TR_FUNCTIONS(Convert) }
#endif
#include "convert/convert.h"

#include "formats/ferogram/conflicts.h"
#include "convert/foreignfileconvert.h"   // other libraries' file sessions (foreign-files)
#include "convert/foreignfilelosses.h"
#include "convert/foreignstringconvert.h" // other libraries' session strings (foreign-strings)

#include "formats/ferogram/binary.h"
#include "formats/ferogram/compactstring.h"
#include "formats/ferogram/nativestring.h"
#include "formats/ferogram/sqlitedb.h"
#include "storage/storage.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Convert", text, disambiguation, n);
}

template <typename List, typename Pred> std::size_t countIf(const List &list, Pred pred)
{
    return std::size_t(std::count_if(list.begin(), list.end(), pred));
}

bool countersSet(const UpdatesState &u)
{
    return u.pts != 0 || u.qts != 0 || u.date != 0 || u.seq != 0;
}

// Which account-block values a target keeps (ferogram-formats.md §3 for the
// compact fields; binary files and databases keep none of them).
struct AccountFields {
    bool userId = false;
    bool seqNoLayer = false;
    // Compact strings: the one salt they write (V1: the kept DC's first_salt;
    // V2 none, said by its own Salt line). Unset: the salt lives on when any
    // DC entry carries it.
    bool compact = false;
    std::optional<std::int64_t> writtenSalt;
};

void accountLosses(const Session &s, const AccountFields &kept, const QString &container, LossReport &report)
{
    const AccountInfo &a = s.account;
    QStringList values;
    if (a.userId && !kept.userId)
        values << tr("user id %1").arg(*a.userId);
    if (a.isBot)
        values << tr("bot flag (%1)").arg(*a.isBot ? tr("bot") : tr("not a bot"));
    if (a.testMode)
        values << tr("test mode flag (%1)").arg(*a.testMode ? tr("test servers") : tr("production"));
    if (a.apiId)
        values << tr("api id %1").arg(*a.apiId);
    if (a.takeoutId)
        values << tr("takeout id %1").arg(*a.takeoutId);
    // A compact V1 salt lives on as its DC's first_salt in every ferogram
    // container; it is only lost when no DC entry carries it.
    if (a.serverSalt) {
        const bool onSomeDc =
            std::any_of(s.dcs.begin(), s.dcs.end(), [&](const DcEntry &dc) { return dc.firstSalt == *a.serverSalt; });
        const bool lost = kept.compact ? kept.writtenSalt && *kept.writtenSalt != *a.serverSalt : !onSomeDc;
        if (lost)
            values << tr("server salt %1").arg(*a.serverSalt);
    }
    if (a.seqNo && !kept.seqNoLayer)
        values << tr("seq_no %1").arg(*a.seqNo);
    if (a.layer && !kept.seqNoLayer)
        values << tr("layer %1").arg(*a.layer);
    if (!values.isEmpty())
        report.add(LossKind::AccountValues, std::size_t(values.size()),
                   tr("%1 has no field for these account values, they are dropped: %2.")
                       .arg(container, values.join(QStringLiteral(", "))));
}

void tokenLoss(const Session &s, const QString &where, LossReport &report)
{
    if (s.futureAuthToken)
        report.add(LossKind::Token, 1,
                   tr("The future auth token (%n byte(s)) is dropped: %1.", nullptr, int(s.futureAuthToken->size()))
                       .arg(where));
}

void binaryLosses(const Session &s, int v, LossReport &report)
{
    const QString container = tr("A ferogram binary v%1 file").arg(v);
    if (v < 7)
        tokenLoss(s, tr("binary files hold it from v7 (ferogram 0.6.4) on"), report);

    if (v >= 2) {
        if (v < 8) {
            if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isCommunity; }))
                report.add(LossKind::Communities, n,
                           tr("%n community peer(s) lose the community flag (binary v8 and newer only); those "
                              "that are neither channel nor chat read back as users.",
                              nullptr, int(n)));
        }
        if (v < 6) {
            if (std::size_t n =
                    countIf(s.peers, [](const CachedPeer &p) { return p.channelKind != ChannelKind::None; }))
                report.add(LossKind::ChannelKinds, n,
                           tr("%n channel kind(s) (broadcast, megagroup, gigagroup) are dropped (binary v6 and "
                              "newer only).",
                              nullptr, int(n)));
        }
        if (v < 5) {
            if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isChat; }))
                report.add(LossKind::ChatFlags, n,
                           tr("%n basic group(s) lose the chat flag (binary v2 to v4 only wrote users and "
                              "channels).",
                              nullptr, int(n)));
        } else if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isChat && p.isChannel; })) {
            report.add(LossKind::ChatAndChannel, n,
                       tr("%n peer(s) flagged both chat and channel are saved as chats: a binary file has one "
                          "peer type, so the channel flag is dropped.",
                          nullptr, int(n)));
        }
    } else {
        if (!s.peers.empty())
            report.add(
                LossKind::Peers, s.peers.size(),
                tr("%n cached peer(s) are dropped (legacy v1 holds the DC table only).", nullptr, int(s.peers.size())));
        if (!s.updates.channels.empty())
            report.add(LossKind::ChannelPts, s.updates.channels.size(),
                       tr("%n channel pts value(s) are dropped.", nullptr, int(s.updates.channels.size())));
        if (countersSet(s.updates))
            report.add(LossKind::Counters, 1, tr("The update counters (pts, qts, date, seq) are dropped."));
    }
    if (v < 4 && !s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   tr("%n min peer(s) are dropped (binary v4 and newer only).", nullptr, int(s.minPeers.size())));
    if (v < 3) {
        if (std::size_t n = countIf(s.dcs, [](const DcEntry &dc) { return dc.flags != 0; }))
            report.add(LossKind::DcFlags, n,
                       tr("The flags of %n DC table row(s) are dropped (binary v3 and newer only).", nullptr, int(n)));
    }
    accountLosses(s, {}, container, report);
}

void sqliteLosses(const Session &s, int v, LossReport &report)
{
    if (v < 7)
        tokenLoss(s, tr("databases hold it from ferogram 0.6.4 on (--format-version 7)"), report);
    if (v < 8) {
        if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.isCommunity; }))
            report.add(LossKind::Communities, n,
                       tr("%n community peer(s) lose the community flag (the is_community column exists from "
                          "ferogram 0.6.5 on, --format-version 8).",
                          nullptr, int(n)));
    }
    if (v < 6) {
        if (std::size_t n = countIf(s.peers, [](const CachedPeer &p) { return p.channelKind != ChannelKind::None; }))
            report.add(LossKind::ChannelKinds, n,
                       tr("%n channel kind(s) are dropped (the channel_kind column exists from ferogram 0.5.2 "
                          "on, --format-version 6).",
                          nullptr, int(n)));
    }
    accountLosses(s, {}, tr("A ferogram SQLite database"), report);
}

void compactLosses(const Session &s, const ConvertTarget &t, LossReport &report)
{
    const int v = t.format == Format::FerogramCompactV1 ? 1 : 2;
    const DcEntry *kept = compact::chooseDc(s);

    const std::size_t otherDcs = s.dcs.size() - (kept ? 1 : 0);
    if (otherDcs)
        report.add(LossKind::OtherDcs, otherDcs,
                   tr("%n other DC table row(s) are dropped: a compact string holds one DC.", nullptr, int(otherDcs)));
    if (std::size_t n = countIf(s.dcs, [&](const DcEntry &dc) { return &dc != kept && dc.authKey; }))
        report.add(LossKind::OtherKeys, n,
                   tr("%n auth key(s) of other DC entries are dropped (those logins are lost).", nullptr, int(n)));
    if (kept && (kept->flags & ~DcFlag::Ipv6))
        report.add(LossKind::DcFlags, 1,
                   tr("The flags 0x%1 of the kept DC entry are dropped (only IPv6 survives).")
                       .arg(int(kept->flags), 2, 16, QLatin1Char('0')));
    if (kept && kept->timeOffset != 0)
        report.add(LossKind::DcDetails, 1,
                   tr("The time offset (%1 s) of the kept DC entry is dropped.").arg(kept->timeOffset));
    if (v == 2 && ((kept && kept->firstSalt != 0) || (s.account.serverSalt && *s.account.serverSalt != 0)))
        report.add(LossKind::Salt, 1, tr("The server salt is dropped: a V2 string has no salt field."));

    if (countersSet(s.updates))
        report.add(LossKind::Counters, 1, tr("The update counters (pts, qts, date, seq) are dropped."));
    if (!s.updates.channels.empty())
        report.add(LossKind::ChannelPts, s.updates.channels.size(),
                   tr("%n channel pts value(s) are dropped.", nullptr, int(s.updates.channels.size())));
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(), tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
    if (!s.minPeers.empty())
        report.add(LossKind::MinPeers, s.minPeers.size(),
                   tr("%n min peer(s) are dropped.", nullptr, int(s.minPeers.size())));
    tokenLoss(s, tr("compact strings have no field for it"), report);

    if (!t.userId && !s.account.userId)
        report.add(LossKind::UserIdUnknown, 1,
                   tr("The user id is not known: the string will carry 0 (give the account's user id to "
                      "avoid this)."));
    if (v == 1 && !s.account.seqNo)
        report.add(LossKind::SeqNoUnknown, 1, tr("seq_no is not known: the V1 string will carry 0."));
    if (v == 1 && !s.account.layer)
        report.add(LossKind::LayerUnknown, 1, tr("The layer is not known: the V1 string will carry 0."));

    AccountFields keeps;
    keeps.userId = true;
    keeps.seqNoLayer = v == 1;
    keeps.compact = true;
    if (v == 1)
        keeps.writtenSalt = kept ? kept->firstSalt : 0;
    accountLosses(s, keeps, tr("A compact V%1 string").arg(v), report);
}

bool versioned(const ConvertTarget &t)
{
    return hasFerogramVersion(t.format);
}

} // namespace

bool LossReport::has(LossKind kind) const
{
    return std::any_of(items.begin(), items.end(), [kind](const LossItem &i) { return i.kind == kind; });
}

void LossReport::add(LossKind kind, std::size_t count, QString text)
{
    losses << text;
    items.push_back({kind, count, std::move(text)});
}

QString targetExtension(Format format)
{
    switch (format) {
    case Format::FerogramBinary:
        return QStringLiteral(".session");
    case Format::FerogramNative:
        return QStringLiteral(".native.txt");
    case Format::FerogramCompactV1:
        return QStringLiteral(".compact-v1.txt");
    case Format::FerogramCompactV2:
        return QStringLiteral(".compact-v2.txt");
    case Format::FerogramSqlite:
        return QStringLiteral(".sqlite");
    case Format::TelethonSqlite: // foreign-files: the libraries' own file names
    case Format::PyrogramSqlite:
        return QStringLiteral(".session");
    case Format::GramjsStore: // folders: no extension
    case Format::TdesktopTdata:
        return QString();
    default:
        return isStringFormat(format) ? QStringLiteral(".txt") : QString();
    }
}

bool isWritable(Format format)
{
    switch (format) {
    case Format::FerogramBinary:
    case Format::FerogramNative:
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
    case Format::FerogramSqlite:
        return true;
    default:
        return isForeignFileFormat(format) || isForeignStringFormat(format); // foreign-files, foreign-strings
    }
}

LossReport lossReport(const Session &session, const ConvertTarget &target)
{
    LossReport report;
    switch (target.format) {
    case Format::FerogramBinary:
    case Format::FerogramNative:
        binaryLosses(session, target.version, report);
        break;
    case Format::FerogramSqlite:
        // The entries the conflict policy drops first, then what the
        // database loses of the rest (a dropped community is not counted twice).
        if (target.conflicts == ConflictPolicy::Refuse)
            sqliteLosses(session, target.version, report);
        else
            sqliteLosses(keepOneOfEach(session, target.conflicts, &report), target.version, report);
        break;
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2:
        compactLosses(session, target, report);
        break;
    default:
        if (isForeignFileFormat(target.format)) // foreign-files
            foreignFileLosses(session, target, report);
        if (isForeignStringFormat(target.format)) // foreign-strings
            foreignStringLosses(session, target, report);
        break;
    }
    return report;
}

QStringList targetConflicts(const Session &session, const ConvertTarget &target)
{
    return target.format == Format::FerogramSqlite ? sqlitedb::conflicts(session) : QStringList();
}

Error conflictRefusal(const QStringList &conflicts, const QString &remedy)
{
    return Error::refused(tr("A ferogram SQLite database cannot hold these entries (its primary keys allow one row "
                             "each): %1. To go ahead, %2, or write a binary file, which keeps them all.")
                              .arg(conflicts.join(QStringLiteral("; ")),
                                   remedy.isEmpty() ? tr("keep the first or the last of each (the others are dropped "
                                                         "and listed in the loss report)")
                                                    : remedy));
}

Status preflight(const Session &session, const ConvertTarget &target)
{
    if (!isWritable(target.format))
        return Error::usage(tr("Feroscope cannot write %1 yet.").arg(formatDisplayName(target.format)));
    if (versioned(target) && (target.version < OldestWritableVersion || target.version > LatestBinaryVersion))
        return Error::usage(tr("%1 can be written in versions %2 to %3, not %4.")
                                .arg(formatDisplayName(target.format))
                                .arg(OldestWritableVersion)
                                .arg(LatestBinaryVersion)
                                .arg(target.version));
    switch (target.format) {
    case Format::FerogramBinary:
    case Format::FerogramNative:
        return binary::checkLimits(session, target.version);
    case Format::FerogramSqlite: {
        if (target.conflicts != ConflictPolicy::Refuse)
            return {}; // writeTo() keeps one of each, the loss report names the others
        if (const QStringList conflicts = targetConflicts(session, target); !conflicts.isEmpty())
            return conflictRefusal(conflicts);
        return {};
    }
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2: {
        // The writer itself knows every reason a compact string is impossible.
        Result<QByteArray> text = encode(session, target);
        if (!text)
            return text.error();
        secureWipe(text.value());
        return {};
    }
    default:
        if (isForeignFileFormat(target.format)) // foreign-files
            return foreignFilePreflight(session, target);
        if (isForeignStringFormat(target.format)) { // foreign-strings: the encoder knows every reason
            Result<QString> text = encodeForeignString(session, target);
            if (!text)
                return text.error();
        }
        return {};
    }
}

Result<QByteArray> encode(const Session &session, const ConvertTarget &target)
{
    if (!isWritable(target.format))
        return Error::usage(tr("Feroscope cannot write %1 yet.").arg(formatDisplayName(target.format)));
    switch (target.format) {
    case Format::FerogramBinary:
        return binary::write(session, target.version);
    case Format::FerogramNative: {
        Result<QString> text = native::write(session, target.version);
        if (!text)
            return text.error();
        return text->toLatin1(); // base64: ASCII only
    }
    case Format::FerogramCompactV1:
    case Format::FerogramCompactV2: {
        compact::WriteOptions options;
        options.version = target.format == Format::FerogramCompactV1 ? 1 : 2;
        options.userId = target.userId;
        Result<QString> text = compact::write(session, options);
        if (!text)
            return text.error();
        return text->toLatin1();
    }
    default:
        if (isForeignStringFormat(target.format)) { // foreign-strings
            Result<QString> text = encodeForeignString(session, target);
            if (!text)
                return text.error();
            return text->toLatin1(); // base64 and a prefix: ASCII only
        }
        return Error::usage(
            tr("%1 is written to a file, not encoded into bytes.").arg(formatDisplayName(target.format)));
    }
}

Status writeTo(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (Status ok = preflight(session, target); !ok)
        return ok;
    if (target.format == Format::FerogramSqlite && target.conflicts != ConflictPolicy::Refuse)
        return sqlitedb::write(keepOneOfEach(session, target.conflicts), path, target.version, overwrite);
    if (target.format == Format::FerogramSqlite)
        return sqlitedb::write(session, path, target.version, overwrite);
    if (isForeignFileFormat(target.format)) // foreign-files: databases and folders
        return writeForeignFile(session, target, path, overwrite);
    Result<QByteArray> bytes = encode(session, target);
    if (!bytes)
        return bytes.error();
    Status saved = saveFileAtomic(path, bytes.value(), overwrite ? Overwrite::Replace : Overwrite::Refuse);
    secureWipe(bytes.value()); // the bytes hold auth keys
    return saved;
}

} // namespace fero
