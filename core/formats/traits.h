// What Feroscope knows about each format, as data: one row per Format. The
// GUI and the CLI ask these rows instead of switching on Format, so a new
// format is one row here (formats/traits.cpp) and one codec
// (formats/registry.cpp), never an edit in a front end.
#pragma once

#include "formats/format.h"

#include <QString>

#include <optional>
#include <span>

namespace fero {

// How a session of this format is held.
enum class FormatKind {
    String,   // copy-pasted text
    File,     // one binary file
    Database, // one SQLite file
    Folder,   // a folder of files
};

// The client library a format belongs to.
enum class Library { Ferogram, Telethon, Pyrogram, Gramjs, Mtcute, Mtkruto, Tdesktop, Grammers, Gotd, Tdl, Wtelegram, Android };

// The values a conversion target may take beyond the format (ConvertTarget's
// fields; CLI options in brackets).
enum class TargetOption : unsigned {
    None = 0,
    Version = 1u << 0,        // a ferogram generation (--format-version)
    UserId = 1u << 1,         // the account's user id (--user-id)
    ApiId = 1u << 2,          // the app's api_id (--api-id)
    TestMode = 1u << 3,       // the test-DC flag (--test-mode)
    Passcode = 1u << 4,       // a local passcode for the written copy (--passcode)
    Accounts = 1u << 5,       // more than one account in one target
    Conflicts = 1u << 6,      // which of two entries with one key survives (--keep)
    PyrogramLayout = 1u << 7, // Pyrogram's old 64-bit string layout (--pyrogram-old-layout)
};
constexpr TargetOption operator|(TargetOption a, TargetOption b)
{
    return TargetOption(unsigned(a) | unsigned(b));
}
constexpr bool has(TargetOption set, TargetOption option)
{
    return (unsigned(set) & unsigned(option)) != 0;
}

struct FormatTraits {
    Format format;
    const char *id;        // stable, for the CLI and JSON: "telethon-sqlite"
    const char *name;      // for people, translated in context "FormatNames"
    const char *shortName; // for a column, "FormatNames" too; %1 = version where versioned
    FormatKind kind;
    Library library;
    const char *extension; // what a written target is named with (".session"; "" for folders)
    bool canRead;
    bool canWrite;
    bool versioned;      // ferogram generations OldestWritableVersion..LatestBinaryVersion
    TargetOption takes;  // the options a target of this format takes
    TargetOption needs;  // of those, the values the written session must have
                         // (from the source, or else from the option)
    Format stringForm;   // what Copy String Session gives for a session of this format
    bool multiAccount;   // one source holds several accounts and a target can too (tdata; tdl-bolt is read-only)
    bool storesAddress;  // the DC address is stored (not looked up in a table)
    bool hasPeerCache;   // peers with access hashes are stored
    int compactVersion;  // 1 or 2 for ferogram's compact strings, else 0
    bool mediaDcAndSelf; // names a media DC beside the main one and may store
                         // its own user (mtcute): shown even when absent

    // Translated.
    QString displayName() const;
    QString shortDisplayName(int version) const;
    bool isString() const { return kind == FormatKind::String; }
    bool isForeign() const { return library != Library::Ferogram; }
    bool takesOption(TargetOption option) const { return has(takes, option); }
    bool needsValue(TargetOption option) const { return has(needs, option); }
};

// The row of a format. Every Format has one (a test walks them all).
const FormatTraits &traits(Format format);
// Every format, in menu order (the GUI's lists, --help, the README's table).
std::span<const FormatTraits> allFormatTraits();
// "Telethon", "Telegram Desktop", ... (a proper name: not translated).
QString libraryName(Library library);

} // namespace fero
