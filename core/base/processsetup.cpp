#include "base/processsetup.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__unix__)
#include <sys/resource.h>
#endif

namespace fero {

CoreDumpGuard disableCoreDumps()
{
    CoreDumpGuard guard;
#if defined(__unix__)
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        guard.coreLimitError = errno;
#endif
#if defined(__linux__)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        guard.dumpableError = errno;
#endif
    return guard;
}

QString CoreDumpGuard::problem() const
{
    if (coreLimitError)
        return QCoreApplication::translate("ProcessSetup", "Core dumps could not be disabled (setrlimit: %1); a "
                                                           "crash may write auth keys to disk.")
            .arg(qt_error_string(coreLimitError));
    if (dumpableError)
        return QCoreApplication::translate("ProcessSetup", "The process could not be made non-dumpable (prctl: %1); "
                                                           "a crash or a debugger may expose auth keys.")
            .arg(qt_error_string(dumpableError));
    return {};
}

void tuneAllocator()
{
#if defined(__GLIBC__)
    // glibc serves every allocation above 128 KiB with its own mmap and
    // unmaps it on free, so each decode of the largest session (3.3 MB file,
    // six vectors of 0.8-1.6 MB) faulted its memory in page by page again:
    // feroscope-bench measured 187,000 page faults and ~10 ms per decode,
    // against ~4,000 faults and ~0.8 ms of CPU once those blocks stay on the
    // heap (performance issue #7, README "Performance"). 32 MiB is the largest
    // threshold mallopt accepts on 64-bit; the trim threshold keeps freed
    // heap memory up to 64 MiB for the next file instead of returning it at
    // once, so the resident size stays bounded.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

} // namespace fero
