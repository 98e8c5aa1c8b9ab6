// ferogram compact strings, V1 and V2.
#include "fuzzsupport.h"

#include "formats/ferogram/compactstring.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const auto decoded = fero::compact::read(fuzz::text(data, size));
    if (decoded.ok() && decoded.value().sessions.size() != 1)
        fuzz::fail("compact::read accepted input without exactly one session");
    return 0;
}
