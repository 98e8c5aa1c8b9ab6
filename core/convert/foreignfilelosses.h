// The loss report for other libraries' file sessions (Telethon and Pyrogram
// SQLite, GramJS store folder, tdata; foreign-formats.md §3, §5, §9, App. A):
// one line per kind of data the target cannot hold, with counts, judged on
// exactly what the writers write (the kept DC entry, the marked-id peer plan).
#pragma once

#include "convert/convert.h"

namespace fero {

void foreignFileLosses(const Session &session, const ConvertTarget &target, LossReport &report);

} // namespace fero
