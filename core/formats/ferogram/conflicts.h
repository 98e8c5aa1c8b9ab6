// Keeping one entry of each group a ferogram database cannot hold twice (its
// primary keys: dcs (dc_id, flags), peers id, min_peers user_id, channel_pts
// channel_id; the groups sqlitedb::conflicts() lists), when the user chose
// which one survives instead of refusing the conversion.
#pragma once

#include "formats/target.h"
#include "model/session.h"

namespace fero {

// The session without the other entries of each group, in source order.
// KeepFirst keeps the first of each group, KeepLast the last; Refuse returns
// the session unchanged. Adds one LossKind::Duplicate line per dropped entry
// to *dropped when given.
Session keepOneOfEach(const Session &session, ConflictPolicy policy, LossReport *dropped = nullptr);

} // namespace fero
