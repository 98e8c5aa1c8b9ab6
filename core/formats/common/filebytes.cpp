#include "formats/common/filebytes.h"

#include <QFile>

namespace fero {

QByteArray readFileHead(const QString &path, qint64 n)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(n);
}

} // namespace fero
