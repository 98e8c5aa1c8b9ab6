// "Copy report": the bug-report summary of core/report.h on the clipboard.
// Not a secret (no keys, no hashes), so a plain copy that is not cleared.
#pragma once

#include "model/decoded.h"

#include <QCoreApplication>
#include <QString>

namespace fero::gui {

class ClipboardGuard;

class ReportAction final {
    Q_DECLARE_TR_FUNCTIONS(ReportAction)

public:
    // Copies the report; returns the status-bar sentence.
    static QString copyReport(ClipboardGuard &clipboard, const DecodedSession &decoded, bool includeIds = false,
                              std::size_t account = 0);
};

} // namespace fero::gui
