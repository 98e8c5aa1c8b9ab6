// Round trips through the byte and string formats (roundtripcheck.h says
// what counts as one). The first input byte picks the format, the rest is
// read by that format's reader; whatever it accepts is written back in the
// same format and read again. The database and folder formats have their
// own target, roundtripfiles.
#include "fuzzsupport.h"

#include "roundtripcheck.h"

#include "convert/convert.h"
#include "detect/detect.h"

#include <array>

namespace {

constexpr std::array Formats{
    fero::Format::FerogramBinary,    fero::Format::FerogramNative, fero::Format::FerogramCompactV1,
    fero::Format::FerogramCompactV2, fero::Format::TelethonString, fero::Format::GramjsString,
    fero::Format::MtcuteString,      fero::Format::PyrogramString, fero::Format::MtkrutoString,
    fero::Format::GrammersSession,   fero::Format::GotdJson}; // issue 16's byte and text writers

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
    const fero::ConvertTarget target = fuzz::sameFormatTarget(first.value());
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
            fuzz::fail("a lossless round trip changed the session", fuzz::describe({original}, {readBack}));
        return 0;
    }
    const auto again = fero::encode(readBack, fuzz::sameFormatTarget(second.value()));
    if (!again.ok() || again.value() != written.value())
        fuzz::fail("a second pass after a reported loss changed the bytes again",
                   report.losses.join(u'\n') + u'\n' + fuzz::describe({original}, {readBack}));
    return 0;
}
