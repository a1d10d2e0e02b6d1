// Transparent huge pages for large inputs. Loading and analysing a graph of a million relations
// touches a few hundred megabytes of fresh heap; with 4 KiB pages, the page faults and the TLB
// misses of random access took 40% of such runs on the machine measured (docs/performance.md).
// glibc (2.35 and later) backs malloc's memory with transparent huge pages when GLIBC_TUNABLES
// holds glibc.malloc.hugetlb=1, a setting it reads at start-up only; so when an argument names a
// file of at least 32 MiB, the process starts itself again, once, with that setting added.
// Nothing else changes: the output is the same bytes either way.
#pragma once

namespace pactgraph::cli {

// Restarts the process (execv of /proc/self/exe with the same arguments) when that helps:
// THP is enabled on this kernel ("always" or "madvise"), GLIBC_TUNABLES does not already say
// glibc.malloc.hugetlb, PACTGRAPH_HUGE_PAGES is not "0", this is not a sanitizer build, and an
// argument (or the value of a --flag=value) names a regular file of at least
// PACTGRAPH_HUGE_PAGES_FROM bytes (default 32 MiB), except a snapshot given to `paths`, which
// reads it in place. Returns when it does not restart, or when
// the restart fails (the run then goes on as it would have).
void restart_with_huge_pages_for_large_inputs(int argc, char** argv);

}  // namespace pactgraph::cli
