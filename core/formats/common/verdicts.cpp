#include "formats/common/verdicts.h"

#include <QCoreApplication>

namespace fero::verdicts {
namespace {

// The context these sentences had in detect/, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

} // namespace

PythonDecode pythonBase64(QStringView text)
{
    qsizetype data = 0, pad = 0;
    for (QChar c : text) {
        if (c == u'=') {
            ++pad;
            continue;
        }
        const bool inAlphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                                || c == u'+' || c == u'/' || c == u'-' || c == u'_';
        if (inAlphabet && pad == 0)
            ++data;
    }
    PythonDecode out;
    if (data % 4 == 1)
        out.error = QStringLiteral("binascii.Error: Invalid base64-encoded string: number of data characters (%1) "
                                   "cannot be 1 more than a multiple of 4")
                        .arg(data);
    else if (data % 4 != 0 && data % 4 + pad < 4)
        out.error = QStringLiteral("binascii.Error: Incorrect padding");
    else
        out.bytes = data * 3 / 4;
    return out;
}

QString unpackError(qsizetype need)
{
    return QStringLiteral("struct.error: unpack requires a buffer of %1 bytes").arg(need);
}

QString misreadSummary(const Result<DecodedSession> &reading)
{
    if (!reading)
        return Tr::tr("garbage");
    const Session &s = reading->session();
    const DcEntry &dc = s.dcs.front();
    return dc.addr.isEmpty() ? Tr::tr("DC %1").arg(s.homeDcId) : Tr::tr("DC %1 at %2").arg(s.homeDcId).arg(dc.addr);
}

} // namespace fero::verdicts
