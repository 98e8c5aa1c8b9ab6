// bbolt files (tdl's store): the page walker must return a tree or an error
// naming the damage for every input (loops, overflows, nested inline
// buckets), and tdl's reader one account per namespace bucket.
#include "fuzzsupport.h"

#include "formats/tdl/bbolt.h"
#include "formats/tdl/tdlstore.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)fero::bbolt::recognise(bytes);
    const auto db = fero::bbolt::read(bytes);
    const auto decoded = fero::tdlstore::read(bytes);
    if (decoded.ok() && !db.ok())
        fuzz::fail("tdlstore::read accepted a file the bbolt walker refuses");
    if (decoded.ok() && decoded.value().sessions.size() != decoded.value().accountLabels.size())
        fuzz::fail("a tdl account without its namespace label");
    return 0;
}
