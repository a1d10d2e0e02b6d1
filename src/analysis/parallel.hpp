// Splitting work over the machine's cores without letting the result depend on how many there
// are: work is cut into a fixed number of blocks (a function of the data, never of the thread
// count) whose partial results are combined in block order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace pactgraph {

// How many threads for_each_block runs `blocks` blocks on (threads 0: one per core).
unsigned worker_count(std::size_t blocks, unsigned threads);

// Calls work(block) for block = 0..blocks-1 on up to `threads` threads (0: one per core).
void for_each_block(std::size_t blocks, unsigned threads, const std::function<void(std::size_t)>& work);

// The same, also telling the work which worker (0..worker_count-1) runs it, for per-thread
// scratch space.
void for_each_block_on_workers(std::size_t blocks, unsigned threads,
                               const std::function<void(std::size_t block, unsigned worker)>& work);

// Boundaries of vertex blocks of about equal work for a loop over CSR rows: block b is
// [bounds[b], bounds[b+1]), cut where offsets[v] + v (arcs plus vertices before v) passes
// b/blocks of the total. One block when the rows hold fewer than `parallel_from` arcs, where
// threads would cost more than they save. Depends only on the arrays, so sums combined in block
// order are the same on any number of cores.
std::vector<std::size_t> balanced_bounds(std::span<const std::uint32_t> offsets,
                                         std::size_t parallel_from = 200'000,
                                         std::size_t blocks = 256);

// Runs work(lo, hi) over the blocks of `bounds` and returns what each returned, by block.
template <typename Partial, typename Work>
std::vector<Partial> block_partials(const std::vector<std::size_t>& bounds, unsigned threads,
                                    Work work) {
    std::vector<Partial> out(bounds.size() - 1);
    for_each_block(out.size(), threads, [&](std::size_t b) { out[b] = work(bounds[b], bounds[b + 1]); });
    return out;
}

// For a sum over sources (betweenness): work(block, worker, buffer) adds block `block`'s share
// into `buffer`, a zeroed array of total.size() doubles owned by the worker; each block's buffer
// is then added into `total` in block order (a worker that finishes early waits for its turn).
// The rounding of the sum is the same for any thread count, and memory is one buffer per
// thread rather than per block.
void sum_blocks_in_order(std::size_t blocks, unsigned threads, std::vector<double>& total,
                         const std::function<void(std::size_t block, unsigned worker,
                                                  std::vector<double>& buffer)>& work);

}  // namespace pactgraph
