// Telegram Desktop tdata folders: one file of a valid copy from the vectors
// replaced by the input (fuzzfolders.h: the first byte picks the folder, the
// file and the layer - raw bytes, TDF$ payload with a valid MD5, or
// plaintext encrypted with the folder's local key). Two folders: two
// accounts without a local passcode, and one account with the passcode
// "correct horse". That passcode's key costs 100,000 PBKDF2 rounds; it is
// derived once at start-up and handed to tdata::read through its
// PasscodeKeyFunction, so the passcode path runs at the speed of the rest.
#include "fuzzsupport.h"

#include "fuzzfolders.h"

#include "formats/tdesktop/tdata.h"

#include <QFile>

namespace {

fuzz::TdataInput &input()
{
    static fuzz::TdataInput in(QStringLiteral("tdata"));
    return in;
}

} // namespace

// With FEROSCOPE_FUZZ_EMIT_SEEDS=<folder>, writes one seed per folder, file
// and layer there and exits (how tests/fuzz/seeds/tdata was made; the
// plaintext layers need the local keys).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    const QByteArray where = qgetenv("FEROSCOPE_FUZZ_EMIT_SEEDS");
    if (where.isEmpty())
        return 0;
    const std::vector<QByteArray> seeds = input().seeds();
    for (const QByteArray &seed : seeds) {
        const auto selector = std::uint8_t(seed[0]);
        QFile f(QStringLiteral("%1/seed-%2-file%3-layer%4")
                    .arg(QString::fromLocal8Bit(where),
                         (selector & 0x20) ? QStringLiteral("passcode") : QStringLiteral("twoaccounts"))
                    .arg(selector & 0x1f)
                    .arg(selector >> 6));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fuzz::fail("cannot write a seed", f.fileName());
        f.write(seed);
    }
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    fuzz::TdataInput &in = input();
    const fuzz::TdataInput::Folder *folder =
        in.apply(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!folder)
        return 0;
    fero::tdata::Problem problem = fero::tdata::Problem::None;
    (void)fero::tdata::needsPasscode(folder->path);
    const auto decoded =
        fero::tdata::read(folder->path, folder->passcode, &problem, &fuzz::TdataInput::cachedPasscodeKey);
    if (decoded.ok() && decoded.value().sessions.empty())
        fuzz::fail("tdata::read accepted a folder without an account");
    if (!decoded.ok() && problem == fero::tdata::Problem::None)
        fuzz::fail("tdata::read failed without naming a problem", decoded.error().message);
    in.restore();
    return 0;
}
