#include "open/opener.h"

#include "detect/detect.h"
#include "detect/recognised.h"
#include "formats/android/androidfolder.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/tdesktop/tdata.h"
#include "formats/traits.h"
#include "open/foreignfileopen.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Opener)
};

Status checkReadable(const Format format)
{
    for (Format f : supportedFormats())
        if (f == format)
            return {};
    return Error::usage(Tr::tr("Feroscope cannot read %1 yet.").arg(formatDisplayName(format)));
}

// SQLite needs a file: an image from stdin is copied into a private (0700)
// temporary folder, read, and removed with the folder.
Result<DecodedSession> readSqliteImage(const QByteArray &bytes)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::io(Tr::tr("Cannot create a temporary folder for the database: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("input.sqlite"));
    if (Status saved = saveFileAtomic(path, bytes); !saved)
        return saved.error();
    if (auto foreign = openForeignFile(path, std::nullopt)) // Telethon/Pyrogram databases (foreign-files)
        return std::move(*foreign);
    return sqlitedb::read(path);
}

// The session with why it read as it did, so a front end shows the
// explanation without detecting a second time.
Result<DecodedSession> explained(Detection detection)
{
    if (detection.result)
        detection.result->explanation = std::move(detection.explanation);
    return std::move(detection.result);
}

} // namespace

QString readableFileWarning(const QString &path, Format format)
{
    if (traits(format).library == Library::Ferogram)
        return Tr::tr("The file is readable by other users (mode %1); every ferogram save leaves 0644. Restrict it "
                      "to the owner (0600): the auth key in it is a full login.")
            .arg(modeText(path));
    return Tr::tr("The file is readable by other users (mode %1). Restrict it to the owner (0600): the auth key in "
                  "it is a full login.")
        .arg(modeText(path));
}

Result<QByteArray> readSessionFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::invalid(Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return Error::invalid(Tr::tr("%1 is a folder, not a session file (use scan to list the sessions in a folder).")
                                  .arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return Error::invalid(Tr::tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > MaxSessionFileBytes)
        return Error::invalid(Tr::tr("%1 is %2 MiB: far too large to be a ferogram session (the largest possible "
                                     "binary file is about 3 MiB).")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Into a block of the file's size plus one byte (QFile::read(max) would
    // reserve the maximum, 64 MiB rounded up to 128, on every open, and the
    // wipe after decoding covers the whole block). A file that grew since
    // stat() fills it: then a larger block, the old one wiped.
    QByteArray bytes(qsizetype(info.size()) + 1, Qt::Uninitialized);
    qsizetype got = 0;
    for (;;) {
        const qint64 n = file.read(bytes.data() + got, bytes.size() - got);
        if (n < 0) {
            secureWipe(bytes);
            return Error::invalid(Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        got += qsizetype(n);
        if (n == 0 || got < bytes.size())
            break;
        if (got > MaxSessionFileBytes) {
            secureWipe(bytes);
            return Error::invalid(
                Tr::tr("%1 is too large to be a ferogram session.").arg(QDir::toNativeSeparators(path)));
        }
        QByteArray larger(std::min<qsizetype>(2 * bytes.size(), MaxSessionFileBytes + 1), Qt::Uninitialized);
        std::memcpy(larger.data(), bytes.constData(), std::size_t(got));
        secureWipe(bytes);
        bytes = std::move(larger);
    }
    bytes.truncate(got);
    return bytes;
}

QString sessionFolderFor(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {};
    const QString absolute = info.absoluteFilePath();
    if (tdata::looksLikeTdata(absolute) || !gramjsstore::sessionName(absolute).isEmpty()
        || androidfolder::looksLikeAppFolder(absolute))
        return absolute;
    // Telegram Desktop's own folder: the session is its tdata/ inside.
    const QString inner = QDir(absolute).filePath(QStringLiteral("tdata"));
    if (tdata::looksLikeTdata(inner))
        return inner;
    return {};
}

Result<DecodedSession> openPath(const QString &path, std::optional<Format> forced, const QString &passcode)
{
    if (forced)
        if (Status ok = checkReadable(*forced); !ok)
            return ok.error();
    // MadelineProto and TDLib: named, with why they cannot be opened (more-stores.md §7).
    if (!forced)
        if (std::optional<Recognised> known = recognise(path)) {
            Error error = Error::invalid(known->sentence);
            error.recognised = known->id;
            error.encrypted = known->encrypted;
            return error;
        }
    // Other libraries' files and folders (tdata, GramJS store, Telethon and
    // Pyrogram SQLite), detected by content; nullopt = none of them (foreign-files).
    if (auto foreign = openForeignFile(path, forced, passcode)) {
        if (foreign->ok() && QFileInfo(path).isFile() && readableByOthers(path))
            (*foreign)->warnings << readableFileWarning(path, (*foreign)->format);
        return std::move(*foreign);
    }

    const QFileInfo info(path);
    bool sqlite = forced == Format::FerogramSqlite;
    if (!sqlite && info.isFile()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            sqlite = !forced && hasSqliteHeader(file.read(16));
    }

    std::optional<Result<DecodedSession>> decoded;
    if (sqlite) {
        if (!info.exists())
            return Error::invalid(Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        if (!info.isFile())
            return Error::invalid(Tr::tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(path)));
        decoded = sqlitedb::read(path);
    } else {
        Result<QByteArray> bytes = readSessionFile(path);
        if (!bytes)
            return bytes.error();
        decoded = openBytes(bytes.value(), forced);
        secureWipe(bytes.value());
    }
    if (*decoded && readableByOthers(path))
        (*decoded)->warnings << readableFileWarning(path, (*decoded)->format);
    return std::move(*decoded);
}

Result<DecodedSession> openBytes(const QByteArray &bytes, std::optional<Format> forced)
{
    if (forced) {
        if (Status ok = checkReadable(*forced); !ok)
            return ok.error();
        if (*forced == Format::FerogramSqlite)
            return readSqliteImage(bytes);
        return readAs(*forced, bytes);
    }
    if (hasSqliteHeader(bytes))
        return readSqliteImage(bytes);
    return explained(detectBytes(bytes));
}

Result<DecodedSession> openText(QStringView text, std::optional<Format> forced)
{
    if (forced) {
        if (Status ok = checkReadable(*forced); !ok)
            return ok.error();
        if (!isStringFormat(*forced))
            return Error::usage(Tr::tr("%1 is not a string format.").arg(formatDisplayName(*forced)));
        return readAs(*forced, text.toUtf8());
    }
    return explained(detectText(text));
}

} // namespace fero
