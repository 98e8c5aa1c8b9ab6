// Format detection over arbitrary bytes and text: every reading runs and
// explains itself; at most one reading may be chosen.
#include "fuzzsupport.h"

#include "detect/detect.h"
#include "detect/foreignstrings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const fero::Detection detection = fero::detectBytes(bytes);
    if (!detection.result.ok())
        (void)fero::describeRejections(detection.rejected);
    const fero::StringDetection strings = fero::detectString(fuzz::text(data, size));
    int chosen = 0;
    for (const auto &reading : strings.readings)
        chosen += reading.rejectedBecause.isEmpty() ? 1 : 0;
    if (chosen > 1)
        fuzz::fail("string detection chose more than one reading");
    return 0;
}
