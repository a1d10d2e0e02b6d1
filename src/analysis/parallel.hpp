// Splitting work over the machine's cores without letting the result depend on how many there
// are: work is cut into a fixed number of blocks whose partial results the caller combines in
// block order.
#pragma once

#include <cstddef>
#include <functional>

namespace pactgraph {

// Calls work(block) for block = 0..blocks-1 on up to `threads` threads (0: one per core).
void for_each_block(std::size_t blocks, unsigned threads, const std::function<void(std::size_t)>& work);

}  // namespace pactgraph
