#include "support/prefault.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <future>
#include <system_error>

namespace pactgraph {

namespace {

// Below this, a thread and a system call cost more than the faults they would move.
constexpr std::size_t kWorthIt = std::size_t{8} << 20;

void populate(std::uintptr_t first, std::uintptr_t last) {
#ifdef MADV_POPULATE_WRITE
    if (last > first) (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE);
#else
    (void)first, (void)last;
#endif
}

}  // namespace

void prefault_in_parallel(void* data, std::size_t bytes) {
    if (bytes < kWorthIt) return;
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + page - 1) / page * page;  // whole pages only
    const std::uintptr_t last = (begin + bytes) / page * page;
    const std::uintptr_t middle = first + (last - first) / 2 / page * page;
    std::future<void> other;
    try {
        other = std::async(std::launch::async, populate, middle, last);
    } catch (const std::system_error&) {
        populate(middle, last);
    }
    populate(first, middle);
    if (other.valid()) other.get();
}

}  // namespace pactgraph
