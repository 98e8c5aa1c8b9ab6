#include "formats/mtkruto/codecs.h"

#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/mtkruto/mtkrutostring.h"

#include <QCoreApplication>

namespace fero::mtkruto {
namespace {

// What this library itself would do with a pasted string (Codec::verdict);
// the context these sentences had in detect/, so translations stay.
struct VerdictTr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

QString verdict(QStringView text, std::optional<Format> actual)
{
    if (actual == Format::MtkrutoString)
        return {};
    auto reading = mtkrutostring::read(text);
    if (!reading)
        return VerdictTr::tr("MTKruto would fail (judging by @mtcute/convert's MTKruto reader): %1")
            .arg(reading.error().message);
    return VerdictTr::tr("MTKruto would load it without an error but misread it: %1.")
        .arg(verdicts::misreadSummary(reading));
}

void stringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    stringtarget::losses(session, target, {false, false, true, false}, report);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    return stringtarget::ascii(mtkrutostring::write(stringtarget::writerView(session, target), {}));
}

} // namespace

const Codec kStringCodec{
    .format = Format::MtkrutoString,
    .readText = mtkrutostring::read,
    .verdict = verdict,
    .losses = stringLosses,
    .preflight = preflightByEncoding<encodeString>,
    .encode = encodeString,
};

} // namespace fero::mtkruto
