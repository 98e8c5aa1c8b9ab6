// WTelegramClient session files: the header, the block's decryption (with
// the public "fresh" vector's api_hash, so its seeds reach the JSON) and the
// JSON reader must return a value or an error for every input. Input that
// starts with '{' goes to the JSON reader directly; an accepted session is
// written again and must read back equal when the loss report is empty, and
// unchanged by a second pass otherwise (roundtripcheck.h).
#include "fuzzsupport.h"

#include "roundtripcheck.h"

#include "convert/convert.h"
#include "formats/wtelegram/wtelegramfile.h"
#include "formats/wtelegram/wtelegramjson.h"

namespace {

fero::Session writeAndRead(const fero::Session &session)
{
    const QByteArray json = fero::wtelegram::writeJson(session);
    const auto reread = fero::wtelegram::readJson(json);
    if (!reread.ok())
        fuzz::fail("wtelegram: written JSON does not read back", reread.error().message);
    if (reread->sessions.size() != 1)
        fuzz::fail("wtelegram: written JSON reads back as more or fewer than one session");
    return reread->session();
}

void checkJson(QByteArrayView json)
{
    const auto decoded = fero::wtelegram::readJson(json);
    if (!decoded.ok())
        return;
    if (decoded->sessions.size() != 1)
        fuzz::fail("wtelegram: readJson accepted input without exactly one session");
    const fero::Session &original = decoded->session();
    const fero::LossReport report =
        fero::lossReport(original, fero::ConvertTarget{.format = fero::Format::WtelegramSession});
    const fero::Session second = writeAndRead(original);
    if (report.lossless()) {
        if (second != original)
            fuzz::fail("wtelegram: a lossless round trip changed the session", fuzz::describe({original}, {second}));
        return;
    }
    const fero::Session third = writeAndRead(second);
    if (third != second)
        fuzz::fail("wtelegram: a second pass after a reported loss changed the session again",
                   report.losses.join(u'\n') + u'\n' + fuzz::describe({second}, {third}));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith('{')) {
        checkJson(bytes);
        return 0;
    }
    static const auto key = fero::wtelegram::keyFromHex(QStringLiteral("2ef4691539acf2b9e3d8d8811ee00e10"));
    const auto place = fero::wtelegram::headerBlock(bytes);
    const QByteArrayView block = place ? bytes.sliced(place->position, place->length) : bytes;
    const auto json = fero::wtelegram::decryptBlock(block, key->view());
    if (json.ok())
        checkJson(json->view());
    return 0;
}
