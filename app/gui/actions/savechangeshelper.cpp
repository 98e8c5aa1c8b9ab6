#include "actions/savechangeshelper.h"

#include "formats/traits.h"
#include "storage/leftovers.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace fero::gui {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A SQLite database is written whole beside the original and renamed over it.
bool isDatabase(Format format)
{
    return traits(format).kind == FormatKind::Database;
}

// A folder cannot be replaced in one rename.
bool isFolder(Format format)
{
    return traits(format).kind == FormatKind::Folder;
}

Status refuseLoss(const LossReport &report)
{
    return Error::refused(
        SaveChangesHelper::tr("Saving in this format loses: %1").arg(report.losses.join(QLatin1Char(' '))));
}

// A private folder beside `path` for this save's temporaries: the core's
// recognisable ".<name>.feroscope-tmp-XXXXXX" (0700), locked by this process
// for as long as it exists, so a save killed half-way leaves a leftover the
// next write to `path` sweeps (sweepLeftovers), and a live save's folder is
// never swept by another. Removed with what it holds when it goes.
class StagingFolder {
public:
    explicit StagingFolder(const QString &path)
        : m_dir(temporaryTemplate(path))
        , m_lock(m_dir.isValid() ? m_dir.path() : QString())
    {
    }
    StagingFolder(const StagingFolder &) = delete;
    StagingFolder &operator=(const StagingFolder &) = delete;
    bool isValid() const { return m_dir.isValid() && m_lock.held(); }
    QString errorString() const
    {
        if (!m_dir.isValid())
            return m_dir.errorString();
        return SaveChangesHelper::tr("the temporary folder %1 could not be locked").arg(shown(m_dir.path()));
    }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir; // mkdtemp: 0700 before anything is put in it
    OwnerLock m_lock;
};

// Copies the original (with its SQLite companions) into a private folder
// beside it, under its own name, and moves that copy to the trash: the trash
// entry then carries the original name and lives on the same filesystem.
Result<QString> keepPreviousInTrash(const QString &path)
{
    const QFileInfo info(path);
    const StagingFolder stage(path);
    if (!stage.isValid())
        return Error::io(
            SaveChangesHelper::tr("Cannot keep the previous version of %1: %2").arg(shown(path), stage.errorString()));
    const QString copy = stage.filePath(info.fileName());
    QStringList sources{path};
    sources << companionFiles(path);
    for (const QString &source : std::as_const(sources)) {
        const QString target = stage.filePath(QFileInfo(source).fileName());
        if (!QFile::copy(source, target))
            return Error::io(
                SaveChangesHelper::tr("Cannot copy %1 before saving over it; nothing was saved.").arg(shown(source)));
    }
    Result<QStringList> trashed = deleteSession(copy, DeleteMode::Trash);
    if (!trashed)
        return Error::io(SaveChangesHelper::tr("Cannot move the previous version of %1 to the trash (%2); nothing "
                                               "was saved. Use Save As… instead.")
                             .arg(shown(path), trashed.error().message));
    return trashed->isEmpty() ? QString() : trashed->front();
}

} // namespace

Result<ConvertTarget> SaveChangesHelper::sameFormatTarget(const SaveSource &source, const Session &session)
{
    if (!isWritable(source.format))
        return Error::refused(tr("%1 cannot be written by this build; use Export to save in another format.")
                                  .arg(formatDisplayName(source.format)));
    ConvertTarget target;
    target.format = source.format;
    target.userId = session.account.userId;
    if (hasFerogramVersion(source.format)) {
        if (source.version < OldestWritableVersion || source.version > LatestBinaryVersion)
            return Error::refused(tr("This session was read as version %1, which cannot be written; use Export to "
                                     "choose a version.")
                                      .arg(source.version));
        target.version = source.version;
    }
    return target;
}

LossReport SaveChangesHelper::losses(const SaveSource &source, const Session &session)
{
    Result<ConvertTarget> target = sameFormatTarget(source, session);
    return target ? lossReport(session, target.value()) : LossReport{};
}

Status SaveChangesHelper::saveAs(const Session &session, const SaveSource &source, const QString &path, bool overwrite,
                                 bool acceptLoss)
{
    Result<ConvertTarget> target = sameFormatTarget(source, session);
    if (!target)
        return target.error();
    if (Status ok = preflight(session, target.value()); !ok)
        return ok;
    if (const LossReport report = lossReport(session, target.value()); !report.lossless() && !acceptLoss)
        return refuseLoss(report);
    if (!source.path.isEmpty() && QFileInfo(path) == QFileInfo(source.path))
        return Error::usage(tr("Use Save to write over the original; Save As writes a new file."));
    return writeTo(session, target.value(), path, overwrite);
}

Result<QString> SaveChangesHelper::save(const Session &session, const SaveSource &source, bool acceptLoss)
{
    if (source.path.isEmpty())
        return Error::usage(tr("This session has no file to save over; use Save As…"));
    if (isFolder(source.format))
        return Error::refused(tr("A %1 cannot be saved over in place; use Export into a new folder.")
                                  .arg(formatDisplayName(source.format)));
    Result<ConvertTarget> target = sameFormatTarget(source, session);
    if (!target)
        return target.error();
    if (Status ok = preflight(session, target.value()); !ok)
        return ok.error();
    if (const LossReport report = lossReport(session, target.value()); !report.lossless() && !acceptLoss)
        return refuseLoss(report).error();
    // A running client saves often: never replace what we did not read.
    if (!(stampOf(source.path) == source.stamp))
        return Error::refused(
            tr("%1 changed on disk since it was read; reload it first, or use Save As…").arg(shown(source.path)));
    if (!companionFiles(source.path).isEmpty())
        return Error::refused(tr("%1 is in use by another program (its -wal or -journal file exists); close that "
                                 "program first, or use Save As…")
                                  .arg(shown(source.path)));

    // Prepare the new content before touching anything. What a save killed
    // earlier left beside the file goes first.
    sweepLeftovers(source.path);
    const QFileInfo info(source.path);
    QByteArray bytes;
    std::optional<StagingFolder> staging;
    QString staged;
    if (isDatabase(source.format)) {
        staging.emplace(source.path);
        if (!staging->isValid())
            return Error::io(
                tr("Cannot prepare the new version beside %1: %2").arg(shown(source.path), staging->errorString()));
        staged = staging->filePath(info.fileName());
        if (Status ok = writeTo(session, target.value(), staged, false); !ok)
            return ok.error();
    } else {
        Result<QByteArray> encoded = encode(session, target.value());
        if (!encoded)
            return encoded.error();
        bytes = std::move(encoded.value());
    }

    Result<QString> trashed = keepPreviousInTrash(source.path);
    if (!trashed) {
        secureWipe(bytes);
        return trashed.error();
    }

    if (isDatabase(source.format)) {
        if (!(stampOf(source.path) == source.stamp))
            return Error::refused(tr("%1 changed on disk while saving; nothing was replaced (the previous version is "
                                     "also in the trash).")
                                      .arg(shown(source.path)));
        QFile::setPermissions(staged, QFile::permissions(source.path));
        // rename(2) replaces atomically; QFile::rename refuses an existing target.
        if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(source.path).constData()) != 0)
            return Error::io(tr("Cannot replace %1: %2").arg(shown(source.path), qt_error_string(errno)));
    } else {
        const Status ok = saveOver(source.path, bytes, source.stamp);
        secureWipe(bytes);
        if (!ok)
            return ok.error();
    }
    return trashed.value();
}

QString SaveChangesHelper::saveAsInteractive(QWidget *parent, const Session &session, const SaveSource &source,
                                             QString *savedPath)
{
    const QString extension = targetExtension(source.format);
    const QString suggested = source.path.isEmpty() ? QDir::homePath() : source.path;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save Cleaned Session As"), suggested,
        extension.isEmpty() ? tr("All files (*)")
                            : tr("%1 (*%2);;All files (*)").arg(formatDisplayName(source.format), extension));
    if (path.isEmpty())
        return {};
    bool acceptLoss = false;
    if (const LossReport report = losses(source, session); !report.lossless()) {
        if (QMessageBox::warning(parent, tr("Save As"),
                                 tr("Saving in this format loses:\n%1\n\nSave anyway?").arg(report.losses.join(u'\n')),
                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Save)
            return {};
        acceptLoss = true;
    }
    // The file dialog already asked before choosing an existing file.
    const Status ok = saveAs(session, source, path, QFileInfo::exists(path), acceptLoss);
    if (!ok) {
        QMessageBox::critical(parent, tr("Save As"), ok.error().message);
        return {};
    }
    if (savedPath)
        *savedPath = QFileInfo(path).absoluteFilePath();
    return tr("Saved %1.").arg(shown(path));
}

QString SaveChangesHelper::saveInteractive(QWidget *parent, const Session &session, const SaveSource &source)
{
    QString question = tr("Save the changes over %1?\n\nThe previous version is moved to the trash first, so it can "
                          "be restored.")
                           .arg(shown(source.path));
    const LossReport report = losses(source, session);
    if (!report.lossless())
        question += u'\n' + tr("Saving in this format also loses:\n%1").arg(report.losses.join(u'\n'));
    if (QMessageBox::question(parent, tr("Save"), question, QMessageBox::Save | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Save)
        return {};
    Result<QString> saved = save(session, source, true);
    if (!saved) {
        QMessageBox::critical(parent, tr("Save"), saved.error().message);
        return {};
    }
    return tr("Saved %1; the previous version is in the trash.").arg(shown(source.path));
}

} // namespace fero::gui
