// What ferogram's containers cannot hold of a session: the loss sentences
// of binary files and native strings (by generation), databases and compact
// strings. Their codecs (formats/ferogram/codecs.cpp) report these.
#pragma once

#include "formats/target.h"

namespace fero::ferogramlosses {

// Binary file or native string of generation version (1..8).
void binary(const Session &session, int version, LossReport &report);
// A ferogram SQLite database of generation version (5..8).
void sqlite(const Session &session, int version, LossReport &report);
// A compact V1 or V2 string (target.format), with target.userId.
void compact(const Session &session, const ConvertTarget &target, LossReport &report);

} // namespace fero::ferogramlosses
