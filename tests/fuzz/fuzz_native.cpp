// ferogram native strings (URL-safe base64 of a binary file).
#include "fuzzsupport.h"

#include "formats/ferogram/nativestring.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const auto decoded = fero::native::read(fuzz::text(data, size));
    if (decoded.ok() && decoded.value().sessions.empty())
        fuzz::fail("native::read accepted input without a session");
    return 0;
}
