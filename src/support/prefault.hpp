// Fresh memory costs its first write a page fault, and the kernel zeroes every page then: for
// the hundreds of megabytes of a large graph's relations, a third of the time spent filling them.
#pragma once

#include <cstddef>

namespace pactgraph {

// Makes the pages of [data, data + bytes) present and writable now, half of them on a second
// thread (Linux's MADV_POPULATE_WRITE), so that the zeroing runs on two cores. A hint: where the
// kernel cannot (before Linux 5.14) or the range is small, nothing happens, and the pages fault
// in as they are written.
void prefault_in_parallel(void* data, std::size_t bytes);

}  // namespace pactgraph
