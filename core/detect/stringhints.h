// What pasted text that no string reader accepts probably is: the layout
// whose prefix it carries (foreign-formats.md §10, ferogram-formats.md §3)
// and how it is damaged ("It looks like a Telethon string cut short: 300 of
// 353 characters."). Detection puts this line before the seven readers'
// rejections, so the likely cause is read first.
#pragma once

#include <QString>
#include <QStringView>

namespace fero {

// One sentence, or empty when the text matches no layout's prefix, holds no
// character outside base64 and is not a little short of a known length.
QString damagedStringHint(QStringView text);

} // namespace fero
