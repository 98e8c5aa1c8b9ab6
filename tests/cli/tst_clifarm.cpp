// The farm-scale faces of feroscope-cli: `scan --json-lines` (streamed
// sessions, then duplicate groups and a summary) against `scan --json` on
// the same nested folder, and batch conversion into --out-dir with its
// journal and --resume.
#include "../core/foreignfixtures.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using namespace fero::test;

namespace {

QString foreignPath(const QString &file)
{
    return dataPath(QStringLiteral("vectors/foreign/") + file);
}

QString ferogramPath(const QString &name)
{
    return dataPath(QStringLiteral("vectors/ferogram/") + name);
}

// Every line of out as a JSON object; an empty list if any line is not one.
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    const QList<QByteArray> raw = out.split('\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i].isEmpty() && i == raw.size() - 1)
            break; // after the last line break
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw[i], &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        lines << doc.object();
    }
    return lines;
}

QString nameOf(const QJsonObject &session)
{
    const QString path = session[u"path"].toString();
    return session[u"account"].isNull() ? path
                                        : QStringLiteral("%1#account %2").arg(path).arg(session[u"account"].toInt());
}

} // namespace

class TestCliFarm : public QObject {
    Q_OBJECT

    Cli cli;
    QTemporaryDir farm;

    // One folder per account, as farms keep them, with leftovers beside the
    // sessions, two copies (one of a two-account tdata) and one bad file.
    void makeFarm()
    {
        const QString root = farm.path();
        const auto place = [&](const QString &source, const QString &relative) {
            QDir().mkpath(QFileInfo(root + u'/' + relative).path());
            copyVector(source, root + u'/' + relative);
        };
        place(ferogramPath(QStringLiteral("fg065-fresh-login.session")), QStringLiteral("acct1/bot.session"));
        place(ferogramPath(QStringLiteral("fg065-fresh-login.session")), QStringLiteral("acct1/bot.session.bak"));
        place(ferogramPath(QStringLiteral("fg065-fresh-login.session")), QStringLiteral("acct4/copy.session"));
        place(foreignPath(QStringLiteral("telethon/telethon_sqlite_full.session")),
              QStringLiteral("acct2/user.session"));
        place(foreignPath(QStringLiteral("tdata/tdata_two_accounts")), QStringLiteral("acct3/tdata"));
        place(foreignPath(QStringLiteral("tdata/tdata_two_accounts")), QStringLiteral("acct5/tdata"));
        place(foreignPath(QStringLiteral("pyrogram/pyrogram_real_string_dc4.txt")), QStringLiteral("acct6/s.txt"));
        place(foreignPath(QStringLiteral("gramjs/gramjs_store_dc4")), QStringLiteral("acct7/store"));
        QFile bad(root + QStringLiteral("/acct8/broken.session"));
        QDir().mkpath(QFileInfo(bad).path());
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\x05") + QByteArray(40, '\x7f'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(farm.isValid());
        makeFarm();
    }

    // The streamed listing holds exactly what --json holds, one object per
    // line, with the duplicate groups agreeing with every duplicate_of.
    void scanJsonLinesMatchesJson()
    {
        const auto before = folderFingerprint(farm.path());
        const Run whole =
            cli({QStringLiteral("scan"), QStringLiteral("--recursive"), QStringLiteral("--json"), farm.path()});
        QVERIFY2(whole.code == 0, qPrintable(show(whole)));
        const Run streamed =
            cli({QStringLiteral("scan"), QStringLiteral("--recursive"), QStringLiteral("--json-lines"), farm.path()});
        QVERIFY2(streamed.code == 0, qPrintable(show(streamed)));
        QCOMPARE(folderFingerprint(farm.path()), before);

        const QList<QJsonObject> lines = jsonLines(streamed.out);
        QVERIFY2(!lines.isEmpty(), streamed.out.constData());
        const QJsonArray sessions = whole.json()[u"sessions"].toArray();
        const QJsonArray errors = whole.json()[u"errors"].toArray();

        // Sessions and errors first (in any order), then the groups, then the summary.
        QMap<QString, QJsonObject> expected;
        for (const QJsonValue &s : sessions)
            expected.insert(nameOf(s.toObject()), s.toObject());
        QMap<QString, QJsonObject> listed;
        QSet<QString> errorPaths;
        QMap<QString, QSet<QString>> groupedWith; // session -> the others of its groups
        int groups = 0;
        QString phase = QStringLiteral("session");
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject line = lines[i];
            const QString type = line[u"type"].toString();
            if (type == u"session" || type == u"error") {
                QCOMPARE(phase, QStringLiteral("session"));
                if (type == u"error")
                    errorPaths.insert(line[u"path"].toString());
                else
                    listed.insert(nameOf(line), line);
            } else if (type == u"duplicates") {
                QVERIFY(phase != u"summary");
                phase = type;
                ++groups;
                const QJsonArray members = line[u"sessions"].toArray();
                QVERIFY(members.size() >= 2);
                QVERIFY(!line[u"auth_key_ids"].toArray().isEmpty());
                for (const QJsonValue &a : members)
                    for (const QJsonValue &b : members)
                        if (a != b)
                            groupedWith[a.toString()].insert(b.toString());
            } else {
                QCOMPARE(type, QStringLiteral("summary"));
                QCOMPARE(i, lines.size() - 1);
                phase = type;
                QCOMPARE(line[u"sessions"].toInteger(), qint64(sessions.size()));
                QCOMPARE(line[u"errors"].toInteger(), qint64(errors.size()));
                QCOMPARE(line[u"duplicate_groups"].toInteger(), qint64(groups));
            }
        }
        QCOMPARE(phase, QStringLiteral("summary"));
        QCOMPARE(listed.keys(), expected.keys());
        QCOMPARE(errorPaths.size(), errors.size());
        for (const QJsonValue &e : errors)
            QVERIFY(errorPaths.contains(e[u"path"].toString()));

        // 7 files and folders give 9 sessions (two tdata with two accounts each), one error.
        QCOMPARE(sessions.size(), 9);
        QCOMPARE(errors.size(), 1);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QJsonObject line = listed.value(it.key());
            for (const char *key : {"path", "format", "version", "layout", "account", "note", "home_dc_id",
                                    "auth_key_id", "peers", "mode", "related"})
                QVERIFY2(line[QLatin1StringView(key)] == it.value()[QLatin1StringView(key)],
                         qPrintable(it.key() + u' ' + QLatin1StringView(key)));
            QSet<QString> named;
            for (const QJsonValue &other : it.value()[u"duplicate_of"].toArray())
                named.insert(other.toString());
            QCOMPARE(groupedWith.value(it.key()), named);
            if (!it.value()[u"auth_key_id"].isNull())
                QVERIFY(line[u"auth_key_ids"].toArray().contains(it.value()[u"auth_key_id"]));
        }
        // The ferogram copy, and each account of the copied tdata.
        QCOMPARE(groups, 3);
        QCOMPARE(groupedWith.size(), 6);
    }

    void scanJsonAndJsonLinesExclude()
    {
        const Run both =
            cli({QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("--json-lines"), farm.path()});
        QCOMPARE(both.code, 1);
        QVERIFY(both.json()[u"error"].toString().contains(QStringLiteral("--json-lines")));
    }
};

QTEST_GUILESS_MAIN(TestCliFarm)
#include "tst_clifarm.moc"
