#include "roundtripcheck.h"

#include "model/markedid.h"
#include "inspect/sessionjson.h"

#include <algorithm>
#include <tuple>

namespace fuzz {
namespace {

QString optional(const std::optional<QString> &text)
{
    return text ? u'"' + QString(*text).replace(QChar(0), QLatin1String("\\0")) + u'"' : QStringLiteral("-");
}

// The foreign block is not part of the canonical JSON: one line per entry.
QString foreign(const fero::ForeignExtras &extras)
{
    QString out;
    for (const fero::ForeignPeerDetails &p : extras.peers)
        out += QStringLiteral("foreign peer %1: username %2 phone %3 name %4 date %5 bot %6\n")
                   .arg(p.markedId)
                   .arg(optional(p.username), optional(p.phone), optional(p.name),
                        p.date ? QString::number(*p.date, 'g', 17) : QStringLiteral("-"))
                   .arg(p.isBot)
               + QStringLiteral("  other usernames [%1] fork type \"%2\" usernames [%3] min %4\n")
                     .arg(p.otherUsernames.join(u','), p.forkType, p.usernames.join(u','))
                     .arg(p.isMin);
    for (const fero::ForeignUpdateRow &r : extras.updateRows)
        out += QStringLiteral("update row %1: pts %2 qts %3 date %4 seq %5\n")
                   .arg(r.id)
                   .arg(r.pts ? QString::number(*r.pts) : QStringLiteral("-"), r.qts ? QString::number(*r.qts) : QStringLiteral("-"),
                        r.date ? QString::number(*r.date) : QStringLiteral("-"), r.seq ? QString::number(*r.seq) : QStringLiteral("-"));
    for (const fero::ForeignSentFile &f : extras.sentFiles)
        out += QStringLiteral("sent file %1 %2 %3 %4 %5\n")
                   .arg(QString::fromLatin1(f.md5Digest.toHex()))
                   .arg(f.fileSize)
                   .arg(f.type)
                   .arg(f.id)
                   .arg(f.hash);
    for (const fero::ForeignUpdateDate &d : extras.updateDates)
        out += QStringLiteral("update date %1: %2\n").arg(d.id).arg(QString::number(d.date, 'g', 17));
    return out;
}

QString json(const std::vector<fero::Session> &sessions)
{
    fero::DecodedSession decoded;
    decoded.sessions = sessions;
    QString out;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        out += QString::fromUtf8(fero::toCanonicalJson(decoded, {.reveal = true, .account = i})) + u'\n'
               + foreign(sessions[i].foreign);
    return out;
}

} // namespace

fero::ConvertTarget sameFormatTarget(const fero::DecodedSession &decoded)
{
    fero::ConvertTarget target;
    target.format = decoded.format;
    target.version = std::clamp(decoded.version, fero::OldestWritableVersion, fero::LatestBinaryVersion);
    const fero::Session &s = decoded.session();
    target.userId = s.account.userId;
    target.apiId = s.account.apiId;
    target.testMode = s.account.testMode;
    target.pyrogramOldLayout = decoded.format == fero::Format::PyrogramString && decoded.version != 3;
    if (decoded.format == fero::Format::TdesktopTdata)
        target.moreAccounts.assign(decoded.sessions.begin() + 1, decoded.sessions.end());
    return target;
}

std::vector<fero::Session> inKeyOrder(std::vector<fero::Session> sessions)
{
    for (fero::Session &s : sessions) {
        const auto by = [](auto key) { return [key](const auto &a, const auto &b) { return key(a) < key(b); }; };
        std::stable_sort(s.peers.begin(), s.peers.end(), by([](const fero::CachedPeer &p) { return fero::markedPeerId(p); }));
        std::stable_sort(s.minPeers.begin(), s.minPeers.end(), by([](const fero::MinPeer &p) { return p.userId; }));
        std::stable_sort(s.updates.channels.begin(), s.updates.channels.end(),
                         by([](const fero::ChannelPts &c) { return c.channelId; }));
        std::stable_sort(s.foreign.peers.begin(), s.foreign.peers.end(),
                         by([](const fero::ForeignPeerDetails &d) { return d.markedId; }));
        std::stable_sort(s.foreign.updateDates.begin(), s.foreign.updateDates.end(),
                         by([](const fero::ForeignUpdateDate &d) { return d.id; }));
        std::stable_sort(s.foreign.sentFiles.begin(), s.foreign.sentFiles.end(),
                         by([](const fero::ForeignSentFile &f) { return std::tie(f.md5Digest, f.fileSize, f.type); }));
    }
    return sessions;
}

QString describe(const std::vector<fero::Session> &read, const std::vector<fero::Session> &readBack)
{
    return json(read) + QStringLiteral("\n--- read back ---\n") + json(readBack);
}

} // namespace fuzz
