#include "child.h"

#include "containers.h"

#include <QFile>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace rel {

bool Child::start(const QStringList &command)
{
    int out[2], in[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(in, O_CLOEXEC) != 0)
        return false;
    std::vector<QByteArray> storage;
    for (const QString &arg : command)
        storage.push_back(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    m_pid = ::fork();
    if (m_pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(in[0], STDIN_FILENO);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(in[0]);
    m_out = out[0];
    m_in = in[1];
    return m_pid > 0;
}

QByteArray Child::readLine(int timeoutMs)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            return line;
        }
        pollfd p{m_out, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return {};
        char chunk[4096];
        const ssize_t n = ::read(m_out, chunk, sizeof chunk);
        if (n <= 0)
            return {};
        m_buffer.append(chunk, n);
    }
}

void Child::kill()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGKILL);
}

void Child::closeInput()
{
    if (m_in >= 0)
        ::close(m_in);
    m_in = -1;
}

void Child::wait()
{
    if (m_pid <= 0)
        return;
    closeInput();
    char chunk[4096];
    ssize_t n;
    while ((n = ::read(m_out, chunk, sizeof chunk)) > 0)
        m_buffer.append(chunk, n);
    output = m_buffer;
    m_buffer.clear();
    int status = 0;
    rusage usage{};
    ::wait4(m_pid, &status, 0, &usage);
    exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    peakRssKb = usage.ru_maxrss;
    m_pid = -1;
    ::close(m_out);
    m_out = -1;
}

Child::~Child()
{
    if (m_pid > 0) {
        kill();
        wait();
    }
}

QStringList helperCommand(const QStringList &modeAndArgs, const QStringList &prefix)
{
    return prefix + QStringList{selfPath(), QStringLiteral("--helper")} + modeAndArgs;
}

Child runHelperChild(const QStringList &modeAndArgs, const QStringList &prefix)
{
    Child child;
    if (child.start(helperCommand(modeAndArgs, prefix)))
        child.wait();
    else
        child.exitCode = 127;
    return child;
}

} // namespace rel
