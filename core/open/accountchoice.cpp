#include "open/accountchoice.h"

#include <QCoreApplication>

namespace fero {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AccountChoice)
};

} // namespace

QString AccountChoice::text() const
{
    return position ? QString::number(*position) : nativeId;
}

Result<AccountChoice> parseAccountChoice(const QString &flag, const QString &text)
{
    AccountChoice choice;
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (ok && n >= 0) {
        choice.position = std::size_t(n);
        return choice;
    }
    const qsizetype colon = text.indexOf(u':');
    const QString kind = colon > 0 ? text.first(colon) : QString();
    const QString value = colon > 0 ? text.sliced(colon + 1) : QString();
    if (kind == u"index" || kind == u"slot") {
        const qlonglong number = value.toLongLong(&ok);
        if (ok && number >= 0) {
            choice.nativeId = kind + u':' + QString::number(number);
            return choice;
        }
    } else if (kind == u"name" && !value.isEmpty()) {
        choice.nativeId = text;
        return choice;
    }
    return Error::usage(Tr::tr("%1: \"%2\" is neither an account position (0 is the first) nor a native id "
                               "(index:N, slot:N or name:X).")
                            .arg(flag, text));
}

Result<std::size_t> resolveAccount(const QString &flag, const DecodedSession &decoded, const AccountChoice &choice)
{
    if (choice.position) {
        if (*choice.position < decoded.sessions.size())
            return *choice.position;
        return Error::usage(Tr::tr("%1: the source holds %n account(s), numbered from 0; there is no account %2.",
                                   nullptr, int(decoded.sessions.size()))
                                .arg(flag)
                                .arg(*choice.position));
    }
    for (std::size_t i = 0; i < decoded.accountIds.size() && i < decoded.sessions.size(); ++i)
        if (decoded.accountIds[i] == choice.nativeId)
            return i;
    QStringList ids;
    for (std::size_t i = 0; i < decoded.accountIds.size(); ++i)
        ids << decoded.accountIds[i];
    if (ids.isEmpty())
        return Error::usage(Tr::tr("%1: %2 is a native account id, and this source has none: give a position (0 is "
                                   "the first).")
                                .arg(flag, choice.nativeId));
    return Error::usage(
        Tr::tr("%1: the source has no account %2; its accounts are %3.").arg(flag, choice.nativeId, ids.join(u", ")));
}

QString accountIdAt(const DecodedSession &decoded, std::size_t position)
{
    return position < decoded.accountIds.size() ? decoded.accountIds[position] : QString();
}

} // namespace fero
