#include "formats/traits.h"

#include <QCoreApplication>

#include <array>

namespace fero {
namespace {

using enum FormatKind;
using enum Library;
constexpr TargetOption None = TargetOption::None;
constexpr TargetOption Version = TargetOption::Version;
constexpr TargetOption UserId = TargetOption::UserId;
constexpr TargetOption ApiId = TargetOption::ApiId;
constexpr TargetOption TestMode = TargetOption::TestMode;
constexpr TargetOption Passcode = TargetOption::Passcode;
constexpr TargetOption Accounts = TargetOption::Accounts;
constexpr TargetOption Conflicts = TargetOption::Conflicts;
constexpr TargetOption PyrogramLayout = TargetOption::PyrogramLayout;

// Menu order: the GUI's lists, --help and the README's formats table. The
// names are QT_TRANSLATE_NOOP written out: lupdate expands no macro of ours,
// so a shorter spelling would hide them from the translations.
// clang-format off
constexpr std::array kTraits{
    //           format                     id                     name                                                                  short name                                                    kind      library   extension          read  write  versioned takes                                             needs              string form                 multi  address peers  compact  media DC
    FormatTraits{Format::FerogramBinary,    "ferogram-binary",     QT_TRANSLATE_NOOP("FormatNames", "ferogram binary file"),             QT_TRANSLATE_NOOP("FormatNames", "ferogram file v%1"),        File,     Ferogram, ".session",        true, true,  true,     Version,                                          None,              Format::FerogramNative,     false, true,   true,  0,       false},
    FormatTraits{Format::FerogramSqlite,    "ferogram-sqlite",     QT_TRANSLATE_NOOP("FormatNames", "ferogram SQLite database"),         QT_TRANSLATE_NOOP("FormatNames", "ferogram SQLite v%1"),      Database, Ferogram, ".sqlite",         true, true,  true,     Version | Conflicts,                              None,              Format::FerogramNative,     false, true,   true,  0,       false},
    FormatTraits{Format::FerogramNative,    "ferogram-native",     QT_TRANSLATE_NOOP("FormatNames", "ferogram native string"),           QT_TRANSLATE_NOOP("FormatNames", "ferogram native v%1"),      String,   Ferogram, ".native.txt",     true, true,  true,     Version,                                          None,              Format::FerogramNative,     false, true,   true,  0,       false},
    FormatTraits{Format::FerogramCompactV2, "ferogram-compact-v2", QT_TRANSLATE_NOOP("FormatNames", "ferogram compact string V2"),       QT_TRANSLATE_NOOP("FormatNames", "ferogram compact V2"),      String,   Ferogram, ".compact-v2.txt", true, true,  false,    UserId,                                           None,              Format::FerogramCompactV2,  false, true,   false, 2,       false},
    FormatTraits{Format::FerogramCompactV1, "ferogram-compact-v1", QT_TRANSLATE_NOOP("FormatNames", "ferogram compact string V1"),       QT_TRANSLATE_NOOP("FormatNames", "ferogram compact V1"),      String,   Ferogram, ".compact-v1.txt", true, true,  false,    UserId,                                           None,              Format::FerogramCompactV1,  false, true,   false, 1,       false},
    FormatTraits{Format::TelethonSqlite,    "telethon-sqlite",     QT_TRANSLATE_NOOP("FormatNames", "Telethon SQLite session"),          QT_TRANSLATE_NOOP("FormatNames", "Telethon SQLite"),          Database, Telethon, ".session",        true, true,  false,    None,                                             None,              Format::TelethonString,     false, true,   true,  0,       false},
    FormatTraits{Format::PyrogramSqlite,    "pyrogram-sqlite",     QT_TRANSLATE_NOOP("FormatNames", "Pyrogram SQLite session"),          QT_TRANSLATE_NOOP("FormatNames", "Pyrogram SQLite"),          Database, Pyrogram, ".session",        true, true,  false,    UserId,                                           None,              Format::PyrogramString,     false, false,  true,  0,       false},
    // Pyrogram's forks (issue 15)
    FormatTraits{Format::KurigramSqlite,    "kurigram-sqlite",     QT_TRANSLATE_NOOP("FormatNames", "Kurigram SQLite session"),          QT_TRANSLATE_NOOP("FormatNames", "Kurigram SQLite"),          Database, Pyrogram, ".session",        true, true,  false,    UserId,                                           None,              Format::PyrogramString,     false, true,   true,  0,       false},
    FormatTraits{Format::PyrotgforkSqlite,  "pyrotgfork-sqlite",   QT_TRANSLATE_NOOP("FormatNames", "PyroTGFork SQLite session"),        QT_TRANSLATE_NOOP("FormatNames", "PyroTGFork SQLite"),        Database, Pyrogram, ".session",        true, true,  false,    UserId,                                           None,              Format::PyrogramString,     false, false,  true,  0,       false},
    FormatTraits{Format::PyroforkSqlite,    "pyrofork-sqlite",     QT_TRANSLATE_NOOP("FormatNames", "Pyrofork SQLite session"),          QT_TRANSLATE_NOOP("FormatNames", "Pyrofork SQLite"),          Database, Pyrogram, ".session",        true, true,  false,    UserId,                                           None,              Format::PyrogramString,     false, false,  true,  0,       false},
    FormatTraits{Format::GramjsStore,       "gramjs-store",        QT_TRANSLATE_NOOP("FormatNames", "GramJS store folder"),              QT_TRANSLATE_NOOP("FormatNames", "GramJS store"),             Folder,   Gramjs,   "",                true, true,  false,    None,                                             None,              Format::GramjsString,       false, true,   true,  0,       false},
    FormatTraits{Format::GrammersSession,   "grammers-session",    QT_TRANSLATE_NOOP("FormatNames", "grammers TL session file"),         QT_TRANSLATE_NOOP("FormatNames", "grammers TL"),              File,     Grammers, ".session",        true, true,  false,    UserId,                                           None,              Format::FerogramNative,     false, true,   true,  0,       false},
    FormatTraits{Format::GrammersSqlite,    "grammers-sqlite",     QT_TRANSLATE_NOOP("FormatNames", "grammers SQLite session"),          QT_TRANSLATE_NOOP("FormatNames", "grammers SQLite"),          Database, Grammers, ".session",        true, true,  false,    UserId,                                           None,              Format::FerogramNative,     false, true,   true,  0,       false},
    FormatTraits{Format::GotdJson,          "gotd-json",           QT_TRANSLATE_NOOP("FormatNames", "gotd session JSON"),                QT_TRANSLATE_NOOP("FormatNames", "gotd JSON"),                String,   Gotd,     ".json",           true, true,  false,    TestMode,                                         None,              Format::GotdJson,           false, true,   false, 0,       false},
    FormatTraits{Format::TdlBolt,           "tdl-bolt",            QT_TRANSLATE_NOOP("FormatNames", "tdl bbolt store"),                  QT_TRANSLATE_NOOP("FormatNames", "tdl store"),                File,     Tdl,      ".kv",             true, false, false,    None,                                             None,              Format::GotdJson,           false, true,   false, 0,       false},
    FormatTraits{Format::TdesktopTdata,     "tdesktop-tdata",      QT_TRANSLATE_NOOP("FormatNames", "Telegram Desktop tdata"),           QT_TRANSLATE_NOOP("FormatNames", "Telegram tdata"),           Folder,   Tdesktop, "",                true, true,  false,    UserId | Passcode | Accounts,                     UserId,            Format::FerogramNative,     true,  false,  false, 0,       false},
    FormatTraits{Format::WtelegramSession,  "wtelegram-session",   QT_TRANSLATE_NOOP("FormatNames", "WTelegramClient session file"),     QT_TRANSLATE_NOOP("FormatNames", "WTelegramClient session"),  File,     Wtelegram, ".session",       true, true,  false,    UserId | ApiId | Passcode,                        ApiId,             Format::FerogramNative,     false, true,   false, 0,       false},
    FormatTraits{Format::AndroidTgnet,      "android-tgnet",       QT_TRANSLATE_NOOP("FormatNames", "Telegram Android tgnet.dat"),       QT_TRANSLATE_NOOP("FormatNames", "Android tgnet.dat"),        Folder,   Android,   "",               true, true,  false,    UserId | TestMode | Accounts,                     UserId,            Format::FerogramNative,     true,  true,   false, 0,       false},
    FormatTraits{Format::TelethonString,    "telethon-string",     QT_TRANSLATE_NOOP("FormatNames", "Telethon string"),                  QT_TRANSLATE_NOOP("FormatNames", "Telethon string"),          String,   Telethon, ".txt",            true, true,  false,    None,                                             None,              Format::TelethonString,     false, true,   false, 0,       false},
    FormatTraits{Format::GramjsString,      "gramjs-string",       QT_TRANSLATE_NOOP("FormatNames", "GramJS string"),                    QT_TRANSLATE_NOOP("FormatNames", "GramJS string"),            String,   Gramjs,   ".txt",            true, true,  false,    None,                                             None,              Format::GramjsString,       false, true,   false, 0,       false},
    FormatTraits{Format::MtcuteString,      "mtcute-string",       QT_TRANSLATE_NOOP("FormatNames", "mtcute string"),                    QT_TRANSLATE_NOOP("FormatNames", "mtcute string"),            String,   Mtcute,   ".txt",            true, true,  false,    UserId | TestMode,                                None,              Format::MtcuteString,       false, true,   false, 0,       true },
    FormatTraits{Format::PyrogramString,    "pyrogram-string",     QT_TRANSLATE_NOOP("FormatNames", "Pyrogram string"),                  QT_TRANSLATE_NOOP("FormatNames", "Pyrogram string"),          String,   Pyrogram, ".txt",            true, true,  false,    UserId | ApiId | TestMode | PyrogramLayout,       ApiId,             Format::PyrogramString,     false, false,  false, 0,       false},
    FormatTraits{Format::MtkrutoString,     "mtkruto-string",      QT_TRANSLATE_NOOP("FormatNames", "MTKruto string"),                   QT_TRANSLATE_NOOP("FormatNames", "MTKruto string"),           String,   Mtkruto,  ".txt",            true, true,  false,    TestMode,                                         None,              Format::MtkrutoString,      false, false,  false, 0,       false},
    // issue 15 part 2: Telethon 2 and mtcute SQLite databases
    FormatTraits{Format::Telethon2Sqlite,   "telethon2-sqlite",    QT_TRANSLATE_NOOP("FormatNames", "Telethon 2 SQLite session"),        QT_TRANSLATE_NOOP("FormatNames", "Telethon 2 SQLite"),        Database, Telethon, ".session",        true, true,  false,    UserId,                                           None,              Format::TelethonString,     false, true,   false, 0,       false},
    FormatTraits{Format::MtcuteSqlite,      "mtcute-sqlite",       QT_TRANSLATE_NOOP("FormatNames", "mtcute SQLite storage"),            QT_TRANSLATE_NOOP("FormatNames", "mtcute SQLite"),            Database, Mtcute,   ".session",        true, true,  false,    UserId | TestMode,                                None,              Format::MtcuteString,       false, true,   true,  0,       true },
};
// clang-format on

// Every Format has exactly one row, found at its index: the enum and the
// table cannot drift apart unnoticed.
constexpr bool everyFormatOnce()
{
    for (std::size_t f = 0; f < kFormatCount; ++f) {
        int rows = 0;
        for (const FormatTraits &t : kTraits)
            rows += std::size_t(t.format) == f;
        if (rows != 1)
            return false;
    }
    return kTraits.size() == kFormatCount;
}
static_assert(everyFormatOnce(), "formats/traits.cpp: one row per Format");

} // namespace

QString FormatTraits::displayName() const
{
    return QCoreApplication::translate("FormatNames", name);
}

QString FormatTraits::shortDisplayName(int version) const
{
    const QString text = QCoreApplication::translate("FormatNames", shortName);
    return versioned ? text.arg(version) : text;
}

const FormatTraits &traits(Format format)
{
    for (const FormatTraits &t : kTraits)
        if (t.format == format)
            return t;
    Q_UNREACHABLE();
}

std::span<const FormatTraits> allFormatTraits()
{
    return kTraits;
}

QString libraryName(Library library)
{
    switch (library) {
    case Ferogram:
        return QStringLiteral("ferogram");
    case Telethon:
        return QStringLiteral("Telethon");
    case Pyrogram:
        return QStringLiteral("Pyrogram");
    case Gramjs:
        return QStringLiteral("GramJS");
    case Mtcute:
        return QStringLiteral("mtcute");
    case Mtkruto:
        return QStringLiteral("MTKruto");
    case Tdesktop:
        return QStringLiteral("Telegram Desktop");
    case Grammers:
        return QStringLiteral("grammers");
    case Gotd:
        return QStringLiteral("gotd");
    case Tdl:
        return QStringLiteral("tdl");
    case Wtelegram:
        return QStringLiteral("WTelegramClient");
    case Android:
        return QStringLiteral("Telegram Android");
    }
    Q_UNREACHABLE();
}

} // namespace fero
