// A plain main() around a fuzz target's LLVMFuzzerTestOneInput, for builds
// without libFuzzer (the normal GCC build): every file named, or every file
// inside each folder named, is fed through the target once; a missing folder
// or one without any file fails the replay. CTest replays the regression
// inputs in tests/fuzz/regressions/<target>/ and the seeds this way.
#include "fuzzsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    fuzz::init();
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            const qsizetype before = files.size();
            while (it.hasNext())
                files << it.next();
            if (files.size() == before) { // a seed folder that lost its files must not pass quietly
                std::fprintf(stderr, "%s holds no input; a replay needs its inputs\n", qPrintable(arg));
                return 2;
            }
        } else {
            files << arg;
        }
    }
    files.sort();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    }
    std::printf("%lld input(s) replayed without a failure\n", static_cast<long long>(files.size()));
    return 0;
}
