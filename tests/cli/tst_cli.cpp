// feroscope-cli as other tools see it: the real binary, run with QProcess.
#include "clirunner.h"
#include "testsupport.h"

#include "formats/ferogram/binary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using fero::test::Cli;
using fero::test::Run;
using fero::test::show;

namespace {

QString vector(const QString &name)
{
    return test::dataPath(QStringLiteral("vectors/ferogram/") + name);
}

QFileDevice::Permissions groupOther()
{
    return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
           | QFile::ExeOther;
}

// One JSON object and nothing else on stdout.
bool isSingleJsonObject(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    Cli cli;

private slots:
    void versionAndHelp()
    {
        Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith("feroscope-cli "));
        for (const QStringList &args :
             {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("inspect"), QStringLiteral("--help")},
              QStringList{QStringLiteral("convert"), QStringLiteral("--help")},
              QStringList{QStringLiteral("scan"), QStringLiteral("--help")}}) {
            Run h = cli(args);
            QVERIFY2(h.code == 0, qPrintable(show(h)));
            QVERIFY(h.out.contains("feroscope-cli"));
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mention");
        const QString fresh = vector(QStringLiteral("fg065-fresh-login.session"));
        QTest::newRow("no command") << QStringList{} << 1 << QString();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << "frobnicate";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("inspect"), QStringLiteral("--nope"), fresh} << 1
                                        << "nope";
        QTest::newRow("inspect without path") << QStringList{QStringLiteral("inspect")} << 1 << QString();
        QTest::newRow("unknown --from") << QStringList{QStringLiteral("inspect"), QStringLiteral("--from"),
                                                       QStringLiteral("xml"), fresh}
                                        << 1 << "--from";
        QTest::newRow("convert without --to")
            << QStringList{QStringLiteral("convert"), fresh, QStringLiteral("/nonexistent/x")} << 1 << "--to";
        QTest::newRow("convert --format-version 4") << QStringList{QStringLiteral("convert"),
                                                                   fresh,
                                                                   QStringLiteral("/nonexistent/x"),
                                                                   QStringLiteral("--to"),
                                                                   QStringLiteral("ferogram-binary"),
                                                                   QStringLiteral("--format-version"),
                                                                   QStringLiteral("4")}
                                                    << 1 << "--format-version";
        QTest::newRow("convert --user-id abc") << QStringList{QStringLiteral("convert"),
                                                              fresh,
                                                              QStringLiteral("-"),
                                                              QStringLiteral("--to"),
                                                              QStringLiteral("ferogram-compact-v2"),
                                                              QStringLiteral("--user-id"),
                                                              QStringLiteral("abc")}
                                               << 1 << "--user-id";
        QTest::newRow("binary to stdout") << QStringList{QStringLiteral("convert"), fresh, QStringLiteral("-"),
                                                         QStringLiteral("--to"), QStringLiteral("ferogram-binary")}
                                          << 1 << QString();
        QTest::newRow("truncated file") << QStringList{QStringLiteral("inspect"),
                                                       vector(QStringLiteral("bad-truncated-20.session"))}
                                        << 2 << "bad-truncated-20.session";
        QTest::newRow("missing file") << QStringList{QStringLiteral("inspect"), QStringLiteral("/nonexistent/file")}
                                      << 2 << "does not exist";
        QTest::newRow("not a ferogram database")
            << QStringList{QStringLiteral("inspect"), vector(QStringLiteral("sqlite-not-ferogram.sqlite"))} << 2
            << QString();
        QTest::newRow("version byte 0xff")
            << QStringList{QStringLiteral("inspect"), vector(QStringLiteral("bad-version-ff.session"))} << 2
            << QString();
        QTest::newRow("compact refused without a key")
            << QStringList{QStringLiteral("convert"), vector(QStringLiteral("fg065-empty.session")),
                           QStringLiteral("-"), QStringLiteral("--to"), QStringLiteral("ferogram-compact-v2")}
            << 3 << QString();
        QTest::newRow("sqlite conflict refused")
            << QStringList{QStringLiteral("convert"), vector(QStringLiteral("fg065-dup-peer-id.session")),
                           QStringLiteral("/nonexistent/out.sqlite"), QStringLiteral("--to"),
                           QStringLiteral("ferogram-sqlite")}
            << 3 << QString();
        QTest::newRow("scan of a file") << QStringList{QStringLiteral("scan"), fresh} << 2 << QString();
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mention);
        const Run plain = cli(args);
        QVERIFY2(plain.code == code, qPrintable(show(plain)));
        QVERIFY2(plain.out.isEmpty() || code == 1, qPrintable(show(plain))); // errors go to stderr
        QVERIFY(!plain.err.trimmed().isEmpty());
        if (!mention.isEmpty())
            QVERIFY2(plain.err.contains(mention.toUtf8()), qPrintable(show(plain)));

        if (args.isEmpty())
            return;
        // With --json: one {"error": ...} object on stdout, same exit code.
        const Run json = cli(args + QStringList{QStringLiteral("--json")});
        if (args.first() == u"inspect" || args.first() == u"convert" || args.first() == u"scan") {
            QVERIFY2(json.code == code, qPrintable(show(json)));
            QVERIFY2(isSingleJsonObject(json.out), qPrintable(show(json)));
            QVERIFY(json.json().contains(u"error"));
            QCOMPARE(json.json().size(), qsizetype(1));
            QVERIFY(!json.json()[u"error"].toString().isEmpty());
        }
    }

    void ioFailureIsExit4()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r =
            cli({QStringLiteral("convert"), vector(QStringLiteral("fg065-fresh-login.session")),
                 blocker + QStringLiteral("/out.session"), QStringLiteral("--to"), QStringLiteral("ferogram-binary")});
        QVERIFY2(r.code == 4, qPrintable(show(r)));
    }

    void inspectJsonHidesKeysUnlessRevealed()
    {
        const QString fresh = vector(QStringLiteral("fg065-fresh-login.session"));
        const Run hidden = cli({QStringLiteral("inspect"), QStringLiteral("--json"), fresh});
        QVERIFY2(hidden.code == 0, qPrintable(show(hidden)));
        QVERIFY(isSingleJsonObject(hidden.out));
        const QJsonObject o = hidden.json();
        QCOMPARE(o[u"format"].toString(), QStringLiteral("ferogram-binary"));
        QVERIFY(o[u"warnings"].isArray());
        QCOMPARE(o[u"source_version"].toInt(), 8);
        bool sawDc2 = false;
        for (const QJsonValue &dc : o[u"dcs"].toArray()) {
            if (dc[u"dc_id"].toInt() == 2) {
                sawDc2 = true;
                QCOMPARE(dc[u"auth_key"].toString(), QStringLiteral("hidden"));
                QCOMPARE(dc[u"auth_key_id"].toString(), QStringLiteral("7bd5f2bc4b628607"));
            } else {
                QVERIFY(dc[u"auth_key"].isNull());
                QVERIFY(dc[u"auth_key_id"].isNull());
            }
        }
        QVERIFY(sawDc2);
        QVERIFY(!hidden.out.contains(QByteArray(32, '0')) || true);

        const Run revealed =
            cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--reveal"), fresh});
        QCOMPARE(revealed.code, 0);
        for (const QJsonValue &dc : revealed.json()[u"dcs"].toArray())
            if (dc[u"dc_id"].toInt() == 2)
                QVERIFY(
                    QRegularExpression(QStringLiteral("^[0-9a-f]{512}$")).match(dc[u"auth_key"].toString()).hasMatch());

        // The expected session of the manifest, keys and all.
        for (const QJsonValue &v : test::manifestVectors(QStringLiteral("ferogram")))
            if (v[u"file"].toString() == u"fg065-fresh-login.session")
                QCOMPARE(test::jsonDiff(v[u"expected"], revealed.json()), QString());

        // The readable summary shows the id, never the key.
        const Run summary = cli({QStringLiteral("inspect"), fresh});
        QCOMPARE(summary.code, 0);
        QVERIFY(summary.out.contains("7bd5f2bc4b628607"));
        const QString key = revealed.json()[u"dcs"].toArray()[1][u"auth_key"].toString();
        QVERIFY(!key.isEmpty());
        QVERIFY(!summary.out.contains(key.left(32).toLatin1()));
        QVERIFY(!hidden.out.contains(key.left(32).toLatin1()));
        const Run revealedSummary = cli({QStringLiteral("inspect"), QStringLiteral("--reveal"), fresh});
        QVERIFY(revealedSummary.out.contains(key.left(32).toLatin1()));
    }

    // Files beside a session that belong to it: in the text, in JSON as
    // "related" (a file input only), with a warning for readable copies.
    void inspectListsRelatedFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.session"));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-fresh-login.session")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        const Run none = cli({QStringLiteral("inspect"), QStringLiteral("--json"), path});
        QVERIFY2(none.code == 0, qPrintable(show(none)));
        QVERIFY(none.json()[u"related"].isArray());
        QVERIFY(none.json()[u"related"].toArray().isEmpty());

        const QString bak = path + QStringLiteral(".bak"), tmp = path + QStringLiteral(".12.tmp");
        QVERIFY(QFile::copy(path, bak));
        QVERIFY(QFile::copy(path, tmp));
        QFile::setPermissions(bak, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(tmp, QFile::ReadOwner | QFile::WriteOwner);
        // Not this session's: a longer name that merely starts with it.
        QVERIFY(QFile::copy(path, path + QStringLiteral("2.bak")));

        const Run json = cli({QStringLiteral("inspect"), QStringLiteral("--json"), path});
        QVERIFY2(json.code == 0, qPrintable(show(json)));
        QStringList related;
        for (const QJsonValue &file : json.json()[u"related"].toArray())
            related << file.toString();
        related.sort();
        QCOMPARE(related, (QStringList{tmp, bak}));
        bool warned = false;
        for (const QJsonValue &w : json.json()[u"warnings"].toArray())
            warned = warned
                     || (w.toString().contains(QStringLiteral("s.session.bak"))
                         && w.toString().contains(QStringLiteral("0644")));
        QVERIFY2(warned, qPrintable(show(json)));

        const Run text = cli({QStringLiteral("inspect"), path});
        QVERIFY2(text.code == 0, qPrintable(show(text)));
        QVERIFY2(text.out.contains("Related"), qPrintable(show(text)));
        QVERIFY(text.out.contains(QDir::toNativeSeparators(bak).toUtf8() + " (mode 0644)"));
        QVERIFY(text.out.contains(QDir::toNativeSeparators(tmp).toUtf8() + " (mode 0600)"));
        QVERIFY(!text.out.contains("s.session2.bak"));

        // Standard input has no place on disk, so no "related".
        const Run piped =
            cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")}, test::readFile(path));
        QVERIFY2(piped.code == 0, qPrintable(show(piped)));
        QVERIFY(!piped.json().contains(u"related"));
    }

    // The schema generation of a ferogram database (ferogram-formats.md §2),
    // as the text and scan show it; binary files carry source_version instead.
    void inspectJsonGeneration_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("writeVersion");   // 0: the vector itself; else written with --format-version
        QTest::addColumn<QString>("generation"); // empty: no "generation" key
        QTest::newRow("0.6.5 database") << QStringLiteral("fg065-typical.sqlite") << 0 << QStringLiteral("E");
        QTest::newRow("0.5.2 database") << QStringLiteral("fg052-typical.sqlite") << 0 << QStringLiteral("C");
        QTest::newRow("oldest schema") << QStringLiteral("sqlite-old-schema.sqlite") << 0 << QStringLiteral("A");
        QTest::newRow("written v5") << QStringLiteral("fg065-fresh-login.session") << 5 << QStringLiteral("B");
        QTest::newRow("written v7") << QStringLiteral("fg065-fresh-login.session") << 7 << QStringLiteral("C");
        QTest::newRow("written v8") << QStringLiteral("fg065-fresh-login.session") << 8 << QStringLiteral("E");
        QTest::newRow("binary file") << QStringLiteral("fg065-typical.session") << 0 << QString();
    }

    void inspectJsonGeneration()
    {
        QFETCH(QString, source);
        QFETCH(int, writeVersion);
        QFETCH(QString, generation);
        QTemporaryDir dir;
        QString path = vector(source);
        if (writeVersion) {
            path = dir.filePath(QStringLiteral("out.sqlite"));
            const Run written = cli({QStringLiteral("convert"), vector(source), path, QStringLiteral("--to"),
                                     QStringLiteral("ferogram-sqlite"), QStringLiteral("--format-version"),
                                     QString::number(writeVersion), QStringLiteral("--accept-loss")});
            QVERIFY2(written.code == 0, qPrintable(show(written)));
        }
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), path});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        if (generation.isEmpty()) {
            QVERIFY(!r.json().contains(u"generation"));
            QVERIFY(r.json().contains(u"source_version"));
            return;
        }
        QCOMPARE(r.json()[u"generation"].toString(), generation);
        QVERIFY(!r.json().contains(u"source_version"));
        // The text says the same generation.
        const Run text = cli({QStringLiteral("inspect"), path});
        QVERIFY2(text.out.contains("generation " + generation.toUtf8()), qPrintable(show(text)));
    }

    void compactPrintsTheCompactObject()
    {
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"),
                           vector(QStringLiteral("fg065-full-ipv4.compact-v1.txt"))});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        const QJsonObject o = r.json();
        QCOMPARE(o[u"format"].toString(), QStringLiteral("ferogram-compact-v1"));
        QCOMPARE(o[u"version"].toInt(), 1);
        for (const char *key : {"dc_id", "ip", "port", "user_id", "server_salt", "seq_no", "layer"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QCOMPARE(o[u"auth_key"].toString(), QStringLiteral("hidden"));
        QVERIFY(!o.contains(u"dcs"));
    }

    void nativeNamedLikeCompactReadsAsNative()
    {
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"),
                           vector(QStringLiteral("compact-given-native.compact-v2.txt"))});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QCOMPARE(r.json()[u"format"].toString(), QStringLiteral("ferogram-native"));
        // --from forces the compact reading, which fails as upstream's does.
        const Run forced =
            cli({QStringLiteral("inspect"), QStringLiteral("--from"), QStringLiteral("ferogram-compact-v2"),
                 vector(QStringLiteral("compact-given-native.compact-v2.txt"))});
        QCOMPARE(forced.code, 2);
    }

    void stdinAndStdout()
    {
        // A pasted native string.
        const Run native = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")},
                               test::readFile(vector(QStringLiteral("fg065-typical.native.txt"))) + "\n");
        QVERIFY2(native.code == 0, qPrintable(show(native)));
        QCOMPARE(native.json()[u"format"].toString(), QStringLiteral("ferogram-native"));
        // Binary bytes.
        const Run binary = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")},
                               test::readFile(vector(QStringLiteral("fg065-typical.session"))));
        QVERIFY2(binary.code == 0, qPrintable(show(binary)));
        QCOMPARE(binary.json()[u"format"].toString(), QStringLiteral("ferogram-binary"));

        // binary on stdin -> compact string on stdout, losses on stderr.
        const Run toCompact =
            cli({QStringLiteral("convert"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("--to"),
                 QStringLiteral("ferogram-compact-v2"), QStringLiteral("--user-id"), QStringLiteral("424242"),
                 QStringLiteral("--accept-loss")},
                test::readFile(vector(QStringLiteral("fg065-fresh-login.session"))));
        QVERIFY2(toCompact.code == 0, qPrintable(show(toCompact)));
        const QByteArray string = toCompact.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(QString::fromLatin1(string)).hasMatch());
        QCOMPARE(string.size(), 364); // a V2 IPv4 compact string
        QVERIFY(toCompact.err.contains("DC"));

        const Run back = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")}, string);
        QVERIFY2(back.code == 0, qPrintable(show(back)));
        QCOMPARE(back.json()[u"user_id"].toInteger(), 424242);
        QCOMPARE(back.json()[u"auth_key_id"].toString(), QStringLiteral("7bd5f2bc4b628607"));

        // Without --accept-loss: refused, nothing on stdout.
        const Run refused = cli({QStringLiteral("convert"), QStringLiteral("-"), QStringLiteral("-"),
                                 QStringLiteral("--to"), QStringLiteral("ferogram-compact-v2")},
                                test::readFile(vector(QStringLiteral("fg065-fresh-login.session"))));
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.out.isEmpty());
    }

    void convertRefusesLossAndExistingOutput()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("old.session"));
        const QStringList lossy{QStringLiteral("convert"),
                                vector(QStringLiteral("fg065-typical.session")),
                                out,
                                QStringLiteral("--to"),
                                QStringLiteral("ferogram-binary"),
                                QStringLiteral("--format-version"),
                                QStringLiteral("6")};
        const Run refused = cli(lossy);
        QVERIFY2(refused.code == 3, qPrintable(show(refused)));
        QVERIFY(refused.err.contains("token"));
        QVERIFY(!QFile::exists(out));

        const Run refusedJson = cli(lossy + QStringList{QStringLiteral("--json")});
        QCOMPARE(refusedJson.code, 3);
        QVERIFY(isSingleJsonObject(refusedJson.out));
        QVERIFY(refusedJson.json()[u"error"].toString().contains(QStringLiteral("token")));

        const Run accepted = cli(lossy + QStringList{QStringLiteral("--accept-loss"), QStringLiteral("--json")});
        QVERIFY2(accepted.code == 0, qPrintable(show(accepted)));
        const QJsonObject o = accepted.json();
        QCOMPARE(o[u"written"].toString(), out);
        QCOMPARE(o[u"format"].toString(), QStringLiteral("ferogram-binary"));
        QVERIFY(o[u"losses"].toArray().size() >= 2); // token and communities at least
        QCOMPARE(QFile(out).permissions() & groupOther(), QFileDevice::Permissions());
        const QByteArray written = test::readFile(out);
        QCOMPARE(written.at(0), char(6));

        // Existing OUT: refused without --force, the file untouched.
        const Run again = cli(lossy + QStringList{QStringLiteral("--accept-loss")});
        QVERIFY2(again.code == 3, qPrintable(show(again)));
        QVERIFY(again.err.contains("--force"));
        QCOMPARE(test::readFile(out), written);
        const Run forced = cli({QStringLiteral("convert"), vector(QStringLiteral("fg065-typical.session")), out,
                                QStringLiteral("--to"), QStringLiteral("ferogram-binary"), QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(show(forced)));
        QCOMPARE(test::readFile(out), test::readFile(vector(QStringLiteral("fg065-typical.session"))));
    }

    void writtenFilesAreOwnerOnly_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f :
             {"ferogram-binary", "ferogram-native", "ferogram-compact-v1", "ferogram-compact-v2", "ferogram-sqlite"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void writtenFilesAreOwnerOnly()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("convert"), vector(QStringLiteral("fg065-typical.session")), out,
                           QStringLiteral("--to"), format, QStringLiteral("--accept-loss")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QCOMPARE(QFile(out).permissions() & groupOther(), QFileDevice::Permissions());
        const Run back = cli({QStringLiteral("inspect"), QStringLiteral("--json"), out});
        QVERIFY2(back.code == 0, qPrintable(show(back)));
        QCOMPARE(back.json()[u"format"].toString(), format);
    }

    void batchConvert()
    {
        QTemporaryDir dir;
        const QString outDir = dir.filePath(QStringLiteral("out"));
        const QStringList args{QStringLiteral("convert"),
                               vector(QStringLiteral("fg065-typical.session")),
                               vector(QStringLiteral("fg052-fresh-login.native.txt")),
                               QStringLiteral("--out-dir"),
                               outDir,
                               QStringLiteral("--to"),
                               QStringLiteral("ferogram-native"),
                               QStringLiteral("--format-version"),
                               QStringLiteral("7"),
                               QStringLiteral("--json")};
        const Run refused = cli(args);
        QCOMPARE(refused.code, 3);
        QVERIFY(!QFile::exists(outDir));
        // The refusal names the flag, as single-file convert does.
        QVERIFY2(refused.json()[u"error"].toString().contains(QStringLiteral("pass --accept-loss")),
                 qPrintable(show(refused)));
        const Run plainRefused = cli(args.mid(0, args.size() - 1));
        QVERIFY2(plainRefused.code == 3 && plainRefused.err.contains("pass --accept-loss"),
                 qPrintable(show(plainRefused)));
        const Run done = cli(args + QStringList{QStringLiteral("--accept-loss")});
        QVERIFY2(done.code == 0, qPrintable(show(done)));
        QCOMPARE(done.json()[u"written"].toArray().size(), 2);
        QVERIFY(QFile::exists(outDir + QStringLiteral("/fg065-typical.native.txt")));
        QVERIFY(QFile::exists(outDir + QStringLiteral("/fg052-fresh-login.native.txt")));
        QVERIFY(!done.json()[u"losses"].toArray().isEmpty());

        // Again: the outputs exist now; the refusal names --force.
        const Run existing = cli(args + QStringList{QStringLiteral("--accept-loss")});
        QVERIFY2(existing.code == 3, qPrintable(show(existing)));
        QVERIFY2(existing.json()[u"error"].toString().contains(QStringLiteral("pass --force")),
                 qPrintable(show(existing)));
        const Run forced = cli(args + QStringList{QStringLiteral("--accept-loss"), QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(show(forced)));
    }

    // Entries a database cannot hold twice: refused naming --keep; --keep
    // first|last keeps one of each and lists every dropped entry as a loss
    // (so --accept-loss is needed too), in single-file and batch mode.
    void convertKeepChoosesAmongConflicts_data()
    {
        QTest::addColumn<QString>("source"); // a vector, or empty for test::sessionWithConflicts()
        QTest::addColumn<QString>("keep");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<QString>("droppedText"); // in the line of a dropped entry
        const QString dupPeer = QStringLiteral("fg065-dup-peer-id.session");
        QTest::newRow("dup peer, first") << dupPeer << QStringLiteral("first") << 1 << QStringLiteral("Peer ");
        QTest::newRow("dup peer, last") << dupPeer << QStringLiteral("last") << 1 << QStringLiteral("Peer ");
        // The copies come last: keeping the first drops the copy's address and min peer.
        QTest::newRow("dc, min peer, pts: first")
            << QString() << QStringLiteral("first") << 3 << QStringLiteral("10.9.8.7:443");
        QTest::newRow("dc, min peer, pts: last")
            << QString() << QStringLiteral("last") << 3 << QStringLiteral("seen in peer");
    }

    void convertKeepChoosesAmongConflicts()
    {
        QFETCH(QString, source);
        QFETCH(QString, keep);
        QFETCH(int, dropped);
        QFETCH(QString, droppedText);
        QTemporaryDir dir;
        QString in = source.isEmpty() ? QString() : vector(source);
        if (in.isEmpty()) {
            in = dir.filePath(QStringLiteral("conflicts.session"));
            Result<QByteArray> bytes = binary::write(test::sessionWithConflicts(), 8);
            QVERIFY(bytes.ok());
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes.value()) == bytes->size());
            f.close();
        }
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        const QStringList base{QStringLiteral("convert"), in, out, QStringLiteral("--to"),
                               QStringLiteral("ferogram-sqlite")};

        const Run refused = cli(base);
        QVERIFY2(refused.code == 3 && refused.err.contains("--keep first or --keep last"), qPrintable(show(refused)));
        QVERIFY(!QFile::exists(out));
        const Run badKeep = cli(base + QStringList{QStringLiteral("--keep"), QStringLiteral("middle")});
        QVERIFY2(badKeep.code == 1 && badKeep.err.contains("--keep"), qPrintable(show(badKeep)));

        // A choice without --accept-loss: the dropped entries are listed and nothing is written.
        const QStringList chosen = base + QStringList{QStringLiteral("--keep"), keep};
        const Run lossy = cli(chosen);
        QVERIFY2(lossy.code == 3 && lossy.err.contains("--accept-loss"), qPrintable(show(lossy)));
        QCOMPARE(lossy.err.count("is dropped"), qsizetype(dropped));
        QVERIFY(!QFile::exists(out));

        const Run done = cli(chosen + QStringList{QStringLiteral("--accept-loss"), QStringLiteral("--json")});
        QVERIFY2(done.code == 0, qPrintable(show(done)));
        QStringList dropLines;
        for (const QJsonValue &loss : done.json()[u"losses"].toArray())
            if (loss.toString().contains(QStringLiteral("is dropped")))
                dropLines << loss.toString();
        QCOMPARE(dropLines.size(), qsizetype(dropped));
        QVERIFY2(dropLines.join(u' ').contains(droppedText), qPrintable(dropLines.join(u'\n')));
        const Run back = cli({QStringLiteral("inspect"), QStringLiteral("--json"), out});
        QVERIFY2(back.code == 0, qPrintable(show(back)));
        const Run before = cli({QStringLiteral("inspect"), QStringLiteral("--json"), in});
        const auto entries = [](const QJsonObject &o) {
            return o[u"dcs"].toArray().size() + o[u"peers"].toArray().size() + o[u"min_peers"].toArray().size()
                   + o[u"updates_state"][u"channels"].toArray().size();
        };
        QCOMPARE(entries(back.json()), entries(before.json()) - dropped);

        // Batch: the same refusal and the same choice, for every input.
        const QString outDir = dir.filePath(QStringLiteral("batch"));
        const QStringList batch{QStringLiteral("convert"),   in,
                                QStringLiteral("--out-dir"), outDir,
                                QStringLiteral("--to"),      QStringLiteral("ferogram-sqlite")};
        const Run batchRefused = cli(batch);
        QVERIFY2(batchRefused.code == 3 && batchRefused.err.contains("--keep first or --keep last"),
                 qPrintable(show(batchRefused)));
        QVERIFY(!QFile::exists(outDir));
        const Run batchDone = cli(
            batch
            + QStringList{QStringLiteral("--keep"), keep, QStringLiteral("--accept-loss"), QStringLiteral("--json")});
        QVERIFY2(batchDone.code == 0, qPrintable(show(batchDone)));
        QCOMPARE(batchDone.json()[u"written"].toArray().size(), 1);
        qsizetype batchDrops = 0;
        for (const QJsonValue &loss : batchDone.json()[u"losses"].toArray())
            batchDrops += loss.toString().contains(QStringLiteral("is dropped"));
        QCOMPARE(batchDrops, qsizetype(dropped));
    }

    void scanJsonAndDuplicates()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-fresh-login.session")),
                            dir.filePath(QStringLiteral("a.session"))));
        QVERIFY(
            QFile::copy(vector(QStringLiteral("fg065-fresh-login.native.txt")), dir.filePath(QStringLiteral("b.txt"))));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-typical.sqlite")), dir.filePath(QStringLiteral("c.sqlite"))));
        // Upstream's leftovers beside a.session: listed with it, not as sessions.
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("a.session")), dir.filePath(QStringLiteral("a.session.bak"))));
        QVERIFY(
            QFile::copy(dir.filePath(QStringLiteral("a.session")), dir.filePath(QStringLiteral("a.session.4.tmp"))));
        const Run r = cli({QStringLiteral("scan"), QStringLiteral("--json"), dir.path()});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        const QJsonObject o = r.json();
        QVERIFY(o.contains(u"root"));
        QVERIFY(o[u"errors"].isArray());
        const QJsonArray sessions = o[u"sessions"].toArray();
        QCOMPARE(sessions.size(), 3);
        int duplicates = 0;
        for (const QJsonValue &s : sessions) {
            for (const char *key :
                 {"path", "format", "version", "home_dc_id", "auth_key_id", "peers", "mode", "duplicate_of", "related"})
                QVERIFY2(s.toObject().contains(QLatin1StringView(key)), key);
            duplicates += !s[u"duplicate_of"].toArray().isEmpty();
            QStringList related;
            for (const QJsonValue &file : s[u"related"].toArray())
                related << QFileInfo(file.toString()).fileName();
            related.sort();
            const QStringList leftovers{QStringLiteral("a.session.4.tmp"), QStringLiteral("a.session.bak")};
            QCOMPARE(related, QFileInfo(s[u"path"].toString()).fileName() == u"a.session" ? leftovers : QStringList());
        }
        QCOMPARE(duplicates, 2); // a.session and b.txt hold the same key
        const Run text = cli({QStringLiteral("scan"), dir.path()});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("7bd5f2bc4b628607"));
    }

    void deleteAndRestrict()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.session"));
        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-fresh-login.session")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

        // A copy upstream left beside it holds the same keys.
        const QString bak = path + QStringLiteral(".bak");
        QVERIFY(QFile::copy(path, bak));
        QFile::setPermissions(bak, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

        const Run warned = cli({QStringLiteral("inspect"), path});
        QVERIFY(warned.out.contains("0644"));
        const Run restricted = cli({QStringLiteral("restrict"), path});
        QVERIFY2(restricted.code == 0, qPrintable(show(restricted)));
        QCOMPARE(QFile(path).permissions() & groupOther(), QFileDevice::Permissions());
        QCOMPARE(QFile(bak).permissions() & groupOther(), QFileDevice::Permissions());
        // Each file changed is reported.
        QVERIFY2(restricted.out.contains(QDir::toNativeSeparators(path).toUtf8() + ": mode 0644 -> 0600"),
                 qPrintable(show(restricted)));
        QVERIFY2(restricted.out.contains(QDir::toNativeSeparators(bak).toUtf8() + ": mode 0644 -> 0600"),
                 qPrintable(show(restricted)));
        QVERIFY(QFile::remove(bak));

        // No terminal, no --yes: refused, nothing removed.
        const Run refused = cli({QStringLiteral("delete"), path});
        QVERIFY2(refused.code == 1, qPrintable(show(refused)));
        QVERIFY(refused.err.contains("s.session"));
        QVERIFY(QFile::exists(path));

        const Run trashed = cli({QStringLiteral("delete"), QStringLiteral("--yes"), path});
        QVERIFY2(trashed.code == 0, qPrintable(show(trashed)));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(cli.home() + QStringLiteral("/data/Trash/files/s.session")));

        QVERIFY(QFile::copy(vector(QStringLiteral("fg065-fresh-login.session")), path));
        const Run permanent =
            cli({QStringLiteral("delete"), QStringLiteral("--permanent"), QStringLiteral("--yes"), path});
        QVERIFY2(permanent.code == 0, qPrintable(show(permanent)));
        QVERIFY(!QFile::exists(path));

        const Run missing = cli({QStringLiteral("delete"), QStringLiteral("--yes"), path});
        QCOMPARE(missing.code, 2);
        const Run both = cli({QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--permanent"),
                              QStringLiteral("--rows-only"), path});
        QCOMPARE(both.code, 1);
    }

    // Inspecting every vector (and scanning the folder) in a writable copy
    // changes no byte and creates no file.
    void openingWritesNothing()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("vectors"));
        QDir().mkpath(copy);
        const QString source = test::dataPath(QStringLiteral("vectors/ferogram"));
        for (const QString &name : QDir(source).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(source + u'/' + name, copy + u'/' + name));
            QFile::setPermissions(copy + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
        }
        const auto before = test::folderFingerprint(copy);
        int ok = 0;
        for (const QString &name : QDir(copy).entryList(QDir::Files)) {
            const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), copy + u'/' + name});
            QVERIFY2(r.code == 0 || r.code == 2, qPrintable(name + u' ' + show(r)));
            QVERIFY2(isSingleJsonObject(r.out), qPrintable(name));
            ok += r.code == 0;
        }
        QVERIFY(ok > 60);
        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--json"), copy}).code, 0);
        QCOMPARE(test::folderFingerprint(copy), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
