// Addresses for formats that store none (Pyrogram, MTKruto, tdata): ferogram's
// bootstrap table for production DCs (ferogram-formats.md §1) and the test
// column of foreign-formats.md §1.5 for test DCs.
#pragma once

#include <QString>

namespace fero {

// "ip:port", or an empty string when no such DC is known (test DCs 4 and 5).
QString knownDcAddress(int dcId, bool testMode);

// True when addr is one of the three test-DC addresses (§1.5): the only hint
// an address-carrying foreign format gives about test mode.
bool isKnownTestAddress(const QString &host);

} // namespace fero
