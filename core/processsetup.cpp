#include "processsetup.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fero {

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
