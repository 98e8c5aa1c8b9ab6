#include "formats/android/userconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtEndian>

namespace fero::userconfig {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserConfig)
};

constexpr std::uint32_t kUserEmpty = 0xd3bc4b7a;
constexpr std::uint32_t kUserLayer144 = 0x3ff6ecb0; // flags, id
constexpr std::uint32_t kUserLayer227 = 0x31774388; // flags, flags2, id
constexpr std::uint32_t kBotFlag = 1u << 14;
constexpr std::uint32_t kSelfFlag = 1u << 10;

} // namespace

Result<std::optional<User>> read(QByteArrayView xml)
{
    QXmlStreamReader reader(xml.toByteArray());
    QString text;
    bool found = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"string"
            && reader.attributes().value(QLatin1String("name")) == u"user") {
            text = reader.readElementText(); // character references (&#10;) already decoded
            found = true;
            break;
        }
    }
    if (reader.hasError() && !found)
        return Error::invalid(Tr::tr("userconfing.xml is not readable XML (%1, line %2).")
                                  .arg(reader.errorString())
                                  .arg(reader.lineNumber()));
    if (!found)
        return std::optional<User>();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::invalid(Tr::tr("userconfing.xml: the user entry is not Base64."));
    const QByteArray &tl = decoded.decoded;
    if (tl.size() < 4)
        return Error::invalid(Tr::tr("userconfing.xml: the user entry holds %n byte(s), no TL object.", nullptr,
                                     int(tl.size())));
    const auto constructor = qFromLittleEndian<std::uint32_t>(tl.constData());
    User user;
    qsizetype idAt = 0;
    switch (constructor) {
    case kUserEmpty:
        idAt = 4;
        break;
    case kUserLayer144:
        idAt = 8;
        break;
    case kUserLayer227:
        idAt = 12;
        break;
    default:
        return Error::invalid(Tr::tr("userconfing.xml: the user entry is a TL object 0x%1, not a user constructor "
                                     "Feroscope knows (userEmpty, user of layer 144 or 227).")
                                  .arg(constructor, 8, 16, QLatin1Char('0')));
    }
    if (tl.size() < idAt + 8)
        return Error::invalid(Tr::tr("userconfing.xml: the user object ends before its id."));
    user.id = qFromLittleEndian<std::int64_t>(tl.constData() + idAt);
    if (constructor != kUserEmpty)
        user.isBot = (qFromLittleEndian<std::uint32_t>(tl.constData() + 4) & kBotFlag) != 0;
    return std::optional<User>(user);
}

QByteArray write(const User &user)
{
    QByteArray tl(16, '\0');
    qToLittleEndian(kUserLayer144, tl.data());
    qToLittleEndian(kSelfFlag | (user.isBot.value_or(false) ? kBotFlag : 0), tl.data() + 4);
    qToLittleEndian(user.id, tl.data() + 8);
    return QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<map>\n  <string name=\"user\">")
           + tl.toBase64() + QByteArrayLiteral("</string>\n</map>\n");
}

} // namespace fero::userconfig
