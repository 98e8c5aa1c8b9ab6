// Sessions that are folders (tdata, GramJS store): delete to the trash or
// permanently without following symbolic links, and restrict every file.
#include "storage/folderstorage.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace fero;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, int mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A tdata-like folder: files at the top, an account folder inside, and two
// symbolic links pointing out of it (to a file and to a folder) that must
// never be followed.
void makeStore(const QString &root, const QString &outside)
{
    QVERIFY(QDir().mkpath(root + u"/D877F783D5D3EF8C"_s));
    QVERIFY(QDir().mkpath(outside + u"/keep-dir"_s));
    writeFile(root + u"/key_datas"_s, "key", 0644);
    writeFile(root + u"/D877F783D5D3EF8C/maps"_s, "maps", 0644);
    writeFile(outside + u"/keep.txt"_s, "precious", 0644);
    writeFile(outside + u"/keep-dir/inner.txt"_s, "precious too", 0644);
    QCOMPARE(::chmod(QFile::encodeName(root).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(root + u"/D877F783D5D3EF8C"_s).constData(), 0755), 0);
    QVERIFY(QFile::link(outside + u"/keep.txt"_s, root + u"/link-to-file"_s));
    QVERIFY(QFile::link(outside + u"/keep-dir"_s, root + u"/link-to-dir"_s));
}

} // namespace

class TestFolderStorage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void permanentDeleteDoesNotFollowLinks();
    void trashMovesTheFolder();
    void refusesSymlinkAndRowsOnly();
    void restrictMakesEverythingOwnerOnly();

private:
    QTemporaryDir m_env;
};

void TestFolderStorage::initTestCase()
{
    QVERIFY(m_env.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_env.filePath(u"xdg-data"_s)));
    qputenv("HOME", QFile::encodeName(m_env.filePath(u"home"_s)));
    QVERIFY(QDir().mkpath(m_env.filePath(u"home"_s)));
}

void TestFolderStorage::permanentDeleteDoesNotFollowLinks()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"tdata"_s);
    const QString outside = dir.filePath(u"outside"_s);
    makeStore(root, outside);
    QVERIFY(isSessionFolder(root));

    const Result<QStringList> removed = deleteSessionFolder(root, DeleteMode::Permanent);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(removed.value(), QStringList{root});
    QVERIFY(!QFileInfo::exists(root));
    // What the links pointed at is untouched.
    QCOMPARE(test::readFile(outside + u"/keep.txt"_s), QByteArrayLiteral("precious"));
    QCOMPARE(test::readFile(outside + u"/keep-dir/inner.txt"_s), QByteArrayLiteral("precious too"));
}

void TestFolderStorage::trashMovesTheFolder()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"gramjs-store"_s);
    QVERIFY(QDir().mkpath(root));
    writeFile(root + u"/dc"_s, "4", 0644);
    const Result<QStringList> trashed = deleteSessionFolder(root, DeleteMode::Trash);
    QVERIFY2(trashed, qPrintable(trashed ? QString() : trashed.error().message));
    QCOMPARE(trashed->size(), 1);
    QVERIFY(!QFileInfo::exists(root));
    QVERIFY2(trashed->front().startsWith(m_env.filePath(u"xdg-data/Trash/files/"_s)), qPrintable(trashed->front()));
    QCOMPARE(test::readFile(trashed->front() + u"/dc"_s), QByteArrayLiteral("4"));
}

void TestFolderStorage::refusesSymlinkAndRowsOnly()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"real"_s);
    QVERIFY(QDir().mkpath(real));
    writeFile(real + u"/key_datas"_s, "key", 0644);
    const QString link = dir.filePath(u"link"_s);
    QVERIFY(QFile::link(real, link));
    QVERIFY(!isSessionFolder(link));
    for (DeleteMode mode : {DeleteMode::Trash, DeleteMode::Permanent}) {
        const Result<QStringList> result = deleteSessionFolder(link, mode);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Refused);
    }
    QVERIFY(!restrictFolderPermissions(link).ok());
    QVERIFY(!deleteSessionFolder(real, DeleteMode::RowsOnly));
    QVERIFY(QFileInfo::exists(real + u"/key_datas"_s));
    QCOMPARE(modeOf(real + u"/key_datas"_s), 0644);
}

void TestFolderStorage::restrictMakesEverythingOwnerOnly()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"tdata"_s);
    const QString outside = dir.filePath(u"outside"_s);
    makeStore(root, outside);
    const int outsideDirMode = modeOf(outside + u"/keep-dir"_s);
    const Status status = restrictFolderPermissions(root);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(modeOf(root), 0700);
    QCOMPARE(modeOf(root + u"/D877F783D5D3EF8C"_s), 0700);
    QCOMPARE(modeOf(root + u"/key_datas"_s), 0600);
    QCOMPARE(modeOf(root + u"/D877F783D5D3EF8C/maps"_s), 0600);
    // Links are skipped: their targets keep their modes.
    QCOMPARE(modeOf(outside + u"/keep.txt"_s), 0644);
    QCOMPARE(modeOf(outside + u"/keep-dir"_s), outsideDirMode);
}

QTEST_GUILESS_MAIN(TestFolderStorage)
#include "tst_folderstorage.moc"
