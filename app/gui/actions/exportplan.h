// The logic behind the Export / Convert dialog, without widgets: what a
// choice of target would lose, whether it can be written at all, and the
// writing itself for one session or a batch into a folder. The dialog only
// shows this and asks for confirmation.
#pragma once

#include "convert/convert.h"
#include "model/session.h"

#include <QCoreApplication>
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

// What the user chose in the dialog.
struct ExportChoice {
    Format format = Format::FerogramBinary;
    int version = LatestBinaryVersion;
    // Compact strings: the user id to write. Empty = the session's own
    // (account block), else 0 with a loss line.
    std::optional<std::int64_t> userId{};
    // Other libraries' targets (convert.h ConvertTarget): Pyrogram's new
    // string layout needs an api_id (never invented; the old 64-bit layout
    // needs none); testMode overrides the account's flag (mtcute, Pyrogram,
    // MTKruto strings); passcode is the local passcode a written tdata gets.
    std::optional<std::int64_t> apiId{};
    std::optional<bool> testMode{};
    bool pyrogramOldLayout = false;
    QString passcode{};
    // Entries a ferogram database cannot hold twice (targetConflicts()):
    // refuse, or keep the first / last of each (the others become losses).
    ConflictPolicy conflicts = ConflictPolicy::Refuse;
};

ConvertTarget targetFor(const ExportChoice &choice, const Session &session);

// Formats offered as targets (supported and writable), in menu order.
std::vector<Format> exportFormats();
// Ferogram versions offered for a format (5..8), empty when it has none.
std::vector<int> exportVersions(Format format);
// Targets that carry a user id the user may have to supply (compact and
// Pyrogram strings, mtcute's self user, Pyrogram SQLite, tdata).
bool needsUserId(Format format);
// Targets with an api_id field (Pyrogram's new string layout).
bool takesApiId(Format format);
// Targets whose test-mode flag the user may set (mtcute, Pyrogram, MTKruto strings).
bool takesTestMode(Format format);
// Targets written with a local passcode (tdata).
bool takesPasscode(Format format);

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
BatchPlan planBatch(const std::vector<ExportSource> &sources, const ExportChoice &choice, const QString &folder,
                    bool overwrite);
struct BatchOutcome {
    QStringList written;
    QStringList failures; // "name: message"
};
// Writes every item of a plan that canRun(); stops at nothing (each file is
// atomic on its own), reports each failure.
BatchOutcome runBatch(const std::vector<ExportSource> &sources, const BatchPlan &plan, const ExportChoice &choice,
                      bool overwrite);

} // namespace fero::gui
