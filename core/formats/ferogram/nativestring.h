// ferogram's native string: URL-safe base64 of a binary session file (§3).
#pragma once

#include "model/decoded.h"
#include "base/result.h"

#include <QString>
#include <QStringView>

namespace fero::native {

// format = FerogramNative; version = the binary version inside.
Result<DecodedSession> read(QStringView text);
Result<QString> write(const Session &session, int version = 8);

} // namespace fero::native
