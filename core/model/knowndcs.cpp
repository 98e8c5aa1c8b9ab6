#include "model/knowndcs.h"

#include <array>

namespace fero {
namespace {

struct KnownAddress {
    int dcId;
    const char *production; // ferogram's bootstrap table
    const char *test;       // foreign-formats.md §1.5, test column (nullptr: none)
};

constexpr std::array kKnown{
    KnownAddress{1, "149.154.175.53:443", "149.154.175.10:80"},
    KnownAddress{2, "149.154.167.51:443", "149.154.167.40:443"},
    KnownAddress{3, "149.154.175.100:443", "149.154.175.117:443"},
    KnownAddress{4, "149.154.167.91:443", nullptr},
    KnownAddress{5, "91.108.56.130:443", nullptr},
};

} // namespace

QString knownDcAddress(int dcId, bool testMode)
{
    for (const auto &known : kKnown) {
        if (known.dcId != dcId)
            continue;
        const char *addr = testMode ? known.test : known.production;
        return addr ? QString::fromLatin1(addr) : QString();
    }
    return {};
}

bool isKnownTestAddress(const QString &host)
{
    return host == u"149.154.175.10" || host == u"149.154.167.40" || host == u"149.154.175.117";
}

} // namespace fero
