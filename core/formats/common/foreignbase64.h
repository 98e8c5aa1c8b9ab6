// Base64 as the other libraries use it (foreign-formats.md §1.1). Reading is
// lenient the way Node's decoder is: either alphabet, padding present or not,
// white space around the text ignored. Writing emits exactly one variant.
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace fero::foreignb64 {

struct Decoded {
    QByteArray bytes;
    qsizetype dataChars = 0;     // characters other than '=' (what length rules count)
    qsizetype padChars = 0;      // trailing '=' characters
    bool paddingCorrect = false; // '=' count is exactly what a padded encoder writes
    bool standardChars = false;  // '+' or '/' appeared
    bool urlSafeChars = false;   // '-' or '_' appeared
};

// `what` names the string in messages ("Telethon string"); `offset` is how
// many characters precede `text` in what the user pasted (a prefix like "1"),
// so positions in messages match the user's text.
Result<Decoded> decode(QStringView text, const QString &what, qsizetype offset = 0);

enum class Alphabet { UrlSafe, Standard };
QString encode(QByteArrayView bytes, Alphabet alphabet, bool padded);

} // namespace fero::foreignb64
