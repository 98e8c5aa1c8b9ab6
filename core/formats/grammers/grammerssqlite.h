// grammers 0.8's `SqliteSession` (more-stores.md §3): user_version 1, the
// tables dc_home, dc_option, peer_info, update_state and channel_state.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace fero::grammerssqlite {

inline constexpr int UserVersion = 1;
// grammers' PeerId::kind accepts channel ids up to this one (§3).
inline constexpr std::int64_t MaxChannelId = 997852516352LL;

// dc_home and peer_info: what makes a database grammers' (§6).
bool hasGrammersTables(const QStringList &tables);
// Why the file at path is a grammers database (one sentence); empty when it is not.
QString recognise(const QString &path);

// Reads without changing a byte (SqliteSnapshot; never the -journal grammers
// would leave). The self row (subtype & 1) gives the user id and bot flag.
Result<DecodedSession> read(const QString &path);

// A NEW database as SqliteSession::open creates and fills one: the v1 tables
// in grammers' text, user_version 1, rollback journal.
Status write(const Session &session, const QString &path, bool overwrite = false);

} // namespace fero::grammerssqlite
