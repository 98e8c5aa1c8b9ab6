// The farm-scale faces of feroscope-cli: `scan --json-lines` (streamed
// sessions, then duplicate groups and a summary) against `scan --json` on
// the same nested folder, and batch conversion into --out-dir with its
// journal and --resume.
#include "../core/foreignfixtures.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

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

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Every file of folder (hidden ones too) with its bytes and modification time.
QMap<QString, QPair<QByteArray, QDateTime>> snapshot(const QString &folder)
{
    QMap<QString, QPair<QByteArray, QDateTime>> out;
    for (const QString &name : fileNames(folder))
        out.insert(name, {readFile(folder + u'/' + name), QFileInfo(folder + u'/' + name).lastModified()});
    return out;
}

QStringList basenames(const QJsonArray &paths)
{
    QStringList out;
    for (const QJsonValue &path : paths)
        out << QFileInfo(path.toString()).fileName();
    out.sort();
    return out;
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

    // A batch, the same batch again (refused), --resume (everything
    // skipped), then the cases resume must redo: a changed input, a missing
    // output, an output begun but not recorded, a journal line cut short.
    void batchResume()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(in));
        QStringList inputs;
        for (const char *name : {"fg065-fresh-login", "fg065-typical", "fg052-typical", "fg065-odd-flags"}) {
            const QString file = QStringLiteral("%1/%2.session").arg(in, QLatin1StringView(name));
            copyVector(ferogramPath(QLatin1StringView(name) + QStringLiteral(".session")), file);
            inputs << file;
        }
        const QStringList batch = QStringList{QStringLiteral("convert")} + inputs
                                  + QStringList{QStringLiteral("--out-dir"), out, QStringLiteral("--to"),
                                                QStringLiteral("ferogram-sqlite"), QStringLiteral("--accept-loss")};
        const QStringList resume = batch + QStringList{QStringLiteral("--resume"), QStringLiteral("--json")};
        const QString journal = out + QStringLiteral("/.feroscope-batch-journal");
        const QStringList outputs{QStringLiteral("fg052-typical.sqlite"), QStringLiteral("fg065-fresh-login.sqlite"),
                                  QStringLiteral("fg065-odd-flags.sqlite"), QStringLiteral("fg065-typical.sqlite")};

        const Run first = cli(batch + QStringList{QStringLiteral("--json")});
        QVERIFY2(first.code == 0, qPrintable(show(first)));
        QCOMPARE(basenames(first.json()[u"written"].toArray()), outputs);
        QCOMPARE(fileNames(out), QStringList{QStringLiteral(".feroscope-batch-journal")} + outputs);
        QCOMPARE(QFile(journal).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFileDevice::Permissions());
        const auto complete = snapshot(out);

        // Without --resume the outputs are in the way, as before; with --force too it is a usage error.
        const Run again = cli(batch);
        QCOMPARE(again.code, 3);
        QVERIFY(again.err.contains("already exist"));
        const Run both = cli(resume + QStringList{QStringLiteral("--force")});
        QCOMPARE(both.code, 1);
        QVERIFY(both.json()[u"error"].toString().contains(QStringLiteral("--force")));
        QCOMPARE(snapshot(out), complete);

        // Everything complete: nothing written, not even the journal's lines.
        const Run skipAll = cli(resume);
        QVERIFY2(skipAll.code == 0, qPrintable(show(skipAll)));
        QVERIFY(skipAll.json()[u"written"].toArray().isEmpty());
        QCOMPARE(basenames(skipAll.json()[u"skipped"].toArray()), outputs);
        QCOMPARE(snapshot(out), complete);

        // A changed input and a removed output are converted again; the rest stays.
        copyVector(ferogramPath(QStringLiteral("fg065-unicode-addr.session")), inputs[0] + QStringLiteral(".new"));
        QVERIFY(QFile::remove(inputs[0]) && QFile::rename(inputs[0] + QStringLiteral(".new"), inputs[0]));
        QVERIFY(QFile::remove(out + QStringLiteral("/fg052-typical.sqlite")));
        const Run redo = cli(resume);
        QVERIFY2(redo.code == 0, qPrintable(show(redo)));
        QCOMPARE(basenames(redo.json()[u"written"].toArray()),
                 (QStringList{QStringLiteral("fg052-typical.sqlite"), QStringLiteral("fg065-fresh-login.sqlite")}));
        QCOMPARE(basenames(redo.json()[u"skipped"].toArray()),
                 (QStringList{QStringLiteral("fg065-odd-flags.sqlite"), QStringLiteral("fg065-typical.sqlite")}));
        const QJsonObject converted = cli({QStringLiteral("inspect"), QStringLiteral("--json"),
                                           out + QStringLiteral("/fg065-fresh-login.sqlite")})
                                          .json();
        const QJsonObject source = cli({QStringLiteral("inspect"), QStringLiteral("--json"), inputs[0]}).json();
        QCOMPARE(converted[u"dcs"], source[u"dcs"]);
        QCOMPARE(fileNames(out), QStringList{QStringLiteral(".feroscope-batch-journal")} + outputs);

        // An output a killed run began (its "start" line, no "done"): ours to replace.
        // A line cut short at the end: ignored, so its output is done again.
        QFile lines(journal);
        QVERIFY(lines.open(QIODevice::ReadOnly));
        QList<QByteArray> kept;
        for (const QByteArray &line : lines.readAll().split('\n'))
            if (!line.isEmpty() && !(line.contains("\"done\"") && line.contains("fg065-typical.sqlite")))
                kept << line;
        lines.close();
        QVERIFY(lines.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lines.write(kept.join('\n') + '\n');
        lines.write("{\"event\":\"done\",\"input\":\"" + QFile::encodeName(inputs[3]) + "\",\"output\":\"fg065-odd-fl");
        lines.close();
        const Run torn = cli(resume);
        QVERIFY2(torn.code == 0, qPrintable(show(torn)));
        QCOMPARE(basenames(torn.json()[u"written"].toArray()), (QStringList{QStringLiteral("fg065-typical.sqlite")}));

        // A file the batch never began is someone else's: refused even with --resume.
        QVERIFY(QFile::remove(out + QStringLiteral("/fg065-typical.sqlite")));
        QFile stranger(out + QStringLiteral("/fg065-typical.sqlite"));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.write("not ours");
        stranger.close();
        QVERIFY(QFile::resize(journal, 0));
        const Run refused = cli(resume);
        QCOMPARE(refused.code, 3);
        QCOMPARE(readFile(out + QStringLiteral("/fg065-typical.sqlite")), QByteArray("not ours"));
    }

    // A progress line on a terminal only; the summary either way.
    void batchProgressOnTerminalOnly()
    {
        QTemporaryDir dir;
        const QStringList batch{QStringLiteral("convert"),
                                ferogramPath(QStringLiteral("fg065-typical.session")),
                                ferogramPath(QStringLiteral("fg052-typical.session")),
                                QStringLiteral("--out-dir"),
                                dir.filePath(QStringLiteral("piped")),
                                QStringLiteral("--to"),
                                QStringLiteral("ferogram-binary")};
        const Run piped = cli(batch);
        QVERIFY2(piped.code == 0, qPrintable(show(piped)));
        QVERIFY(!piped.err.contains('\r'));
        QVERIFY(!piped.err.contains("writing outputs"));
        QVERIFY2(piped.out.contains("2 sessions converted into"), piped.out.constData());

        // stderr on a pseudo-terminal, stdout still a pipe.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString terminal = QString::fromLocal8Bit(::ptsname(master));
        QProcess process;
        process.setStandardErrorFile(terminal, QIODevice::Append);
        QStringList args = batch;
        args[4] = dir.filePath(QStringLiteral("terminal"));
        process.start(QStringLiteral(FEROSCOPE_CLI), args);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QByteArray shown;
        pollfd ready{master, POLLIN, 0};
        while (::poll(&ready, 1, 200) > 0) {
            char buffer[4096];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            shown.append(buffer, n);
        }
        ::close(master);
        QVERIFY2(shown.contains("writing outputs: 2 of 2"), shown.constData());
        QVERIFY(shown.contains('\r'));
        QVERIFY(process.readAllStandardOutput().contains("2 sessions converted into"));
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
