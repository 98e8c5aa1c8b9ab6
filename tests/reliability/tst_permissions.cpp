// Permissions, as an unprivileged user (uid/gid 65534 via setpriv when the
// suite runs as root, where every check would pass vacuously): read-only
// folders and files, files owned by someone else, sessions others can read
// (flagged), and symbolic links, which a save never follows into
// overwriting another file or folder.
#include "child.h"
#include "reliabilitymain.h"

#include "storage/leftovers.h"
#include "storage/storage.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using rel::Container;

class TestPermissions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyFolderRefusesSave_data() { containers(); }
    void readOnlyFolderRefusesSave();
    void readOnlyFilesRead_data() { containers(); }
    void readOnlyFilesRead();
    void someoneElsesFileFailsCleanly_data() { containers(); }
    void someoneElsesFileFailsCleanly();
    void othersReadableFlagged();
    void symlinkTargetNeverOverwritten_data() { containers(); }
    void symlinkTargetNeverOverwritten();
    void symlinkedLeftoverNeverFollowed();

private:
    void containers();
    QString fresh(const QString &name);
    void own(const QString &path, uid_t uid, gid_t gid); // recursive lchown

    QTemporaryDir m_dir;
    QStringList m_prefix; // how helpers drop privileges
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

void TestPermissions::containers()
{
    QTest::addColumn<Container>("container");
    for (Container c : rel::allContainers())
        QTest::newRow(qPrintable(rel::containerName(c))) << c;
}

void TestPermissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    if (::getuid() == 0) {
        m_uid = 65534;
        m_gid = 65534;
        m_prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups")};
        rel::Child probe;
        QVERIFY(probe.start(m_prefix + QStringList{QStringLiteral("id"), QStringLiteral("-u")}));
        probe.wait();
        QVERIFY2(probe.exitCode == 0 && probe.output.trimmed() == "65534",
                 "privileges could not be dropped (setpriv --reuid=65534 failed): the permission checks would "
                 "pass vacuously as root");
    } else {
        m_uid = ::getuid();
        m_gid = ::getgid();
    }
}

QString TestPermissions::fresh(const QString &name)
{
    const QString dir = m_dir.filePath(name);
    QDir().mkpath(dir);
    return dir;
}

void TestPermissions::own(const QString &path, uid_t uid, gid_t gid)
{
    ::lchown(QFile::encodeName(path).constData(), uid, gid);
    if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink()) {
        QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            ::lchown(QFile::encodeName(it.next()).constData(), uid, gid);
    }
}

void TestPermissions::readOnlyFolderRefusesSave()
{
    QFETCH(Container, container);
    const QString dir = fresh(QStringLiteral("ro-folder-") + rel::containerName(container));
    const QString target = dir + u'/' + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, 30), target).ok());
    own(dir, m_uid, m_gid);
    QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0555) == 0);
    const QByteArray before = rel::fingerprint(target);

    const rel::Child child = rel::runHelperChild(
        {QStringLiteral("write"), rel::containerName(container), target, QStringLiteral("1"), QStringLiteral("30")},
        m_prefix);
    qInfo("%s: %s", qPrintable(rel::containerName(container)), child.output.trimmed().split('\n').last().constData());
    QCOMPARE(child.exitCode, 1);
    QVERIFY(child.output.contains("Cannot") || child.output.contains("cannot"));
    QCOMPARE(rel::fingerprint(target), before);
    QCOMPARE(rel::temporariesBeside(target), QStringList());
}

void TestPermissions::readOnlyFilesRead()
{
    QFETCH(Container, container);
    const QString dir = fresh(QStringLiteral("ro-files-") + rel::containerName(container));
    const QString target = dir + u'/' + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, 30), target).ok());
    own(dir, m_uid, m_gid);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        ::chmod(QFile::encodeName(p).constData(), it.fileInfo().isDir() ? 0500 : 0400);
    }
    ::chmod(QFile::encodeName(dir).constData(), 0500);
    const QByteArray before = rel::fingerprint(target);
    const rel::Child child =
        rel::runHelperChild({QStringLiteral("read"), rel::containerName(container), target}, m_prefix);
    QVERIFY2(child.exitCode == 0, child.output.constData());
    QCOMPARE(rel::fingerprint(target), before);
}

void TestPermissions::someoneElsesFileFailsCleanly()
{
    QFETCH(Container, container);
    const QString dir = fresh(QStringLiteral("others-") + rel::containerName(container));
    const QString target = dir + u'/' + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, 30), target).ok());
    // Owned by root (or, run unprivileged, by us with no permission bits): not readable by the helper.
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        ::chmod(QFile::encodeName(p).constData(), it.fileInfo().isDir() ? 0700 : 0600);
    }
    if (m_prefix.isEmpty())
        ::chmod(QFile::encodeName(target).constData(), 0);
    const QByteArray before = rel::fingerprint(target);
    const rel::Child child =
        rel::runHelperChild({QStringLiteral("read"), rel::containerName(container), target}, m_prefix);
    qInfo("%s: %s", qPrintable(rel::containerName(container)), child.output.trimmed().split('\n').last().constData());
    QCOMPARE(child.exitCode, 1);
    QVERIFY(!child.output.trimmed().isEmpty());
    QCOMPARE(rel::fingerprint(target), before);
}

void TestPermissions::othersReadableFlagged()
{
    const QString dir = fresh(QStringLiteral("modes"));
    const QString path = dir + QStringLiteral("/a.session");
    QVERIFY(rel::write(Container::Binary, rel::sessionFor(Container::Binary, 0, 3), path).ok());
    QCOMPARE(fero::modeText(path), QStringLiteral("0600")); // new sessions: owner-only
    QVERIFY(!fero::readableByOthers(path));
    for (mode_t mode : {0644, 0640, 0604}) {
        ::chmod(QFile::encodeName(path).constData(), mode);
        QVERIFY2(fero::readableByOthers(path), qPrintable(fero::modeText(path)));
    }
    QVERIFY(fero::restrictPermissions(path).ok());
    QVERIFY(!fero::readableByOthers(path));
}

void TestPermissions::symlinkTargetNeverOverwritten()
{
    QFETCH(Container, container);
    const QString dir = fresh(QStringLiteral("links-") + rel::containerName(container));
    const QString victim = dir + QStringLiteral("/victim-") + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, 30), victim).ok());
    const QString link = dir + u'/' + rel::targetName(container);
    QVERIFY(QFile::link(victim, link));
    own(dir, m_uid, m_gid);
    const QByteArray before = rel::fingerprint(victim);

    const rel::Child child = rel::runHelperChild(
        {QStringLiteral("write"), rel::containerName(container), link, QStringLiteral("1"), QStringLiteral("30")},
        m_prefix);
    qInfo("%s through a link: exit %d: %s", qPrintable(rel::containerName(container)), child.exitCode,
          child.output.trimmed().split('\n').last().constData());
    QVERIFY(child.exitCode == 0 || child.exitCode == 1); // refused or the link replaced; never a crash
    QCOMPARE(rel::fingerprint(victim), before);
    QCOMPARE(rel::temporariesBeside(link), QStringList());
}

void TestPermissions::symlinkedLeftoverNeverFollowed()
{
    // A "leftover" that is a link to another file: the sweep unlinks the
    // link and never touches what it points to.
    const QString dir = fresh(QStringLiteral("leftover-link"));
    const QString victim = dir + QStringLiteral("/precious.session");
    QVERIFY(rel::write(Container::Binary, rel::sessionFor(Container::Binary, 0, 3), victim).ok());
    for (Container c : rel::allContainers()) {
        const QString target = dir + u'/' + rel::targetName(c);
        QVERIFY(QFile::link(victim, dir + u'/' + fero::leftoverPrefix(target) + QStringLiteral("evil")));
    }
    own(dir, m_uid, m_gid);
    const QByteArray before = rel::fingerprint(victim);
    for (Container c : rel::allContainers()) {
        const QString target = dir + u'/' + rel::targetName(c);
        const rel::Child child = rel::runHelperChild(
            {QStringLiteral("write"), rel::containerName(c), target, QStringLiteral("1"), QStringLiteral("30")},
            m_prefix);
        QVERIFY2(child.exitCode == 0, child.output.constData());
    }
    QCOMPARE(rel::temporariesBeside(victim), QStringList()); // every leftover link swept
    QCOMPARE(rel::fingerprint(victim), before);
}

FERO_RELIABILITY_MAIN(TestPermissions)
#include "tst_permissions.moc"
