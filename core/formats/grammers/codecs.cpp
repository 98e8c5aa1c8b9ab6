#include "formats/grammers/codecs.h"

#include "formats/common/filebytes.h"
#include "formats/common/filetarget.h"
#include "formats/grammers/grammersdcs.h"
#include "formats/grammers/grammerssqlite.h"
#include "formats/grammers/grammerstl.h"
#include "model/markedid.h"

#include <QCoreApplication>

#include <set>

namespace fero::grammers {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GrammersConvert)
};

QString recogniseTl(const QString &path)
{
    return grammerstl::recognise(readFileHead(path, 12));
}

Result<DecodedSession> readSqlitePath(const QString &path, const QString &)
{
    return grammerssqlite::read(path);
}

// The bot flag grammers needs beside a user id has a documented default.
void userLosses(const Session &s, LossReport &report)
{
    if (s.account.userId && !s.account.isBot)
        report.add(LossKind::AccountValues, 1,
                   Tr::tr("The session does not say whether user %1 is a bot; grammers stores the flag, and it is "
                          "written as \"not a bot\".")
                       .arg(*s.account.userId));
}

void tlLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    dcLosses(s, true, report);
    if (!s.peers.empty())
        report.add(LossKind::Peers, s.peers.size(),
                   Tr::tr("%n cached peer(s) are dropped: the grammers TL file has no peer cache.", nullptr,
                          int(s.peers.size())));
    commonLosses(s, true, true, report);
    userLosses(s, report);
    accountLosses(s, target.format, {true, true, false, false, false}, report);
}

Result<QByteArray> encodeTl(const Session &session, const ConvertTarget &target)
{
    return grammerstl::write(filetarget::prepared(session, target));
}

void sqliteLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    dcLosses(s, false, report);
    const MarkedPeers plan = planMarkedPeers(s);
    markedPeerLosses(plan, report);
    if (const std::size_t n = countIf(
            plan.kept, [](const CachedPeer *p) { return plainChannel(*p) && p->id > grammerssqlite::MaxChannelId; }))
        report.add(LossKind::PeerIds, n,
                   Tr::tr("%n channel(s) with an id above %1 are dropped: grammers cannot key them.", nullptr, int(n))
                       .arg(grammerssqlite::MaxChannelId));
    if (const std::size_t n = countIf(plan.kept, [](const CachedPeer *p) { return p->isChat && p->accessHash; }))
        report.add(
            LossKind::PeerIds, n,
            Tr::tr("The access hash of %n basic group(s) is dropped: grammers stores none for them.", nullptr, int(n)));
    // channel_state is keyed by the channel's id (INSERT OR REPLACE).
    std::set<std::int64_t> channels;
    if (const std::size_t n =
            countIf(s.updates.channels, [&](const ChannelPts &c) { return !channels.insert(c.channelId).second; }))
        report.add(LossKind::ChannelPts, n,
                   Tr::tr("%n channel pts value(s) repeat the id of an earlier entry; grammers keeps one per channel "
                          "(the last).",
                          nullptr, int(n)));
    commonLosses(s, true, true, report);
    userLosses(s, report);
    accountLosses(s, target.format, {true, true, false, false, false}, report);
}

Status preflightHome(const Session &session, const ConvertTarget &target)
{
    return requireHomeIpv4(filetarget::prepared(session, target), formatDisplayName(target.format));
}

Status writeSqlite(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    return grammerssqlite::write(filetarget::prepared(session, target), path, overwrite);
}

} // namespace

const Codec kTlCodec{
    .format = Format::GrammersSession,
    .readBytes = grammerstl::read,
    .losses = tlLosses,
    .preflight = preflightByEncoding<encodeTl>,
    .encode = encodeTl,
    .recognise = recogniseTl,
};

const Codec kSqliteCodec{
    .format = Format::GrammersSqlite,
    .readPath = readSqlitePath,
    .losses = sqliteLosses,
    .preflight = preflightHome,
    .write = writeSqlite,
    .recognise = grammerssqlite::recognise,
};

} // namespace fero::grammers
