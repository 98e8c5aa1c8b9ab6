// MadelineProto and TDLib stores: every manifest sample is recognised as its
// `expected` says (id, encrypted), near-misses are not, and opening one is an
// error carrying that id instead of "not a session". A scan lists a
// MadelineProto session folder or a TDLib database folder once.
#include "testsupport.h"

#include "detect/recognised.h"
#include "open/opener.h"
#include "open/scan.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fero;
using namespace fero::test;

class TestRecognised : public QObject {
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonDocument doc =
            QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("vectors/foreign/manifest.recognised.json"))));
        const QJsonArray vectors = doc[u"vectors"].toArray();
        QVERIFY(vectors.size() >= 10);
        for (const QJsonValue &v : vectors)
            QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
    }

    void samples()
    {
        QFETCH(QJsonObject, vector);
        const QString path = dataPath(QStringLiteral("vectors/foreign/") + vector[u"file"].toString());
        const QJsonObject expected = vector[u"expected"].toObject();
        const std::optional<Recognised> found = recognise(path);
        QCOMPARE(found.has_value(), expected[u"recognised"].toBool());
        Result<DecodedSession> opened = openPath(path);
        QVERIFY(!opened.ok());
        if (!found) {
            QVERIFY(opened.error().recognised.isEmpty());
            return;
        }
        QCOMPARE(found->id, expected[u"format"].toString());
        QCOMPARE(found->encrypted, expected[u"encrypted"].toBool());
        QCOMPARE(opened.error().recognised, found->id);
        QCOMPARE(opened.error().kind, ErrorKind::Invalid);
        QVERIFY(opened.error().message.contains(u"cannot open"));
    }

    // Not a TDLib binlog: a CRC that does not match; not MadelineProto: a
    // file that only mentions the class name.
    void nearMisses()
    {
        QTemporaryDir temp;
        const QString tdlib = dataPath(QStringLiteral("vectors/foreign/recognised/tdlib/user_key/td.binlog"));
        QByteArray bytes = readFile(tdlib);
        bytes[40] = char(bytes[40] ^ 1);
        const QString damaged = temp.filePath(QStringLiteral("td.binlog"));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!recognise(damaged));
        const QString php = temp.filePath(QStringLiteral("x.php"));
        QFile g(php);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("<?php // uses danog\\MadelineProto\\API\nO:5:\"Other\":0:{}\n");
        g.close();
        QVERIFY(!recognise(php));
    }

    // One entry per store, not one per file inside it: session.madeline/
    // (safe.php, lightState.php, ipcState.php) and a TDLib folder holding
    // td.binlog and db.sqlite; a near-miss folder is not collapsed.
    void scanListsStoreFoldersOnce_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<bool>("recursive");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QStringList>("ids");
        const QString base = dataPath(QStringLiteral("vectors/foreign/recognised/"));
        QTest::newRow("everything, recursive")
            << base << true
            << QStringList{base + QStringLiteral("madelineproto/legacy_4x.madeline"),
                           base + QStringLiteral("madelineproto/session.madeline"),
                           base + QStringLiteral("tdlib/default_key"), base + QStringLiteral("tdlib/no_encryption"),
                           base + QStringLiteral("tdlib/user_key")}
            << QStringList{QStringLiteral("madelineproto"), QStringLiteral("madelineproto"),
                           QStringLiteral("tdlib-binlog"), QStringLiteral("tdlib-binlog"),
                           QStringLiteral("tdlib-binlog")};
        QTest::newRow("a session folder one level down")
            << base + QStringLiteral("madelineproto") << false
            << QStringList{base + QStringLiteral("madelineproto/legacy_4x.madeline"),
                           base + QStringLiteral("madelineproto/session.madeline")}
            << QStringList{QStringLiteral("madelineproto"), QStringLiteral("madelineproto")};
        QTest::newRow("the session folder itself")
            << base + QStringLiteral("madelineproto/session.madeline") << false
            << QStringList{base + QStringLiteral("madelineproto/session.madeline")}
            << QStringList{QStringLiteral("madelineproto")};
        QTest::newRow("near-misses") << base + QStringLiteral("near-miss") << true << QStringList{} << QStringList{};
    }

    void scanListsStoreFoldersOnce()
    {
        QFETCH(QString, root);
        QFETCH(bool, recursive);
        QFETCH(QStringList, paths);
        QFETCH(QStringList, ids);
        ScanOptions options;
        options.recursive = recursive;
        const ScanResult scan = scanFolder(QDir::cleanPath(root), options);
        QStringList foundPaths, foundIds;
        std::vector<const ScanEntry *> sorted;
        for (const ScanEntry &entry : scan.sessions)
            sorted.push_back(&entry);
        std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->path < b->path; });
        for (const ScanEntry *entry : sorted) {
            foundPaths << entry->path;
            foundIds << entry->recognised;
        }
        QStringList cleaned;
        for (const QString &path : paths)
            cleaned << QDir::cleanPath(path);
        QCOMPARE(foundPaths, cleaned);
        QCOMPARE(foundIds, ids);
        QVERIFY(scan.errors.empty());
    }
};

QTEST_GUILESS_MAIN(TestRecognised)
#include "tst_recognised.moc"
