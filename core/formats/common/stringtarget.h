// What the session strings of other libraries share when they say what
// they drop (one DC, or mtcute's home and media DC; no peers, no counters;
// a fixed set of account fields) and what their writers are handed (the
// target's overrides applied). Each library's codec adds its own losses.
#pragma once

#include "base/result.h"
#include "formats/target.h"

#include <QByteArray>

namespace fero::stringtarget {

// What a writer sees: the DC table and account block with --user-id,
// --api-id and --test-mode applied (peers and counters are never written).
Session writerView(const Session &session, const ConvertTarget &target);

// A second DC entry a string keeps besides the home DC's (mtcute's media DC).
using MediaDcChooser = const DcEntry *(*)(const Session &view, const DcEntry *home);

// The DC table: the entries and keys dropped, the kept entry's flags, time
// offset and salt, and (for strings without one) the address.
void dcLosses(const Session &view, const ConvertTarget &target, MediaDcChooser chooseMediaDc, LossReport &report);
// Counters, channel pts, peers, min peers, uploads, the future auth token.
void stateLosses(const Session &session, LossReport &report);

// Which account values a string has a field for.
struct KeptFields {
    bool userId = false, isBot = false, testMode = false, apiId = false;
};
// Account values the string has no field for, named with their values.
void accountLosses(const Session &view, const ConvertTarget &target, KeptFields kept, LossReport &report);

// All of the above, for a string that keeps `kept` of the account.
void losses(const Session &session, const ConvertTarget &target, KeptFields kept, LossReport &report,
            MediaDcChooser chooseMediaDc = nullptr);

// A writer's text as the bytes encode() gives (session strings are ASCII).
Result<QByteArray> ascii(Result<QString> text);

} // namespace fero::stringtarget
