#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace fuzz {
namespace {

QString makeScratch()
{
    const QString base =
        QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    const QString dir = QStringLiteral("%1/feroscope-fuzz-%2").arg(base).arg(::getpid());
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString dest = to + u'/' + it.fileName();
        if (it.fileInfo().isDir())
            copyTree(source, dest);
        else
            QFile::copy(source, dest);
    }
}

} // namespace

void init()
{
    static int argc = 1;
    static char name[] = "feroscope-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    scratch();
}

const QString &scratch()
{
    static const QString dir = makeScratch();
    static const bool cleanup = (std::atexit([] { QDir(scratch()).removeRecursively(); }), true);
    (void)cleanup;
    return dir;
}

QString writeScratchFile(const QString &name, const std::uint8_t *data, std::size_t size)
{
    const QString path = scratch() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail("cannot write the scratch file", path);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

QString copyVectorFolder(const QString &vectorRelative, const QString &name)
{
    const QString path = scratch() + u'/' + name;
    QDir(path).removeRecursively();
    copyTree(QStringLiteral(FEROSCOPE_TEST_DATA "/vectors/") + vectorRelative, path);
    return path;
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT BROKEN: %s\n%s\n", what, detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fuzz
