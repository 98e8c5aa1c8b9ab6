// Points HOME and the XDG folders (data = trash, runtime, config) at a
// temporary folder before QApplication exists, so no test touches the
// user's clipboard history, trash or settings; plus small file helpers.
#pragma once

#include "convert/convert.h"
#include "synthetic.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace fero::test {

class ActionsTestEnvironment {
public:
    ActionsTestEnvironment()
    {
        for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "XDG_CACHE_HOME"}) {
            const QString folder = m_dir.filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(folder);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv(name, QFile::encodeName(folder));
        }
        QDir().mkpath(work());
    }
    QString root() const { return m_dir.path(); }
    QString work() const { return m_dir.filePath(QStringLiteral("work")); }
    QString trashFiles() const { return m_dir.filePath(QStringLiteral("xdg_data_home/Trash/files")); }

private:
    QTemporaryDir m_dir;
};

// A session with every kind of data, so older targets have something to lose.
inline Session richSession(std::uint64_t seed = 3)
{
    SyntheticShape shape;
    shape.peers = 50;
    shape.minPeers = 8;
    shape.channelPts = 6;
    Session s = makeSyntheticSession(shape, seed);
    // As a ferogram file holds it: no account block (which binary and SQLite
    // targets would report as lost).
    s.account = {};
    return s;
}

// The POSIX permission bits (0600 ...), not Qt's permission flags.
inline ConvertTarget targetOf(Format format, int version, std::optional<std::int64_t> userId = std::nullopt)
{
    ConvertTarget target;
    target.format = format;
    target.version = version;
    target.userId = userId;
    return target;
}

inline int modeBits(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace fero::test

// The environment must exist before QApplication reads it.
#define FERO_ACTIONS_TEST_MAIN(TestClass)                                                                              \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        fero::test::ActionsTestEnvironment environment;                                                                \
        QApplication app(argc, argv);                                                                                  \
        TestClass test(environment);                                                                                   \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
