// ferogram binary session files, any version: read() must return a value or
// an error for every input, and a session it accepts must size and encode
// without tripping a sanitizer.
#include "fuzzsupport.h"

#include "formats/ferogram/binary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const auto decoded = fero::binary::read(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (decoded.ok() && decoded.value().sessions.empty())
        fuzz::fail("binary::read accepted input without a session");
    return 0;
}
