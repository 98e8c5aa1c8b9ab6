// Opening an input for inspect and convert through the core's opener: the
// tdata passcode (flag, file or a no-echo prompt on a terminal) and the
// account choice.
#include "cli.h"

#include "base/secret.h"
#include "formats/traits.h"
#include "open/opener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace fero::cli {
namespace {

bool onTerminal()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

// Echo off while the passcode is typed; restored whatever happens. Read with
// read(2), a byte at a time, into a SecretBuffer: no stdio buffer keeps the
// line, and growing the buffer wipes the block it leaves.
QString promptPasscode(const QString &folder)
{
    // A folder is a tdata with a local passcode; a file a WTelegramClient
    // session, whose key is the app's api_hash or session_key.
    const bool sessionKey = QFileInfo(folder).isFile();
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    // Asked only once echo is off, so nothing typed after it shows.
    std::fputs(qPrintable(sessionKey ? Tr::tr("Session key (api_hash or session_key) of %1: ").arg(folder)
                                     : Tr::tr("Local passcode of %1: ").arg(folder)),
               stderr);
    std::fflush(stderr);
    SecretBuffer line(256);
    for (char c = 0;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        line.append(c);
    }
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
    return QString::fromUtf8(line.view());
}

} // namespace

Result<DecodedSession> openSource(const QString &path, std::optional<Format> forced,
                                  const std::optional<QString> &passcode)
{
    std::optional<Result<DecodedSession>> opened;
    if (path == u"-") {
        Result<QByteArray> bytes = readStdin();
        if (!bytes)
            return bytes.error();
        opened = openBytes(bytes.value(), forced);
        secureWipe(bytes.value());
    } else {
        // The caller's passcode is used where it is (the caller wipes it).
        // Without one, a locked input says so (the open call's outcome, not
        // a guess here); on a terminal we ask, and the prompted one is ours
        // to wipe.
        opened = openPath(path, forced, passcode.value_or(QString()));
        if (!*opened && opened->error().lock == Lock::PasscodeNeeded && !passcode && onTerminal()) {
            QString prompted = promptPasscode(path);
            opened = openPath(path, forced, prompted);
            secureWipe(prompted);
        }
    }
    if (!*opened && opened->error().lock == Lock::PasscodeNeeded)
        return aboutPath(
            Error::locked(Lock::PasscodeNeeded,
                          QFileInfo(path).isFile()
                              ? Tr::tr("%1 Give it with --session-key or --session-key-file.").arg(opened->error().message)
                              : Tr::tr("%1 Give it with --passcode or --passcode-file.").arg(opened->error().message)),
            path);
    if (!*opened)
        return aboutPath(opened->error(), path);
    DecodedSession decoded = std::move(opened->value());
    // Detected text comes explained by the core; anything else is named.
    if (decoded.explanation.isEmpty()) {
        QString what = traits(decoded.format).displayName();
        if (!decoded.layout.isEmpty())
            what += QStringLiteral(", ") + decoded.layout;
        decoded.explanation << what;
    }
    return decoded;
}

Result<QString> readPasscodeFile(const QString &flag, const QString &path)
{
    // read(2) straight into a SecretBuffer of fixed size: no Qt or stdio
    // buffer ever holds the passcode.
    constexpr qsizetype MaxBytes = 4096;
    const bool fromStdin = path == u"-";
    const QString shown = fromStdin ? Tr::tr("standard input") : QDir::toNativeSeparators(path);
    const int fd = fromStdin ? STDIN_FILENO : ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::io(Tr::tr("%1: cannot read %2: %3").arg(flag, shown, qt_error_string(errno)));
    SecretBuffer bytes(MaxBytes + 1);
    bytes.resize(MaxBytes + 1);
    qsizetype size = 0;
    int error = 0;
    while (size < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + size, std::size_t(bytes.size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? errno : 0;
            break;
        }
        size += n;
    }
    if (!fromStdin)
        ::close(fd);
    if (error)
        return Error::io(Tr::tr("%1: cannot read %2: %3").arg(flag, shown, qt_error_string(error)));
    if (size > MaxBytes)
        return Error::usage(
            Tr::tr("%1: %2 holds more than %3 bytes; it is not a passcode file.").arg(flag, shown).arg(MaxBytes));
    // The passcode is the whole text but for one final line break.
    if (size > 0 && bytes.data()[size - 1] == '\n')
        --size;
    if (size > 0 && bytes.data()[size - 1] == '\r')
        --size;
    return QString::fromUtf8(bytes.data(), size);
}

Result<std::optional<QString>> passcodeOption(const QCommandLineParser &parser, const QCommandLineOption &value,
                                              const QCommandLineOption &file)
{
    const QString valueFlag = QStringLiteral("--") + value.names().constFirst();
    const QString fileFlag = QStringLiteral("--") + file.names().constFirst();
    if (parser.isSet(value) && parser.isSet(file))
        return Error::usage(Tr::tr("Give either %1 or %2, not both.").arg(valueFlag, fileFlag));
    if (parser.isSet(value))
        return std::optional<QString>(parser.value(value));
    if (!parser.isSet(file))
        return std::optional<QString>();
    Result<QString> read = readPasscodeFile(fileFlag, parser.value(file));
    if (!read)
        return read.error();
    return std::optional<QString>(std::move(read.value()));
}

Result<std::optional<QString>> inputSecretOption(const QCommandLineParser &parser, const QCommandLineOption &passcode,
                                                 const QCommandLineOption &passcodeFile,
                                                 const QCommandLineOption &sessionKey,
                                                 const QCommandLineOption &sessionKeyFile)
{
    if ((parser.isSet(passcode) || parser.isSet(passcodeFile)) && (parser.isSet(sessionKey) || parser.isSet(sessionKeyFile)))
        return Error::usage(Tr::tr("Give either a passcode (a tdata input) or a session key (a WTelegramClient "
                                   "input), not both."));
    if (parser.isSet(sessionKey) || parser.isSet(sessionKeyFile))
        return passcodeOption(parser, sessionKey, sessionKeyFile);
    return passcodeOption(parser, passcode, passcodeFile);
}

Result<std::optional<AccountChoice>> parseAccount(const QString &flagValue, bool isSet)
{
    if (!isSet)
        return std::optional<AccountChoice>();
    Result<AccountChoice> choice = parseAccountChoice(QStringLiteral("--account"), flagValue);
    if (!choice)
        return choice.error();
    return std::optional<AccountChoice>(std::move(choice.value()));
}

Result<std::optional<std::size_t>> checkAccount(const DecodedSession &decoded,
                                                const std::optional<AccountChoice> &account)
{
    if (!account)
        return std::optional<std::size_t>();
    Result<std::size_t> index = resolveAccount(QStringLiteral("--account"), decoded, *account);
    if (!index)
        return index.error();
    return std::optional<std::size_t>(*index);
}

} // namespace fero::cli
