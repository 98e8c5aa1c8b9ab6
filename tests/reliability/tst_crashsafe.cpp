// Crash-safe writes: a child saves a new version over an existing container
// and is SIGKILLed at a random moment of the save, many times. After every
// kill the target must read back as the complete old or the complete new
// version (never torn, never missing), and the temporaries a killed writer
// leaves are swept by the next write to the same place. The GUI's "Save"
// over an original (SaveChangesHelper, which stages the new version and a
// copy of the previous one beside the file) is killed the same way.
#include "child.h"
#include "reliabilitymain.h"

#include "storage/leftovers.h"
#include "open/opener.h"
#include "storage/storage.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#if defined(FEROSCOPE_HAVE_GUI_ACTIONS)
#include "actions/savechangeshelper.h"
#endif

using rel::Container;

class TestCrashSafe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSaveLeavesOldOrNew_data();
    void killedSaveLeavesOldOrNew();
    void killedGuiSaveLeavesOldOrNew_data();
    void killedGuiSaveLeavesOldOrNew();

private:
    QTemporaryDir m_dir;
};

namespace {

// ~20 s in total over the seven containers.
constexpr qint64 BudgetPerContainerMs = 2800;
constexpr int MinimumKills = 10;

std::size_t peersFor(Container c)
{
    switch (c) {
    case Container::Binary:
    case Container::NativeString:
        return 1500;
    case Container::GramjsStore:
        return 40; // one file (and fsync) per peer
    case Container::Tdata:
        return 0; // tdata keeps no peers
    default:
        return 300;
    }
}

#if defined(FEROSCOPE_HAVE_GUI_ACTIONS)
// What the window does on Save over the file it opened: the session read
// back as it was (format, version, stamp), the new content in its place and
// the previous version in the trash.
fero::Status guiSave(Container c, const QString &path, int seed, std::size_t peers)
{
    const auto opened = fero::openPath(path);
    if (!opened.ok())
        return opened.error();
    const fero::gui::SaveSource source{path, opened->format, opened->version, fero::stampOf(path)};
    const fero::Result<QString> saved =
        fero::gui::SaveChangesHelper::save(rel::sessionFor(c, seed, peers), source, true);
    if (!saved.ok())
        return saved.error();
    return {};
}

// gui-save <container> <path> <seed> <peers>: as helperWrite, through guiSave.
int helperGuiSave(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 7)
        return 3;
    const Container c = rel::containerFromName(QString::fromLocal8Bit(argv[3]));
    std::printf("ready\n");
    std::fflush(stdout);
    const fero::Status status =
        guiSave(c, QString::fromLocal8Bit(argv[4]), std::atoi(argv[5]), std::size_t(std::atoll(argv[6])));
    std::printf("%s\n", status.ok() ? "written" : qPrintable(status.error().message));
    std::fflush(stdout);
    return status.ok() ? 0 : 1;
}

// Everything beside target that is not the target itself.
QStringList othersBeside(const QString &target)
{
    QStringList names = QFileInfo(target).absoluteDir().entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                                  | QDir::NoDotAndDotDot);
    names.removeAll(QFileInfo(target).fileName());
    return names;
}
#endif

} // namespace

void TestCrashSafe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The GUI save puts the previous version in the desktop trash: a private
    // one here (the helper children inherit the environment).
    for (const char *name : {"HOME", "XDG_DATA_HOME"}) {
        const QString folder = m_dir.filePath(QString::fromLatin1(name).toLower());
        QVERIFY(QDir().mkpath(folder));
        qputenv(name, QFile::encodeName(folder));
    }
}

void TestCrashSafe::killedSaveLeavesOldOrNew_data()
{
    QTest::addColumn<Container>("container");
    for (Container c : rel::allContainers())
        QTest::newRow(qPrintable(rel::containerName(c))) << c;
}

void TestCrashSafe::killedSaveLeavesOldOrNew()
{
    QFETCH(Container, container);
    const QString name = rel::containerName(container);
    const QString refDir = m_dir.filePath(name + QStringLiteral("-reference"));
    const QString dir = m_dir.filePath(name);
    QVERIFY(QDir().mkpath(refDir) && QDir().mkpath(dir));
    const std::size_t peers = peersFor(container);

    // What each version reads back as, from an undisturbed save.
    std::vector<fero::Session> expected[2];
    for (int seed : {0, 1}) {
        const QString ref = refDir + u'/' + QString::number(seed) + u'/' + rel::targetName(container);
        QVERIFY(QDir().mkpath(QFileInfo(ref).absolutePath()));
        const fero::Status written = rel::write(container, rel::sessionFor(container, seed, peers), ref);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        auto sessions = rel::read(container, ref);
        QVERIFY2(sessions.ok(), qPrintable(sessions.ok() ? QString() : sessions.error().message));
        expected[seed] = sessions.value();
    }
    QVERIFY(!(expected[0] == expected[1]));

    const QString target = dir + u'/' + rel::targetName(container);
    QVERIFY(rel::write(container, rel::sessionFor(container, 0, peers), target).ok());
    int current = 0;

    // How long a save takes once the child is ready: kills land in [0, 1.2x].
    qint64 saveUs = 0;
    {
        rel::Child child;
        QVERIFY(child.start(
            rel::helperCommand({QStringLiteral("write"), name, target, QStringLiteral("1"), QString::number(peers)})));
        QCOMPARE(child.readLine(30000), QByteArray("ready"));
        QElapsedTimer t;
        t.start();
        QCOMPARE(child.readLine(60000), QByteArray("written"));
        saveUs = t.nsecsElapsed() / 1000;
        child.wait();
        QCOMPARE(child.exitCode, 0);
        current = 1;
    }

    QRandomGenerator rng(0x5afe + int(container)); // deterministic kill moments
    int kills = 0, midSave = 0, seen[2] = {0, 0};
    QElapsedTimer budget;
    budget.start();
    // Until a kill has landed mid-save too: on a busy machine a short save
    // can finish before the sleep ends, so every fourth kill does not sleep.
    while (kills < MinimumKills || budget.elapsed() < BudgetPerContainerMs || midSave == 0) {
        const int next = 1 - current;
        rel::Child child;
        QVERIFY(child.start(rel::helperCommand(
            {QStringLiteral("write"), name, target, QString::number(next), QString::number(peers)})));
        QCOMPARE(child.readLine(30000), QByteArray("ready"));
        if (const auto pause = useconds_t(rng.bounded(quint32(saveUs * 6 / 5 + 1))); kills % 4 != 3)
            ::usleep(pause);
        child.kill();
        child.wait();
        ++kills;
        if (!child.output.contains("written"))
            ++midSave;

        const auto now = rel::read(container, target);
        QVERIFY2(now.ok(), qPrintable(QStringLiteral("kill %1: the target does not read: %2")
                                          .arg(kills)
                                          .arg(now.ok() ? QString() : now.error().message)));
        if (now.value() == expected[next])
            current = next;
        else
            QVERIFY2(now.value() == expected[current],
                     qPrintable(QStringLiteral("kill %1: neither the old nor the new version").arg(kills)));
        ++seen[current == next ? 1 : 0];
        if (kills > 2000)
            break;
    }
    const QStringList left = rel::temporariesBeside(target);

    // The next complete save sweeps what the killed ones left.
    const fero::Status final = rel::write(container, rel::sessionFor(container, 1 - current, peers), target);
    QVERIFY2(final.ok(), qPrintable(final.ok() ? QString() : final.error().message));
    QCOMPARE(rel::read(container, target).value(), expected[1 - current]);
    QCOMPARE(rel::temporariesBeside(target), QStringList());
    qInfo("%s: %d kills (%d mid-save), %d left the old version, %d the new; %lld temporaries swept; save %lld us",
          qPrintable(name), kills, midSave, seen[0], seen[1], static_cast<long long>(left.size()),
          static_cast<long long>(saveUs));
    QVERIFY(midSave > 0);
}

void TestCrashSafe::killedGuiSaveLeavesOldOrNew_data()
{
    QTest::addColumn<Container>("container");
    // Save writes files and databases over the original; folders go through Export.
    for (Container c : {Container::Binary, Container::NativeString, Container::FerogramSqlite,
                        Container::TelethonSqlite, Container::PyrogramSqlite})
        QTest::newRow(qPrintable(rel::containerName(c))) << c;
}

void TestCrashSafe::killedGuiSaveLeavesOldOrNew()
{
#if !defined(FEROSCOPE_HAVE_GUI_ACTIONS)
    QSKIP("built without the GUI actions (FEROSCOPE_BUILD_GUI=OFF)");
#else
    QFETCH(Container, container);
    const QString name = rel::containerName(container);
    const std::size_t peers = std::min<std::size_t>(peersFor(container), 300);
    const QString base = m_dir.filePath(QStringLiteral("gui-") + name);

    // What each version reads back as after an undisturbed GUI save.
    std::vector<fero::Session> expected[2];
    for (int seed : {0, 1}) {
        const QString ref =
            base + QStringLiteral("-reference/") + QString::number(seed) + u'/' + rel::targetName(container);
        QVERIFY(QDir().mkpath(QFileInfo(ref).absolutePath()));
        QVERIFY(rel::write(container, rel::sessionFor(container, 1 - seed, peers), ref).ok());
        const fero::Status saved = guiSave(container, ref, seed, peers);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        auto sessions = rel::read(container, ref);
        QVERIFY2(sessions.ok(), qPrintable(sessions.ok() ? QString() : sessions.error().message));
        expected[seed] = sessions.value();
    }
    QVERIFY(!(expected[0] == expected[1]));

    const QString target = base + u'/' + rel::targetName(container);
    QVERIFY(QDir().mkpath(base));
    QVERIFY(rel::write(container, rel::sessionFor(container, 1, peers), target).ok());
    QVERIFY(guiSave(container, target, 0, peers).ok());
    int current = 0;

    qint64 saveUs = 0;
    {
        rel::Child child;
        QVERIFY(child.start(rel::helperCommand(
            {QStringLiteral("gui-save"), name, target, QStringLiteral("1"), QString::number(peers)})));
        QCOMPARE(child.readLine(30000), QByteArray("ready"));
        QElapsedTimer t;
        t.start();
        QCOMPARE(child.readLine(60000), QByteArray("written"));
        saveUs = t.nsecsElapsed() / 1000;
        child.wait();
        QCOMPARE(child.exitCode, 0);
        current = 1;
    }

    QRandomGenerator rng(0x6a1 + int(container));
    int kills = 0, midSave = 0, leftBehind = 0, killsLeaving = 0;
    QElapsedTimer budget;
    budget.start();
    while (kills < MinimumKills || budget.elapsed() < BudgetPerContainerMs / 2 || midSave == 0) {
        const int next = 1 - current;
        rel::Child child;
        QVERIFY(child.start(rel::helperCommand(
            {QStringLiteral("gui-save"), name, target, QString::number(next), QString::number(peers)})));
        QCOMPARE(child.readLine(30000), QByteArray("ready"));
        if (const auto pause = useconds_t(rng.bounded(quint32(saveUs * 6 / 5 + 1))); kills % 4 != 3)
            ::usleep(pause);
        child.kill();
        child.wait();
        ++kills;
        if (!child.output.contains("written"))
            ++midSave;

        const auto now = rel::read(container, target);
        QVERIFY2(now.ok(), qPrintable(QStringLiteral("kill %1: the target does not read: %2")
                                          .arg(kills)
                                          .arg(now.ok() ? QString() : now.error().message)));
        if (now.value() == expected[next])
            current = next;
        else
            QVERIFY2(now.value() == expected[current],
                     qPrintable(QStringLiteral("kill %1: neither the old nor the new version").arg(kills)));
        // Whatever a killed save leaves carries the core's recognisable name.
        const QStringList others = othersBeside(target);
        for (const QString &other : others)
            QVERIFY2(other.startsWith(fero::leftoverPrefix(target)),
                     qPrintable(QStringLiteral("kill %1 left %2").arg(kills).arg(other)));
        // Each save sweeps what the kill before it left: they never pile up
        // (one kill leaves at most the new version's and the previous
        // version's staging folders).
        QVERIFY2(others.size() <= 2, qPrintable(others.join(u' ')));
        leftBehind = std::max(leftBehind, int(others.size()));
        killsLeaving += others.isEmpty() ? 0 : 1;
        if (kills > 2000)
            break;
    }

    // The next save sweeps them.
    const int left = int(othersBeside(target).size());
    QVERIFY(guiSave(container, target, 1 - current, peers).ok());
    QCOMPARE(rel::read(container, target).value(), expected[1 - current]);
    QCOMPARE(othersBeside(target), QStringList());
    qInfo("GUI save, %s: %d kills (%d mid-save, %d leaving temporaries, never more than %d at once), %d swept by "
          "the final save; save %lld us",
          qPrintable(name), kills, midSave, killsLeaving, leftBehind, left, static_cast<long long>(saveUs));
    QVERIFY(midSave > 0);
#endif
}

int main(int argc, char **argv)
{
#if defined(FEROSCOPE_HAVE_GUI_ACTIONS)
    if (argc >= 3 && qstrcmp(argv[1], "--helper") == 0 && qstrcmp(argv[2], "gui-save") == 0)
        return helperGuiSave(argc, argv);
#endif
    if (const int rc = rel::runHelper(argc, argv); rc >= 0)
        return rc;
    QCoreApplication app(argc, argv);
    TestCrashSafe test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafe.moc"
