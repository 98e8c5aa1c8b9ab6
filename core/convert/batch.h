// Converting several sessions into one output folder, with a combined loss
// report. Everything is checked before the first file is written: every
// input must open, every target must be writable, no two inputs may map to
// the same output name, no output may exist (unless overwriting) and no
// conversion may lose data (unless accepted). A journal in the output folder
// (convert/batchjournal.h) records each completed input, so an interrupted
// batch resumes: what is complete is skipped, the rest done again.
#pragma once

#include "base/result.h"
#include "convert/convert.h"
#include "formats/format.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace fero {

// How the front end lets the user go ahead, for a refusal to say ("pass
// --accept-loss to go ahead"); empty ones get generic words.
struct BatchRemedies {
    QString acceptLoss; // a lossy conversion
    QString overwrite;  // existing outputs
    QString keep;       // entries the target cannot hold together (ConvertTarget::conflicts)
};

struct BatchOptions {
    ConvertTarget target;         // target.conflicts applies to every input
    std::optional<Format> forced; // --from
    bool acceptLoss = false;
    bool overwrite = false;
    bool recursive = false; // for folder inputs
    // Skip the inputs the journal records as converted (same input, same
    // size, modification time and SHA-256, same target, output present), and
    // replace outputs an earlier run began; any other existing output is
    // still refused. Excludes overwrite.
    bool resume = false;
    BatchRemedies remedies;
    // Called after each input is checked (phase Checking) and each output is
    // written or skipped (phase Writing); total = inputs in the batch.
    enum class Phase { Checking, Writing };
    std::function<void(Phase phase, std::size_t done, std::size_t total)> progress;
};

struct BatchItem {
    QString input;
    QString output;
    Format sourceFormat = Format::FerogramBinary;
    LossReport losses;
    bool written = false;
    bool skipped = false; // complete by the journal: not opened, not written (resume)
};

struct BatchResult {
    std::vector<BatchItem> items; // planned; `written` marks what reached the disk
    std::optional<Error> error;   // why the batch stopped (nothing written unless a write failed midway)

    bool ok() const { return !error; }
    QStringList written() const;
    QStringList skipped() const;
    // Every loss of every item as "input: sentence".
    QStringList combinedLosses() const;
};

// "fg065-typical.native.txt" -> "fg065-typical": drops the extensions
// Feroscope and ferogram use, keeps any other dots.
QString sessionBaseName(const QString &fileName);

// Inputs may be files or folders (a folder contributes every session a scan
// finds in it). Output names: input base name + target extension.
BatchResult convertBatch(const QStringList &inputs, const QString &outDir, const BatchOptions &options);

} // namespace fero
