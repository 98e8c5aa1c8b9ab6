#include "testsupport.h"

#include "inspect/sessionjson.h"
#include "synthetic.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <array>

namespace fero::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(FEROSCOPE_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s", qPrintable(path));
    return file.readAll();
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QJsonArray manifestVectors(const QString &set)
{
    const QByteArray text = readFile(dataPath(QStringLiteral("vectors/%1/manifest.json").arg(set)));
    return QJsonDocument::fromJson(text).object().value(u"vectors").toArray();
}

QList<QJsonObject> vectorsOfKind(const QString &set, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : manifestVectors(set))
        if (v[u"kind"].toString() == kind)
            out << v.toObject();
    return out;
}

QJsonObject canonicalObject(const DecodedSession &decoded)
{
    JsonOptions options;
    options.reveal = true;
    return QJsonDocument::fromJson(toCanonicalJson(decoded, options)).object();
}

namespace {

QString show(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString().left(80) + u'"';
    if (v.isDouble())
        return v.toVariant().toString();
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact)
                                 .left(120));
}

bool sameNumber(const QJsonValue &a, const QJsonValue &b)
{
    const QVariant va = a.toVariant();
    const QVariant vb = b.toVariant();
    if (va.typeId() == QMetaType::LongLong && vb.typeId() == QMetaType::LongLong)
        return va.toLongLong() == vb.toLongLong();
    return va == vb;
}

} // namespace

QString jsonDiff(const QJsonValue &expected, const QJsonValue &actual, const QStringList &ignoreKeys)
{
    std::function<QString(const QJsonValue &, const QJsonValue &, const QString &)> diff =
        [&](const QJsonValue &e, const QJsonValue &a, const QString &path) -> QString {
        if (e.type() != a.type())
            return QStringLiteral("%1: expected %2, got %3").arg(path, show(e), show(a));
        if (e.isObject()) {
            const QJsonObject eo = e.toObject(), ao = a.toObject();
            for (auto it = eo.begin(); it != eo.end(); ++it) {
                if (ignoreKeys.contains(it.key()))
                    continue;
                if (!ao.contains(it.key()))
                    return QStringLiteral("%1.%2: missing").arg(path, it.key());
                if (QString d = diff(it.value(), ao.value(it.key()), path + u'.' + it.key()); !d.isEmpty())
                    return d;
            }
            for (auto it = ao.begin(); it != ao.end(); ++it)
                if (!ignoreKeys.contains(it.key()) && !eo.contains(it.key()))
                    return QStringLiteral("%1.%2: unexpected key").arg(path, it.key());
            return {};
        }
        if (e.isArray()) {
            const QJsonArray ea = e.toArray(), aa = a.toArray();
            if (ea.size() != aa.size())
                return QStringLiteral("%1: expected %2 items, got %3").arg(path).arg(ea.size()).arg(aa.size());
            for (qsizetype i = 0; i < ea.size(); ++i)
                if (QString d = diff(ea[i], aa[i], QStringLiteral("%1[%2]").arg(path).arg(i)); !d.isEmpty())
                    return d;
            return {};
        }
        if (e.isDouble() ? !sameNumber(e, a) : e != a)
            return QStringLiteral("%1: expected %2, got %3").arg(path, show(e), show(a));
        return {};
    };
    return diff(expected, actual, QStringLiteral("$"));
}

namespace {

void sortArray(QJsonObject &object, const QString &key, const QStringList &fields)
{
    QJsonArray array = object.value(key).toArray();
    QList<QJsonValue> items(array.begin(), array.end());
    std::stable_sort(items.begin(), items.end(), [&](const QJsonValue &a, const QJsonValue &b) {
        for (const QString &f : fields) {
            const QVariant va = a[f].toVariant(), vb = b[f].toVariant();
            const qlonglong x = va.typeId() == QMetaType::Bool ? va.toBool() : va.toLongLong();
            const qlonglong y = vb.typeId() == QMetaType::Bool ? vb.toBool() : vb.toLongLong();
            if (x != y)
                return x < y;
        }
        return false;
    });
    QJsonArray sorted;
    for (const QJsonValue &v : items)
        sorted.append(v);
    object.insert(key, sorted);
}

} // namespace

QJsonObject sortedForComparison(QJsonObject session)
{
    sortArray(session, QStringLiteral("dcs"), {QStringLiteral("dc_id"), QStringLiteral("flags")});
    sortArray(session, QStringLiteral("peers"), {QStringLiteral("id"), QStringLiteral("is_channel")});
    sortArray(session, QStringLiteral("min_peers"), {QStringLiteral("user_id")});
    QJsonObject updates = session.value(u"updates_state").toObject();
    sortArray(updates, QStringLiteral("channels"), {QStringLiteral("channel_id")});
    session.insert(QStringLiteral("updates_state"), updates);
    return session;
}

QMap<QString, QByteArray> folderFingerprint(const QString &folder)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray hash = "unreadable";
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&file);
            hash = h.result().toHex();
        }
        out.insert(QDir(folder).relativeFilePath(path), hash);
    }
    return out;
}

Session sessionWithConflicts()
{
    Session s = makeSyntheticSession({.peers = 20, .minPeers = 5, .channelPts = 3, .dcEntries = 10}, 77);
    DcEntry dc = s.dcs.front();
    dc.addr = QStringLiteral("10.9.8.7:443");
    std::array<std::uint8_t, AuthKey::Size> key;
    key.fill(0x5A);
    dc.authKey = AuthKey::fromRaw(key.data());
    s.dcs.push_back(dc);
    MinPeer min = s.minPeers.front();
    min.peerId = 777;
    s.minPeers.push_back(min);
    ChannelPts pts = s.updates.channels.front();
    pts.pts = 999;
    s.updates.channels.push_back(pts);
    return s;
}

} // namespace fero::test
