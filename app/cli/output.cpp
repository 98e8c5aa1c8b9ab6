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

namespace {

// The core says which value is missing and why; the CLI names its option.
QString remedy(MissingValue missing)
{
    switch (missing) {
    case MissingValue::None:
        return {};
    case MissingValue::UserId:
        return Tr::tr("Give it with --user-id.");
    case MissingValue::ApiId:
        return Tr::tr("Give it with --api-id, or pass --pyrogram-old-layout to write the old 64-bit layout.");
    }
    return {};
}

} // namespace

int fail(bool json, const Error &error)
{
    QString message = error.message;
    if (const QString how = remedy(error.missing); !how.isEmpty())
        message += (message.contains(u'\n') ? u'\n' : u' ') + how;
    if (json)
        writeOut(errorJson(message, error) + '\n');
    else
        printErr(message);
    return int(error.kind);
}

int usageError(bool json, const QString &message)
{
    return fail(json, Error::usage(message));
}

} // namespace fero::cli
