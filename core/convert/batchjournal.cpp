#include "convert/batchjournal.h"

#include "base/jsonwriter.h"
#include "formats/format.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BatchJournal)
};

bool hashFile(const QString &path, QCryptographicHash &hash)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file);
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

InputStamp inputStampOf(const QString &path)
{
    InputStamp stamp;
    const QFileInfo info(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (info.isFile()) {
        if (!hashFile(path, hash))
            return stamp;
        stamp.size = info.size();
        stamp.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    } else if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        stamp.size = 0;
        const QDir root(path);
        for (const QString &file : files) {
            const QFileInfo one(file);
            hash.addData(root.relativeFilePath(file).toUtf8() + '\0' + QByteArray::number(one.size()) + '\0');
            if (!hashFile(file, hash))
                return InputStamp{};
            stamp.size += one.size();
            stamp.mtimeMs = std::max(stamp.mtimeMs, one.lastModified().toMSecsSinceEpoch());
        }
    } else {
        return stamp;
    }
    stamp.sha256 = hash.result();
    return stamp;
}

QString targetSignature(const ConvertTarget &target)
{
    const auto optional = [](const auto &value) { return value ? QString::number(*value) : QStringLiteral("-"); };
    return QStringLiteral("%1 v%2 user=%3 api=%4 test=%5 old-layout=%6 keep=%7")
        .arg(formatId(target.format))
        .arg(target.version)
        .arg(optional(target.userId), optional(target.apiId),
             target.testMode ? QString::number(int(*target.testMode)) : QStringLiteral("-"))
        .arg(int(target.pyrogramOldLayout))
        .arg(int(target.conflicts));
}

BatchJournal::BatchJournal(const QString &outDir)
    : m_path(QDir(outDir).filePath(fileName()))
{
}

BatchJournal::~BatchJournal()
{
    if (m_fd >= 0)
        ::close(m_fd); // the lock goes with it
}

Status BatchJournal::load()
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(
            Tr::tr("Cannot read the batch journal %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break; // the append a kill cut short
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString event = record.value(u"event").toString();
        const QString output = record.value(u"output").toString();
        if (output.isEmpty())
            continue;
        if (event == u"start") {
            m_started.insert(output);
        } else if (event == u"done") {
            Done done;
            done.input = record.value(u"input").toString();
            done.target = record.value(u"target").toString();
            done.stamp.size = record.value(u"size").toInteger(-1);
            done.stamp.mtimeMs = record.value(u"mtime_ms").toInteger();
            done.stamp.sha256 = QByteArray::fromHex(record.value(u"sha256").toString().toLatin1());
            m_done.insert(output, done);
        }
    }
    return {};
}

bool BatchJournal::isComplete(const QString &input, const InputStamp &stamp, const QString &output,
                              const QString &target) const
{
    const auto it = m_done.constFind(output);
    return it != m_done.cend() && stamp.size >= 0 && it->input == input && it->stamp == stamp && it->target == target;
}

Status BatchJournal::openForWriting(bool fresh)
{
    const QByteArray native = QFile::encodeName(m_path);
    // O_NOFOLLOW: a link planted under the journal's name is never written through.
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return Error::io(Tr::tr("Cannot write the batch journal %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
        return Error::refused(
            Tr::tr("Another conversion is writing into %1 (its journal %2 is locked); wait for it "
                   "to finish.")
                .arg(QDir::toNativeSeparators(QFileInfo(m_path).path()), QDir::toNativeSeparators(m_path)));
    if (fresh && ::ftruncate(m_fd, 0) != 0)
        return Error::io(Tr::tr("Cannot empty the batch journal %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

Status BatchJournal::append(const QByteArray &line)
{
    // One write of the whole line: O_APPEND puts it at the end in one piece.
    const ssize_t n = ::write(m_fd, line.constData(), std::size_t(line.size()));
    if (n != line.size())
        return Error::io(Tr::tr("Cannot write the batch journal %1: %2")
                             .arg(QDir::toNativeSeparators(m_path),
                                  n < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : Tr::tr("short write")));
    return {};
}

Status BatchJournal::started(const QString &input, const QString &output)
{
    JsonWriter json(false);
    json.beginObject().key("event").value("start").key("input").value(input).key("output").value(output).endObject();
    return append(json.take() + '\n');
}

Status BatchJournal::completed(const QString &input, const InputStamp &stamp, const QString &output,
                               const QString &target)
{
    JsonWriter json(false);
    json.beginObject().key("event").value("done").key("input").value(input).key("output").value(output);
    json.key("target").value(target).key("size").value(std::int64_t(stamp.size));
    json.key("mtime_ms").value(std::int64_t(stamp.mtimeMs)).key("sha256").value(hex(stamp.sha256)).endObject();
    return append(json.take() + '\n');
}

} // namespace fero
