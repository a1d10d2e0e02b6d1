#include "analysis/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace pactgraph {

void for_each_block(std::size_t blocks, unsigned threads, const std::function<void(std::size_t)>& work) {
    const unsigned asked = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    const auto workers = static_cast<unsigned>(std::min<std::size_t>(asked, blocks));
    if (workers <= 1) {
        for (std::size_t b = 0; b < blocks; ++b) work(b);
        return;
    }
    std::atomic<std::size_t> next{0};
    auto run = [&] {
        for (std::size_t b; (b = next.fetch_add(1)) < blocks;) work(b);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < workers; ++t) pool.emplace_back(run);
    run();
    for (auto& t : pool) t.join();
}

}  // namespace pactgraph
