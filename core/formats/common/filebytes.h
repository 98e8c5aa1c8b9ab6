// The first bytes of a file, for the codecs that recognise their format by
// content (grammers' TL file, gotd JSON, bbolt): read-only, nothing left behind.
#pragma once

#include <QByteArray>
#include <QString>

namespace fero {

// Up to n bytes from the start of the file; empty when it cannot be read.
QByteArray readFileHead(const QString &path, qint64 n);

} // namespace fero
