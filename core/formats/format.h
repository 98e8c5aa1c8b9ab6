// Every container Feroscope knows, with the stable ids the CLI and JSON use.
// What each one is and can do: formats/traits.h.
#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>
#include <span>

namespace fero {

enum class Format {
    FerogramBinary,
    FerogramNative,
    FerogramCompactV1,
    FerogramCompactV2,
    FerogramSqlite,
    TelethonString,
    TelethonSqlite,
    GramjsString,
    GramjsStore,
    MtcuteString,
    PyrogramString,
    PyrogramSqlite,
    MtkrutoString,
    // Pyrogram's forks (issue 15, pyrogram-forks.md)
    KurigramSqlite,
    PyrotgforkSqlite,
    PyroforkSqlite,
    // issue 15 part 2: Telethon 2 and mtcute SQLite databases
    Telethon2Sqlite,
    MtcuteSqlite,
    // issue 16 (grammers, gotd, tdl)
    GrammersSession,
    GrammersSqlite,
    GotdJson,
    TdlBolt,
    // issue 16 part 2 (android branch): WTelegramClient, Telegram Android
    WtelegramSession,
    AndroidTgnet,
    TdesktopTdata, // keep last, or move kFormatCount along
};
// How many formats there are (formats/traits.cpp checks its table against it).
inline constexpr std::size_t kFormatCount = std::size_t(Format::TdesktopTdata) + 1;

// "ferogram-binary", "telethon-string", ...
QString formatId(Format format);
// Also takes the aliases other tools use ("hydrogram-sqlite" = pyrogram-sqlite).
std::optional<Format> formatFromId(QStringView id);
// Translated, for people: "ferogram binary file", "Telethon string", ...
QString formatDisplayName(Format format);
// The formats the running build can read and write, in menu order.
std::span<const Format> supportedFormats();

// A string format is copy-pasted text; the others live in files or folders.
bool isStringFormat(Format format);
// Formats with ferogram generations, selected by --format-version 5..8.
bool hasFerogramVersion(Format format);

inline constexpr int LatestBinaryVersion = 8;
inline constexpr int OldestWritableVersion = 5;

} // namespace fero
