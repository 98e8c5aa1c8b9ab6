// What the verdicts of other libraries on a pasted string share (each
// library's codec says what that library would do with the text, see
// Codec::verdict): Python's lenient base64 decoder, struct's error text, and
// a short summary of a misreading.
#pragma once

#include "base/result.h"
#include "model/decoded.h"

#include <QString>
#include <QStringView>

namespace fero::verdicts {

// Python's binascii.a2b_base64 in its default (non-strict) mode: characters
// outside the alphabet are skipped, '=' ends the data, and the data
// characters must form whole groups or be padded. The byte count, or the
// error text Python raises.
struct PythonDecode {
    qsizetype bytes = -1;
    QString error;
};
PythonDecode pythonBase64(QStringView text);

// "struct.error: unpack requires a buffer of N bytes"
QString unpackError(qsizetype need);

// "DC 2 at 149.154.167.51:443" of a reading that succeeded, "garbage" of one that failed.
QString misreadSummary(const Result<DecodedSession> &reading);

} // namespace fero::verdicts
