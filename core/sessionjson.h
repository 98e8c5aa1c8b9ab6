// The canonical session JSON of session-json.md: what `inspect --json`
// prints and what the test vectors' manifests hold.
#pragma once

#include "decoded.h"

#include <QByteArray>

namespace fero {

class JsonWriter;

struct JsonOptions {
    bool reveal = false;  // auth keys and tokens as hex instead of "hidden"
    bool indented = true;
    std::size_t account = 0; // which session of a multi-account source
};

// The whole object, including "format" and "warnings". Compact-string sources
// print the compact object at the top level instead of the session shape.
QByteArray toCanonicalJson(const DecodedSession &decoded, const JsonOptions &options = {});

// Just the session shape (home_dc_id ... future_auth_token) into an open object.
void writeSessionFields(JsonWriter &json, const Session &session, bool reveal);

// {"error": "..."} as printed on stdout by the CLI.
QByteArray errorJson(const QString &message);

QString channelKindName(ChannelKind kind); // "broadcast", ... or empty for None

} // namespace fero
