#include "formats/pyrogram/codecs.h"

#include "base/address.h"
#include "formats/common/filetarget.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/foreignsession.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/pyrogram/forkcodec.h"
#include "formats/pyrogram/forkschema.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "model/knowndcs.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero::pyrogram {
namespace {

// What this library itself would do with a pasted string (Codec::verdict);
// the context these sentences had in detect/, so translations stay.
struct VerdictTr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

// Why a Pyrogram reading of pasted text is doubtful (Codec::doubt).
struct DoubtTr {
    Q_DECLARE_TR_FUNCTIONS(ForeignStrings)
};

QString verdict(QStringView text, std::optional<Format> actual)
{
    // Pyrogram picks the layout by the text length and pads it itself.
    const qsizetype length = text.size();
    const qsizetype need = length == 351 ? 263 : length == 356 ? 267 : 271;
    QString padded = text.toString();
    padded.append(QString((4 - length % 4) % 4, u'='));
    const verdicts::PythonDecode decoded = verdicts::pythonBase64(padded);
    if (!decoded.error.isEmpty())
        return VerdictTr::tr("Pyrogram would fail with \"%1\".").arg(decoded.error);
    if (decoded.bytes != need)
        return VerdictTr::tr(
                   "Pyrogram would fail with \"%1\": it picks its layout by length (351 or 356 characters = old "
                   "layouts, anything else = the new 362-character one) and this text holds %2 bytes.")
            .arg(verdicts::unpackError(need))
            .arg(decoded.bytes);
    if (actual == Format::PyrogramString)
        return {};
    return VerdictTr::tr("Pyrogram would load it without an error but misread it: %1.")
        .arg(verdicts::misreadSummary(pyrogramstring::read(text)));
}

// Pyrogram's yes/no bytes must be 0 or 1 (§10: "in the old layouts byte 1
// is 0 or 1"); an MTKruto string of a Pyrogram length fails here.
QString flagProblem(QStringView text)
{
    auto decoded = foreignb64::decode(text, QString());
    if (!decoded)
        return {};
    const QByteArray &bytes = decoded->bytes;
    const WipeOnExit wipe(decoded->bytes);
    const qsizetype testAt = bytes.size() == 271 ? 5 : 1;
    const auto test = std::uint8_t(bytes.at(testAt));
    const auto bot = std::uint8_t(bytes.back());
    if (test > 1)
        return DoubtTr::tr("byte %1 (test mode) holds 0x%2, where Pyrogram writes 0 or 1")
            .arg(testAt)
            .arg(test, 2, 16, QChar(u'0'));
    if (bot > 1)
        return DoubtTr::tr("the last byte (is_bot) holds 0x%1, where Pyrogram writes 0 or 1")
            .arg(bot, 2, 16, QChar(u'0'));
    return {};
}

QString doubt(const DecodedSession &, QStringView text)
{
    return flagProblem(text);
}

struct StringTr {
    Q_DECLARE_TR_FUNCTIONS(ForeignStringConvert)
};

void stringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    const Session view = stringtarget::writerView(session, target);
    stringtarget::dcLosses(view, target, nullptr, report);
    stringtarget::stateLosses(session, report);
    if (!view.account.userId)
        report.add(
            LossKind::UserIdUnknown, 1,
            StringTr::tr("The user id is not known: the Pyrogram string will carry 0 and Pyrogram asks Telegram on "
                         "start (give the user id to avoid this)."));
    // The old 64-bit layout has no api_id field.
    stringtarget::accountLosses(view, target, {true, true, true, !target.pyrogramOldLayout}, report);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    pyrogramstring::WriteOptions options;
    options.layout = target.pyrogramOldLayout ? pyrogramstring::Layout::Old64 : pyrogramstring::Layout::New;
    return stringtarget::ascii(pyrogramstring::write(stringtarget::writerView(session, target), options));
}

// The context these sentences had in convert/, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

// Pyrogram (App. A): "channel" or "supergroup", nothing else; Kurigram also
// "community" (communityType), which keeps a community's missing kind.
void kindLosses(const MarkedPeers &plan, bool communityType, LossReport &report)
{
    const auto &kept = plan.kept;
    const std::size_t giga = filetarget::countIf(kept, [](const CachedPeer *p) {
        return filetarget::plainChannel(*p) && p->channelKind == ChannelKind::Gigagroup;
    });
    if (giga)
        report.add(LossKind::ChannelKinds, giga,
                   Tr::tr("%n gigagroup(s) are stored as \"supergroup\" and read back as megagroups: Pyrogram has no "
                          "gigagroup type.",
                          nullptr, int(giga)));
    const auto unknownKind = [&](const CachedPeer *p) {
        return filetarget::plainChannel(*p) && p->channelKind == ChannelKind::None
               && !(communityType && p->isCommunity);
    };
    if (const std::size_t n = filetarget::countIf(kept, unknownKind)) {
        const std::size_t noHash =
            filetarget::countIf(kept, [&](const CachedPeer *p) { return unknownKind(p) && !p->accessHash; });
        report.add(LossKind::ChannelKinds, n,
                   Tr::tr("%n channel(s) of unknown kind (%1 of them without an access hash) are stored as \"channel\" "
                          "and read back as broadcast channels: Pyrogram's peer type has no unknown kind.",
                          nullptr, int(n))
                       .arg(noHash));
    }
}

// The fork's name for sentences: "Kurigram 7", "Pyrogram 3 / Hydrogram".
QString layoutName(const ConvertTarget &t)
{
    return pyrogramsqlite::layoutText(*pyrogramsqlite::layoutOf(t.format));
}

// What a fork's usernames, kinds and update state become in the target's layout.
void forkLosses(const Session &s, const MarkedPeers &plan, const pyrogramsqlite::ForkSchema &schema,
                const QString &name, LossReport &report)
{
    using namespace filetarget;
    using pyrogramsqlite::UsernameStore;
    const auto details = detailsByMarkedId(s);
    const auto detailsOf = [&](const CachedPeer *p) -> const ForeignPeerDetails * {
        const auto found = details.find(markedPeerId(*p));
        return found == details.end() ? nullptr : found->second;
    };
    const auto &kept = plan.kept;
    // last_update_on is NOT NULL in every layout: a peer read without one
    // (a damaged file; found by fuzz_roundtripfiles) gets the time of writing.
    if (const std::size_t n = countIf(kept, [&](const CachedPeer *p) {
            const ForeignPeerDetails *d = detailsOf(p);
            return d && !d->date;
        }))
        report.add(LossKind::Peers, n,
                   Tr::tr("%n peer(s) have no last_update_on; %1 stores the time of writing.", nullptr, int(n))
                       .arg(name));
    if (schema.usernames == UsernameStore::PeersColumn) {
        const std::size_t n = countIf(kept, [&](const CachedPeer *p) {
            const ForeignPeerDetails *d = detailsOf(p);
            return d && !d->otherUsernames.isEmpty();
        });
        if (n)
            report.add(
                LossKind::Peers, n,
                Tr::tr("%n peer(s) have more than one username; %1 keeps only the first.", nullptr, int(n)).arg(name));
    }
    if (!schema.newPeerTypes) {
        const std::size_t n = countIf(kept, [&](const CachedPeer *p) {
            const ForeignPeerDetails *d = detailsOf(p);
            return plainChannel(*p) && d && !d->forkType.isEmpty();
        });
        if (n)
            report.add(LossKind::ChannelKinds, n,
                       Tr::tr("%n forum or direct-messages peer(s) are stored as \"supergroup\": %1 has no such type.",
                              nullptr, int(n))
                           .arg(name));
    }
    // A community is a channel-like type in Kurigram only; markedPeerLosses
    // counted every community as lost.
    if (schema.newPeerTypes) {
        const auto at = std::find_if(report.items.begin(), report.items.end(),
                                     [](const LossItem &item) { return item.kind == LossKind::Communities; });
        if (at != report.items.end()) {
            report.losses.removeAt(at - report.items.begin());
            report.items.erase(at);
            if (const std::size_t n =
                    countIf(kept, [](const CachedPeer *p) { return p->isCommunity && !plainChannel(*p); }))
                report.add(
                    LossKind::Communities, n,
                    Tr::tr("%n community peer(s) that are not channels are stored as plain peers.", nullptr, int(n)));
        }
    }
    if (!schema.updateState) {
        const std::size_t n = countIf(
            s.foreign.updateRows, [](const ForeignUpdateRow &r) { return r.id != 0 && !unmarkPeerId(r.id).isChannel; });
        if (n)
            report.add(LossKind::ChannelPts, n,
                       Tr::tr("%n update_state row(s) of no channel are dropped: %1 has no update_state table.",
                              nullptr, int(n))
                           .arg(name));
    }
}

} // namespace

namespace forkcodec {

Result<DecodedSession> read(const QString &path, const QString &)
{
    return pyrogramsqlite::read(path);
}

void losses(const Session &session, const ConvertTarget &t, LossReport &report)
{
    using namespace filetarget;
    const pyrogramsqlite::ForkSchema &schema = pyrogramsqlite::forkSchema(*pyrogramsqlite::layoutOf(t.format));
    const QString name = layoutName(t);
    const Session s = prepared(session, t);
    const MarkedPeers plan = planMarkedPeers(s);
    oneDcLosses(s, formatDisplayName(t.format), schema.storesAddress, report);
    const bool test = s.account.testMode.value_or(false);
    const DcEntry *kept = keptHomeEntry(s);
    if (schema.storesAddress) {
        if (kept && !splitAddress(kept->addr)) {
            const HostPort fallback = pyrogramsqlite::kurigramAddress(s.homeDcId, test, nullptr);
            report.add(LossKind::Address, 1,
                       Tr::tr("The DC entry has no address; Kurigram's own table gives %1.")
                           .arg(joinAddress(fallback.host, fallback.port)));
        }
    } else if (kept && kept->addr != knownDcAddress(s.homeDcId, test)) {
        // Reading gives the home DC's usual address (App. A); only another one is lost.
        report.add(LossKind::DcDetails, 1,
                   Tr::tr("The address %1 is not stored: Pyrogram uses its own table.").arg(kept->addr));
    }
    markedPeerLosses(plan, report);
    kindLosses(plan, schema.newPeerTypes, report);
    forkLosses(s, plan, schema, name, report);
    commonLosses(s, schema.updateState, schema.updateState, report);
    accountLosses(s, t.format, {true, true, true, true, false}, report);
    if (!s.account.userId)
        report.add(LossKind::UserIdUnknown, 1,
                   Tr::tr("The user id is not known: Pyrogram treats a session without one as logged out "
                          "(give the account's user id)."));
}

// Its one sessions row is the home DC's: without an entry it would be made up.
Status preflight(const Session &session, const ConvertTarget &target)
{
    const Session s = filetarget::prepared(session, target);
    const DcEntry *kept = keptHomeEntry(s);
    if (!kept)
        return Error::refused(Tr::tr("%1 stores the home DC's entry, and DC %2 has none in this session.")
                                  .arg(formatDisplayName(target.format))
                                  .arg(s.homeDcId));
    // Kurigram's test table has DCs 1-3 only (pyrogram-forks.md §4): it fails
    // with KeyError on every open of a test session on DC 4 or 5.
    const bool test = s.account.testMode.value_or(false);
    if (target.format == Format::KurigramSqlite && test && (s.homeDcId < 1 || s.homeDcId > 3))
        return Error::refused(Tr::tr("Kurigram knows test DCs 1 to 3 only and fails on a test session on DC %1; "
                                     "it cannot be written as a Kurigram database.")
                                  .arg(s.homeDcId));
    if (target.format == Format::KurigramSqlite && pyrogramsqlite::kurigramAddress(s.homeDcId, test, kept).port == 0)
        return Error::refused(Tr::tr("DC %1 has no address in this session and none in Kurigram's table; Kurigram "
                                     "stores the address it connects to.")
                                  .arg(s.homeDcId));
    return {};
}

Status write(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (Status s = preflight(session, target); !s.ok())
        return s;
    return pyrogramsqlite::write(filetarget::prepared(session, target), path, *pyrogramsqlite::layoutOf(target.format),
                                 overwrite);
}

} // namespace forkcodec

const Codec kStringCodec{
    .format = Format::PyrogramString,
    .readText = pyrogramstring::read,
    .doubt = doubt,
    .verdict = verdict,
    .losses = stringLosses,
    .preflight = preflightByEncoding<encodeString>,
    .encode = encodeString,
};

const Codec kSqliteCodec{
    .format = Format::PyrogramSqlite,
    .readPath = forkcodec::read,
    .losses = forkcodec::losses,
    .preflight = forkcodec::preflight,
    .write = forkcodec::write,
};

} // namespace fero::pyrogram
