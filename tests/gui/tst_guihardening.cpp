// The feroscope window disables core dumps before it reads anything, like
// the CLI (tests/cli/tst_clihardening.cpp): the running app, offscreen, shows
// "Max core file size 0 0" and a /proc/PID owned by root although it runs as
// an unprivileged uid (not dumpable, proc(5)); a control process does not.
#include "hardeningprobe.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace fero::test;

class TestGuiHardening : public QObject {
    Q_OBJECT

private slots:
    void controlProcessIsNotHardened()
    {
        QString why;
        QVERIFY2(controlShowsTheDifference(&why), qPrintable(why));
    }

    void coreDumpsOffInTheRunningApp()
    {
        // A home the unprivileged uid can write (settings, runtime folder).
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                       | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        QVERIFY(startProbed(app, QStringLiteral(FEROSCOPE_GUI), {}));
        const ProcessHardening h = waitForState(app, QStringLiteral("feroscope"), [](const ProcessHardening &s) {
            return s.procOwner == 0 && s.coreSoft == "0";
        });
        const bool running = app.state() == QProcess::Running;
        app.kill();
        app.waitForFinished(10000);
        QVERIFY2(running, app.readAllStandardError().constData());
        QVERIFY2(h.coreSoft == "0" && h.coreHard == "0", qPrintable(h.describe()));
        QVERIFY2(h.uid == unprivilegedUid() && h.procOwner == 0, qPrintable(h.describe()));
    }
};

QTEST_GUILESS_MAIN(TestGuiHardening)
#include "tst_guihardening.moc"
