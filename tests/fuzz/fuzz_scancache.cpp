// The desktop app's start-up cache (open/scancache.h) is read from the user's
// cache folder at every start: load() must return a scan or nothing for
// every input (seeds: caches of "/farm" written by the real code); a scan it
// accepts is saved again and must load back the same.
#include "fuzzsupport.h"

#include "open/scancache.h"

namespace {

QStringList describe(const fero::ScanResult &r)
{
    QStringList lines;
    for (const fero::ScanEntry &e : r.sessions)
        lines << e.path + u'|' + fero::formatId(e.format) + u'|' + e.authKeyId + u'|' + QString::number(e.size)
                     + u'|' + QString::number(e.modifiedMs) + u'|' + QString::number(e.authKeyIds.size());
    for (const fero::ScanError &e : r.errors)
        lines << e.path + u'|' + e.error;
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const QString file = fuzz::writeScratchFile(QStringLiteral("scan.bin"), data, size);
    const std::optional<fero::ScanResult> loaded = fero::scancache::load(file, QStringLiteral("/farm"), true);
    if (!loaded)
        return 0;
    const QString again = fuzz::scratch() + QStringLiteral("/scan-again.bin");
    if (!fero::scancache::save(again, *loaded, true).ok())
        fuzz::fail("scancache: a loaded scan cannot be saved");
    const std::optional<fero::ScanResult> reloaded = fero::scancache::load(again, QStringLiteral("/farm"), true);
    if (!reloaded || describe(*reloaded) != describe(*loaded))
        fuzz::fail("scancache: a saved scan does not load back the same");
    return 0;
}
