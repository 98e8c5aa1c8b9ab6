// Telegram Android tgnet.dat: read() must return a value or an error for
// every input; a session it accepts is written again and must read back
// equal (the writer keeps every entry the reader makes; entries in key order).
#include "fuzzsupport.h"

#include "formats/android/tgnet.h"
#include "roundtripcheck.h"

#include <algorithm>
#include <tuple>

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
    // tgnet.dat keeps a DC's addresses in one list per kind (IPv4, IPv6,
    // download, ...): the entries come back grouped, so they are compared in
    // key order (DC, kind, address), as the database round trips are. (A
    // file naming one DC in two records is refused by the reader.)
    const auto byKind = [](fero::Session s) {
        std::stable_sort(s.dcs.begin(), s.dcs.end(), [](const fero::DcEntry &a, const fero::DcEntry &b) {
            return std::tie(a.dcId, a.flags, a.addr) < std::tie(b.dcId, b.flags, b.addr);
        });
        return fuzz::inKeyOrder({std::move(s)});
    };
    if (!again.ok() || byKind(again->session) != byKind(read->session))
        fuzz::fail("tgnet: a written tgnet.dat does not read back equal", fuzz::describe({read->session}, {again->session}));
    return 0;
}
