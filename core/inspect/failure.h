// Why a file could not be opened, for a person: one line saying what it is,
// a best guess at what happened, then the details (each reading that was
// tried and why it failed, one per line). The GUI's failure pane shows it;
// the error message alone reads as a wall of text.
#pragma once

#include <QString>
#include <QStringList>

namespace fero {

struct FailureExplanation {
    QString verdict;     // "A damaged ferogram session file."
    QString guess;       // "Probably a ferogram v8 file cut short: ..."; may be empty
    QStringList details; // the readings tried, one line each; or the error itself
};

// path: what was opened; error: the message opening it gave; recognised: the
// store it was recognised as ("madelineproto", "tdlib-binlog"), if any. Looks
// at the file again (its first bytes, at most a few megabytes) and never writes.
FailureExplanation explainFailure(const QString &path, const QString &error, const QString &recognised = {});

} // namespace fero
