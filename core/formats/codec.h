// One format's code, as the rest of the core sees it: how to read it, how to
// tell a believable reading, what writing it loses, what makes writing it
// impossible, and how to write it. Each library's folder under formats/
// defines its codecs; formats/registry.cpp lists them all. A codec knows no
// other codec: what several share lives in formats/common/.
#pragma once

#include "base/result.h"
#include "base/secret.h"
#include "formats/format.h"
#include "formats/target.h"
#include "model/decoded.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace fero {

struct Codec {
    Format format;
    // False for a format another codec's reader already tries in detection
    // (one compact reader reads V1 and V2, by the version byte).
    bool detect = true;

    // --- Reading (a string format reads text; the others read a path) ---
    Result<DecodedSession> (*readText)(QStringView text) = nullptr;
    Result<DecodedSession> (*readBytes)(QByteArrayView bytes) = nullptr; // binary files
    Result<DecodedSession> (*readPath)(const QString &path, const QString &passcode) = nullptr;
    // Whether path is this format's container (folders and other libraries'
    // SQLite files); null: only read when forced or by the opener's own rules.
    bool (*claims)(const QString &path) = nullptr;
    // Detection of pasted text: why a reading that decoded is still not
    // believable, beyond the checks every string shares; null or empty: believable.
    QString (*doubt)(const DecodedSession &decoded, QStringView text) = nullptr;
    // What this library itself would do with the text ("Telethon would fail
    // with ..."); null for formats no other library reads.
    QString (*verdict)(QStringView text, std::optional<Format> actual) = nullptr;

    // --- Writing (all null when the format is read-only) ---
    // Appends what the target cannot hold of session.
    void (*losses)(const Session &session, const ConvertTarget &target, LossReport &report) = nullptr;
    // What makes writing impossible, found before anything is written.
    Status (*preflight)(const Session &session, const ConvertTarget &target) = nullptr;
    // The bytes of a string or file target; null for databases and folders.
    Result<QByteArray> (*encode)(const Session &session, const ConvertTarget &target) = nullptr;
    // Writes a database or folder target; null: the encoded bytes are saved atomically.
    Status (*write)(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite) = nullptr;
    // Groups of entries the target cannot hold together; null: none can clash.
    QStringList (*conflicts)(const Session &session) = nullptr;

    // --- Recognising a file by its content (formats whose bytes name them:
    // grammers, gotd, bbolt) ---
    // One sentence saying why the file at path is this format; empty when it
    // is not. Null: the opener's own rules find this format.
    QString (*recognise)(const QString &path) = nullptr;
};

// A preflight for formats whose encoder knows every reason a target is
// impossible: encode, keep the refusal, wipe the text (it holds an auth key).
template <Result<QByteArray> (*Encode)(const Session &, const ConvertTarget &)>
Status preflightByEncoding(const Session &session, const ConvertTarget &target)
{
    Result<QByteArray> bytes = Encode(session, target);
    if (!bytes)
        return bytes.error();
    secureWipe(bytes.value());
    return {};
}

} // namespace fero
