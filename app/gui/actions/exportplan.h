// The logic behind the Export / Convert dialog, without widgets: what a
// choice of target would lose, whether it can be written at all, and the
// writing itself for one session or a batch into a folder. The dialog only
// shows this and asks for confirmation.
#pragma once

#include "convert/convert.h"
#include "model/session.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fero::gui {

// One session to export: the name shown (and the base of batch file names).
struct ExportSource {
    QString name;
    Session session;
};

// What the user chose in the dialog is a fero::ConvertTarget with the
// values the user left empty unset. Filled in for one session: the user id
// and api_id it has where none was typed, and only the options the format
// takes (formats/traits.h), so a field hidden for this format never leaks
// into the target.
ConvertTarget targetFor(const ConvertTarget &choice, const Session &session);

// An error as the dialog shows it: the core's sentence, then, when the core
// names a missing value, where to give it in this dialog ("Enter the user id
// above.") instead of a command-line option.
QString problemText(const Error &error);

// Formats offered as targets (supported and writable), in menu order.
std::vector<Format> exportFormats();
// Ferogram versions offered for a format (5..8), empty when it has none.
std::vector<int> exportVersions(Format format);

// What one target means for one session: a problem that makes it impossible
// (limits, no usable DC...) or the losses to confirm.
struct ExportCheck {
    std::optional<Error> problem;
    LossReport losses;
    bool writable() const { return !problem.has_value(); }
};
ExportCheck checkExport(const Session &session, const ConvertTarget &target);

// Single export into a file (atomic, 0600 via fero::writeTo).
Status exportToFile(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite);
// Single export of a string target as text (for the clipboard).
Result<QString> exportToText(const Session &session, const ConvertTarget &target);

// Batch: several sessions into one folder, one combined loss report.
struct BatchPlanItem {
    QString name;
    QString outputPath;
    ExportCheck check;
};
struct BatchPlan {
    QString folder;
    std::vector<BatchPlanItem> items;
    QStringList problems;       // "name: reason" for every item that cannot be written
    QStringList combinedLosses; // "name: loss" for every loss of every item
    bool canRun() const { return !items.empty() && problems.isEmpty(); }
};
// Output names: base name of the source + target extension, made unique
// within the batch ("-2", "-3"). Existing files are problems unless overwrite.
BatchPlan planBatch(const std::vector<ExportSource> &sources, const ConvertTarget &choice, const QString &folder,
                    bool overwrite);
struct BatchOutcome {
    QStringList written;
    QStringList failures; // "name: message"
};
// Writes every item of a plan that canRun(); stops at nothing (each file is
// atomic on its own), reports each failure.
BatchOutcome runBatch(const std::vector<ExportSource> &sources, const BatchPlan &plan, const ConvertTarget &choice,
                      bool overwrite);

} // namespace fero::gui
