// GramJS StoreSession folders: a valid store from the vectors where the
// first input byte picks one file (or a new, unknown key) and the rest of
// the input becomes its content (fuzzfolders.h).
#include "fuzzsupport.h"

#include "fuzzfolders.h"

#include "formats/gramjs/gramjsstore.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    static fuzz::GramjsStoreInput store(QStringLiteral("gramjs_store_dc4"));
    if (!store.apply(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))))
        return 0;
    (void)fero::gramjsstore::sessionName(store.folder());
    const auto decoded = fero::gramjsstore::read(store.folder());
    if (decoded.ok() && decoded.value().sessions.empty())
        fuzz::fail("gramjsstore::read accepted a folder without a session");
    store.restore();
    return 0;
}
