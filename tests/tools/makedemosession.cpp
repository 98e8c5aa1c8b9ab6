// make-demo-session OUT: writes resources/demo/demo.session with our own
// binary writer from a fixed-seed synthetic session, so the bundled demo is
// reproducible and holds no real login.
#include "formats/ferogram/binary.h"
#include "storage/storage.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: make-demo-session OUT\n");
        return 1;
    }
    constexpr std::uint64_t DemoSeed = 20260101;
    const fero::Session session =
        fero::makeSyntheticSession({.peers = 300, .minPeers = 50, .channelPts = 40, .dcEntries = 10}, DemoSeed);
    fero::Result<QByteArray> bytes = fero::binary::write(session, fero::LatestBinaryVersion);
    if (!bytes) {
        std::fprintf(stderr, "%s\n", qPrintable(bytes.error().message));
        return 3;
    }
    if (fero::Status saved = fero::saveFileAtomic(args[1], bytes.value(), fero::Overwrite::Replace); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 4;
    }
    return 0;
}
