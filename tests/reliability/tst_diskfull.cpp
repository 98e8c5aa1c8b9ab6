// Full disks and I/O errors: a child saves over an existing container with
// a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: every write past the
// limit fails with EFBIG, as on a full file system). The save must fail with
// a message, leave the original byte-for-byte intact and leave no
// temporary behind. Saving to a device (/dev/full) is refused outright.
#include "child.h"
#include "reliabilitymain.h"

#include "storage/storage.h"

#include <QTemporaryDir>

using rel::Container;

class TestDiskFull : public QObject {
    Q_OBJECT

private slots:
    void fullDiskKeepsOriginal_data();
    void fullDiskKeepsOriginal();
    void deviceTargetRefused();

private:
    QTemporaryDir m_dir;
};

void TestDiskFull::fullDiskKeepsOriginal_data()
{
    QTest::addColumn<Container>("container");
    QTest::addColumn<int>("limit");
    // 0: nothing fits; 200: a first partial write; 3000: part of a single
    // file (folder formats are many files under 3000 bytes: 200 covers them).
    for (Container c : rel::allContainers())
        for (int limit : {0, 200, 3000})
            if (limit < 3000 || (c != Container::GramjsStore && c != Container::Tdata))
                QTest::addRow("%s-limit-%d", qPrintable(rel::containerName(c)), limit) << c << limit;
}

void TestDiskFull::fullDiskKeepsOriginal()
{
    QFETCH(Container, container);
    QFETCH(int, limit);
    const QString name = rel::containerName(container);
    const QString dir = m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(limit));
    QVERIFY(QDir().mkpath(dir));
    const QString target = dir + u'/' + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, 400), target).ok());
    const QByteArray before = rel::fingerprint(target);

    rel::Child child = rel::runHelperChild(
        {QStringLiteral("write"), name, target, QStringLiteral("1"), QStringLiteral("400"), QString::number(limit)});
    const QByteArray message = child.output.trimmed().split('\n').last();
    qInfo("%s, limit %d bytes: exit %d: %s", qPrintable(name), limit, child.exitCode, message.constData());
    QCOMPARE(child.exitCode, 1); // a clean failure, not a crash and not "written"
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains("Cannot") || message.contains("cannot"), message.constData());
    QCOMPARE(rel::fingerprint(target), before);
    QVERIFY(rel::read(container, target).ok());
    QCOMPARE(rel::temporariesBeside(target), QStringList());
}

void TestDiskFull::deviceTargetRefused()
{
    const fero::Status s =
        fero::saveFileAtomic(QStringLiteral("/dev/full"), QByteArray(4096, 'x'), fero::Overwrite::Replace);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("not a regular file")), qPrintable(s.error().message));
    QCOMPARE(rel::temporariesBeside(QStringLiteral("/dev/full")), QStringList());
}

FERO_RELIABILITY_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
