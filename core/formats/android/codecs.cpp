#include "formats/android/codecs.h"

#include "base/address.h"
#include "formats/android/androidfolder.h"
#include "formats/common/filetarget.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fero::android {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AndroidCodec)
};

Result<DecodedSession> readTgnet(const QString &path, const QString &)
{
    return androidfolder::read(path);
}

bool claimsTgnet(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? androidfolder::looksLikeAppFolder(path) : androidfolder::looksLikeTgnetFile(path);
}

// What one account's tgnet.dat and userconfing.xml hold: every DC entry with
// an address or a key, one key per DC, one time difference, the user id and
// bot flag, the test flag.
void accountLosses(const Session &s, Format format, LossReport &report)
{
    const std::size_t unwritten =
        filetarget::countIf(s.dcs, [](const DcEntry &dc) { return !dc.authKey && !splitAddress(dc.addr); });
    if (unwritten)
        report.add(LossKind::OtherDcs, unwritten,
                   Tr::tr("%n DC entry(ies) without a key or an address are dropped.", nullptr, int(unwritten)));
    std::size_t otherKeys = 0, details = 0;
    const DcEntry *home = nullptr;
    for (const DcEntry &dc : s.dcs)
        if (dc.dcId == s.homeDcId && !home)
            home = &dc;
    for (std::size_t i = 0; i < s.dcs.size(); ++i) {
        const DcEntry &dc = s.dcs[i];
        for (std::size_t j = 0; j < i; ++j)
            if (s.dcs[j].dcId == dc.dcId && s.dcs[j].authKey && dc.authKey && !(*s.dcs[j].authKey == *dc.authKey)) {
                ++otherKeys;
                break;
            }
        if (dc.firstSalt || (home && dc.timeOffset != home->timeOffset))
            ++details;
    }
    if (otherKeys)
        report.add(LossKind::OtherKeys, otherKeys,
                   Tr::tr("%n auth key(s) are dropped: tgnet.dat keeps one permanent key per DC.", nullptr,
                          int(otherKeys)));
    if (details)
        report.add(LossKind::DcDetails, details,
                   Tr::tr("The salt (or a time offset other than the home DC's) of %n DC entry(ies) is dropped.",
                          nullptr, int(details)));
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(),
                   Tr::tr("%n cached peer(s) are dropped.", nullptr, int(s.peers.size())));
    filetarget::commonLosses(s, false, false, report);
    filetarget::accountLosses(s, format, {.userId = true, .isBot = true, .testMode = true}, report);
    if (!s.account.isBot)
        report.add(LossKind::AccountValues, 1,
                   Tr::tr("The bot flag is unknown: the user object in userconfing.xml says \"not a bot\"."));
}

void tgnetLosses(const Session &session, const ConvertTarget &t, LossReport &report)
{
    accountLosses(filetarget::prepared(session, t), t.format, report);
    for (std::size_t i = 0; i < t.moreAccounts.size(); ++i) {
        LossReport account;
        accountLosses(t.moreAccounts[i], t.format, account);
        for (const LossItem &item : account.items)
            report.add(item.kind, item.count, Tr::tr("Account %1: %2").arg(i + 1).arg(item.text));
    }
}

Status checkAccount(const Session &s)
{
    if (!s.account.userId)
        return Error::missingValue(MissingValue::UserId,
                                   Tr::tr("Telegram Android keeps the account's user id in userconfing.xml."));
    const bool homeKey = std::any_of(s.dcs.begin(), s.dcs.end(),
                                     [&](const DcEntry &dc) { return dc.dcId == s.homeDcId && dc.authKey; });
    if (!homeKey)
        return Error::refused(Tr::tr("tgnet.dat needs an auth key for the home DC %1.").arg(s.homeDcId));
    return {};
}

Status tgnetPreflight(const Session &session, const ConvertTarget &target)
{
    if (1 + target.moreAccounts.size() > std::size_t(androidfolder::kMaxAccounts))
        return Error::refused(Tr::tr("Telegram Android holds at most %1 accounts; this source has %2.")
                                  .arg(androidfolder::kMaxAccounts)
                                  .arg(1 + target.moreAccounts.size()));
    if (Status ok = checkAccount(filetarget::prepared(session, target)); !ok)
        return ok;
    for (const Session &account : target.moreAccounts)
        if (Status ok = checkAccount(account); !ok)
            return ok;
    return {};
}

Status writeTgnet(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    if (Status ok = tgnetPreflight(session, target); !ok)
        return ok;
    std::vector<Session> accounts{filetarget::prepared(session, target)};
    accounts.insert(accounts.end(), target.moreAccounts.begin(), target.moreAccounts.end());
    return androidfolder::write(accounts, path, overwrite);
}

} // namespace

const Codec kTgnetCodec{
    .format = Format::AndroidTgnet,
    .readPath = readTgnet,
    .claims = claimsTgnet,
    .losses = tgnetLosses,
    .preflight = tgnetPreflight,
    .write = writeTgnet,
};

} // namespace fero::android
