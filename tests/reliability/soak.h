// How long a reliability loop runs: 10 s per case in the normal (and
// sanitizer) runs, what FEROSCOPE_SOAK_SECONDS says under the `soak` label
// (60 s, `ctest -L soak`, run on demand).
#pragma once

#include <QtGlobal>

namespace rel {

inline qint64 caseBudgetMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("FEROSCOPE_SOAK_SECONDS", &ok);
    return (ok && seconds > 0 ? seconds : 10) * qint64(1000);
}

} // namespace rel
