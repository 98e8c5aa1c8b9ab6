// Crash-safe writes: a child saves a new version over an existing container
// and is SIGKILLed at a random moment of the save, many times. After every
// kill the target must read back as the complete old or the complete new
// version (never torn, never missing), and the temporaries a killed writer
// leaves are swept by the next write to the same place.
#include "child.h"
#include "reliabilitymain.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <unistd.h>

using rel::Container;

class TestCrashSafe : public QObject {
    Q_OBJECT

private slots:
    void killedSaveLeavesOldOrNew_data();
    void killedSaveLeavesOldOrNew();

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

} // namespace

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
    while (kills < MinimumKills || budget.elapsed() < BudgetPerContainerMs) {
        const int next = 1 - current;
        rel::Child child;
        QVERIFY(child.start(rel::helperCommand(
            {QStringLiteral("write"), name, target, QString::number(next), QString::number(peers)})));
        QCOMPARE(child.readLine(30000), QByteArray("ready"));
        ::usleep(useconds_t(rng.bounded(quint32(saveUs * 6 / 5 + 1))));
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

FERO_RELIABILITY_MAIN(TestCrashSafe)
#include "tst_crashsafe.moc"
