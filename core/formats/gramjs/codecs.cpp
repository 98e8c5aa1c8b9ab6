#include "formats/gramjs/codecs.h"

#include "formats/common/filetarget.h"
#include "formats/common/foreignbase64.h"
#include "formats/common/foreignsession.h"
#include "formats/common/stringtarget.h"
#include "formats/common/verdicts.h"
#include "formats/gramjs/gramjsstore.h"
#include "formats/gramjs/gramjsstring.h"
#include "model/markedpeers.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fero::gramjs {
namespace {

// GramJS also reads Telethon's layouts; its IPv6 one is this long.
constexpr qsizetype kTelethonIpv6Bytes = 275;

// What this library itself would do with a pasted string (Codec::verdict);
// the context these sentences had in detect/, so translations stay.
struct VerdictTr {
    Q_DECLARE_TR_FUNCTIONS(StringVerdicts)
};

QString verdict(QStringView text, std::optional<Format> actual)
{
    if (!text.startsWith(u'1'))
        return VerdictTr::tr(
            "GramJS would refuse it with \"Error: Not a valid string\": GramJS strings start with \"1\".");
    auto decoded = foreignb64::decode(text.sliced(1), QString());
    if (!decoded)
        return VerdictTr::tr("GramJS's base64 decoder would turn it into bytes of no known layout.");
    const QByteArray &bytes = decoded->bytes;
    const WipeOnExit wipe(decoded->bytes);
    const bool telethonLayout = actual == Format::TelethonString;
    if (text.size() - 1 == 352) // GramJS reads Telethon's IPv4 layout by this length
        return telethonLayout ? QString()
                              : VerdictTr::tr("GramJS would take it for a Telethon IPv4 string and misread it.");
    if (bytes.size() < 3)
        return VerdictTr::tr("GramJS would read past the end of the data (RangeError).");
    const auto signedLength = std::int16_t(std::uint16_t(std::uint8_t(bytes[1]) << 8 | std::uint8_t(bytes[2])));
    if (signedLength > 100) { // Telethon IPv6 layout
        if (bytes.size() < kTelethonIpv6Bytes)
            return VerdictTr::tr("GramJS would take it for a Telethon IPv6 string and read past the end (RangeError).");
        return telethonLayout ? QString()
                              : VerdictTr::tr("GramJS would take it for a Telethon IPv6 string and misread it.");
    }
    if (signedLength < 0)
        return VerdictTr::tr("GramJS would read a negative address length (%1) and fail.").arg(signedLength);
    if (bytes.size() != 261 + signedLength)
        return VerdictTr::tr(
                   "GramJS would read a %1-byte address and then an auth key of %2 bytes instead of 256; it cannot "
                   "log in with that.")
            .arg(signedLength)
            .arg(qMax<qsizetype>(0, bytes.size() - 5 - signedLength));
    const int port =
        std::int16_t(std::uint16_t(std::uint8_t(bytes[3 + signedLength]) << 8 | std::uint8_t(bytes[4 + signedLength])));
    if (port < 0)
        return VerdictTr::tr(
                   "GramJS reads the port as a signed 16-bit number: it would get %1 and could not save the session.")
            .arg(port);
    if (actual == Format::GramjsString)
        return {};
    return VerdictTr::tr("GramJS would load it without an error but misread it.");
}

void stringLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    stringtarget::losses(session, target, {}, report);
}

Result<QByteArray> encodeString(const Session &session, const ConvertTarget &target)
{
    return stringtarget::ascii(gramjsstring::write(stringtarget::writerView(session, target), {}));
}

Result<DecodedSession> readStore(const QString &path, const QString &)
{
    return gramjsstore::read(path);
}

bool claimsStore(const QString &path)
{
    return QFileInfo(path).isDir() && !gramjsstore::sessionName(path).isEmpty();
}

// §5: one DC, entity rows.
void storeLosses(const Session &session, const ConvertTarget &target, LossReport &report)
{
    using namespace filetarget;
    const Session s = prepared(session, target);
    const MarkedPeers plan = planMarkedPeers(s);
    oneDcLosses(s, formatDisplayName(target.format), true, report);
    markedPeerLosses(plan, report);
    noKindLosses(plan, report);
    commonLosses(s, false, false, report);
    accountLosses(s, target.format, {}, report);
}

Status writeStore(const Session &session, const ConvertTarget &target, const QString &path, bool overwrite)
{
    return gramjsstore::write(filetarget::prepared(session, target), path, overwrite);
}

} // namespace

const Codec kStringCodec{
    .format = Format::GramjsString,
    .readText = gramjsstring::read,
    .verdict = verdict,
    .losses = stringLosses,
    .preflight = preflightByEncoding<encodeString>,
    .encode = encodeString,
};

const Codec kStoreCodec{
    .format = Format::GramjsStore,
    .readPath = readStore,
    .claims = claimsStore,
    .losses = storeLosses,
    .preflight = filetarget::requireHomeAddress,
    .write = writeStore,
};

} // namespace fero::gramjs
