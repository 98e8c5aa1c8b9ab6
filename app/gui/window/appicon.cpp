#include "window/appicon.h"

#include <QImageReader>

namespace fero::gui {

QIcon appIcon()
{
    QIcon icon;
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(QStringLiteral(":/feroscope/icons/feroscope.svg"));
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/feroscope/icons/feroscope-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace fero::gui
