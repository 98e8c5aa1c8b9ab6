// Checks from outside that a running Feroscope process disabled core dumps
// (core/processsetup.h), through what Linux documents:
//  - /proc/PID/limits, "Max core file size": RLIMIT_CORE, soft and hard;
//  - proc(5): the files in /proc/PID are owned by the process's effective
//    uid, "however, as a security measure, the ownership is made root:root
//    if the process's dumpable attribute is set to a value other than 1"
//    (prctl(PR_SET_DUMPABLE, 0)).
// The second is only visible for a process that does not run as root, so
// when the test runs as root the process is started as uid/gid 65534 with
// setpriv. It starts with a core limit above 0 (set in the child before
// exec), so "0" is the process's own doing; a control program (cat) under
// the same conditions must show the opposite, so the probe cannot pass
// vacuously.
#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fero::test {

struct ProcessHardening {
    QString name;                              // /proc/PID/status "Name:"
    qint64 uid = -1;                           // real uid, /proc/PID/status "Uid:"
    qint64 procOwner = -1;                     // owner of /proc/PID/status
    QByteArray coreSoft = "?", coreHard = "?"; // /proc/PID/limits
    QString describe() const
    {
        return QStringLiteral("%1: uid %2, /proc owner %3, core limit %4/%5")
            .arg(name)
            .arg(uid)
            .arg(procOwner)
            .arg(QString::fromLatin1(coreSoft), QString::fromLatin1(coreHard));
    }
};

inline ProcessHardening readHardening(qint64 pid)
{
    ProcessHardening h;
    const QByteArray base = "/proc/" + QByteArray::number(pid);
    QFile status(QString::fromLatin1(base + "/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                h.name = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.startsWith("Uid:"))
                h.uid = line.mid(4).simplified().split(' ').value(0).toLongLong();
        }
    }
    struct stat st {};
    if (::stat((base + "/status").constData(), &st) == 0)
        h.procOwner = st.st_uid;
    QFile limits(QString::fromLatin1(base + "/limits"));
    if (limits.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (!line.startsWith("Max core file size"))
                continue;
            const QList<QByteArray> fields = line.mid(18).simplified().split(' ');
            h.coreSoft = fields.value(0);
            h.coreHard = fields.value(1);
        }
    }
    return h;
}

// setpriv to uid/gid 65534 when running as root, else nothing.
inline QStringList unprivilegedPrefix()
{
    if (::getuid() != 0)
        return {};
    return {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
}

inline qint64 unprivilegedUid()
{
    return ::getuid() == 0 ? 65534 : qint64(::getuid());
}

// Starts program (as an unprivileged uid, with a core limit of 1 MiB) with
// stdin left open, so a program that reads it keeps running.
inline bool startProbed(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.setChildProcessModifier([] {
        const rlimit some{1 << 20, 1 << 20};
        ::setrlimit(RLIMIT_CORE, &some);
    });
    const QStringList prefix = unprivilegedPrefix();
    if (prefix.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("setpriv"), prefix + QStringList{program} + arguments);
    return process.waitForStarted(10000);
}

// Waits until the process runs `name` as the unprivileged uid and `done`
// holds for it (a process changes its state a moment after it started).
template <typename Done> ProcessHardening waitForState(const QProcess &process, const QString &name, Done done)
{
    ProcessHardening h;
    for (int i = 0; i < 400; ++i) {
        h = readHardening(process.processId());
        if (h.name == name && h.uid == unprivilegedUid() && done(h))
            break;
        QTest::qWait(25);
    }
    return h;
}

// The control: a program that never hardens itself shows the core limit it
// was given and a /proc owned by its own uid. Fails the test otherwise.
inline bool controlShowsTheDifference(QString *why)
{
    QProcess cat;
    if (!startProbed(cat, QStringLiteral("cat"), {})) {
        *why = QStringLiteral("cannot start cat under setpriv");
        return false;
    }
    const ProcessHardening h = waitForState(cat, QStringLiteral("cat"), [](const ProcessHardening &s) {
        return s.procOwner == unprivilegedUid() && s.coreSoft == "1048576";
    });
    cat.closeWriteChannel();
    cat.waitForFinished(10000);
    *why = h.describe();
    return h.procOwner == unprivilegedUid() && h.coreSoft == "1048576" && h.coreHard == "1048576";
}

} // namespace fero::test
