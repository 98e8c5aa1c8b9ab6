// A helper child process: the suite's own executable in "--helper" mode,
// optionally behind a prefix (setpriv to drop privileges). Unlike QProcess
// it reports the child's peak memory (wait4's ru_maxrss) and can be killed
// with SIGKILL at a chosen moment.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace rel {

class Child {
public:
    // program + args are exec'd directly (no shell).
    bool start(const QStringList &command);
    // One line of the child's stdout, or empty on EOF/timeout.
    QByteArray readLine(int timeoutMs);
    void kill();
    void closeInput();
    // Waits; fills exitCode (-signal when killed), peakRssKb and everything
    // printed after the last readLine.
    void wait();
    pid_t pid() const { return m_pid; }

    int exitCode = 0;
    long peakRssKb = 0;
    QByteArray output;

    ~Child();

private:
    pid_t m_pid = -1;
    int m_out = -1;
    int m_in = -1;
    QByteArray m_buffer;
};

// The helper command: [prefix...] self --helper mode args...
QStringList helperCommand(const QStringList &modeAndArgs, const QStringList &prefix = {});

// Runs a helper to the end.
Child runHelperChild(const QStringList &modeAndArgs, const QStringList &prefix = {});

} // namespace rel
