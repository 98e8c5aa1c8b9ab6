#include "cli.h"

#include "inspect/sessionjson.h"

#include <cstdio>

namespace fero::cli {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    writeOut(text.toUtf8() + '\n');
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int fail(bool json, const Error &error)
{
    if (json)
        writeOut(errorJson(error.message) + '\n');
    else
        printErr(error.message);
    return int(error.kind);
}

int usageError(bool json, const QString &message)
{
    return fail(json, Error::usage(message));
}

} // namespace fero::cli
