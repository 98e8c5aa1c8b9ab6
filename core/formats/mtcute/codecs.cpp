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
    const Session view = stringtarget::writerView(session, target);
    stringtarget::dcLosses(view, target, mtcutestring::chooseMediaDc, report);
    stringtarget::stateLosses(session, report);
    // is_bot lives in the self block, written only with a user id.
    stringtarget::accountLosses(view, target, {true, bool(view.account.userId), true, false}, report);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    Result<QString> text = mtcutestring::write(stringtarget::writerView(session, target), {});
    if (!text)
        return text.error();
    return text->toLatin1(); // base64 and a prefix: ASCII only
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
