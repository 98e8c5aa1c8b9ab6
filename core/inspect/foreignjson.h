// The JSON `inspect --json` prints for other libraries' sessions
// (foreign-formats.md; issue 5): the flat keys every library shares
// (format, dc_id, ip, port, ipv6, auth_key, user_id, is_bot, test_mode,
// api_id), one object per account for multi-account sources (tdata), and for
// sources that also carry a peer cache the ferogram session shape. Shared by
// the CLI and the GUI.
#pragma once

#include "model/decoded.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace fero {

class JsonWriter;

struct ForeignJsonOptions {
    bool reveal = false; // auth keys as hex instead of "hidden"
    bool indented = true;
    std::size_t account = 0;            // whose values the top-level keys are
    QStringList explanation;            // detection lines ("Telethon string, IPv4, ..."); omitted when empty
    std::optional<QStringList> related; // as JsonOptions::related (sessionjson.h)
};

// Every format that is not ferogram's own.
bool isForeignFormat(Format format);
// False for formats that store no DC address (Pyrogram, MTKruto, tdata): their
// ip/port/ipv6 print as null even though the model fills in the known address.
bool formatStoresAddress(Format format);
// Formats that also hold peers/update state: their JSON carries "session".
bool formatHasPeerCache(Format format);

// The shared keys of one account into an open object (dc_id ... takeout_id).
void writeForeignAccountFields(JsonWriter &json, const Session &session, Format format, bool reveal);

// The whole object. options.account must be < decoded.sessions.size().
QByteArray toForeignJson(const DecodedSession &decoded, const ForeignJsonOptions &options = {});

} // namespace fero
