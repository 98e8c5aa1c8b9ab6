#include "open/scancache.h"

#include "storage/storage.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fero::scancache {

namespace {

struct CacheTr {
    Q_DECLARE_TR_FUNCTIONS(ScanCache)
};

// Bumped whenever ScanEntry or the layout below changes: an older cache is
// then ignored and the folder read again.
constexpr quint32 Magic = 0x46534331; // "FSC1"
constexpr quint32 Version = 1;

void write(QDataStream &out, const ScanEntry &e)
{
    out << e.path << formatId(e.format) << qint32(e.version) << e.layout << qint32(e.homeDcId) << e.authKeyId
        << quint64(e.peers) << e.mode << e.size;
    out << quint32(e.authKeyIds.size());
    for (const std::uint64_t id : e.authKeyIds)
        out << quint64(id);
    out << quint32(e.related.size());
    for (const QString &related : e.related)
        out << related;
    out << qint32(e.account) << e.accountId << e.note << e.recognised << e.needsPasscode << e.nativeId
        << e.modifiedMs;
}

// A string whose length fits what is left: QDataStream would otherwise
// allocate what a damaged length says (up to 4 GB) before finding it short.
bool readString(QDataStream &in, QString &out)
{
    const qint64 at = in.device()->pos();
    quint32 bytes = 0;
    in >> bytes;
    if (in.status() != QDataStream::Ok
        || (bytes != 0xffffffffu && (bytes % 2 != 0 || qint64(bytes) > in.device()->bytesAvailable())))
        return false;
    in.device()->seek(at);
    in >> out;
    return in.status() == QDataStream::Ok;
}

bool readStrings(QDataStream &in, QStringList &out)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || qint64(count) * 4 > in.device()->bytesAvailable())
        return false;
    out.clear();
    for (quint32 i = 0; i < count; ++i)
        if (!readString(in, out.emplace_back()))
            return false;
    return true;
}

bool read(QDataStream &in, ScanEntry &e)
{
    QString format;
    qint32 version = 0, home = 0, account = 0;
    quint64 peers = 0;
    quint32 keys = 0;
    if (!readString(in, e.path) || !readString(in, format))
        return false;
    in >> version;
    if (!readString(in, e.layout))
        return false;
    in >> home;
    if (!readString(in, e.authKeyId))
        return false;
    in >> peers;
    if (!readString(in, e.mode))
        return false;
    in >> e.size >> keys;
    if (in.status() != QDataStream::Ok || qint64(keys) * 8 > in.device()->bytesAvailable())
        return false;
    e.authKeyIds.resize(keys);
    for (std::uint64_t &id : e.authKeyIds) {
        quint64 v = 0;
        in >> v;
        id = v;
    }
    if (!readStrings(in, e.related))
        return false;
    in >> account;
    if (!readString(in, e.accountId) || !readString(in, e.note) || !readString(in, e.recognised))
        return false;
    in >> e.needsPasscode;
    if (!readString(in, e.nativeId))
        return false;
    in >> e.modifiedMs;
    const std::optional<Format> known = formatFromId(format);
    if (in.status() != QDataStream::Ok || !known)
        return false;
    e.format = *known;
    e.version = version;
    e.homeDcId = home;
    e.peers = std::size_t(peers);
    e.account = account;
    return true;
}

} // namespace

Status save(const QString &file, const ScanResult &result, bool recursive)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << Magic << Version << QDir::cleanPath(result.root) << recursive << quint64(result.sessions.size());
        for (const ScanEntry &entry : result.sessions)
            write(out, entry);
        out << quint64(result.errors.size());
        for (const ScanError &error : result.errors)
            out << error.path << error.error;
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error::io(CacheTr::tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(file)));
    return saveFileAtomic(file, bytes, Overwrite::Replace);
}

std::optional<ScanResult> load(const QString &file, const QString &root, bool recursive)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.readAll();
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    QString savedRoot;
    bool savedRecursive = false;
    quint64 count = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version || !readString(in, savedRoot))
        return std::nullopt;
    in >> savedRecursive >> count;
    // Each entry takes more than 64 bytes: a count past that is damage.
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version || savedRoot != QDir::cleanPath(root)
        || savedRecursive != recursive || count > quint64(bytes.size()) / 64)
        return std::nullopt;
    ScanResult result;
    result.root = root;
    result.sessions.resize(std::size_t(count));
    for (ScanEntry &entry : result.sessions)
        if (!read(in, entry))
            return std::nullopt;
    quint64 errors = 0;
    in >> errors;
    if (in.status() != QDataStream::Ok || errors > quint64(bytes.size()))
        return std::nullopt;
    for (quint64 i = 0; i < errors; ++i) {
        ScanError &error = result.errors.emplace_back();
        if (!readString(in, error.path) || !readString(in, error.error))
            return std::nullopt;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    result.duplicates = duplicateGroups(result.sessions);
    return result;
}

} // namespace fero::scancache
