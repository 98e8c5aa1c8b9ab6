// Opening an input for inspect and convert: the tdata passcode (flag or a
// no-echo prompt on a terminal), the account choice, and the detection
// explanation the readable output shows.
#include "cli.h"

#include "detect.h"
#include "formats/tdata.h"
#include "opener.h"
#include "secret.h"

#include <QFileInfo>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace fero::cli {
namespace {

bool onTerminal()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

// Echo off while the passcode is typed; restored whatever happens.
QString promptPasscode(const QString &folder)
{
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    // Asked only once echo is off, so nothing typed after it shows.
    std::fputs(qPrintable(tr("Local passcode of %1: ").arg(folder)), stderr);
    std::fflush(stderr);
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
    QString passcode = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return passcode;
}

bool isTdataInput(const QString &path, std::optional<Format> forced)
{
    if (forced)
        return *forced == Format::TdesktopTdata;
    return QFileInfo(path).isDir() && tdata::looksLikeTdata(path);
}

} // namespace

Result<OpenedSource> openSource(const QString &path, std::optional<Format> forced,
                                const std::optional<QString> &passcode)
{
    OpenedSource source;
    std::optional<Result<DecodedSession>> opened;
    if (path == u"-") {
        Result<QByteArray> bytes = readStdin();
        if (!bytes)
            return bytes.error();
        if (!forced && !hasSqliteHeader(bytes.value()) && looksLikeText(bytes.value()))
            source.explanation = detectText(QString::fromLatin1(bytes.value())).explanation;
        opened = openBytes(bytes.value(), forced);
        secureWipe(bytes.value());
    } else {
        QString code = passcode.value_or(QString());
        if (!passcode && isTdataInput(path, forced) && tdata::needsPasscode(path) && onTerminal())
            code = promptPasscode(path);
        if (!forced && QFileInfo(path).isFile() && QFileInfo(path).size() < 64 * 1024) {
            Result<QByteArray> bytes = readSessionFile(path);
            if (bytes && !hasSqliteHeader(bytes.value()) && looksLikeText(bytes.value()))
                source.explanation = detectText(QString::fromLatin1(bytes.value())).explanation;
            if (bytes)
                secureWipe(bytes.value());
        }
        opened = openPath(path, forced, code);
        secureWipe(code.data(), std::size_t(code.size()) * sizeof(QChar));
    }
    if (!*opened)
        return aboutPath(opened->error(), path);
    source.decoded = std::move(opened->value());
    if (source.explanation.isEmpty()) {
        QString what = formatDisplayName(source.decoded.format);
        if (!source.decoded.layout.isEmpty())
            what += QStringLiteral(", ") + source.decoded.layout;
        source.explanation << what;
    }
    return source;
}

Result<std::optional<std::size_t>> parseAccount(const QString &flagValue, bool isSet)
{
    if (!isSet)
        return std::optional<std::size_t>();
    bool ok = false;
    const int index = flagValue.toInt(&ok);
    if (!ok || index < 0)
        return Error::usage(tr("--account: \"%1\" is not an account number (0 is the first).").arg(flagValue));
    return std::optional<std::size_t>(std::size_t(index));
}

Status checkAccount(const DecodedSession &decoded, std::optional<std::size_t> account)
{
    if (account && *account >= decoded.sessions.size())
        return Error::usage(tr("--account: the source holds %n account(s), numbered from 0; there is no account %1.",
                               nullptr, int(decoded.sessions.size()))
                                .arg(*account));
    return {};
}

} // namespace fero::cli
