// The canonical session JSON of session-json.md: what `inspect --json`
// prints and what the test vectors' manifests hold.
#pragma once

#include "base/result.h"

#include "model/decoded.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace fero {

class JsonWriter;

struct JsonOptions {
    bool reveal = false; // auth keys and tokens as hex instead of "hidden"
    bool indented = true;
    std::size_t account = 0; // which session of a multi-account source
    // Files beside the source that hold copies of it (-wal/-shm/-journal,
    // .bak, .<n>.tmp): the "related" key, after "warnings", when set.
    std::optional<QStringList> related{};
};

// The whole object, including "format" and "warnings". Compact-string sources
// print the compact object at the top level instead of the session shape.
// SQLite sources carry "generation" ("A".."E") where binary ones carry
// "source_version".
QByteArray toCanonicalJson(const DecodedSession &decoded, const JsonOptions &options = {});

// Just the session shape (home_dc_id ... future_auth_token) into an open object.
void writeSessionFields(JsonWriter &json, const Session &session, bool reveal);

// {"error": "..."} as printed on stdout by the CLI.
QByteArray errorJson(const QString &message);
// {"error": ..., "recognised": ..., "encrypted": ...} for a store Feroscope
// recognises but cannot open; just {"error": ...} for every other error.
QByteArray errorJson(const QString &message, const Error &error);

QString channelKindName(ChannelKind kind); // "broadcast", ... or empty for None

// "key": ["a", "b"] into an open object.
void writeStringList(JsonWriter &json, const char *key, const QStringList &values);

} // namespace fero
