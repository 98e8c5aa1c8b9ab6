// SQLite session readers over arbitrary bytes written to a scratch file
// (built once per reader: FUZZ_SQLITE_READER is 1 ferogram, 2 Telethon,
// 3 Pyrogram, 4 Telethon 2, 5 mtcute). identify() runs first, as the opener does; the reader must
// never change the file it reads.
#include "fuzzsupport.h"

#include "formats/ferogram/sqlitedb.h"
#include "formats/mtcute/mtcutesqlite.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/telethon/telethon2sqlite.h"
#include "formats/telethon/telethonsqlite.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const QString path = fuzz::writeScratchFile(QStringLiteral("input.sqlite"), data, size);
    (void)fero::sqlitedb::identify(path);
#if FUZZ_SQLITE_READER == 1
    (void)fero::sqlitedb::read(path);
#elif FUZZ_SQLITE_READER == 2
    (void)fero::telethonsqlite::read(path);
#elif FUZZ_SQLITE_READER == 3
    (void)fero::pyrogramsqlite::read(path);
#elif FUZZ_SQLITE_READER == 4
    (void)fero::telethon2sqlite::read(path);
#else
    (void)fero::mtcutesqlite::read(path);
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)
        || file.readAll() != QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)))
        fuzz::fail("a SQLite reader changed the file it read", path);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1String(suffix)))
            fuzz::fail("a SQLite reader left a companion file behind", path + QLatin1String(suffix));
    return 0;
}
