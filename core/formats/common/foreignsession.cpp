#include "formats/common/foreignsession.h"

#include "model/knowndcs.h"

#include <QCoreApplication>

#include <algorithm>

namespace fero::foreign {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignStrings)
};

} // namespace

Session oneDcSession(int dcId, const QString &host, std::uint16_t port, std::optional<AuthKey> key)
{
    DcEntry entry;
    entry.dcId = dcId;
    entry.addr = joinAddress(host, port);
    entry.authKey = std::move(key);
    if (host.contains(u':'))
        entry.flags |= DcFlag::Ipv6;
    Session session;
    session.homeDcId = dcId;
    session.dcs.push_back(std::move(entry));
    return session;
}

Session tableDcSession(int dcId, bool testMode, const AuthKey &key, QStringList &warnings)
{
    DcEntry entry;
    entry.dcId = dcId;
    entry.addr = knownDcAddress(dcId, testMode);
    entry.authKey = key;
    if (entry.addr.isEmpty())
        warnings << Tr::tr("No address is known for %1 DC %2; the DC entry has an empty address. "
                           "Set one before a client uses this session.")
                        .arg(testMode ? Tr::tr("test") : Tr::tr("production"))
                        .arg(dcId);
    Session session;
    session.homeDcId = dcId;
    session.dcs.push_back(std::move(entry));
    session.account.testMode = testMode;
    return session;
}

bool isZeroKey(const std::uint8_t *key)
{
    return std::all_of(key, key + AuthKey::Size, [](std::uint8_t b) { return b == 0; });
}

Result<ChosenDc> chooseHomeDc(const Session &session, bool preferIpv6, const QString &formatName, bool needAddress)
{
    const DcEntry *best = nullptr;
    int bestRank = 99;
    for (const DcEntry &entry : session.dcs) {
        if (entry.dcId != session.homeDcId || !entry.authKey)
            continue;
        int rank = (entry.isIpv6() == preferIpv6) ? 0 : 1;
        if (entry.flags & (DcFlag::MediaOnly | DcFlag::Cdn))
            rank += 2;
        if (needAddress && !splitAddress(entry.addr))
            rank += 4;
        if (rank < bestRank) {
            best = &entry;
            bestRank = rank;
        }
    }
    if (!best)
        return Error::refused(Tr::tr("The session has no auth key for its home DC %1, and a %2 holds exactly that key. "
                                     "Log in first or pick a session with a key.")
                                  .arg(session.homeDcId)
                                  .arg(formatName));
    ChosenDc chosen{best, splitAddress(best->addr)};
    if (needAddress && !chosen.address)
        return Error::refused(Tr::tr("The home DC %1 address \"%2\" is not \"ip:port\", which a %3 needs.")
                                  .arg(session.homeDcId)
                                  .arg(best->addr, formatName));
    return chosen;
}

bool effectiveTestMode(const Session &session, const DcEntry *entry)
{
    if (session.account.testMode)
        return *session.account.testMode;
    if (!entry)
        return false;
    const auto address = splitAddress(entry->addr);
    return address && isKnownTestAddress(address->host);
}

std::optional<std::int64_t> effectiveUserId(const Session &session, std::optional<std::int64_t> override)
{
    return override ? override : session.account.userId;
}

} // namespace fero::foreign
