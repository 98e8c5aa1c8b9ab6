// Process-wide settings every Feroscope executable applies first thing in
// main(): the CLI, the GUI and the benchmark.
#pragma once

namespace fero {

// Keeps large session buffers (vectors of 65,535 peers, multi-megabyte file
// contents) on the heap instead of a fresh mmap per allocation. Call before
// the first large allocation; safe to call more than once.
void tuneAllocator();

} // namespace fero
