// Dates as people read them: the Updates tab and the Compare dialog show a
// session's update date as a local date with its age ("3 days ago"), never a
// bare Unix time.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace fero::gui {

// "3 days ago", or "in 2 hours (clock skew?)" for a date in the future.
QString relativeAge(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
// "<date> (<age>)" in the given locale format; "0 (never set)" for 0.
QString humanUnixDate(qint64 unixTime, QLocale::FormatType format = QLocale::ShortFormat);

} // namespace fero::gui
