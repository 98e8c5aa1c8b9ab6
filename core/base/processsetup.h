// Process-wide settings every Feroscope executable applies first thing in
// main(): the CLI, the GUI and the benchmark.
#pragma once

#include <QString>

namespace fero {

// What disableCoreDumps() could not do: the errno of each step (0 = done).
struct CoreDumpGuard {
    int coreLimitError = 0; // setrlimit(RLIMIT_CORE, 0)
    int dumpableError = 0;  // prctl(PR_SET_DUMPABLE, 0)
    bool ok() const { return coreLimitError == 0 && dumpableError == 0; }
    // A translated sentence naming the step that failed; empty when ok().
    // Ask for it once translations are installed.
    QString problem() const;
};

// Auth keys and passcodes pass through the process's memory: no core file
// (RLIMIT_CORE 0, soft and hard) and not dumpable (PR_SET_DUMPABLE 0: no
// core even if a limit is raised again, /proc/PID files owned by root, no
// ptrace attach by the same user). Call first thing in main(), before any
// secret is read; the CLI and the GUI both do.
CoreDumpGuard disableCoreDumps();

// Keeps large session buffers (vectors of 65,535 peers, multi-megabyte file
// contents) on the heap instead of a fresh mmap per allocation. Call before
// the first large allocation; safe to call more than once.
void tuneAllocator();

} // namespace fero
