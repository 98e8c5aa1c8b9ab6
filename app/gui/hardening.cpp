#include "hardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__unix__)
#include <sys/resource.h>
#endif

namespace feroscope {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(__unix__)
    rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(__linux__)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace feroscope
