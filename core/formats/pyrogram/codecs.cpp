#include "formats/pyrogram/codecs.h"

#include "formats/common/filetarget.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignhelpers.h"
#include "formats/common/foreignsession.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/pyrogram/pyrogramstring.h"
#include "model/knowndcs.h"
#include "model/markedpeers.h"

#include <QCoreApplication>

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

Result<DecodedSession> readSqlite(const QString &path, const QString &)
{
    return pyrogramsqlite::read(path);
}

// The context these sentences had in convert/, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

// Pyrogram (App. A): "channel" or "supergroup", nothing else.
void kindLosses(const MarkedPeers &plan, LossReport &report)
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
    const auto unknownKind = [](const CachedPeer *p) {
        return filetarget::plainChannel(*p) && p->channelKind == ChannelKind::None;
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

void sqliteLosses(const Session &session, const ConvertTarget &t, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, t);
    const MarkedPeers plan = planMarkedPeers(s);
    oneDcLosses(s, formatDisplayName(t.format), false, report);
    // Reading gives the home DC's usual address (App. A); only another one is lost.
    const bool test = s.account.testMode.value_or(false);
    if (const DcEntry *kept = keptHomeEntry(s); kept && kept->addr != knownDcAddress(s.homeDcId, test))
        report.add(LossKind::DcDetails, 1,
                   Tr::tr("The address %1 is not stored: Pyrogram uses its own table.").arg(kept->addr));
    markedPeerLosses(plan, report);
    kindLosses(plan, report);
    commonLosses(s, false, false, report);
    accountLosses(s, t.format, {true, true, true, true, false}, report);
    if (!s.account.userId)
        report.add(LossKind::UserIdUnknown, 1,
                   Tr::tr("The user id is not known: Pyrogram treats a session without one as logged out "
                          "(give the account's user id)."));
}

// Its one sessions row is the home DC's: without an entry it would be made up.
Status sqlitePreflight(const Session &session, const ConvertTarget &target)
{
    const Session s = filetarget::prepared(session, target);
    if (!keptHomeEntry(s))
        return Error::refused(Tr::tr("%1 stores the home DC's entry, and DC %2 has none in this session.")
                                  .arg(formatDisplayName(target.format))
                                  .arg(s.homeDcId));
    return {};
}

Status writeSqlite(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    return pyrogramsqlite::write(filetarget::prepared(session, target), path, overwrite);
}

} // namespace

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
    .readPath = readSqlite,
    .losses = sqliteLosses,
    .preflight = sqlitePreflight,
    .write = writeSqlite,
};

} // namespace fero::pyrogram
