// Telegram Android tgnet.dat: read() must return a value or an error for
// every input; a session it accepts is written again and must read back
// equal (the writer keeps every entry the reader makes).
#include "fuzzsupport.h"

#include "formats/android/tgnet.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const auto read = fero::tgnet::read(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read.ok() || read->loggedOut)
        return 0;
    const auto written = fero::tgnet::write(read->session);
    if (!written.ok())
        return 0; // e.g. no entry for the home DC: refused, not written
    const auto again = fero::tgnet::read(written.value());
    if (!again.ok() || !(again->session == read->session))
        fuzz::fail("tgnet: a written tgnet.dat does not read back equal");
    return 0;
}
