// Telegram Desktop tdata folders: a valid two-account copy from the vectors
// with the fixed local passcode "" (a non-empty one costs 100,000 PBKDF2
// rounds per run). The first input byte picks a file (key_datas, a data
// file or a map file, low bits) and a layer (bits 6-7) the rest of the
// input replaces:
//   0: the raw file bytes;
//   1: the TDF$ payload (the target adds header and a valid MD5);
//   2/3: the decrypted content (the target encrypts it with the folder's
//      local key and wraps it), so the parsers behind the checksum and the
//      encryption see arbitrary bytes too.
#include "fuzzsupport.h"

#include "formats/tdata.h"
#include "tdatacrypto.h"

#include <QDirIterator>
#include <QFile>
#include <QtEndian>

#include <utility>
#include <vector>

namespace {

using namespace fero::tdatacrypto;

enum class Role { KeyFile, DataFile, MapFile };

struct File {
    QString path;
    Role role;
    QByteArray original;
};

struct Layout {
    QString folder;
    std::vector<File> files;
    QByteArray version;            // the TDF$ version bytes of key_datas
    QByteArray salt, keyEncrypted; // key_datas fields kept when fuzzing the account list
    QByteArray localKey;
};

QByteArray be32(quint32 v)
{
    const quint32 be = qToBigEndian(v);
    return QByteArray(reinterpret_cast<const char *>(&be), 4);
}

QByteArray qtBytes(QByteArrayView bytes)
{
    return be32(quint32(bytes.size())) + bytes.toByteArray();
}

QByteArray takeQtBytes(QByteArrayView &from)
{
    const quint32 size = qFromBigEndian<quint32>(from.data());
    const QByteArray out = from.sliced(4, size).toByteArray();
    from = from.sliced(4 + size);
    return out;
}

QByteArray wrapTdf(const QByteArray &payload, const QByteArray &version)
{
    QByteArray size(4, '\0');
    qToLittleEndian<qint32>(qint32(payload.size()), size.data());
    return QByteArrayLiteral("TDF$") + version + payload + md5(payload + size + version + QByteArrayLiteral("TDF$"));
}

const Layout &layout()
{
    static const Layout l = [] {
        Layout out;
        out.folder =
            fuzz::copyVectorFolder(QStringLiteral("foreign/tdata/tdata_two_accounts"), QStringLiteral("tdata"));
        QStringList paths;
        QDirIterator it(out.folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &path : paths) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            const Role role = path.endsWith(QLatin1String("/key_datas")) ? Role::KeyFile
                              : path.endsWith(QLatin1String("/maps"))    ? Role::MapFile
                                                                         : Role::DataFile;
            out.files.push_back({path, role, f.readAll()});
            if (role == Role::KeyFile) {
                const QByteArray &bytes = out.files.back().original;
                out.version = bytes.mid(4, 4);
                QByteArrayView payload = QByteArrayView(bytes).sliced(8, bytes.size() - 24);
                out.salt = takeQtBytes(payload);
                out.keyEncrypted = takeQtBytes(payload);
                const Decrypted local = decryptLocal(out.keyEncrypted, passcodeKey(out.salt, QByteArray()));
                if (!local.data)
                    fuzz::fail("the tdata vector's local key does not decrypt", path);
                out.localKey = *local.data;
            }
        }
        return out;
    }();
    return l;
}

QByteArray build(const Layout &l, const File &file, int layer, QByteArrayView input)
{
    if (layer == 0)
        return input.toByteArray();
    if (layer == 1)
        return wrapTdf(input.toByteArray(), l.version);
    const QByteArray encrypted = encryptLocal(input, l.localKey);
    switch (file.role) {
    case Role::KeyFile:
        return wrapTdf(qtBytes(l.salt) + qtBytes(l.keyEncrypted) + qtBytes(encrypted), l.version);
    case Role::DataFile:
        return wrapTdf(qtBytes(encrypted), l.version);
    case Role::MapFile:
        return wrapTdf(qtBytes({}) + qtBytes({}) + qtBytes(encrypted), l.version);
    }
    return {};
}

void put(const QString &path, QByteArrayView bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fuzz::fail("cannot write the tdata file", path);
    f.write(bytes.data(), bytes.size());
}

// The original content of a file at a layer (for seeds): payload or plaintext.
QByteArray unwrap(const Layout &l, const File &file, int layer)
{
    QByteArrayView payload = QByteArrayView(file.original).sliced(8, file.original.size() - 24);
    if (layer == 1)
        return payload.toByteArray();
    if (file.role == Role::KeyFile) {
        takeQtBytes(payload);
        takeQtBytes(payload);
    } else if (file.role == Role::MapFile) {
        takeQtBytes(payload);
        takeQtBytes(payload);
    }
    const Decrypted plain = decryptLocal(takeQtBytes(payload), l.localKey);
    return plain.data.value_or(QByteArray());
}

} // namespace

// With FEROSCOPE_FUZZ_EMIT_SEEDS=<folder>, writes one seed per file and
// layer there (run-fuzzers.sh does; the plaintext layers need the key).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    const QByteArray where = qgetenv("FEROSCOPE_FUZZ_EMIT_SEEDS");
    if (where.isEmpty())
        return 0;
    const Layout &l = layout();
    for (std::size_t i = 0; i < l.files.size(); ++i)
        for (int layer = 0; layer < 3; ++layer) {
            const QByteArray body = layer == 0 ? l.files[i].original : unwrap(l, l.files[i], layer);
            put(QStringLiteral("%1/seed-%2-layer%3").arg(QString::fromLocal8Bit(where)).arg(i).arg(layer),
                char(int(i) | (layer << 6)) + body);
        }
    std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    if (size == 0)
        return 0;
    const Layout &l = layout();
    const File &file = l.files[std::size_t(data[0] & 0x3f) % l.files.size()];
    const int layer = data[0] >> 6;
    put(file.path,
        build(l, file, layer, QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1))));
    fero::tdata::Problem problem = fero::tdata::Problem::None;
    (void)fero::tdata::needsPasscode(l.folder);
    const auto decoded = fero::tdata::read(l.folder, QString(), &problem);
    if (decoded.ok() && decoded.value().sessions.empty())
        fuzz::fail("tdata::read accepted a folder without an account");
    put(file.path, file.original);
    return 0;
}
