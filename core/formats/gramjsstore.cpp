#if 0 // Never compiled: tells lupdate that tr() in this file is the "GramjsStore" context
namespace fero::gramjsstore { Q_DECLARE_TR_FUNCTIONS(GramjsStore) }
#endif
#include "gramjsstore.h"

#include "../address.h"
#include "../folderwriter.h"
#include "../markedid.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("GramjsStore", text);
}

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
        return Error::io(tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    // Values are small: read at most 1 MiB, sized by the file (QFile::read(max)
    // allocates max bytes up front, for every file of the folder).
    constexpr qint64 MaxValueBytes = 1 << 20;
    const QByteArray bytes = f.read(std::min(f.size(), MaxValueBytes));
    // Wrapped in an array: QJsonDocument parses only arrays and objects at the top.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return Error::invalid(
            tr("%1 is not the JSON value GramJS writes (%2).").arg(f.fileName(), error.errorString()));
    return doc.array().first();
}

Status readAuthKey(const QJsonValue &value, const QString &file, DcEntry &dc)
{
    const QJsonArray data = value.toObject().value(u"data").toArray();
    if (value.toObject().value(u"type").toString() != u"Buffer" || data.size() != 256)
        return Error::invalid(tr("%1 is not a 256-byte JSON Buffer ({\"type\":\"Buffer\",\"data\":[...]}).").arg(file));
    QByteArray key(256, '\0');
    for (int i = 0; i < 256; ++i) {
        const int byte = data[i].toInt(-1);
        if (byte < 0 || byte > 255) {
            secureWipe(key); // the bytes before this one are key bytes
            return Error::invalid(tr("%1: data[%2] is not a byte value.").arg(file).arg(i));
        }
        key[i] = char(byte);
    }
    dc.authKey = AuthKey::fromBytes(key);
    secureWipe(key);
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
            tr("%1 is not a GramJS entity row [\"id\",\"hash\",username,phone,name,\"date\"].").arg(file));
    CachedPeer peer = unmarkPeerId(marked);
    peer.accessHash = hash;
    session.peers.push_back(peer);
    ForeignPeerDetails details;
    details.markedId = marked;
    details.username = optionalString(row.at(2));
    details.phone = optionalString(row.at(3));
    details.name = optionalString(row.at(4));
    bool dateOk = false;
    const double date = row.at(5).toString().toDouble(&dateOk);
    if (dateOk && std::isfinite(date)) // "nan" and "inf" parse, but are no date
        details.date = date;
    session.foreign.peers.push_back(std::move(details));
    return {};
}

QByteArray authKeyJson(const AuthKey &key)
{
    // By hand: QJsonObject would sort "data" before "type", GramJS writes type first.
    QByteArray out = "{\"type\":\"Buffer\",\"data\":[";
    for (std::size_t i = 0; i < AuthKey::Size; ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(key.data()[i]);
    }
    return out + "]}";
}

QByteArray entityJson(const CachedPeer &peer, const Session &session)
{
    const std::int64_t marked = markedPeerId(peer);
    const ForeignPeerDetails *d = nullptr;
    for (const ForeignPeerDetails &candidate : session.foreign.peers)
        if (candidate.markedId == marked)
            d = &candidate;
    const auto text = [](const std::optional<QString> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    // The date GramJS stamps on a cached entity: the source's as it was read
    // (every digit: a round trip keeps it), null when the source's row had
    // none, and now for a peer from a format without entity rows.
    QJsonValue date;
    if (!d)
        date = QString::number(QDateTime::currentMSecsSinceEpoch());
    else if (d->date)
        date = QString::number(*d->date, 'g', 17);
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
        return Error::invalid(tr("%1 is not a GramJS store folder: no \"<name>%3AdcId\" file in it.").arg(folder));
    const QString prefix = encodeComponent(name) + kSeparator;
    DecodedSession decoded;
    decoded.format = Format::GramjsStore;
    decoded.layout = tr("StoreSession \"%1\"").arg(name);
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
        } else if (key == u"authKey") {
            if (Status s = readAuthKey(*value, file, dc); !s.ok())
                return s.error();
        } else if (numeric) {
            if (Status s = readEntity(*value, file, session); !s.ok())
                return s.error();
        } else {
            unknown << file;
        }
    }
    if (host.isEmpty() || port < 0 || port > 65535)
        return Error::invalid(tr("The GramJS store %1 lacks a serverAddress or port file.").arg(folder));
    dc.addr = joinAddress(host, std::uint16_t(port));
    if (host.contains(u':'))
        dc.flags |= DcFlag::Ipv6;
    session.homeDcId = dc.dcId;
    session.dcs.push_back(std::move(dc));
    if (!unknown.isEmpty())
        decoded.warnings << tr("Files not read: %1.").arg(unknown.join(QStringLiteral(", ")));
    decoded.sessions.push_back(std::move(session));
    return decoded;
}

Status write(const Session &session, const QString &path, bool overwrite)
{
    const QString name = QFileInfo(path).fileName();
    if (name.isEmpty() || name == u"session")
        return Error::refused(tr("GramJS refuses the session name \"%1\"; choose another folder name.").arg(name));
    const DcEntry *dc = nullptr;
    for (const DcEntry &entry : session.dcs)
        if (entry.dcId == session.homeDcId
            && (!dc || (!dc->authKey && entry.authKey)
                || ((dc->flags & DcFlag::MediaOnly) && !(entry.flags & DcFlag::MediaOnly))))
            dc = &entry;
    const auto hostPort = dc ? splitAddress(dc->addr) : std::nullopt;
    if (!hostPort || hostPort->host.isEmpty())
        return Error::refused(
            tr("The home DC %1 has no address; GramJS needs its serverAddress and port.").arg(session.homeDcId));
    FolderFiles files;
    files.emplace_back(fileNameFor(name, QStringLiteral("dcId")), QByteArray::number(session.homeDcId));
    files.emplace_back(fileNameFor(name, QStringLiteral("port")), QByteArray::number(hostPort->port));
    files.emplace_back(fileNameFor(name, QStringLiteral("serverAddress")),
                       QJsonDocument(QJsonArray{hostPort->host}).toJson(QJsonDocument::Compact).sliced(1).chopped(1));
    if (dc->authKey)
        files.emplace_back(fileNameFor(name, QStringLiteral("authKey")), authKeyJson(*dc->authKey));
    for (const CachedPeer &peer : session.peers)
        files.emplace_back(fileNameFor(name, QString::number(markedPeerId(peer))), entityJson(peer, session));
    const Status status = writeFolderAtomically(path, files, overwrite);
    for (auto &[file, content] : files)
        content.fill('\0'); // the authKey file's text is the key
    return status;
}

} // namespace fero::gramjsstore
