// Round trips through the database and folder formats (roundtripcheck.h
// says what counts as one). The first input byte picks the container:
//   0 ferogram SQLite, 1 Telethon SQLite, 2 Pyrogram SQLite (any fork's layout,
//     written back in the layout read): the rest is the
//     database file (written to a scratch file, as the sqlite targets do);
//   3 GramJS store, 4 tdata: the rest replaces one file of a valid folder
//     from the vectors, in the gramjsstore / tdata targets' layout
//     (fuzzfolders.h; tdata: the two-account folder without a passcode);
//   5 Telethon 2 SQLite, 6 mtcute SQLite, 7 grammers SQLite: the rest is the
//     database file.
// Whatever the reader accepts is written by the matching writer (writeTo,
// as the CLI and the GUI save) into the scratch folder and read back:
// equal when the loss report is empty, else a second write and read gives
// the same sessions again (keyed lists compared in key order).
#include "fuzzsupport.h"

#include "fuzzfolders.h"
#include "roundtripcheck.h"

#include "convert/convert.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/grammers/grammerssqlite.h"
#include "formats/mtcute/mtcutesqlite.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/tdesktop/tdata.h"
#include "formats/telethon/telethon2sqlite.h"
#include "formats/telethon/telethonsqlite.h"

#include <array>

namespace {

constexpr std::array Containers{fero::Format::FerogramSqlite, fero::Format::TelethonSqlite,
                                fero::Format::PyrogramSqlite, fero::Format::GramjsStore,
                                fero::Format::TdesktopTdata,  fero::Format::Telethon2Sqlite,
                                fero::Format::MtcuteSqlite,   fero::Format::GrammersSqlite};

fero::Result<fero::DecodedSession> readPath(fero::Format format, const QString &path)
{
    switch (format) {
    case fero::Format::FerogramSqlite:
        return fero::sqlitedb::read(path);
    case fero::Format::TelethonSqlite:
        return fero::telethonsqlite::read(path);
    case fero::Format::PyrogramSqlite:
    case fero::Format::KurigramSqlite: // Pyrogram's forks: one reader (pyrogramlayout.h)
    case fero::Format::PyrotgforkSqlite:
    case fero::Format::PyroforkSqlite:
        return fero::pyrogramsqlite::read(path);
    case fero::Format::GramjsStore:
        return fero::gramjsstore::read(path);
    case fero::Format::TdesktopTdata:
        return fero::tdata::read(path);
    case fero::Format::Telethon2Sqlite:
        return fero::telethon2sqlite::read(path);
    case fero::Format::MtcuteSqlite:
        return fero::mtcutesqlite::read(path);
    case fero::Format::GrammersSqlite:
        return fero::grammerssqlite::read(path);
    default:
        return fero::Error::usage(QStringLiteral("not a file format"));
    }
}

// Writes the sessions of `decoded` back in its own format at
// scratch()/roundtrip-<format>-<pass> (a file or a folder, by format) and
// reads them again; any failure after preflight passed breaks the target.
fero::DecodedSession writeAndRead(const fero::DecodedSession &decoded, int pass)
{
    const fero::ConvertTarget target = fuzz::sameFormatTarget(decoded);
    const QString path =
        QStringLiteral("%1/roundtrip-%2-%3").arg(fuzz::scratch(), fero::formatId(target.format)).arg(pass);
    const fero::Status written = fero::writeTo(decoded.session(), target, path, true);
    if (!written.ok())
        fuzz::fail("preflight passed but the writer failed", written.error().message);
    auto back = readPath(target.format, path);
    if (!back.ok())
        fuzz::fail("the reader refuses what its writer wrote", back.error().message + u'\n' + path);
    return std::move(back).value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    static fuzz::GramjsStoreInput store(QStringLiteral("roundtrip_store"));
    static fuzz::TdataInput tdata(QStringLiteral("roundtrip_tdata"), false);
    if (size == 0)
        return 0;
    const fero::Format format = Containers[data[0] % Containers.size()];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString source;
    if (format == fero::Format::GramjsStore) {
        if (!store.apply(input))
            return 0;
        source = store.folder();
    } else if (format == fero::Format::TdesktopTdata) {
        const fuzz::TdataInput::Folder *folder = tdata.apply(input);
        if (!folder)
            return 0;
        source = folder->path;
    } else {
        source = fuzz::writeScratchFile(QStringLiteral("roundtrip.sqlite"), data + 1, size - 1);
    }
    const auto first = readPath(format, source);
    store.restore();
    tdata.restore();
    if (!first.ok() || first.value().sessions.empty())
        return 0;
    const fero::DecodedSession &original = first.value();
    const fero::ConvertTarget target = fuzz::sameFormatTarget(original);
    if (!fero::preflight(original.session(), target).ok())
        return 0;
    const fero::LossReport report = fero::lossReport(original.session(), target);
    const fero::DecodedSession second = writeAndRead(original, 1);
    if (report.lossless()) {
        if (fuzz::inKeyOrder(second.sessions) != fuzz::inKeyOrder(original.sessions))
            fuzz::fail("a lossless round trip changed the session", fuzz::describe(original.sessions, second.sessions));
        return 0;
    }
    const fero::DecodedSession third = writeAndRead(second, 2);
    if (fuzz::inKeyOrder(third.sessions) != fuzz::inKeyOrder(second.sessions))
        fuzz::fail("a second pass after a reported loss changed the session again",
                   report.losses.join(u'\n') + u'\n' + fuzz::describe(second.sessions, third.sessions));
    return 0;
}
