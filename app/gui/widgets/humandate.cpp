#include "widgets/humandate.h"

#include <QCoreApplication>

namespace fero::gui {
namespace {
// The context these sentences had in the Updates tab, so translations stay.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fero::gui::UpdatesTab)
};
} // namespace

QString relativeAge(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    const qint64 magnitude = qAbs(seconds);
    QString amount;
    if (magnitude < 60)
        amount = Tr::tr("%n second(s)", nullptr, int(magnitude));
    else if (magnitude < 3600)
        amount = Tr::tr("%n minute(s)", nullptr, int(magnitude / 60));
    else if (magnitude < 86400)
        amount = Tr::tr("%n hour(s)", nullptr, int(magnitude / 3600));
    else if (magnitude < 86400 * 365)
        amount = Tr::tr("%n day(s)", nullptr, int(magnitude / 86400));
    else
        amount = Tr::tr("%n year(s)", nullptr, int(magnitude / (86400 * 365)));
    return seconds >= 0 ? Tr::tr("%1 ago").arg(amount) : Tr::tr("in %1 (clock skew?)").arg(amount);
}

QString humanUnixDate(qint64 unixTime, QLocale::FormatType format)
{
    if (unixTime == 0)
        return Tr::tr("0 (never set)");
    const QDateTime when = QDateTime::fromSecsSinceEpoch(unixTime);
    return QStringLiteral("%1 (%2)").arg(QLocale().toString(when, format), relativeAge(when));
}

} // namespace fero::gui
