#include "actions/reportaction.h"

#include "actions/clipboardguard.h"
#include "inspect/report.h"

namespace fero::gui {

QString ReportAction::copyReport(ClipboardGuard &clipboard, const DecodedSession &decoded, bool includeIds,
                                 std::size_t account)
{
    ReportOptions options;
    options.includeIds = includeIds;
    options.account = account;
    clipboard.copyPlain(sessionReport(decoded, options));
    return includeIds ? tr("Copied the session report (with ids) to the clipboard.")
                      : tr("Copied the session report to the clipboard; it holds no keys and no ids.");
}

} // namespace fero::gui
