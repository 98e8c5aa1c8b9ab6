#include "containers.h"

#include "formats/ferogram/binary.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/ferogram/nativestring.h"
#include "formats/pyrogram/pyrogramsqlite.h"
#include "formats/ferogram/sqlitedb.h"
#include "formats/tdesktop/tdata.h"
#include "formats/telethon/telethonsqlite.h"
#include "model/markedid.h"
#include "open/opener.h"
#include "storage/storage.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace rel {

using fero::Session;

const std::vector<Container> &allContainers()
{
    static const std::vector<Container> all{
        Container::Binary,         Container::NativeString, Container::FerogramSqlite, Container::TelethonSqlite,
        Container::PyrogramSqlite, Container::GramjsStore,  Container::Tdata};
    return all;
}

QString containerName(Container c)
{
    switch (c) {
    case Container::Binary:
        return QStringLiteral("binary");
    case Container::NativeString:
        return QStringLiteral("native-string");
    case Container::FerogramSqlite:
        return QStringLiteral("ferogram-sqlite");
    case Container::TelethonSqlite:
        return QStringLiteral("telethon-sqlite");
    case Container::PyrogramSqlite:
        return QStringLiteral("pyrogram-sqlite");
    case Container::GramjsStore:
        return QStringLiteral("gramjs-store");
    case Container::Tdata:
        return QStringLiteral("tdata");
    }
    return {};
}

Container containerFromName(const QString &name)
{
    for (Container c : allContainers())
        if (containerName(c) == name)
            return c;
    std::fprintf(stderr, "unknown container %s\n", qPrintable(name));
    std::exit(3);
}

QString targetName(Container c)
{
    switch (c) {
    case Container::Binary:
        return QStringLiteral("account.session");
    case Container::NativeString:
        return QStringLiteral("account.native.txt");
    case Container::FerogramSqlite:
        return QStringLiteral("account.sqlite");
    case Container::TelethonSqlite:
        return QStringLiteral("telethon.session");
    case Container::PyrogramSqlite:
        return QStringLiteral("pyrogram.session");
    case Container::GramjsStore:
        return QStringLiteral("gramjs_store");
    case Container::Tdata:
        return QStringLiteral("tdata");
    }
    return {};
}

Session sessionFor(Container c, int seed, std::size_t peers)
{
    fero::SyntheticShape shape;
    shape.peers = peers;
    shape.minPeers = c == Container::Binary || c == Container::NativeString || c == Container::FerogramSqlite ? 20 : 0;
    shape.channelPts = 10;
    Session s = fero::makeSyntheticSession(shape, std::uint64_t(seed));
    s.account.userId = 500000000 + seed;
    // Foreign writers stamp peers without a date with "now": fixed dates
    // keep two saves of one version equal.
    if (c == Container::TelethonSqlite || c == Container::PyrogramSqlite || c == Container::GramjsStore)
        for (const fero::CachedPeer &peer : s.peers) {
            fero::ForeignPeerDetails details;
            details.markedId = fero::markedPeerId(peer);
            details.date = 1700000000.0 + seed;
            s.foreign.peers.push_back(details);
        }
    return s;
}

fero::Status write(Container c, const Session &session, const QString &path)
{
    switch (c) {
    case Container::Binary: {
        auto bytes = fero::binary::write(session, 8);
        if (!bytes.ok())
            return bytes.error();
        return fero::saveFileAtomic(path, bytes.value(), fero::Overwrite::Replace);
    }
    case Container::NativeString: {
        auto text = fero::native::write(session, 8);
        if (!text.ok())
            return text.error();
        return fero::saveFileAtomic(path, text.value().toUtf8(), fero::Overwrite::Replace);
    }
    case Container::FerogramSqlite:
        return fero::sqlitedb::write(session, path, 8, true);
    case Container::TelethonSqlite:
        return fero::telethonsqlite::write(session, path, true);
    case Container::PyrogramSqlite:
        return fero::pyrogramsqlite::write(session, path, true);
    case Container::GramjsStore:
        return fero::gramjsstore::write(session, path, true);
    case Container::Tdata:
        return fero::tdata::write({session}, path, QString(), true);
    }
    return fero::Error::usage(QStringLiteral("unknown container"));
}

fero::Result<std::vector<Session>> read(Container c, const QString &path)
{
    fero::Result<fero::DecodedSession> decoded = fero::Error::invalid(QString());
    switch (c) {
    case Container::Binary: {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fero::Error::io(QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
        decoded = fero::binary::read(f.readAll());
        break;
    }
    case Container::NativeString: {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fero::Error::io(QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
        decoded = fero::native::read(QString::fromUtf8(f.readAll()));
        break;
    }
    case Container::FerogramSqlite:
        decoded = fero::sqlitedb::read(path);
        break;
    case Container::TelethonSqlite:
        decoded = fero::telethonsqlite::read(path);
        break;
    case Container::PyrogramSqlite:
        decoded = fero::pyrogramsqlite::read(path);
        break;
    case Container::GramjsStore:
        decoded = fero::gramjsstore::read(path);
        break;
    case Container::Tdata:
        decoded = fero::tdata::read(path);
        break;
    }
    if (!decoded.ok())
        return decoded.error();
    return decoded.value().sessions;
}

QStringList temporariesBeside(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
        .entryList({QStringLiteral("*feroscope-tmp*")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
    } else if (QFileInfo::exists(path)) {
        files << path;
    }
    for (const QString &file : files) {
        QFile f(file);
        hash.addData(file.mid(path.size()).toUtf8());
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QByteArray::number(files.size()) + ':' + hash.result().toHex();
}

QString selfPath()
{
    return QCoreApplication::applicationFilePath();
}

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// write <container> <path> <seed> <peers> [file-size-limit]
int helperWrite(const QStringList &args)
{
    if (args.size() < 4)
        return 3;
    const Container c = containerFromName(args[0]);
    const Session session = sessionFor(c, args[2].toInt(), args[3].toULongLong());
    if (args.size() > 4) {
        std::signal(SIGXFSZ, SIG_IGN); // a write over the limit fails with EFBIG instead
        const rlim_t limit = args[4].toULongLong();
        const rlimit rl{limit, limit};
        if (::setrlimit(RLIMIT_FSIZE, &rl) != 0)
            return 4;
    }
    say(QStringLiteral("ready"));
    const fero::Status status = write(c, session, args[1]);
    say(status.ok() ? QStringLiteral("written") : status.error().message);
    return status.ok() ? 0 : 1;
}

// read <container> <path>
int helperRead(const QStringList &args)
{
    if (args.size() < 2)
        return 3;
    const auto sessions = read(containerFromName(args[0]), args[1]);
    say(sessions.ok() ? QStringLiteral("read %1").arg(sessions.value().size()) : sessions.error().message);
    return sessions.ok() ? 0 : 1;
}

// open <path>: what the app does with a path it is given.
int helperOpen(const QStringList &args)
{
    if (args.isEmpty())
        return 3;
    const auto decoded = fero::openPath(args[0]);
    say(decoded.ok() ? QStringLiteral("opened") : decoded.error().message);
    return decoded.ok() ? 0 : 1;
}

// hold-sqlite <path> exclusive|wal <update statement>: a client with the database open. Says
// "holding" once the lock (or the un-checkpointed WAL rows) is in place and
// keeps it until stdin closes.
int helperHoldSqlite(const QStringList &args)
{
    if (args.size() < 3)
        return 3;
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(args[0]).constData(), &db) != SQLITE_OK)
        return 4;
    const QByteArray sql =
        (args[1] == QLatin1String("wal") ? QByteArrayLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; ")
                                         : QByteArrayLiteral("BEGIN EXCLUSIVE; "))
        + args[2].toUtf8();
    char *error = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        say(QString::fromUtf8(error));
        return 5;
    }
    say(QStringLiteral("holding"));
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    // Killed before this in the tests: the lock and WAL stay as a crash leaves them.
    sqlite3_close(db);
    return 0;
}

} // namespace

int runHelper(int argc, char **argv)
{
    if (argc < 3 || qstrcmp(argv[1], "--helper") != 0)
        return -1;
    QCoreApplication app(argc, argv);
    QStringList args;
    for (int i = 3; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QByteArray mode = argv[2];
    if (mode == "write")
        return helperWrite(args);
    if (mode == "read")
        return helperRead(args);
    if (mode == "open")
        return helperOpen(args);
    if (mode == "hold-sqlite")
        return helperHoldSqlite(args);
    return 3;
}

} // namespace rel
