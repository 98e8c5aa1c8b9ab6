// Round trips through the byte and string formats. The first input byte
// picks the format, the rest is read by that format's reader; whatever it
// accepts is written back in the same format (same version, layout and
// account values) and read again:
// - when the loss report is empty, the session read back equals the one read;
// - otherwise the loss happened once: writing what was read back gives the
//   very same bytes again (nothing else drifts on a second pass).
#include "fuzzsupport.h"

#include "convert.h"
#include "detect.h"
#include "sessionjson.h"

#include <algorithm>
#include <array>

namespace {

constexpr std::array Formats{
    fero::Format::FerogramBinary,    fero::Format::FerogramNative, fero::Format::FerogramCompactV1,
    fero::Format::FerogramCompactV2, fero::Format::TelethonString, fero::Format::GramjsString,
    fero::Format::MtcuteString,      fero::Format::PyrogramString, fero::Format::MtkrutoString};

fero::ConvertTarget targetFor(const fero::DecodedSession &decoded)
{
    fero::ConvertTarget target;
    target.format = decoded.format;
    target.version = std::clamp(decoded.version, fero::OldestWritableVersion, fero::LatestBinaryVersion);
    const fero::Session &s = decoded.session();
    target.userId = s.account.userId;
    target.apiId = s.account.apiId;
    target.testMode = s.account.testMode;
    target.pyrogramOldLayout = decoded.format == fero::Format::PyrogramString && decoded.version != 3;
    return target;
}

QString json(const fero::Session &session)
{
    fero::DecodedSession decoded;
    decoded.sessions = {session};
    return QString::fromUtf8(fero::toCanonicalJson(decoded, {.reveal = true}));
}

QString describe(const fero::Session &a, const fero::Session &b)
{
    return json(a) + QStringLiteral("\n--- read back ---\n") + json(b);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::init();
    if (size == 0)
        return 0;
    const fero::Format format = Formats[data[0] % Formats.size()];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto first = fero::readAs(format, input);
    if (!first.ok() || first.value().sessions.size() != 1)
        return 0;
    const fero::ConvertTarget target = targetFor(first.value());
    const fero::Session &original = first.value().session();
    if (!fero::preflight(original, target).ok())
        return 0;
    const fero::LossReport report = fero::lossReport(original, target);
    const auto written = fero::encode(original, target);
    if (!written.ok())
        fuzz::fail("preflight passed but encode failed", written.error().message);
    const auto second = fero::readAs(target.format, written.value());
    if (!second.ok())
        fuzz::fail("the reader refuses what its writer wrote",
                   second.error().message + u'\n' + QString::fromUtf8(written.value()));
    const fero::Session &readBack = second.value().session();
    if (report.lossless()) {
        if (!(readBack == original))
            fuzz::fail("a lossless round trip changed the session", describe(original, readBack));
        return 0;
    }
    const auto again = fero::encode(readBack, targetFor(second.value()));
    if (!again.ok() || again.value() != written.value())
        fuzz::fail("a second pass after a reported loss changed the bytes again",
                   report.losses.join(u'\n') + u'\n' + describe(original, readBack));
    return 0;
}
