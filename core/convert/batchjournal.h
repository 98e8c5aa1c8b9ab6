// The record a batch conversion keeps in its output folder: which inputs it
// has converted, so an interrupted batch (Ctrl+C, SIGKILL, power loss)
// resumes where it stopped without redoing or trusting anything half-done.
#pragma once

#include "base/result.h"
#include "formats/target.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace fero {

// What an input looked like when it was converted. A folder session (tdata,
// GramJS store): the sum of its files' sizes, the newest modification, and
// SHA-256 over each file's relative name, size and content in name order.
struct InputStamp {
    qint64 size = -1; // -1: unreadable
    qint64 mtimeMs = 0;
    QByteArray sha256; // raw 32 bytes
    bool operator==(const InputStamp &) const = default;
};
InputStamp inputStampOf(const QString &path);

// The options that decide an output's bytes (format, version, --user-id, ...,
// never the passcode): an input converted with other options is not complete.
QString targetSignature(const ConvertTarget &target);

// One JSON object per line, appended with a single write(2) each: "start"
// before an output is written, "done" once its atomic rename is over. A kill
// between the two leaves a complete output that resume rewrites; a kill mid
// line leaves a line that does not parse and is ignored.
class BatchJournal {
public:
    static QString fileName() { return QStringLiteral(".feroscope-batch-journal"); }

    explicit BatchJournal(const QString &outDir);
    ~BatchJournal();
    BatchJournal(const BatchJournal &) = delete;
    BatchJournal &operator=(const BatchJournal &) = delete;

    // Loads what an earlier run recorded (none when the file is missing).
    Status load();
    // Whether `output` (a file name in the folder) holds `input` converted
    // from exactly this stamp with this target, by a record.
    bool isComplete(const QString &input, const InputStamp &stamp, const QString &output, const QString &target) const;
    // Whether an earlier run began writing `output`: it is ours to replace.
    bool wasStarted(const QString &output) const { return m_started.contains(output); }

    // Opens the file for appending, 0600, emptied first unless resuming, and
    // locks it: a second batch into the same folder is refused, not interleaved.
    Status openForWriting(bool fresh);
    Status started(const QString &input, const QString &output);
    Status completed(const QString &input, const InputStamp &stamp, const QString &output, const QString &target);

private:
    Status append(const QByteArray &line);

    struct Done {
        QString input;
        InputStamp stamp;
        QString target;
    };
    QString m_path;
    QHash<QString, Done> m_done; // output file name -> its last "done" record
    QSet<QString> m_started;     // output file names
    int m_fd = -1;
};

} // namespace fero
