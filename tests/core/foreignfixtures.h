// Helpers shared by tst_foreignfiles and tst_tdata: temp copies of vectors,
// the manifest's top-level summary keys for a decoded session.
#pragma once

#include "base/address.h"
#include "model/session.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QString>

#include <cmath>

namespace fero::test {

// Copies a file or folder (recursively) to dest, owner-writable, so tests can
// damage the copy; returns dest.
inline QString copyVector(const QString &source, const QString &dest)
{
    const QFileInfo info(source);
    if (info.isFile()) {
        QFile::copy(source, dest);
        QFile::setPermissions(dest, QFile::ReadOwner | QFile::WriteOwner);
        return dest;
    }
    QDir().mkpath(dest);
    QDirIterator it(source, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = dest + u'/' + QDir(source).relativeFilePath(path);
        if (QFileInfo(path).isDir()) {
            QDir().mkpath(target);
        } else {
            QFile::copy(path, target);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    return dest;
}

inline QJsonValue optionalJson(const auto &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

inline QJsonValue numberJson(double value)
{
    if (std::trunc(value) == value)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

// The manifest's common keys (dc_id, ip, port, ipv6, auth_key, user_id,
// is_bot, test_mode, api_id) for a session; addressless formats give nulls.
inline QJsonObject summaryOf(const Session &session, bool formatHasAddress)
{
    const DcEntry *dc = nullptr;
    for (const DcEntry &entry : session.dcs)
        if (entry.dcId == session.homeDcId && !dc)
            dc = &entry;
    QJsonObject out;
    out[u"dc_id"] = session.homeDcId;
    const auto hostPort = dc && formatHasAddress ? splitAddress(dc->addr) : std::nullopt;
    out[u"ip"] = hostPort ? QJsonValue(hostPort->host) : QJsonValue();
    out[u"port"] = hostPort ? QJsonValue(int(hostPort->port)) : QJsonValue();
    out[u"ipv6"] = hostPort ? QJsonValue(dc->isIpv6()) : QJsonValue();
    out[u"auth_key"] = dc && dc->authKey ? QJsonValue(QString::fromLatin1(dc->authKey->toHex())) : QJsonValue();
    out[u"user_id"] = session.account.userId ? QJsonValue(qint64(*session.account.userId)) : QJsonValue();
    out[u"is_bot"] = optionalJson(session.account.isBot);
    out[u"test_mode"] = optionalJson(session.account.testMode);
    out[u"api_id"] = session.account.apiId ? QJsonValue(qint64(*session.account.apiId)) : QJsonValue();
    return out;
}

inline QJsonObject pick(const QJsonObject &from, const QStringList &keys)
{
    QJsonObject out;
    for (const QString &key : keys)
        out[key] = from.value(key);
    return out;
}

} // namespace fero::test
