// GramJS's StoreSession folder (foreign-formats.md §5): one node-localstorage
// file per key, named URL-encode("<name>:<key>"), holding the value's JSON.
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>

namespace fero::gramjsstore {

// The session name when folder holds a "<name>%3AdcId" file, else empty.
QString sessionName(const QString &folder);

// Reads DC id, address, port, key and every cached entity row; unknown keys
// are named in warnings. Never writes.
Result<DecodedSession> read(const QString &folder);

// Writes a NEW folder at path whose name is the session name (GramJS opens
// "./<name>"): dcId, port, serverAddress, authKey and one file per peer,
// with usernames, phones, names and dates from the foreign block when known.
// Refuses the name "session", which GramJS itself refuses.
Status write(const Session &session, const QString &path, bool overwrite = false);

// node-localstorage's file name for a key: encodeURIComponent plus !'()*.
QString fileNameFor(const QString &sessionName, const QString &key);

} // namespace fero::gramjsstore
