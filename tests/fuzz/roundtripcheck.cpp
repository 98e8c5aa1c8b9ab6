#include "roundtripcheck.h"

#include "sessionjson.h"

#include <algorithm>

namespace fuzz {
namespace {

QString json(const std::vector<fero::Session> &sessions)
{
    fero::DecodedSession decoded;
    decoded.sessions = sessions;
    QString out;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        out += QString::fromUtf8(fero::toCanonicalJson(decoded, {.reveal = true, .account = i}));
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

QString describe(const std::vector<fero::Session> &read, const std::vector<fero::Session> &readBack)
{
    return json(read) + QStringLiteral("\n--- read back ---\n") + json(readBack);
}

} // namespace fuzz
