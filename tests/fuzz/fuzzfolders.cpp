#include "fuzzfolders.h"

#include "fuzzsupport.h"
#include "formats/tdesktop/tdatacrypto.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtEndian>

#include <map>

namespace fuzz {
namespace {

using namespace fero::tdatacrypto;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail("cannot read a vector file", path);
    return f.readAll();
}

void put(const QString &path, QByteArrayView bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail("cannot write a fuzzed folder's file", path);
    f.write(bytes.data(), bytes.size());
}

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

// (salt, passcode) -> derived key, filled once per vector folder.
std::map<std::pair<QByteArray, QByteArray>, QByteArray> &passcodeKeys()
{
    static std::map<std::pair<QByteArray, QByteArray>, QByteArray> keys;
    return keys;
}

} // namespace

// ---- GramJS store ------------------------------------------------------------

GramjsStoreInput::GramjsStoreInput(const QString &scratchName)
{
    m_folder = copyVectorFolder(QStringLiteral("foreign/gramjs/gramjs_store_dc4"), scratchName);
    const QStringList names = QDir(m_folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        m_files.emplace_back(name, readAll(m_folder + u'/' + name));
    m_files.emplace_back(QStringLiteral("gramjs_store_dc4%3Aextra"), QByteArray()); // absent unless chosen
    m_changed = m_files.size();
}

bool GramjsStoreInput::apply(QByteArrayView input)
{
    if (input.isEmpty())
        return false;
    m_changed = std::uint8_t(input[0]) % m_files.size();
    put(m_folder + u'/' + m_files[m_changed].first, input.sliced(1));
    return true;
}

void GramjsStoreInput::restore()
{
    if (m_changed >= m_files.size())
        return;
    const auto &[name, original] = m_files[m_changed];
    const QString path = m_folder + u'/' + name;
    if (original.isEmpty())
        QFile::remove(path);
    else
        put(path, original);
    m_changed = m_files.size();
}

// ---- tdata -------------------------------------------------------------------

TdataInput::TdataInput(const QString &scratchName, bool passcodeFolder)
{
    struct Source {
        const char *vector;
        QString passcode;
    };
    std::vector<Source> sources{{"tdata_two_accounts", QString()}};
    if (passcodeFolder)
        sources.push_back({"tdata_single_passcode", QString::fromLatin1(Passcode)});
    for (const Source &source : sources) {
        Folder &out = m_folders.emplace_back();
        out.passcode = source.passcode;
        out.path = copyVectorFolder(QStringLiteral("foreign/tdata/") + QLatin1String(source.vector),
                                    scratchName + u'-' + QLatin1String(source.vector));
        QStringList paths;
        QDirIterator it(out.path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &path : paths) {
            const Role role = path.endsWith(QLatin1String("/key_datas")) ? Role::KeyFile
                              : path.endsWith(QLatin1String("/maps"))    ? Role::MapFile
                                                                         : Role::DataFile;
            out.files.push_back({path, role, readAll(path)});
            if (role != Role::KeyFile)
                continue;
            const QByteArray &bytes = out.files.back().original;
            out.version = bytes.mid(4, 4);
            QByteArrayView payload = QByteArrayView(bytes).sliced(8, bytes.size() - 24);
            out.salt = takeQtBytes(payload);
            out.keyEncrypted = takeQtBytes(payload);
            const QByteArray utf8 = out.passcode.toUtf8();
            out.passcodeKey = passcodeKey(out.salt, utf8); // the one expensive derivation
            passcodeKeys()[{out.salt, utf8}] = out.passcodeKey;
            const Decrypted local = decryptLocal(out.keyEncrypted, out.passcodeKey);
            if (!local.data)
                fail("the tdata vector's local key does not decrypt with its passcode", path);
            out.localKey = *local.data;
        }
        if (out.localKey.isEmpty())
            fail("the tdata vector has no key_datas", out.path);
    }
}

const TdataInput::Folder *TdataInput::apply(QByteArrayView input)
{
    if (input.isEmpty())
        return nullptr;
    const auto selector = std::uint8_t(input[0]);
    const Folder &folder = m_folders[std::size_t((selector >> 5) & 1) % m_folders.size()];
    const File &file = folder.files[std::size_t(selector & 0x1f) % folder.files.size()];
    const int layer = selector >> 6;
    const QByteArrayView content = input.sliced(1);
    QByteArray bytes;
    if (layer == 0) {
        bytes = content.toByteArray();
    } else if (layer == 1) {
        bytes = wrapTdf(content.toByteArray(), folder.version);
    } else {
        const QByteArray encrypted = encryptLocal(content, folder.localKey);
        switch (file.role) {
        case Role::KeyFile:
            bytes = wrapTdf(qtBytes(folder.salt) + qtBytes(folder.keyEncrypted) + qtBytes(encrypted), folder.version);
            break;
        case Role::DataFile:
            bytes = wrapTdf(qtBytes(encrypted), folder.version);
            break;
        case Role::MapFile:
            bytes = wrapTdf(qtBytes({}) + qtBytes({}) + qtBytes(encrypted), folder.version);
            break;
        }
    }
    put(file.path, bytes);
    m_changed = &file;
    return &folder;
}

void TdataInput::restore()
{
    if (m_changed)
        put(m_changed->path, m_changed->original);
    m_changed = nullptr;
}

std::vector<QByteArray> TdataInput::seeds() const
{
    std::vector<QByteArray> out;
    for (std::size_t f = 0; f < m_folders.size(); ++f) {
        const Folder &folder = m_folders[f];
        for (std::size_t i = 0; i < folder.files.size(); ++i) {
            const File &file = folder.files[i];
            for (int layer = 0; layer < 3; ++layer) {
                QByteArray body;
                QByteArrayView payload = QByteArrayView(file.original).sliced(8, file.original.size() - 24);
                if (layer == 0) {
                    body = file.original;
                } else if (layer == 1) {
                    body = payload.toByteArray();
                } else {
                    if (file.role != Role::DataFile) { // skip salt + key (key file) or the legacy pair (map)
                        takeQtBytes(payload);
                        takeQtBytes(payload);
                    }
                    body = decryptLocal(takeQtBytes(payload), folder.localKey).data.value_or(QByteArray());
                }
                out.push_back(char(int(i) | int(f << 5) | (layer << 6)) + body);
            }
        }
    }
    return out;
}

QByteArray TdataInput::cachedPasscodeKey(QByteArrayView salt, QByteArrayView passcodeUtf8)
{
    const auto &keys = passcodeKeys();
    const auto found = keys.find({salt.toByteArray(), passcodeUtf8.toByteArray()});
    if (found != keys.end())
        return found->second;
    // A salt the fuzzer changed. An empty passcode costs one round: derive
    // it. A non-empty one would cost 100,000 rounds for a key that cannot
    // open key_encrypted (it was encrypted under the original salt's key),
    // so a cheap stand-in that fails the same SHA-1 check the same way does.
    if (passcodeUtf8.isEmpty())
        return passcodeKey(salt, passcodeUtf8);
    const QByteArray block = sha512(salt.toByteArray() + passcodeUtf8.toByteArray() + salt.toByteArray());
    return block + block + block + block;
}

} // namespace fuzz
