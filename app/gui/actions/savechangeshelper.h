// Writing a cleaned copy: "Save as…" (a new file, owner-only) or an explicit
// "Save" over the original, which first puts the previous version into the
// desktop trash (so it can be restored) and refuses when the file changed on
// disk since it was read or is in use (SQLite -wal/-journal beside it).
#pragma once

#include "convert/convert.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace fero::gui {

// Where a session came from, as needed to write it back the same way.
struct SaveSource {
    QString path; // empty for a pasted string
    Format format = Format::FerogramBinary;
    int version = LatestBinaryVersion; // DecodedSession::version
    FileStamp stamp;                   // stampOf(path) when it was read
};

class SaveChangesHelper final {
    Q_DECLARE_TR_FUNCTIONS(SaveChangesHelper)

public:
    // The same container and generation as the source; refuses a generation
    // that can no longer be written (use Export to pick one).
    static Result<ConvertTarget> sameFormatTarget(const SaveSource &source, const Session &session);
    // Losses of writing `session` back in the source's format (usually none).
    static LossReport losses(const SaveSource &source, const Session &session);

    // A new file (0600, atomic). `overwrite` only after the user confirmed.
    static Status saveAs(const Session &session, const SaveSource &source, const QString &path, bool overwrite,
                         bool acceptLoss);
    // Over the original: previous version to the trash, then an atomic
    // replace keeping the file's mode. Returns where the previous version
    // went in the trash.
    static Result<QString> save(const Session &session, const SaveSource &source, bool acceptLoss);

    // Interactive forms: a file chooser / a confirmation naming the trash,
    // a loss confirmation when needed, errors in a message box. Return a
    // status-bar sentence on success, an empty string when cancelled or failed.
    // `savedPath` (may be null) receives the file Save As wrote.
    static QString saveAsInteractive(QWidget *parent, const Session &session, const SaveSource &source,
                                     QString *savedPath = nullptr);
    static QString saveInteractive(QWidget *parent, const Session &session, const SaveSource &source);
};

} // namespace fero::gui
