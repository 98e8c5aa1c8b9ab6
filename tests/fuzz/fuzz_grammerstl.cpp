// grammers' TL session file: read() must return a value or an error for every
// input (each DC entry picks its address layout from its own flags), and a
// session it accepts must write back in the 0.8 layout without tripping a
// sanitizer (the writers' round trip is fuzz_roundtrip's).
#include "fuzzsupport.h"

#include "formats/grammers/grammerstl.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)fero::grammerstl::recognise(bytes);
    const auto decoded = fero::grammerstl::read(bytes);
    if (!decoded.ok())
        return 0;
    if (decoded.value().sessions.size() != 1)
        fuzz::fail("grammerstl::read accepted input without exactly one session");
    (void)fero::grammerstl::write(decoded.value().session());
    return 0;
}
