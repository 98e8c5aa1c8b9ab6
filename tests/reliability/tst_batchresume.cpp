// Batch conversion killed at random moments (SIGKILL, or SIGINT as Ctrl+C
// sends it), then the same command with --resume, again and again: after
// every kill each output with its final name is complete and equal to what
// an uninterrupted run writes, and the last resume leaves exactly that run's
// outputs, with no temporary beside them. Both directions of the farm
// conversion: Telethon SQLite -> ferogram binary and back.
#include "child.h"
#include "reliabilitymain.h"
#include "soak.h"

#include "open/opener.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using rel::Container;

namespace {

constexpr int Inputs = 40;
const QString JournalName = QStringLiteral(".feroscope-batch-journal");

// The outputs of a folder (journal and temporaries aside), each as its
// canonical JSON: the Telethon writer stamps peers with the time of the
// write, so equal content, not equal bytes, is what "identical" means.
QMap<QString, QJsonObject> outputsOf(const QString &folder, QStringList &problems)
{
    QMap<QString, QJsonObject> out;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name == JournalName || name.contains(QStringLiteral("feroscope-tmp")))
            continue;
        const fero::Result<fero::DecodedSession> decoded = fero::openPath(folder + u'/' + name);
        if (!decoded) {
            problems << name + QStringLiteral(": ") + decoded.error().message;
            continue;
        }
        out.insert(name, fero::test::canonicalObject(decoded.value()));
    }
    return out;
}

} // namespace

class TestBatchResume : public QObject {
    Q_OBJECT

private slots:
    void killAndResume_data();
    void killAndResume();

private:
    QTemporaryDir m_dir;
};

void TestBatchResume::killAndResume_data()
{
    QTest::addColumn<Container>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("telethon-sqlite to ferogram-binary")
        << Container::TelethonSqlite << QStringLiteral("ferogram-binary");
    QTest::newRow("ferogram-binary to telethon-sqlite") << Container::Binary << QStringLiteral("telethon-sqlite");
}

void TestBatchResume::killAndResume()
{
    QFETCH(Container, source);
    QFETCH(QString, target);
    const QString base = m_dir.filePath(target);
    const QString in = base + QStringLiteral("/in");
    QVERIFY(QDir().mkpath(in));
    QStringList inputs;
    for (int i = 0; i < Inputs; ++i) {
        const QString path = QStringLiteral("%1/acct%2.session").arg(in).arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(rel::write(source, rel::sessionFor(source, i + 1, 200), path).ok());
        inputs << path;
    }
    const auto command = [&](const QString &out, bool resume) {
        QStringList c{QStringLiteral(FEROSCOPE_CLI), QStringLiteral("convert")};
        c += inputs;
        c += {QStringLiteral("--out-dir"), out, QStringLiteral("--to"), target, QStringLiteral("--accept-loss"),
              QStringLiteral("--json")};
        if (resume)
            c << QStringLiteral("--resume");
        return c;
    };

    // The uninterrupted run: what every resumed run must end with, and how long a run takes.
    const QString reference = base + QStringLiteral("/reference");
    QElapsedTimer clock;
    clock.start();
    rel::Child whole;
    QVERIFY(whole.start(command(reference, false)));
    whole.wait();
    const qint64 runMs = std::max<qint64>(clock.elapsed(), 20);
    QCOMPARE(whole.exitCode, 0);
    QStringList problems;
    const QMap<QString, QJsonObject> expected = outputsOf(reference, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(expected.size(), Inputs);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("%s: one run %lld ms, random seed %u", qPrintable(target), runMs, seed);
    int rounds = 0, kills = 0, midWrite = 0;
    clock.restart();
    const qint64 budget = rel::caseBudgetMs();
    // Past the budget, rounds go on until a kill has landed inside a run and
    // one while outputs were being written: on a busy machine a short write
    // phase can slip past every kill of the first rounds. Those extra rounds
    // kill as soon as the journal grows.
    constexpr int MaxRounds = 60;
    const auto proven = [&] { return kills >= 3 && midWrite >= 1; };
    while (clock.elapsed() < budget || rounds < 3 || (!proven() && rounds < MaxRounds)) {
        const bool hunting = rounds >= 3 && clock.elapsed() >= budget;
        const QString out = base + QStringLiteral("/round%1").arg(rounds);
        // One to three kills, each at a random moment of a run, then a resume to the end.
        const int killsThisRound = 1 + int(random.bounded(3));
        for (int k = 0; k <= killsThisRound; ++k) {
            rel::Child run;
            QVERIFY(run.start(command(out, k > 0)));
            const bool last = k == killsThisRound;
            if (!last) {
                // Half the kills at any moment of a run; the other half once
                // the run writes (its journal grows), where outputs appear:
                // with the writes on threads that is a short part of a run.
                if (!hunting && random.bounded(2) == 0) {
                    QThread::usleep(random.bounded(quint32(runMs * 1100)));
                } else {
                    const qint64 journalAtStart = QFileInfo(out + u'/' + JournalName).size();
                    QElapsedTimer waiting;
                    waiting.start();
                    while (QFileInfo(out + u'/' + JournalName).size() <= journalAtStart
                           && waiting.elapsed() < 2 * runMs)
                        QThread::usleep(500);
                    if (!hunting || random.bounded(2) == 0)
                        QThread::usleep(random.bounded(quint32(runMs * 250)));
                }
                ::kill(run.pid(), random.bounded(4) == 0 ? SIGINT : SIGKILL);
            }
            run.wait();
            if (last) {
                QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("round %1: resume exit %2: %3")
                                                           .arg(rounds)
                                                           .arg(run.exitCode)
                                                           .arg(QString::fromUtf8(run.output.left(800)))));
            } else if (run.exitCode < 0) {
                ++kills;
            }
            // After every run: whatever has an output's name is complete and right.
            const QMap<QString, QJsonObject> now = outputsOf(out, problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
                const QString diff = fero::test::jsonDiff(expected.value(it.key()), it.value());
                QVERIFY2(diff.isEmpty(), qPrintable(it.key() + u' ' + diff));
            }
            if (!last && run.exitCode < 0 && !now.isEmpty() && now.size() < Inputs)
                ++midWrite;
        }
        const QMap<QString, QJsonObject> done = outputsOf(out, problems);
        QCOMPARE(done.keys(), expected.keys());
        // The last resume swept what the kills left: nothing but outputs and the journal.
        const QStringList all = QDir(out).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(all.size(), Inputs + 1);
        QVERIFY(all.contains(JournalName));
        QVERIFY(QDir(out).removeRecursively());
        ++rounds;
    }
    qInfo("%s: %d rounds, %d kills during a run, %d of them while outputs were being written", qPrintable(target),
          rounds, kills, midWrite);
    // The kills must land inside runs, some while writing, or the test proves nothing.
    QVERIFY(kills >= 3);
    QVERIFY(midWrite >= 1);
}

FERO_RELIABILITY_MAIN(TestBatchResume)
#include "tst_batchresume.moc"
