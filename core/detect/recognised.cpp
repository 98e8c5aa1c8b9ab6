#include "detect/recognised.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <array>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Recognised)
};

constexpr qint64 kHeadBytes = 64 * 1024; // §7.3: a local safe.php can be megabytes
constexpr QByteArrayView kPhpHeader("<?php __HALT_COMPILER();");

QByteArray head(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kHeadBytes);
}

// --- MadelineProto (§7.1, §7.3) ---

struct Madeline {
    QByteArray topClass;
    QByteArrayView rest; // what follows the class name (the settings class of an external backend)
};

bool madelineClass(QByteArrayView name)
{
    return name.startsWith("danog\\MadelineProto\\") || name.startsWith("danog\\AsyncOrm\\");
}

std::optional<Madeline> madelineObject(QByteArrayView bytes)
{
    QByteArrayView payload = bytes;
    if (bytes.startsWith(kPhpHeader)) {
        if (bytes.size() < 25)
            return std::nullopt;
        const int version = quint8(bytes[24]);
        qsizetype at = 25;
        if (version < 1 || version > 3)
            return std::nullopt;
        if (version >= 2) {
            if (bytes.size() < 27 || quint8(bytes[25]) < 5 || quint8(bytes[25]) > 9)
                return std::nullopt;
            at = 27;
        }
        if (version == 3) {
            if (bytes.size() < 28 || quint8(bytes[27]) > 1)
                return std::nullopt;
            at = 28;
        }
        payload = bytes.sliced(at);
    }
    // serialize(): O:<len>:"<name>":
    if (payload.startsWith("O:")) {
        qsizetype i = 2;
        qsizetype length = 0;
        while (i < payload.size() && i < 12 && payload[i] >= '0' && payload[i] <= '9')
            length = length * 10 + (payload[i++] - '0');
        if (i == 2 || i + 2 + length + 2 > payload.size() || payload[i] != ':' || payload[i + 1] != '"')
            return std::nullopt;
        const QByteArrayView name = payload.sliced(i + 2, length);
        if (payload[i + 2 + length] != '"' || payload[i + 3 + length] != ':' || !madelineClass(name))
            return std::nullopt;
        return Madeline{name.toByteArray(), payload.sliced(i + 4 + length)};
    }
    // igbinary: 00 00 00 02, then 17|18|19 and a 1-, 2- or 4-byte big-endian length.
    if (payload.size() > 6 && payload.startsWith(QByteArrayView("\0\0\0\2", 4))) {
        const int type = quint8(payload[4]);
        const int width = type == 0x17 ? 1 : type == 0x18 ? 2 : type == 0x19 ? 4 : 0;
        if (!width || payload.size() < 5 + width)
            return std::nullopt;
        qsizetype length = 0;
        for (int k = 0; k < width; ++k)
            length = length << 8 | quint8(payload[5 + k]);
        if (5 + width + length > payload.size())
            return std::nullopt;
        const QByteArrayView name = payload.sliced(5 + width, length);
        if (!madelineClass(name))
            return std::nullopt;
        return Madeline{name.toByteArray(), payload.sliced(5 + width + length)};
    }
    return std::nullopt;
}

Recognised madelineproto(const Madeline &m)
{
    Recognised r{QStringLiteral("madelineproto"), false,
                 Tr::tr("This is a MadelineProto (PHP) session: it stores the login as serialized PHP objects that "
                        "only MadelineProto itself can load, so Feroscope recognises it but cannot open or convert "
                        "it.")};
    // The backend by class name only: the connection settings after it hold
    // the database password in clear and are never shown.
    const bool external = m.topClass.startsWith("danog\\AsyncOrm\\") || m.topClass.contains("\\Db\\");
    if (external) {
        const QByteArrayView rest = m.rest.first(std::min<qsizetype>(m.rest.size(), 4096));
        const QString backend = rest.contains("Mysql")      ? QStringLiteral("MySQL")
                                : rest.contains("Postgres") ? QStringLiteral("PostgreSQL")
                                : rest.contains("Redis")    ? QStringLiteral("Redis")
                                : m.topClass.contains("Mysql") ? QStringLiteral("MySQL")
                                : m.topClass.contains("Postgres") ? QStringLiteral("PostgreSQL")
                                : m.topClass.contains("Redis") ? QStringLiteral("Redis")
                                                                 : Tr::tr("an external");
        r.sentence += u' ' + Tr::tr("Its data is not in this folder but in a %1 database.").arg(backend);
    }
    return r;
}

// --- TDLib (§7.2, §7.3) ---

std::uint32_t crc32(QByteArrayView data)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// The event at `at`: its size when its structure and CRC hold, else 0.
qsizetype binlogEvent(QByteArrayView bytes, qsizetype at, qint64 fileSize)
{
    if (bytes.size() - at < 32)
        return 0;
    const auto size = qFromLittleEndian<std::uint32_t>(bytes.data() + at);
    if (size % 4 || size < 32 || size > (1u << 24) || qint64(at) + size > fileSize || at + qsizetype(size) > bytes.size())
        return 0;
    const auto crc = qFromLittleEndian<std::uint32_t>(bytes.data() + at + size - 4);
    return crc32(bytes.sliced(at, size - 4)) == crc ? qsizetype(size) : 0;
}

bool knownHandlerType(std::int32_t t)
{
    return (t >= 0x1 && t <= 0x6) || t == 0x10 || t == 0x20 || t == 0x21 || (t >= 0x100 && t <= 0x12b) || t == 0x140
           || t == 0x200 || t == 0x201 || t == 0x300 || (t >= 0x400 && t <= 0x404) || (t >= 0x500 && t <= 0x508)
           || t == 0x1f18 || t == 0x4327;
}

// A TL string (length byte, bytes, zero padding to 4) at `at`; its length or -1.
qsizetype tlString(QByteArrayView data, qsizetype &at)
{
    if (at >= data.size())
        return -1;
    const qsizetype n = quint8(data[at]);
    const qsizetype total = (1 + n + 3) / 4 * 4;
    if (n >= 254 || at + total > data.size())
        return -1;
    at += total;
    return n;
}

std::optional<Recognised> tdlibBinlog(const QString &path)
{
    const QByteArray bytes = head(path);
    const qint64 fileSize = QFileInfo(path).size();
    const qsizetype size = binlogEvent(bytes, 0, fileSize);
    if (!size)
        return std::nullopt;
    const auto id = qFromLittleEndian<std::int64_t>(bytes.data() + 4);
    const auto type = qFromLittleEndian<std::int32_t>(bytes.data() + 12);
    const auto flags = qFromLittleEndian<std::int32_t>(bytes.data() + 16);
    const QString sentence =
        Tr::tr("This is a TDLib database (used by Telegram X, Unigram, and TDLib bots and tools): TDLib keeps the "
               "login inside its own encrypted event log, whose contents are internal to TDLib, so Feroscope "
               "recognises it but cannot open or convert it.");
    if (type == -3 && id == 0 && flags == 0) {
        const QByteArrayView data = QByteArrayView(bytes).sliced(28, size - 32);
        qsizetype at = 4;
        if (data.size() < 4 || qFromLittleEndian<std::int32_t>(data.data()) != 0)
            return std::nullopt;
        const qsizetype salt = tlString(data, at), iv = tlString(data, at), hash = tlString(data, at);
        if (salt < 16 || iv != 16 || hash != 32 || at != data.size())
            return std::nullopt;
        return Recognised{QStringLiteral("tdlib-binlog"), true, sentence};
    }
    if (id >= 1 && knownHandlerType(type)) {
        if (fileSize > size && size < bytes.size() && !binlogEvent(bytes, size, fileSize))
            return std::nullopt;
        return Recognised{QStringLiteral("tdlib-binlog"), false, sentence};
    }
    return std::nullopt;
}

// db.sqlite / db_test.sqlite beside a binlog that passes (§7.3 rule 4).
std::optional<Recognised> tdlibSqlite(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString binlog = name == u"db.sqlite" ? QStringLiteral("td.binlog")
                           : name == u"db_test.sqlite" ? QStringLiteral("td_test.binlog")
                                                      : QString();
    if (binlog.isEmpty() || info.size() == 0 || info.size() % 1024 != 0)
        return std::nullopt;
    if (head(path).startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return std::nullopt;
    if (!tdlibBinlog(info.dir().filePath(binlog)))
        return std::nullopt;
    return Recognised{QStringLiteral("tdlib-sqlite"), true,
                      Tr::tr("This is the encrypted message and file cache of a TDLib database (used by Telegram X, "
                             "Unigram, and TDLib bots and tools): its key is inside TDLib's own encrypted event log, "
                             "so Feroscope recognises it but cannot open or convert it.")};
}

} // namespace

std::optional<Recognised> recognise(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        for (const char *name : {"safe.php", "lightState.php", "ipcState.php"})
            if (const auto m = madelineObject(head(dir.filePath(QLatin1String(name)))))
                return madelineproto(*m);
        for (const char *name : {"td.binlog", "td_test.binlog"})
            if (auto r = tdlibBinlog(dir.filePath(QLatin1String(name))))
                return r;
        return std::nullopt;
    }
    if (!info.isFile())
        return std::nullopt;
    if (const auto m = madelineObject(head(path)))
        return madelineproto(*m);
    if (auto r = tdlibBinlog(path))
        return r;
    return tdlibSqlite(path);
}

QString recognisedProgram(const QString &id)
{
    if (id == u"madelineproto")
        return QStringLiteral("MadelineProto");
    if (id.startsWith(u"tdlib"))
        return QStringLiteral("TDLib");
    return id;
}

} // namespace fero
