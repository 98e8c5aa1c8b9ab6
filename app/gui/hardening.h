// Process hardening done once at start, before any secret is read.
#pragma once

namespace feroscope {

// No core dumps (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0), so a
// crash or a ptrace-less debugger attach cannot write auth keys to disk.
// Returns false when the system refused either step.
bool disableCoreDumps();

} // namespace feroscope
