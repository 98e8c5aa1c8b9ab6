#include "formats/ferogram/nativestring.h"

#include "formats/common/base64.h"
#include "formats/ferogram/binary.h"

#include <QCoreApplication>

namespace fero::native {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NativeString)
};

} // namespace

Result<DecodedSession> read(QStringView text)
{
    auto decoded = base64::decodeTolerant(text);
    if (!decoded)
        return decoded.error();
    auto session = binary::read(decoded->bytes);
    secureWipe(decoded->bytes); // the buffer held auth keys
    if (!session)
        return session.error();
    session->format = Format::FerogramNative;
    session->layout = Text::tr("native string of %1").arg(session->layout);
    session->warnings = decoded->warnings + session->warnings;
    return session;
}

Result<QString> write(const Session &session, int version)
{
    auto bytes = binary::write(session, version);
    if (!bytes)
        return bytes.error();
    QString text = base64::encodeUrlSafe(*bytes);
    secureWipe(*bytes); // the buffer held auth keys
    return text;
}

} // namespace fero::native
