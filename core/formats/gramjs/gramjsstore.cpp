#include "formats/gramjs/gramjsstore.h"

#include "base/address.h"
#include "base/secret.h"
#include "formats/common/folderwriter.h"
#include "formats/common/foreignhelpers.h"
#include "model/markedid.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace fero::gramjsstore {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GramjsStore)
};

const QString kSeparator = QStringLiteral("%3A");

QString encodeComponent(const QString &text)
{
    // encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ); node-localstorage
    // additionally encodes ! ' ( ) * (§5).
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "-_.~"));
}

Result<QJsonValue> readJson(const QString &folder, const QString &file)
{
    QFile f(folder + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    // Values are small: read at most 1 MiB, sized by the file (QFile::read(max)
    // allocates max bytes up front, for every file of the folder).
    constexpr qint64 MaxValueBytes = 1 << 20;
    const QByteArray bytes = f.read(std::min(f.size(), MaxValueBytes));
    // Wrapped in an array: QJsonDocument parses only arrays and objects at the top.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return Error::invalid(
            Tr::tr("%1 is not the JSON value GramJS writes (%2).").arg(f.fileName(), error.errorString()));
    return doc.array().first();
}

// The authKey file's text: JSON.stringify of a Node Buffer.
class BufferJson {
public:
    explicit BufferJson(QByteArrayView text)
        : m_text(text)
    {
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != c)
            return false;
        ++m_at;
        return true;
    }
    bool take(QByteArrayView token)
    {
        skipSpace();
        if (!m_text.sliced(m_at).startsWith(token))
            return false;
        m_at += token.size();
        return true;
    }
    // A JSON integer 0..255 ("0" or no leading zero), else -1.
    int takeByte()
    {
        skipSpace();
        int value = 0, digits = 0;
        for (; m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9'; ++m_at, ++digits)
            value = digits < 3 ? value * 10 + (m_text[m_at] - '0') : 256;
        const bool leadingZero = digits > 1 && m_text[m_at - digits] == '0';
        const bool more = m_at < m_text.size() && (m_text[m_at] == '.' || m_text[m_at] == 'e' || m_text[m_at] == 'E');
        return digits == 0 || leadingZero || more || value > 255 ? -1 : value;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size()
               && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// The authKey file is read by hand, not through QJsonDocument: its text is
// the key in decimal, and QJsonDocument's internal copies of the numbers
// could not be wiped. It reads what GramJS writes ({"type":"Buffer",
// "data":[...]}), white space between tokens and either member order.
Status readAuthKey(const QString &folder, const QString &file, DcEntry &dc)
{
    QFile f(folder + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    const auto notBuffer = [&] {
        return Error::invalid(
            Tr::tr("%1 is not a 256-byte JSON Buffer ({\"type\":\"Buffer\",\"data\":[...]}).").arg(file));
    };
    constexpr qint64 MaxSize = 1 << 20; // as readJson
    if (f.size() > MaxSize)
        return notBuffer();
    SecretBuffer text(f.size()); // wiped, whatever happens below
    text.resize(f.size());
    if (f.read(text.data(), text.size()) != text.size())
        return Error::io(Tr::tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));

    SecretBuffer key{qsizetype(AuthKey::Size)};
    BufferJson json(text.view());
    bool type = false, data = false;
    if (!json.take('{'))
        return notBuffer();
    do {
        if (!type && json.take(QByteArrayView("\"type\""))) {
            if (!json.take(':') || !json.take(QByteArrayView("\"Buffer\"")))
                return notBuffer();
            type = true;
        } else if (!data && json.take(QByteArrayView("\"data\""))) {
            if (!json.take(':') || !json.take('['))
                return notBuffer();
            if (!json.take(']')) {
                do {
                    const int byte = json.takeByte();
                    if (byte < 0)
                        return Error::invalid(Tr::tr("%1: data[%2] is not a byte value.").arg(file).arg(key.size()));
                    if (key.size() == qsizetype(AuthKey::Size))
                        return notBuffer();
                    key.append(char(byte));
                } while (json.take(','));
                if (!json.take(']'))
                    return notBuffer();
            }
            data = true;
        } else {
            return notBuffer();
        }
    } while (json.take(','));
    if (!json.take('}') || !json.atEnd() || !type || !data || key.size() != qsizetype(AuthKey::Size))
        return notBuffer();
    dc.authKey = AuthKey::fromBytes(key.view());
    return {};
}

std::optional<QString> optionalString(const QJsonValue &v)
{
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

Status readEntity(const QJsonValue &value, const QString &file, Session &session)
{
    const QJsonArray row = value.toArray();
    bool idOk = false, hashOk = false;
    const std::int64_t marked = row.at(0).toString().toLongLong(&idOk);
    const std::int64_t hash = row.at(1).toString().toLongLong(&hashOk);
    if (row.size() < 2 || !idOk || !hashOk)
        return Error::invalid(
            Tr::tr("%1 is not a GramJS entity row [\"id\",\"hash\",username,phone,name,\"date\"].").arg(file));
    CachedPeer peer = unmarkPeerId(marked);
    peer.accessHash = hash;
    session.peers.push_back(peer);
    ForeignPeerDetails details;
    details.markedId = marked;
    details.username = optionalString(row.at(2));
    details.phone = optionalString(row.at(3));
    details.name = optionalString(row.at(4));
    details.dateInMilliseconds = true; // GramJS's Date.now()
    bool dateOk = false;
    const double date = row.at(5).toString().toDouble(&dateOk);
    if (dateOk && std::isfinite(date)) // "nan" and "inf" parse, but are no date
        details.date = date;
    session.foreign.peers.push_back(std::move(details));
    return {};
}

QByteArray authKeyJson(const AuthKey &key)
{
    // By hand: QJsonObject would sort "data" before "type", GramJS writes type
    // first. Reserved at the largest size (256 three-digit numbers), so the
    // key's text is never moved and left behind in a freed block; the
    // digits go through a stack array, not QByteArray::number temporaries.
    const QByteArrayView head = "{\"type\":\"Buffer\",\"data\":[";
    QByteArray out;
    out.reserve(head.size() + qsizetype(AuthKey::Size) * 4 + 2);
    out.append(head);
    for (std::size_t i = 0; i < AuthKey::Size; ++i) {
        const unsigned byte = key.data()[i];
        char digits[4];
        int n = 0;
        if (i)
            digits[n++] = ',';
        if (byte >= 100)
            digits[n++] = char('0' + byte / 100);
        if (byte >= 10)
            digits[n++] = char('0' + byte / 10 % 10);
        digits[n++] = char('0' + byte % 10);
        out.append(digits, n);
        secureWipe(digits, sizeof digits);
    }
    out.append("]}");
    return out;
}

QByteArray entityJson(const CachedPeer &peer,
                      const std::unordered_map<std::int64_t, const ForeignPeerDetails *> &details)
{
    const std::int64_t marked = markedPeerId(peer);
    const auto found = details.find(marked);
    const ForeignPeerDetails *d = found == details.end() ? nullptr : found->second;
    const auto text = [](const std::optional<QString> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    // The date GramJS stamps on a cached entity: the source's as it was read
    // (every digit: a round trip keeps it), null when the source's row had
    // none, and now for a peer from a format without entity rows.
    QJsonValue date;
    if (!d)
        date = QString::number(QDateTime::currentMSecsSinceEpoch());
    else if (d->date)
        date = QString::number(*d->dateMilliseconds(), 'g', 17);
    const QJsonArray row{
        QString::number(marked),           QString::number(peer.accessHash), d ? text(d->username) : QJsonValue(),
        d ? text(d->phone) : QJsonValue(), d ? text(d->name) : QJsonValue(), date};
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

} // namespace

QString fileNameFor(const QString &sessionName, const QString &key)
{
    return encodeComponent(sessionName + u':' + key);
}

QString sessionName(const QString &folder)
{
    const QStringList files = QDir(folder).entryList({QStringLiteral("*%3AdcId")}, QDir::Files | QDir::Hidden);
    if (files.isEmpty())
        return {};
    return QUrl::fromPercentEncoding(files.first().chopped(QStringLiteral("%3AdcId").size()).toLatin1());
}

Result<DecodedSession> read(const QString &folder)
{
    const QString name = sessionName(folder);
    if (name.isEmpty())
        return Error::invalid(Tr::tr("%1 is not a GramJS store folder: no \"<name>%3AdcId\" file in it.").arg(folder));
    const QString prefix = encodeComponent(name) + kSeparator;
    DecodedSession decoded;
    decoded.format = Format::GramjsStore;
    decoded.layout = Tr::tr("StoreSession \"%1\"").arg(name);
    Session session;
    DcEntry dc;
    QString host;
    int port = -1;
    QStringList unknown;
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &file : files) {
        if (!file.startsWith(prefix)) {
            unknown << file;
            continue;
        }
        const QString key = QUrl::fromPercentEncoding(file.sliced(prefix.size()).toLatin1());
        if (key == u"authKey") {
            if (Status s = readAuthKey(folder, file, dc); !s.ok())
                return s.error();
            continue;
        }
        auto value = readJson(folder, file);
        if (!value)
            return value.error();
        bool numeric = false;
        key.toLongLong(&numeric);
        if (key == u"dcId") {
            dc.dcId = value->toInt();
        } else if (key == u"port") {
            port = value->toInt(-1);
        } else if (key == u"serverAddress") {
            host = value->toString();
        } else if (numeric) {
            if (Status s = readEntity(*value, file, session); !s.ok())
                return s.error();
        } else {
            unknown << file;
        }
    }
    if (host.isEmpty() || port < 0 || port > 65535)
        return Error::invalid(Tr::tr("The GramJS store %1 lacks a serverAddress or port file.").arg(folder));
    dc.addr = joinAddress(host, std::uint16_t(port));
    if (host.contains(u':'))
        dc.flags |= DcFlag::Ipv6;
    session.homeDcId = dc.dcId;
    session.dcs.push_back(std::move(dc));
    if (!unknown.isEmpty())
        decoded.warnings << Tr::tr("Files not read: %1.").arg(unknown.join(QStringLiteral(", ")));
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    const QString name = QFileInfo(path).fileName();
    if (name.isEmpty() || name == u"session")
        return Error::refused(Tr::tr("GramJS refuses the session name \"%1\"; choose another folder name.").arg(name));
    const DcEntry *dc = keptHomeEntry(session);
    const auto hostPort = dc ? splitAddress(dc->addr) : std::nullopt;
    if (!hostPort || hostPort->host.isEmpty())
        return Error::refused(
            Tr::tr("The home DC %1 has no address; GramJS needs its serverAddress and port.").arg(session.homeDcId));
    FolderFiles files;
    files.emplace_back(fileNameFor(name, QStringLiteral("dcId")), QByteArray::number(session.homeDcId));
    files.emplace_back(fileNameFor(name, QStringLiteral("port")), QByteArray::number(hostPort->port));
    files.emplace_back(fileNameFor(name, QStringLiteral("serverAddress")),
                       QJsonDocument(QJsonArray{hostPort->host}).toJson(QJsonDocument::Compact).sliced(1).chopped(1));
    if (dc->authKey)
        files.emplace_back(fileNameFor(name, QStringLiteral("authKey")), authKeyJson(*dc->authKey));
    const auto details = detailsByMarkedId(session);
    for (const CachedPeer *peer : planMarkedPeers(session).kept)
        files.emplace_back(fileNameFor(name, QString::number(markedPeerId(*peer))), entityJson(*peer, details));
    const Status status = writeFolderAtomically(path, files, overwrite);
    for (auto &[file, content] : files)
        secureWipe(content); // the authKey file's text is the key
    return status;
}

} // namespace fero::gramjsstore
