// Degree and the shortest-path measures (betweenness, closeness, harmonic) on the CSR
// projection. Breadth-first searches run from every source, split over threads in fixed blocks
// whose partial sums are added in block order, so the result never depends on the core count.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <numeric>
#include <utility>

#include "analysis/centrality.hpp"
#include "analysis/parallel.hpp"

namespace pactgraph {

namespace {

// The per-thread scratch of Brandes' search. The search's test of every relation reads only
// `dist` (4 bytes a vertex: 4 MB for a million entities, which stays in the caches); the path
// counts and dependencies, read for the shortest-path DAG's arcs only, sit together in a 16-byte
// record (one cache line). Then the vertices in the order reached, a bit per vertex for the
// level being found, and the DAG's arcs in the order found.
struct Brandes {
    struct Paths {
        double sigma = 0.0;  // number of shortest paths from the source
        double delta = 0.0;  // dependency of the source on this vertex
    };
    explicit Brandes(std::size_t n) : dist(n, -1), at(n), found((n + 63) / 64, 0) { order.reserve(n); }
    std::vector<std::int32_t> dist;
    std::vector<Paths> at;
    std::vector<std::uint32_t> order;
    std::vector<std::uint64_t> found;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> dag;  // (v, w): v precedes w

    // Whether a search reached so many vertices that a pass over all of them beats visiting
    // the reached ones here and there.
    bool reached_most() const { return order.size() > dist.size() / 16; }
    void reset() {
        if (reached_most()) {
            std::fill(dist.begin(), dist.end(), -1);
            std::fill(at.begin(), at.end(), Paths{});
        } else {
            for (std::uint32_t v : order) dist[v] = -1, at[v] = Paths{};
        }
        order.clear();
        dag.clear();
    }

    // A level of at least this many vertices is visited in increasing id order, read off the
    // bits of `found`: its lists and records are then read front to back instead of here and
    // there. Smaller levels keep the order they were found in (NetworkX's), and their bits are
    // only cleared.
    static constexpr std::size_t kSortFrom = 4096;
    void settle_level(std::size_t begin) {
        if (order.size() - begin < kSortFrom) {
            for (std::size_t k = begin; k < order.size(); ++k) found[order[k] >> 6] = 0;
            return;
        }
        std::size_t k = begin;
        for (std::size_t word = 0; word < found.size(); ++word)
            for (std::uint64_t bits = std::exchange(found[word], 0); bits; bits &= bits - 1)
                order[k++] = static_cast<std::uint32_t>(word * 64 + static_cast<unsigned>(__builtin_ctzll(bits)));
    }
};

constexpr std::size_t kAhead = 8;  // vertices of the queue, arcs of the DAG fetched ahead

// Brandes' breadth-first search from `s`, level by level: distances, path counts, the vertices
// in the order visited and the shortest-path DAG's arcs.
void search_from(const Csr& out, std::uint32_t s, Brandes& b) {
    b.reset();
    b.dist[s] = 0;
    b.at[s].sigma = 1.0;
    b.order.push_back(s);
    for (std::size_t begin = 0, end = 1; begin < end; begin = end, end = b.order.size()) {
        for (std::size_t head = begin; head < end; ++head) {
            if (head + kAhead < end) __builtin_prefetch(out.offsets.data() + b.order[head + kAhead]);
            const std::uint32_t v = b.order[head];
            const std::int32_t dv = b.dist[v] + 1;
            const double sv = b.at[v].sigma;
            const std::uint32_t lo = out.offsets[v], hi = out.offsets[v + 1];
            for (std::uint32_t i = lo; i < hi; ++i) __builtin_prefetch(&b.dist[out.targets[i]]);
            for (std::uint32_t i = lo; i < hi; ++i) {
                const std::uint32_t w = out.targets[i];
                std::int32_t& dw = b.dist[w];
                if (dw < 0) {
                    dw = dv;
                    b.order.push_back(w);
                    b.found[w >> 6] |= std::uint64_t{1} << (w & 63);
                }
                if (dw == dv) {
                    b.at[w].sigma += sv;
                    b.dag.emplace_back(v, w);
                }
            }
        }
        b.settle_level(end);
    }
}

// Brandes' dependency accumulation from one source `s` into `bc`.
void brandes_from(const Csr& out, std::uint32_t s, Brandes& b, std::vector<double>& bc) {
    search_from(out, s, b);
    // Arcs in reverse order of discovery: every arc out of w comes before the arcs into w.
    for (std::size_t k = b.dag.size(); k-- > 0;) {
        if (k >= kAhead) __builtin_prefetch(&b.at[b.dag[k - kAhead].second]);
        const auto [v, w] = b.dag[k];
        b.at[v].delta += b.at[v].sigma / b.at[w].sigma * (1.0 + b.at[w].delta);
    }
    if (b.reached_most()) {
        const double own = bc[s];  // the source's dependency on itself is not counted
        for (std::size_t v = 0; v < bc.size(); ++v) bc[v] += b.at[v].delta;  // 0 where not reached
        bc[s] = own;
    } else {
        for (std::uint32_t v : b.order)
            if (v != s) bc[v] += b.at[v].delta;
    }
}

constexpr std::size_t kBlocks = 8;  // closeness: fixed groups of searches per worker

// Betweenness: sources in this many fixed blocks (fewer on tiny graphs), whose sums are added
// in block order.
std::size_t source_blocks(std::size_t sources) { return std::min<std::size_t>(sources, 64); }

}  // namespace

std::vector<double> degree_centrality(const Projection& p, Metric which, bool normalized,
                                      unsigned threads) {
    std::vector<double> d(p.n, 0.0);
    const bool out = which != Metric::in_degree;
    const bool in = which == Metric::in_degree || (which == Metric::degree && p.directed);
    const bool loops = which == Metric::degree && !p.directed;  // NetworkX counts a loop twice
    const auto row = [&](const Csr& c, std::size_t v) {
        if (!p.weighted) return static_cast<double>(c.degree(v));
        double s = 0.0;
        for (std::uint32_t i = c.offsets[v]; i < c.offsets[v + 1]; ++i) s += c.weights[i];
        return s;
    };
    const std::vector<std::size_t> bounds = balanced_bounds(p.out.offsets);
    block_partials<int>(bounds, threads, [&](std::size_t lo, std::size_t hi) {
        for (std::size_t v = lo; v < hi; ++v) {
            if (out) d[v] += row(p.out, v);
            if (in) d[v] += row(p.in, v);
            if (loops && p.self_loop[v]) d[v] += p.weighted ? p.self_weight[v] : 1.0;
        }
        return 0;
    });
    if (p.weighted || !normalized) return d;
    if (p.n <= 1) return std::vector<double>(p.n, 1.0);
    const double s = 1.0 / (static_cast<double>(p.n) - 1.0);
    for (double& x : d) x *= s;
    return d;
}

std::vector<double> betweenness_centrality(const Projection& p, bool normalized,
                                           unsigned threads) {
    std::vector<std::uint32_t> every(p.n);
    std::iota(every.begin(), every.end(), 0u);
    return betweenness_from_sources(p, every, normalized, threads);
}

std::vector<double> betweenness_from_sources(const Projection& p, std::span<const std::uint32_t> sources,
                                             bool normalized, unsigned threads) {
    std::vector<double> bc(p.n, 0.0);
    const std::size_t k = sources.size();
    const std::size_t blocks = source_blocks(k);
    std::vector<std::unique_ptr<Brandes>> scratch(worker_count(blocks, threads));
    sum_blocks_in_order(blocks, threads, bc, [&](std::size_t blk, unsigned worker, std::vector<double>& sum) {
        if (!scratch[worker]) scratch[worker] = std::make_unique<Brandes>(p.n);
        for (std::size_t i = k * blk / blocks; i < k * (blk + 1) / blocks; ++i)
            brandes_from(p.out, sources[i], *scratch[worker], sum);
    });
    // NetworkX 2.8's _rescale: normalized 1/((n-1)(n-2)) when n > 2, raw undirected halved; from
    // k < n sources, n/k more (NetworkX leaves a directed graph's raw sums unscaled there, which
    // estimates nothing: pactgraph scales them too).
    double scale = 1.0;
    if (normalized && p.n > 2)
        scale = 1.0 / ((static_cast<double>(p.n) - 1.0) * (static_cast<double>(p.n) - 2.0));
    else if (!normalized && !p.directed)
        scale = 0.5;
    if (k > 0 && k < p.n)
        scale *= static_cast<double>(p.n) / static_cast<double>(k);
    for (double& x : bc) x *= scale;
    return bc;
}

// 64 breadth-first searches at once (multi-source BFS, Then et al., VLDB 2015): bit k of a
// vertex's word says whether search k has seen it. Each level sweeps the graph once for all 64.
namespace {

struct SearchTotals {
    double distance_sum = 0.0;
    double reached = 0.0;
    double harmonic = 0.0;
};

void bfs64(const Csr& adj, std::size_t first, std::size_t count, std::vector<std::uint64_t>& seen,
           std::vector<std::uint64_t>& frontier, std::vector<std::uint64_t>& next,
           SearchTotals* totals) {
    const std::size_t n = seen.size();
    std::fill(seen.begin(), seen.end(), 0);
    std::fill(frontier.begin(), frontier.end(), 0);
    for (std::size_t k = 0; k < count; ++k) {
        seen[first + k] |= std::uint64_t{1} << k;
        frontier[first + k] |= std::uint64_t{1} << k;
    }
    for (std::int32_t level = 1;; ++level) {
        std::fill(next.begin(), next.end(), 0);
        for (std::size_t v = 0; v < n; ++v) {
            const std::uint64_t f = frontier[v];
            if (!f) continue;
            for (std::uint32_t i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i)
                next[adj.targets[i]] |= f;
        }
        bool any = false;
        const double inv = 1.0 / level;
        for (std::size_t w = 0; w < n; ++w) {
            std::uint64_t fresh = next[w] & ~seen[w];
            frontier[w] = fresh;
            if (!fresh) continue;
            any = true;
            seen[w] |= fresh;
            for (; fresh; fresh &= fresh - 1) {
                SearchTotals& t = totals[__builtin_ctzll(fresh)];
                t.distance_sum += level;
                t.reached += 1.0;
                t.harmonic += inv;
            }
        }
        if (!any) return;
    }
}

}  // namespace

DistanceScores distance_centralities(const Projection& p, DistanceDirection direction, bool wf_improved,
                                     unsigned threads) {
    // NetworkX reverses a directed graph for closeness: distances *to* the entity.
    const Csr& adj = direction == DistanceDirection::in ? p.in : p.out;
    DistanceScores r{std::vector<double>(p.n, 0.0), std::vector<double>(p.n, 0.0)};
    const std::size_t groups = (p.n + 63) / 64;
    std::atomic<std::size_t> next_group{0};
    for_each_block(std::min<std::size_t>(groups, kBlocks), threads, [&](std::size_t) {
        std::vector<std::uint64_t> seen(p.n), frontier(p.n), next(p.n);
        for (std::size_t grp; (grp = next_group.fetch_add(1)) < groups;) {
            const std::size_t first = grp * 64, count = std::min<std::size_t>(64, p.n - first);
            SearchTotals totals[64];
            bfs64(adj, first, count, seen, frontier, next, totals);
            for (std::size_t k = 0; k < count; ++k) {
                const SearchTotals& t = totals[k];
                double c = 0.0;
                if (t.distance_sum > 0.0 && p.n > 1) {
                    c = t.reached / t.distance_sum;
                    if (wf_improved) c *= t.reached / (static_cast<double>(p.n) - 1.0);
                }
                r.closeness[first + k] = c;
                r.harmonic[first + k] = t.harmonic;
            }
        }
    });
    return r;
}

}  // namespace pactgraph
