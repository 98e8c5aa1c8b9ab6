// The codec functions every member of the Pyrogram family shares (upstream
// and the forks: one reader and one writer follow the target's ForkSchema
// row); each fork's file defines its Codec from these.
#pragma once

#include "formats/codec.h"

namespace fero::pyrogram::forkcodec {

// Reads any layout of the family; the result names the layout it found.
Result<DecodedSession> read(const QString &path, const QString &passcode);
void losses(const Session &session, const ConvertTarget &target, LossReport &report);
Status preflight(const Session &session, const ConvertTarget &target);
Status write(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite);

} // namespace fero::pyrogram::forkcodec
