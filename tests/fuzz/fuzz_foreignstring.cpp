// One foreign string format's reader (built once per format: FUZZ_FORMAT is
// Telethon, Gramjs, Mtcute, Pyrogram or Mtkruto), then the explained
// description every accepted reading gets.
#include "fuzzsupport.h"

#include "detect/foreignstrings.h"

#define FUZZ_CONCAT2(a, b) a##b
#define FUZZ_CONCAT(a, b) FUZZ_CONCAT2(a, b)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const auto decoded = fero::readStringAs(fero::Format::FUZZ_CONCAT(FUZZ_FORMAT, String), fuzz::text(data, size));
    if (decoded.ok()) {
        if (decoded.value().sessions.empty())
            fuzz::fail("a string reader accepted input without a session");
        (void)fero::describeStringReading(decoded.value());
    }
    return 0;
}
