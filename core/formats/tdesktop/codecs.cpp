#include "formats/tdesktop/codecs.h"

#include "formats/common/filetarget.h"
#include "formats/common/foreignhelpers.h"
#include "formats/tdesktop/tdata.h"
#include "model/knowndcs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fero::tdesktop {
namespace {

// The context these sentences had in convert/, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

Result<DecodedSession> readTdata(const QString &path, const QString &passcode)
{
    return tdata::read(path, passcode);
}

// A folder holding a tdata/ folder is claimed too: reading it says "did you mean .../tdata?".
bool claimsTdata(const QString &path)
{
    return QFileInfo(path).isDir()
           && (tdata::looksLikeTdata(path) || tdata::looksLikeTdata(QDir(path).filePath(QStringLiteral("tdata"))));
}

void tdataLosses(const Session &s, Format format, LossReport &report)
{
    const std::vector<const DcEntry *> kept = tdata::keptKeys(s);
    if (const std::size_t dropped = s.dcs.size() - kept.size())
        report.add(LossKind::OtherDcs, dropped,
                   Tr::tr("%n DC entry(ies) are dropped: tdata keeps one auth key per DC id and no addresses.", nullptr,
                          int(dropped)));
    // Reading gives each DC its usual production address and nothing else
    // (§9.5): only an entry that had more than that loses something.
    const std::size_t changed = filetarget::countIf(kept, [](const DcEntry *dc) {
        return dc->addr != knownDcAddress(dc->dcId, false) || dc->firstSalt || dc->timeOffset || dc->flags;
    });
    if (changed)
        report.add(
            LossKind::DcDetails, changed,
            Tr::tr("%n kept DC entry(ies) have an address, salt, time offset or flags that tdata does not store: "
                   "they read back with the DC's usual address and none of the others.",
                   nullptr, int(changed)));
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(),
                   Tr::tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
    filetarget::commonLosses(s, false, false, report);
    filetarget::accountLosses(s, format, {true, false, false, false, false}, report);
}

// §9: main DC, one key per DC id, user id; every account of the source.
void tdataTargetLosses(const Session &session, const ConvertTarget &t, LossReport &report)
{
    tdataLosses(filetarget::prepared(session, t), t.format, report);
    for (std::size_t i = 0; i < t.moreAccounts.size(); ++i) { // written as they are, without the overrides
        LossReport account;
        tdataLosses(t.moreAccounts[i], t.format, account);
        for (const LossItem &item : account.items)
            report.add(item.kind, item.count, Tr::tr("Account %1: %2").arg(i + 1).arg(item.text));
    }
}

// What tdata::write refuses for any account, refused before writing.
Status tdataPreflight(const Session &session, const ConvertTarget &target)
{
    const Session s = filetarget::prepared(session, target);
    const DcEntry *kept = keptHomeEntry(s);
    if (const std::size_t count = 1 + target.moreAccounts.size(); count > 6 && !target.allowManyAccounts)
        return Error::refused(Tr::tr("This tdata would hold %1 accounts: official Telegram Desktop rejects a key file "
                                     "with more than 6, starts logged out and overwrites it. Pick one account "
                                     "(--account), or confirm the copy is for a fork that allows more "
                                     "(--accept-loss).")
                                  .arg(count));
    for (const Session &account : target.moreAccounts) {
        if (!account.account.userId)
            return Error::missingValue(MissingValue::UserId, Tr::tr("Telegram Desktop needs every account's user id."));
        // What tdata::write refuses for any account, refused before writing.
        if (const DcEntry *home = keptHomeEntry(account); !home || !home->authKey)
            return Error::refused(Tr::tr("tdata needs an auth key for the home DC %1.").arg(account.homeDcId));
    }
    if (!s.account.userId)
        return Error::missingValue(MissingValue::UserId, Tr::tr("Telegram Desktop needs the account's user id."));
    if (!kept || !kept->authKey)
        return Error::refused(Tr::tr("tdata needs an auth key for the home DC %1.").arg(s.homeDcId));
    return {};
}

Status writeTdata(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    std::vector<Session> accounts{filetarget::prepared(session, target)};
    accounts.insert(accounts.end(), target.moreAccounts.begin(), target.moreAccounts.end());
    return tdata::write(accounts, path, target.passcode, overwrite);
}

} // namespace

const Codec kTdataCodec{
    .format = Format::TdesktopTdata,
    .readPath = readTdata,
    .claims = claimsTdata,
    .losses = tdataTargetLosses,
    .preflight = tdataPreflight,
    .write = writeTdata,
};

} // namespace fero::tdesktop
