#include "analysis/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pactgraph {

unsigned worker_count(std::size_t blocks, unsigned threads) {
    const unsigned asked = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(asked, blocks)));
}

void for_each_block_on_workers(std::size_t blocks, unsigned threads,
                               const std::function<void(std::size_t, unsigned)>& work) {
    const unsigned workers = worker_count(blocks, threads);
    if (workers <= 1) {
        for (std::size_t b = 0; b < blocks; ++b) work(b, 0);
        return;
    }
    std::atomic<std::size_t> next{0};
    auto run = [&](unsigned worker) {
        for (std::size_t b; (b = next.fetch_add(1)) < blocks;) work(b, worker);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < workers; ++t) pool.emplace_back(run, t);
    run(0);
    for (auto& t : pool) t.join();
}

void for_each_block(std::size_t blocks, unsigned threads, const std::function<void(std::size_t)>& work) {
    for_each_block_on_workers(blocks, threads, [&](std::size_t b, unsigned) { work(b); });
}

std::vector<std::size_t> balanced_bounds(std::span<const std::uint32_t> offsets,
                                         std::size_t parallel_from, std::size_t blocks) {
    const std::size_t n = offsets.size() - 1;
    if (offsets.back() < parallel_from || n < blocks) return {0, n};
    const double total = static_cast<double>(offsets.back()) + static_cast<double>(n);
    std::vector<std::size_t> bounds{0};
    std::size_t v = 0;
    for (std::size_t b = 1; b < blocks; ++b) {
        const double cut = total * static_cast<double>(b) / static_cast<double>(blocks);
        while (v < n && static_cast<double>(offsets[v]) + static_cast<double>(v) < cut) ++v;
        bounds.push_back(v);
    }
    bounds.push_back(n);
    return bounds;
}

void sum_blocks_in_order(std::size_t blocks, unsigned threads, std::vector<double>& total,
                         const std::function<void(std::size_t, unsigned, std::vector<double>&)>& work) {
    std::vector<std::vector<double>> buffers(worker_count(blocks, threads));
    std::mutex turn_mutex;
    std::condition_variable turn_changed;
    std::size_t turn = 0;  // the block whose buffer is added next
    for_each_block_on_workers(blocks, threads, [&](std::size_t block, unsigned worker) {
        std::vector<double>& buffer = buffers[worker];
        buffer.assign(total.size(), 0.0);
        work(block, worker, buffer);
        std::unique_lock<std::mutex> lock(turn_mutex);
        turn_changed.wait(lock, [&] { return turn == block; });
        for (std::size_t v = 0; v < total.size(); ++v) total[v] += buffer[v];
        ++turn;
        turn_changed.notify_all();
    });
}

}  // namespace pactgraph
