// GramJS's StringSession (foreign-formats.md §4): "1" + standard padded base64
// of dc_id u8, address text length u16 BE, address text, port u16 BE, key 256.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringView>

namespace fero::gramjsstring {

// One DC entry with the address text verbatim (IPv6 when it holds ':'),
// home DC = dc_id, no account values. Reads only GramJS's own layout; GramJS
// also loads Telethon strings, which telethonstring::read handles.
// layout = "IPv4 address text, 369 characters".
Result<DecodedSession> read(QStringView text);

struct WriteOptions {
    bool preferIpv6 = false; // export the home DC's IPv6 entry when it has both
};

// Exports the home DC's entry with a key. Refuses a port above 32767:
// GramJS reads the port as a signed 16-bit number and cannot save it (§12.1).
Result<QString> write(const Session &session, const WriteOptions &options);

} // namespace fero::gramjsstring
