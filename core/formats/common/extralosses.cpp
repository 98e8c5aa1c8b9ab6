#include "formats/common/extralosses.h"

#include <QCoreApplication>

namespace fero::extralosses {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ForeignFileConvert)
};

} // namespace

void add(const Session &session, const QString &formatName, Kept kept, LossReport &report)
{
    const ForeignExtras &f = session.foreign;
    if (f.selfUsernames.size() > kept.selfUsernames) {
        const QStringList dropped = f.selfUsernames.mid(kept.selfUsernames);
        report.add(LossKind::AccountValues, std::size_t(dropped.size()),
                   Tr::tr("%1 keeps %2 of the account's usernames; dropped: %3.")
                       .arg(formatName)
                       .arg(kept.selfUsernames)
                       .arg(dropped.join(QStringLiteral(", "))));
    }
    if (f.selfPremium && !kept.selfPremium)
        report.add(LossKind::AccountValues, 1,
                   Tr::tr("%1 has no field for the account's premium flag, it is dropped.").arg(formatName));
    if (!f.tempKeys.empty() && !kept.tempKeys)
        report.add(LossKind::OtherKeys, f.tempKeys.size(),
                   Tr::tr("%n temporary (PFS) auth key(s) are dropped; the permanent keys are kept.", nullptr,
                          int(f.tempKeys.size())));
    if (!f.salts.empty() && !kept.salts)
        report.add(LossKind::Salt, f.salts.size(),
                   Tr::tr("The future salts of %n DC(s) are dropped.", nullptr, int(f.salts.size())));
}

} // namespace fero::extralosses
