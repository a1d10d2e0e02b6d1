// Degree and the shortest-path measures (betweenness, closeness, harmonic) on the CSR
// projection. Breadth-first searches run from every source, split over threads in fixed blocks
// whose partial sums are added in block order, so the result never depends on the core count.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>

#include "analysis/centrality.hpp"

namespace pactgraph {

namespace {

unsigned worker_count(unsigned asked, std::size_t blocks) {
    unsigned n = asked ? asked : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(n, blocks));
}

// Calls work(block) for block = 0..blocks-1 on up to `threads` threads.
void for_each_block(std::size_t blocks, unsigned threads,
                    const std::function<void(std::size_t)>& work) {
    const unsigned workers = worker_count(threads, blocks);
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

// The per-thread scratch of one breadth-first search, reset only where it was touched.
struct Bfs {
    explicit Bfs(std::size_t n) : dist(n, -1), sigma(n, 0.0), delta(n, 0.0) { order.reserve(n); }
    std::vector<std::int32_t> dist;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<std::uint32_t> order;  // vertices in the order reached

    void reset() {
        for (std::uint32_t v : order) {
            dist[v] = -1;
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
        order.clear();
    }
};

// Brandes' dependency accumulation from one source `s` into `bc`.
void brandes_from(const Csr& out, std::uint32_t s, Bfs& b, std::vector<double>& bc) {
    b.reset();
    b.dist[s] = 0;
    b.sigma[s] = 1.0;
    b.order.push_back(s);
    for (std::size_t head = 0; head < b.order.size(); ++head) {
        const std::uint32_t v = b.order[head];
        const std::int32_t dv = b.dist[v] + 1;
        for (std::uint32_t i = out.offsets[v]; i < out.offsets[v + 1]; ++i) {
            const std::uint32_t w = out.targets[i];
            if (b.dist[w] < 0) {
                b.dist[w] = dv;
                b.order.push_back(w);
            }
            if (b.dist[w] == dv) b.sigma[w] += b.sigma[v];
        }
    }
    // Walk back in reverse BFS order: v gathers from its successors one level further.
    for (std::size_t k = b.order.size(); k-- > 0;) {
        const std::uint32_t v = b.order[k];
        const std::int32_t dn = b.dist[v] + 1;
        double d = 0.0;
        for (std::uint32_t i = out.offsets[v]; i < out.offsets[v + 1]; ++i) {
            const std::uint32_t w = out.targets[i];
            if (b.dist[w] == dn) d += (1.0 + b.delta[w]) / b.sigma[w];
        }
        b.delta[v] = b.sigma[v] * d;
        if (v != s) bc[v] += b.delta[v];
    }
}

constexpr std::size_t kBlocks = 8;  // fixed: partial sums are added in this block order

std::size_t block_begin(std::size_t n, std::size_t b) { return n * b / kBlocks; }

}  // namespace

std::vector<double> degree_centrality(const Projection& p, Metric which, bool normalized) {
    std::vector<double> d(p.n, 0.0);
    auto add = [&](const Csr& c) {
        for (std::size_t v = 0; v < p.n; ++v) {
            if (!p.weighted) {
                d[v] += c.offsets[v + 1] - c.offsets[v];
                continue;
            }
            for (std::uint32_t i = c.offsets[v]; i < c.offsets[v + 1]; ++i) d[v] += c.weights[i];
        }
    };
    if (which != Metric::in_degree) add(p.out);
    if (which == Metric::in_degree || (which == Metric::degree && p.directed)) add(p.in);
    if (which == Metric::degree && !p.directed)  // NetworkX counts an undirected loop twice
        for (std::size_t v = 0; v < p.n; ++v)
            if (p.self_loop[v]) d[v] += p.weighted ? p.self_weight[v] : 1.0;
    if (p.weighted || !normalized) return d;
    if (p.n <= 1) return std::vector<double>(p.n, 1.0);
    const double s = 1.0 / (static_cast<double>(p.n) - 1.0);
    for (double& x : d) x *= s;
    return d;
}

std::vector<double> betweenness_centrality(const Projection& p, bool normalized,
                                           unsigned threads) {
    std::vector<std::vector<double>> partial(kBlocks);
    for_each_block(kBlocks, threads, [&](std::size_t blk) {
        const std::size_t lo = block_begin(p.n, blk), hi = block_begin(p.n, blk + 1);
        if (lo == hi) return;
        partial[blk].assign(p.n, 0.0);
        Bfs b(p.n);
        for (std::size_t s = lo; s < hi; ++s)
            brandes_from(p.out, static_cast<std::uint32_t>(s), b, partial[blk]);
    });
    std::vector<double> bc(p.n, 0.0);
    for (const auto& part : partial)
        for (std::size_t v = 0; v < part.size(); ++v) bc[v] += part[v];
    // NetworkX's _rescale: normalized 1/((n-1)(n-2)) when n > 2; raw undirected halved.
    double scale = 1.0;
    if (normalized && p.n > 2)
        scale = 1.0 / ((static_cast<double>(p.n) - 1.0) * (static_cast<double>(p.n) - 2.0));
    else if (!normalized && !p.directed)
        scale = 0.5;
    for (double& x : bc) x *= scale;
    return bc;
}

DistanceScores distance_centralities(const Projection& p, Direction direction, bool wf_improved,
                                     unsigned threads) {
    // NetworkX reverses a directed graph for closeness: distances *to* the entity.
    const Csr& adj = direction == Direction::in ? p.in : p.out;
    DistanceScores r{std::vector<double>(p.n, 0.0), std::vector<double>(p.n, 0.0)};
    for_each_block(kBlocks, threads, [&](std::size_t blk) {
        Bfs b(p.n);
        for (std::size_t u = block_begin(p.n, blk); u < block_begin(p.n, blk + 1); ++u) {
            b.reset();
            b.dist[u] = 0;
            b.order.push_back(static_cast<std::uint32_t>(u));
            double total = 0.0, harmonic = 0.0;
            for (std::size_t head = 0; head < b.order.size(); ++head) {
                const std::uint32_t v = b.order[head];
                const std::int32_t dv = b.dist[v] + 1;
                for (std::uint32_t i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
                    const std::uint32_t w = adj.targets[i];
                    if (b.dist[w] >= 0) continue;
                    b.dist[w] = dv;
                    b.order.push_back(w);
                    total += dv;
                    harmonic += 1.0 / dv;
                }
            }
            const double reached = static_cast<double>(b.order.size() - 1);
            double c = 0.0;
            if (total > 0.0 && p.n > 1) {
                c = reached / total;
                if (wf_improved) c *= reached / (static_cast<double>(p.n) - 1.0);
            }
            r.closeness[u] = c;
            r.harmonic[u] = harmonic;
        }
    });
    return r;
}

}  // namespace pactgraph
