#include "formats/mtcute/codecs.h"

#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/mtcute/mtcutestring.h"

#include <QCoreApplication>

namespace fero::mtcute {
namespace {

// What this library itself would do with a pasted string (Codec::verdict);
// the context these sentences had in detect/, so translations stay.
struct VerdictTr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

QString verdict(QStringView text, std::optional<Format> actual)
{
    if (actual == Format::MtcuteString)
        return {};
    auto decoded = foreignb64::decode(text, QString());
    if (!decoded || decoded->bytes.isEmpty())
        return VerdictTr::tr("mtcute would refuse it: it is not base64.");
    const auto version = std::uint8_t(decoded->bytes[0]);
    secureWipe(decoded->bytes);
    if (version != 3)
        return VerdictTr::tr("mtcute would refuse it: its first byte is 0x%1 where mtcute's session version 3 belongs.")
            .arg(version, 2, 16, QChar(u'0'));
    auto reading = mtcutestring::read(text);
    return reading ? VerdictTr::tr("mtcute would load it without an error but misread it.")
                   : VerdictTr::tr("mtcute would fail: %1").arg(reading.error().message);
}

void stringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    // is_bot lives in the self block, written only with a user id.
    stringtarget::losses(session, target, {true, bool(session.account.userId || target.userId), true, false}, report,
                         mtcutestring::chooseMediaDc);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    return stringtarget::ascii(mtcutestring::write(stringtarget::writerView(session, target), {}));
}

} // namespace

const Codec kStringCodec{
    .format = Format::MtcuteString,
    .readText = mtcutestring::read,
    .verdict = verdict,
    .losses = stringLosses,
    .preflight = preflightByEncoding<encodeString>,
    .encode = encodeString,
};

} // namespace fero::mtcute
