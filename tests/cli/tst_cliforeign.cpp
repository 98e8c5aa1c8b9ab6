// feroscope-cli and other libraries' sessions (issue 5): the foreign inspect
// JSON against the manifest, tdata passcodes and accounts, the flags a target
// needs, conversion into every foreign format and back, scan and locate.
// Every vector is used through a temporary copy that must not change.
#include "../core/foreignfixtures.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using namespace fero::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList SharedKeys{QStringLiteral("dc_id"),  QStringLiteral("ip"),        QStringLiteral("port"),
                             QStringLiteral("ipv6"),   QStringLiteral("auth_key"),  QStringLiteral("user_id"),
                             QStringLiteral("is_bot"), QStringLiteral("test_mode"), QStringLiteral("api_id")};

QJsonObject manifestEntry(const QString &file)
{
    for (const QJsonValue &v : manifestVectors(QStringLiteral("foreign")))
        if (v[u"file"].toString() == file)
            return v.toObject();
    qFatal("no manifest entry for %s", qPrintable(file));
}

QString foreignPath(const QString &file)
{
    return dataPath(QStringLiteral("vectors/foreign/") + file);
}

QString ferogramPath(const QString &name)
{
    return dataPath(QStringLiteral("vectors/ferogram/") + name);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

class TestCliForeign : public QObject {
    Q_OBJECT

    Cli cli;
    QTemporaryDir temp;

    // A private copy of a vector (file or folder) and its fingerprint.
    QString copyOf(const QString &file)
    {
        const QString dest = temp.filePath(QString::number(++m_copies) + u'-' + QFileInfo(file).fileName());
        return copyVector(foreignPath(file), dest);
    }
    int m_copies = 0;

private slots:
    // The shared keys equal the manifest's `expected` (what the real library
    // reads); api_id is null unless the format has the field.
    void inspectJsonMatchesManifest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("format");
        QTest::newRow("Telethon string") << "telethon/telethon_str_dc2_v4.txt" << QStringList() << "telethon-string";
        QTest::newRow("Pyrogram string") << "pyrogram/pyrogram_real_string_dc4.txt" << QStringList()
                                         << "pyrogram-string";
        QTest::newRow("Telethon SQLite") << "telethon/telethon_sqlite_full.session" << QStringList()
                                         << "telethon-sqlite";
        QTest::newRow("Pyrogram SQLite") << "pyrogram/pyrogram_sqlite_user_dc2.session" << QStringList()
                                         << "pyrogram-sqlite";
        QTest::newRow("GramJS store") << "gramjs/gramjs_store_dc4" << QStringList() << "gramjs-store";
        QTest::newRow("mtcute string") << "mtcute/mtcute_str_prod_dc2_user.txt" << QStringList() << "mtcute-string";
        // The Telethon IPv6 length (§10) and a Pyrogram length (356): detection decides.
        QTest::newRow("GramJS string") << "gramjs/gramjs_str_dc2_v4.txt" << QStringList() << "gramjs-string";
        QTest::newRow("GramJS string, IPv6") << "gramjs/gramjs_str_dc2_v6.txt" << QStringList() << "gramjs-string";
        QTest::newRow("MTKruto string") << "mtcute/mtkruto_dc2.txt" << QStringList() << "mtkruto-string";
        QTest::newRow("MTKruto string, test DC") << "mtcute/mtkruto_dc1_test.txt" << QStringList() << "mtkruto-string";
        QTest::newRow("tdata, no passcode") << "tdata/tdata_single_nopass" << QStringList() << "tdesktop-tdata";
        QTest::newRow("tdata, passcode") << "tdata/tdata_single_passcode"
                                         << QStringList{QStringLiteral("--passcode"), QStringLiteral("correct horse")}
                                         << "tdesktop-tdata";
        QTest::newRow("tdata, two accounts") << "tdata/tdata_two_accounts" << QStringList() << "tdesktop-tdata";
    }
    void inspectJsonMatchesManifest()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(QString, format);
        const QString copy = copyOf(file);
        const auto before = folderFingerprint(temp.path());
        const Run r = cli(
            QStringList{QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--reveal"), copy} + extra);
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        const QJsonObject o = r.json();
        QCOMPARE(o[u"format"].toString(), format);
        QVERIFY(o[u"warnings"].isArray());
        for (const QString &key : SharedKeys)
            QVERIFY2(o.contains(key), qPrintable(key));
        const QString diff =
            jsonDiff(pick(manifestEntry(file)[u"expected"].toObject(), SharedKeys), pick(o, SharedKeys));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        if (format == u"pyrogram-string")
            QVERIFY(!o[u"api_id"].isNull());
        if (format == u"telethon-string" || format == u"gramjs-string" || format == u"mtkruto-string")
            QVERIFY(o[u"api_id"].isNull() && o[u"user_id"].isNull());
        if (format == u"tdesktop-tdata") {
            const QJsonArray accounts = o[u"accounts"].toArray();
            QVERIFY(!accounts.isEmpty());
            QCOMPARE(pick(accounts[0].toObject(), SharedKeys), pick(o, SharedKeys));
        }
        // Without --reveal the key is hidden, its presence still visible.
        const Run hidden = cli(QStringList{QStringLiteral("inspect"), QStringLiteral("--json"), copy} + extra);
        QCOMPARE(hidden.json()[u"auth_key"].toString(), QStringLiteral("hidden"));
        QVERIFY(!hidden.out.contains(o[u"auth_key"].toString().toLatin1()));
        QCOMPARE(folderFingerprint(temp.path()), before); // opening changed no byte
    }

    // --account 1: the top-level keys are the second account's.
    void inspectSecondAccount()
    {
        const QString copy = copyOf(QStringLiteral("tdata/tdata_two_accounts"));
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--reveal"),
                           QStringLiteral("--account"), QStringLiteral("1"), copy});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        const QJsonObject o = r.json();
        const QJsonObject second = manifestEntry(QStringLiteral("tdata/tdata_two_accounts"))[u"decoded_by"]
                                       .toObject()
                                       .begin()
                                       ->toObject()[u"accounts"][1]
                                       .toObject();
        QCOMPARE(o[u"account"].toInt(), 1);
        QCOMPARE(o[u"user_id"].toInteger(), second[u"user_id"].toInteger());
        QCOMPARE(o[u"dc_id"].toInt(), second[u"main_dc_id"].toInt());
        QCOMPARE(o[u"auth_key"].toString(), second[u"auth_keys"][0][u"key"].toString());
        QCOMPARE(pick(o[u"accounts"][1].toObject(), SharedKeys), pick(o, SharedKeys));

        const Run text = cli({QStringLiteral("inspect"), QStringLiteral("--account"), QStringLiteral("1"), copy});
        QVERIFY2(text.code == 0, qPrintable(show(text)));
        QVERIFY(text.out.contains("showing account 1"));
        QVERIFY(text.out.contains("5123456789"));

        const Run missing = cli({QStringLiteral("inspect"), QStringLiteral("--account"), QStringLiteral("2"), copy});
        QVERIFY2(missing.code == 1, qPrintable(show(missing)));
        QVERIFY(missing.err.contains("--account"));
        const Run notNumber = cli({QStringLiteral("inspect"), QStringLiteral("--account"), QStringLiteral("x"), copy});
        QCOMPARE(notNumber.code, 1);
    }

    void wrongOrMissingPasscodeIsExit2_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("says"); // none given is not called wrong
        QTest::newRow("wrong, json") << args({"--json", "--passcode", "correct horse!"}) << u"Wrong passcode"_s;
        QTest::newRow("wrong, text") << args({"--passcode", "nope"}) << u"Wrong passcode"_s;
        QTest::newRow("none, no terminal") << QStringList() << u"Give it with --passcode"_s;
        QTest::newRow("none, json") << args({"--json"}) << u"Give it with --passcode"_s;
    }
    void wrongOrMissingPasscodeIsExit2()
    {
        QFETCH(QStringList, extra);
        const QString copy = copyOf(QStringLiteral("tdata/tdata_single_passcode"));
        const auto before = folderFingerprint(copy);
        const Run r = cli(QStringList{QStringLiteral("inspect"), copy} + extra);
        QVERIFY2(r.code == 2, qPrintable(show(r)));
        const QString message = extra.contains(u"--json"_s) ? r.json()[u"error"].toString() : QString::fromUtf8(r.err);
        QFETCH(QString, says);
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(message.contains(u"Wrong"_s), says.startsWith(u"Wrong"_s));
        QCOMPARE(folderFingerprint(copy), before);
    }

    // On a terminal (a pseudo-terminal from script(1)) a missing passcode is
    // asked for without echo.
    void promptsForPasscodeOnATerminal()
    {
        const QString copy = copyOf(QStringLiteral("tdata/tdata_single_passcode"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString command = QStringLiteral("'%1' inspect --json '%2'").arg(QStringLiteral(FEROSCOPE_CLI), copy);
        process.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted());
        QByteArray seen;
        while (!seen.contains("passcode") && process.waitForReadyRead(20000))
            seen += process.readAll();
        QVERIFY2(seen.contains("Local passcode of"), seen.constData());
        process.write("correct horse\n");
        QVERIFY(process.waitForFinished(60000));
        seen += process.readAll();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(seen.contains("7999999999999"), seen.constData());
        QVERIFY2(!seen.contains("correct horse"), seen.constData()); // not echoed
    }

    // The readable output names the format, the other readings and the values.
    void plainInspectExplains()
    {
        const Run r = cli({QStringLiteral("inspect"), copyOf(QStringLiteral("telethon/telethon_str_dc2_v4.txt"))});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QVERIFY(r.out.contains("Detected as     Telethon string, IPv4, 353 characters"));
        QVERIFY(r.out.contains("Not a Pyrogram string"));
        QVERIFY(r.out.contains("User id       not stored in this format"));
        const Run pyro =
            cli({QStringLiteral("inspect"), copyOf(QStringLiteral("pyrogram/pyrogram_real_string_dc4.txt"))});
        QVERIFY(pyro.out.contains("API id        611335"));
        const Run gramjs = cli({QStringLiteral("inspect"), copyOf(QStringLiteral("gramjs/gramjs_str_dc2_v4.txt"))});
        QVERIFY2(gramjs.code == 0, qPrintable(show(gramjs)));
        QVERIFY2(gramjs.out.contains("Detected as     GramJS string"), qPrintable(show(gramjs)));
        QVERIFY(gramjs.out.contains("Not a Telethon string"));
        QVERIFY(!gramjs.out.contains("not initialised")); // GramJS strings hold no update state
        const Run kruto = cli({QStringLiteral("inspect"), copyOf(QStringLiteral("mtcute/mtkruto_dc1_test.txt"))});
        QVERIFY2(kruto.code == 0, qPrintable(show(kruto)));
        QVERIFY2(kruto.out.contains("Detected as     MTKruto string"), qPrintable(show(kruto)));
        QVERIFY(kruto.out.contains("Not a Pyrogram string"));
        QVERIFY(kruto.out.contains("Pyrogram would load it without an error but misread it"));
    }

    // One '!' in a string file or on stdin: the string readers' error with
    // the character and its position, not the binary reader's "first byte".
    void badCharacterInStringFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("likely");
        QTest::newRow("Pyrogram") << "mtcute/pyrogram_new_dc2_user.txt"
                                  << "Pyrogram string";
        QTest::newRow("Telethon") << "telethon/telethon_str_dc2_v4.txt"
                                  << "Telethon string";
        QTest::newRow("MTKruto") << "mtcute/mtkruto_dc2.txt"
                                 << "MTKruto string";
    }
    void badCharacterInStringFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, likely);
        QByteArray text = readFile(foreignPath(file));
        text[100] = '!';
        const QString damaged = temp.filePath(QStringLiteral("damaged-") + QFileInfo(file).fileName());
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text + '\n');
        out.close();
        for (const bool piped : {false, true}) {
            const Run r = piped ? cli({QStringLiteral("inspect"), QStringLiteral("-")}, text)
                                : cli({QStringLiteral("inspect"), damaged});
            QVERIFY2(r.code == 2, qPrintable(show(r)));
            QVERIFY2(r.err.contains("'!' at position 101"), qPrintable(show(r)));
            QVERIFY2(r.err.contains(QStringLiteral("looks like a %1").arg(likely).toUtf8()), qPrintable(show(r)));
            QVERIFY2(!r.err.contains("ferogram session"), qPrintable(show(r)));
            const Run json = piped
                                 ? cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")}, text)
                                 : cli({QStringLiteral("inspect"), QStringLiteral("--json"), damaged});
            QCOMPARE(json.code, 2);
            QVERIFY2(json.json()[u"error"].toString().contains(u"'!' at position 101"_s), qPrintable(show(json)));
        }
    }

    // Convert a ferogram session into every foreign target (with the values
    // each needs), then read the output back.
    void convertToEveryForeignTarget_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("reinspect");
        QTest::addColumn<QString>("key"); // manifest key to check
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("telethon-string") << "telethon-string" << QStringList() << QStringList() << "dc_id"
                                         << QJsonValue(2);
        QTest::newRow("telethon-sqlite") << "telethon-sqlite" << QStringList() << QStringList() << "ip"
                                         << QJsonValue(u"149.154.167.51"_s);
        QTest::newRow("gramjs-string") << "gramjs-string" << QStringList() << QStringList() << "port"
                                       << QJsonValue(443);
        QTest::newRow("gramjs-store") << "gramjs-store" << QStringList() << QStringList() << "ipv6"
                                      << QJsonValue(false);
        QTest::newRow("mtcute-string") << "mtcute-string" << args({"--user-id", "777000", "--test-mode"})
                                       << QStringList() << "test_mode" << QJsonValue(true);
        QTest::newRow("pyrogram-string") << "pyrogram-string" << args({"--api-id", "12345", "--user-id", "42"})
                                         << QStringList() << "api_id" << QJsonValue(12345);
        QTest::newRow("pyrogram-string old") << "pyrogram-string" << args({"--pyrogram-old-layout", "--user-id", "42"})
                                             << QStringList() << "api_id" << QJsonValue();
        QTest::newRow("pyrogram-sqlite") << "pyrogram-sqlite" << args({"--api-id", "54321", "--user-id", "42"})
                                         << QStringList() << "api_id" << QJsonValue(54321);
        // Pyrogram's forks (issue 15): Kurigram stores the address it connects to.
        QTest::newRow("kurigram-sqlite") << "kurigram-sqlite" << args({"--api-id", "54321", "--user-id", "42"})
                                         << QStringList() << "ip" << QJsonValue(u"149.154.167.51"_s);
        QTest::newRow("pyrotgfork-sqlite") << "pyrotgfork-sqlite" << args({"--user-id", "42"}) << QStringList()
                                           << "user_id" << QJsonValue(42);
        QTest::newRow("pyrofork-sqlite") << "pyrofork-sqlite" << args({"--user-id", "42"}) << QStringList()
                                         << "user_id" << QJsonValue(42);
        QTest::newRow("mtkruto-string") << "mtkruto-string" << args({"--test-mode"}) << QStringList() << "test_mode"
                                        << QJsonValue(true);
        QTest::newRow("tdata") << "tdesktop-tdata" << args({"--user-id", "5123456789"}) << QStringList() << "user_id"
                               << QJsonValue(qint64(5123456789));
        QTest::newRow("tdata with passcode") << "tdesktop-tdata" << args({"--user-id", "99", "--passcode", "pässwörd"})
                                             << args({"--passcode", "pässwörd"}) << "user_id" << QJsonValue(99);
    }
    void convertToEveryForeignTarget()
    {
        QFETCH(QString, to);
        QFETCH(QStringList, flags);
        QFETCH(QStringList, reinspect);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const QString source = ferogramPath(QStringLiteral("fg065-fresh-login.session"));
        const Run in = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--reveal"), source});
        QJsonObject home;
        for (const QJsonValue &dc : in.json()[u"dcs"].toArray())
            if (home.isEmpty() && dc[u"dc_id"] == in.json()[u"home_dc_id"])
                home = dc.toObject();
        QVERIFY(!home.isEmpty());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run c = cli(QStringList{QStringLiteral("convert"), source, out, QStringLiteral("--to"), to,
                                      QStringLiteral("--accept-loss"), QStringLiteral("--json")}
                          + flags);
        QVERIFY2(c.code == 0, qPrintable(show(c)));
        QCOMPARE(c.json()[u"format"].toString(), to);

        const Run back =
            cli(QStringList{QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--reveal"), out}
                + reinspect);
        QVERIFY2(back.code == 0, qPrintable(show(back)));
        const QJsonObject o = back.json();
        QCOMPARE(o[u"format"].toString(), to);
        QCOMPARE(o[u"dc_id"].toInt(), in.json()[u"home_dc_id"].toInt());
        QCOMPARE(o[u"auth_key"].toString(), home[u"auth_key"].toString());
        QCOMPARE(o[key], value);
        if (!reinspect.isEmpty()) { // written with a passcode: refused without it
            const Run locked = cli({QStringLiteral("inspect"), out});
            QCOMPARE(locked.code, 2);
            QVERIFY(locked.err.contains("passcode"));
        }
    }

    // Hydrogram writes Pyrogram's schema: the manifest's id is an alias of
    // pyrogram-sqlite for --to and --from.
    void hydrogramAlias()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("h.session"));
        const Run c = cli({QStringLiteral("convert"), ferogramPath(QStringLiteral("fg065-fresh-login.session")), out,
                           QStringLiteral("--to"), QStringLiteral("hydrogram-sqlite"), QStringLiteral("--accept-loss"),
                           QStringLiteral("--json"), QStringLiteral("--user-id"), QStringLiteral("42")});
        QVERIFY2(c.code == 0, qPrintable(show(c)));
        QCOMPARE(c.json()[u"format"].toString(), u"pyrogram-sqlite"_s);
        const Run in = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--from"),
                            QStringLiteral("hydrogram-sqlite"), out});
        QVERIFY2(in.code == 0, qPrintable(show(in)));
        QCOMPARE(in.json()[u"format"].toString(), u"pyrogram-sqlite"_s);
        QCOMPARE(in.json()[u"layout"].toString(), u"Pyrogram 3 / Hydrogram"_s);
    }

    // A value the source lacks is a usage error naming the flag.
    void missingTargetValueNamesTheFlag_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("flag");
        QTest::newRow("pyrogram-string needs --api-id") << "pyrogram-string"
                                                        << "--api-id";
        QTest::newRow("tdata needs --user-id") << "tdesktop-tdata"
                                               << "--user-id";
    }
    void missingTargetValueNamesTheFlag()
    {
        QFETCH(QString, to);
        QFETCH(QString, flag);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli({QStringLiteral("convert"), ferogramPath(QStringLiteral("fg065-fresh-login.session")), out,
                           QStringLiteral("--to"), to, QStringLiteral("--accept-loss")});
        QVERIFY2(r.code == 1, qPrintable(show(r)));
        QVERIFY2(r.err.contains(flag.toUtf8()), qPrintable(show(r)));
        if (to == u"pyrogram-string") // the way out that needs no api_id is named too
            QVERIFY2(r.err.contains("--pyrogram-old-layout"), qPrintable(show(r)));
        QVERIFY(!QFileInfo::exists(out));
    }

    // --test-mode and --api-id given for a target without such fields are
    // named in the loss report, as for string targets (issue 5).
    void ignoredTargetFlagsAreLosses_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("telethon-sqlite") << "telethon-sqlite" << QStringList();
        QTest::newRow("gramjs-store") << "gramjs-store" << QStringList();
        QTest::newRow("tdesktop-tdata") << "tdesktop-tdata" << args({"--user-id", "42"});
        QTest::newRow("telethon-string") << "telethon-string" << QStringList();
    }
    void ignoredTargetFlagsAreLosses()
    {
        QFETCH(QString, to);
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r =
            cli(QStringList{QStringLiteral("convert"), ferogramPath(QStringLiteral("fg065-fresh-login.session")), out,
                            QStringLiteral("--to"), to, QStringLiteral("--test-mode"), QStringLiteral("--api-id"),
                            QStringLiteral("2040"), QStringLiteral("--json")}
                + extra);
        QVERIFY2(r.code == 3, qPrintable(show(r)));
        const QString error = r.json()[u"error"].toString();
        QVERIFY2(error.contains(u"test mode flag (test servers)"_s), qPrintable(error));
        QVERIFY2(error.contains(u"api id 2040"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(out));
    }

    void badFlagValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("mention");
        QTest::newRow("--api-id abc") << args({"--to", "pyrogram-string", "--api-id", "abc"}) << "--api-id";
        QTest::newRow("--api-id 0") << args({"--to", "pyrogram-string", "--api-id", "0"}) << "--api-id";
        QTest::newRow("--account -1") << args({"--to", "telethon-string", "--account", "-1"}) << "--account";
        QTest::newRow("--out-passcode, not tdata")
            << args({"--to", "telethon-string", "--out-passcode", "x"}) << "--out-passcode";
        QTest::newRow("--pyrogram-old-layout, not Pyrogram")
            << args({"--to", "telethon-string", "--pyrogram-old-layout"}) << "--pyrogram-old-layout";
    }
    void badFlagValuesAreUsageErrors()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, mention);
        const Run r = cli(QStringList{QStringLiteral("convert"),
                                      ferogramPath(QStringLiteral("fg065-fresh-login.session")), QStringLiteral("-")}
                          + flags);
        QVERIFY2(r.code == 1, qPrintable(show(r)));
        QVERIFY2(r.err.contains(mention.toUtf8()), qPrintable(show(r)));
    }

    // tdata -> tdata: --passcode opens the input, --out-passcode locks the output.
    void tdataPasscodeChange()
    {
        const QString copy = copyOf(QStringLiteral("tdata/tdata_single_passcode"));
        const auto before = folderFingerprint(copy);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("tdata"));
        const Run c =
            cli({QStringLiteral("convert"), copy, out, QStringLiteral("--to"), QStringLiteral("tdesktop-tdata"),
                 QStringLiteral("--passcode"), QStringLiteral("correct horse"), QStringLiteral("--out-passcode"),
                 QStringLiteral("new one")});
        QVERIFY2(c.code == 0, qPrintable(show(c))); // nothing lost, so no --accept-loss needed
        QVERIFY2(c.out.contains("Nothing is lost in this conversion."), qPrintable(show(c)));
        QCOMPARE(folderFingerprint(copy), before);
        const Run old =
            cli({QStringLiteral("inspect"), out, QStringLiteral("--passcode"), QStringLiteral("correct horse")});
        QCOMPARE(old.code, 2);
        const Run fresh = cli({QStringLiteral("inspect"), QStringLiteral("--json"), out, QStringLiteral("--passcode"),
                               QStringLiteral("new one")});
        QVERIFY2(fresh.code == 0, qPrintable(show(fresh)));
        QCOMPARE(fresh.json()[u"user_id"].toInteger(), Q_INT64_C(7999999999999));
        // An empty --out-passcode writes a tdata that needs none.
        const QString plain = dir.filePath(QStringLiteral("plain"));
        const Run p =
            cli({QStringLiteral("convert"), copy, plain, QStringLiteral("--to"), QStringLiteral("tdesktop-tdata"),
                 QStringLiteral("--passcode"), QStringLiteral("correct horse"), QStringLiteral("--out-passcode=")});
        QVERIFY2(p.code == 0, qPrintable(show(p)));
        QCOMPARE(cli({QStringLiteral("inspect"), plain}).code, 0);
    }

    // --passcode-file PATH|-: the passcode off the command line (other users
    // see /proc/PID/cmdline); one final line break is not part of it.
    void passcodeFromAFile()
    {
        const QString copy = copyOf(QStringLiteral("tdata/tdata_single_passcode"));
        const auto before = folderFingerprint(copy);
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        const QString lf = write(QStringLiteral("lf"), "correct horse\n");
        const QString crlf = write(QStringLiteral("crlf"), "correct horse\r\n");
        const QString bare = write(QStringLiteral("bare"), "correct horse");
        const QString wrong = write(QStringLiteral("wrong"), "correct horse\n\n"); // only one break is dropped
        for (const QString &file : {lf, crlf, bare}) {
            const Run r = cli(
                {QStringLiteral("inspect"), QStringLiteral("--json"), copy, QStringLiteral("--passcode-file"), file});
            QVERIFY2(r.code == 0, qPrintable(show(r)));
            QCOMPARE(r.json()[u"user_id"].toInteger(), Q_INT64_C(7999999999999));
        }
        const Run bad = cli({QStringLiteral("inspect"), copy, QStringLiteral("--passcode-file"), wrong});
        QVERIFY2(bad.code == 2 && bad.err.contains("passcode"), qPrintable(show(bad)));
        // From standard input.
        const Run piped = cli({QStringLiteral("inspect"), QStringLiteral("--json"), copy,
                               QStringLiteral("--passcode-file"), QStringLiteral("-")},
                              "correct horse\n");
        QVERIFY2(piped.code == 0, qPrintable(show(piped)));
        QCOMPARE(piped.json()[u"user_id"].toInteger(), Q_INT64_C(7999999999999));

        // convert: the input's passcode and the output's, both from files.
        const QString out = dir.filePath(QStringLiteral("tdata"));
        const QString next = write(QStringLiteral("next"), "pässwörd\n");
        const Run c = cli({QStringLiteral("convert"), copy, out, QStringLiteral("--to"),
                           QStringLiteral("tdesktop-tdata"), QStringLiteral("--passcode-file"), lf,
                           QStringLiteral("--out-passcode-file"), next, QStringLiteral("--accept-loss")});
        QVERIFY2(c.code == 0, qPrintable(show(c)));
        const Run fresh = cli({QStringLiteral("inspect"), QStringLiteral("--json"), out, QStringLiteral("--passcode"),
                               QString::fromUtf8("pässwörd")});
        QVERIFY2(fresh.code == 0, qPrintable(show(fresh)));
        QCOMPARE(folderFingerprint(copy), before);
    }

    void passcodeFileMisuseIsExit1_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("both flags") << args({"inspect", "--passcode", "x", "--passcode-file", "/dev/null", "@in"})
                                    << "--passcode-file";
        QTest::newRow("stdin twice, inspect") << args({"inspect", "--passcode-file", "-", "-"}) << "Standard input";
        QTest::newRow("stdin twice, convert")
            << args({"convert", "-", "@out", "--to", "tdesktop-tdata", "--passcode-file", "-"}) << "Standard input";
        QTest::newRow("both passcodes on stdin") << args(
            {"convert", "@in", "@out", "--to", "tdesktop-tdata", "--passcode-file", "-", "--out-passcode-file", "-"})
                                                 << "Standard input";
        QTest::newRow("--out-passcode-file, not tdata")
            << args({"convert", "@in", "-", "--to", "telethon-string", "--out-passcode-file", "/dev/null"})
            << "--out-passcode-file";
        QTest::newRow("too large") << args({"inspect", "--passcode-file", "@big", "@in"}) << "not a passcode file";
    }
    void passcodeFileMisuseIsExit1()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        const QString copy = copyOf(QStringLiteral("tdata/tdata_single_passcode"));
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(5000, 'x'));
        }
        arguments.replaceInStrings(u"@in"_s, copy);
        arguments.replaceInStrings(u"@out"_s, dir.filePath(QStringLiteral("out")));
        arguments.replaceInStrings(u"@big"_s, big);
        const Run r = cli(arguments, "correct horse\n");
        QVERIFY2(r.code == 1, qPrintable(show(r)));
        QVERIFY2(r.err.contains(mention.toUtf8()), qPrintable(show(r)));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }

    void missingPasscodeFileIsExit4()
    {
        const QString copy = copyOf(QStringLiteral("tdata/tdata_single_passcode"));
        const Run r = cli({QStringLiteral("inspect"), copy, QStringLiteral("--passcode-file"),
                           temp.filePath(QStringLiteral("no-such-file"))});
        QVERIFY2(r.code == 4, qPrintable(show(r)));
        QVERIFY2(r.err.contains("--passcode-file") && r.err.contains("no-such-file"), qPrintable(show(r)));
    }

    // A multi-account tdata converts whole into tdata, one account elsewhere.
    void tdataAccountsInConvert()
    {
        const QString copy = copyOf(QStringLiteral("tdata/tdata_two_accounts"));
        QTemporaryDir dir;
        const QString both = dir.filePath(QStringLiteral("both"));
        const Run all =
            cli({QStringLiteral("convert"), copy, both, QStringLiteral("--to"), QStringLiteral("tdesktop-tdata")});
        QVERIFY2(all.code == 0, qPrintable(show(all))); // tdata -> tdata loses nothing
        QCOMPARE(cli({QStringLiteral("inspect"), QStringLiteral("--json"), both}).json()[u"accounts"].toArray().size(),
                 2);
        const Run one = cli({QStringLiteral("convert"), copy, QStringLiteral("-"), QStringLiteral("--to"),
                             QStringLiteral("mtcute-string"), QStringLiteral("--account"), QStringLiteral("1"),
                             QStringLiteral("--accept-loss"), QStringLiteral("--json")});
        QVERIFY2(one.code == 0, qPrintable(show(one)));
        const Run back = cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")},
                             one.json()[u"text"].toString().toLatin1());
        QCOMPARE(back.json()[u"user_id"].toInteger(), Q_INT64_C(5123456789));
        QCOMPARE(back.json()[u"dc_id"].toInt(), 2);
    }

    void scanMixedForeignFolder()
    {
        QTemporaryDir dir;
        const QStringList files{QStringLiteral("telethon/telethon_str_dc2_v4.txt"),
                                QStringLiteral("pyrogram/pyrogram_real_string_dc4.txt"),
                                QStringLiteral("telethon/telethon_sqlite_full.session"),
                                QStringLiteral("pyrogram/pyrogram_sqlite_user_dc2.session"),
                                QStringLiteral("gramjs/gramjs_store_dc4"),
                                QStringLiteral("tdata/tdata_two_accounts"),
                                QStringLiteral("tdata/tdata_single_passcode")};
        for (const QString &file : files)
            copyVector(foreignPath(file), dir.filePath(QFileInfo(file).fileName()));
        QFile::copy(ferogramPath(QStringLiteral("fg065-fresh-login.session")),
                    dir.filePath(QStringLiteral("fero.session")));
        const auto before = folderFingerprint(dir.path());

        const Run r = cli({QStringLiteral("scan"), QStringLiteral("--json"), dir.path()});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        QCOMPARE(folderFingerprint(dir.path()), before);
        const QJsonObject o = r.json();
        QVERIFY2(o[u"errors"].toArray().isEmpty(), r.out.constData());
        QMap<QString, QStringList> formats; // file name -> formats listed
        QStringList notes;
        for (const QJsonValue &s : o[u"sessions"].toArray()) {
            formats[QFileInfo(s[u"path"].toString()).fileName()] << s[u"format"].toString();
            if (!s[u"note"].isNull())
                notes << s[u"note"].toString();
        }
        QCOMPARE(formats.value(u"telethon_str_dc2_v4.txt"_s), QStringList{u"telethon-string"_s});
        QCOMPARE(formats.value(u"pyrogram_real_string_dc4.txt"_s), QStringList{u"pyrogram-string"_s});
        QCOMPARE(formats.value(u"telethon_sqlite_full.session"_s), QStringList{u"telethon-sqlite"_s});
        QCOMPARE(formats.value(u"pyrogram_sqlite_user_dc2.session"_s), QStringList{u"pyrogram-sqlite"_s});
        QCOMPARE(formats.value(u"gramjs_store_dc4"_s), QStringList{u"gramjs-store"_s});
        QCOMPARE(formats.value(u"tdata_two_accounts"_s), (QStringList{u"tdesktop-tdata"_s, u"tdesktop-tdata"_s}));
        QCOMPARE(formats.value(u"tdata_single_passcode"_s), QStringList{u"tdesktop-tdata"_s});
        QCOMPARE(formats.value(u"fero.session"_s), QStringList{u"ferogram-binary"_s});
        QCOMPARE(formats.size(), 8); // nothing inside the folders listed on its own
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.front().contains(u"passcode"_s));

        const Run text = cli({QStringLiteral("scan"), dir.path()});
        QVERIFY(text.out.contains("(account 1, index:1)")); // its position and tdata's own account index
        QVERIFY(text.out.contains("passcode needed"));
    }

    void locateListsExistingTdata()
    {
        const Run none = cli({QStringLiteral("locate"), QStringLiteral("--json")});
        QVERIFY2(none.code == 0, qPrintable(show(none)));
        QVERIFY(none.json()[u"locations"].toArray().isEmpty());
        const Run all = cli({QStringLiteral("locate"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY(all.json()[u"locations"].toArray().size() > 3);

        const QString native = cli.home() + QStringLiteral("/data/TelegramDesktop/tdata");
        QDir().mkpath(QFileInfo(native).path());
        copyVector(foreignPath(QStringLiteral("tdata/tdata_single_passcode")), native);
        const Run found = cli({QStringLiteral("locate"), QStringLiteral("--json")});
        const QJsonArray list = found.json()[u"locations"].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"path"].toString(), native);
        QCOMPARE(list[0][u"needs_passcode"].toBool(), true);
        const Run text = cli({QStringLiteral("locate")});
        QVERIFY(text.out.contains(native.toUtf8()));
        QDir(cli.home() + QStringLiteral("/data/TelegramDesktop")).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestCliForeign)
#include "tst_cliforeign.moc"
