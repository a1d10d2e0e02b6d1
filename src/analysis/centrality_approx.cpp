#include "analysis/centrality_approx.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "analysis/parallel.hpp"

namespace pactgraph {

namespace {

constexpr std::size_t kBlocks = 16;  // fixed, so the sums do not depend on the thread count

// SplitMix64: a small, well-mixed generator; one stream per sample index.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); the modulo bias is below bound / 2^64, negligible here.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

Random stream(std::uint64_t seed, std::uint64_t index) {
    Random r{seed ^ (index * 0xD1B54A32D192ED03ull)};
    r.next();
    return r;
}

// Balanced bidirectional breadth-first search between s and t (as KADABRA samples, Borassi and
// Natale, ESA 2016): whole levels are added on the side whose frontier has fewer relations to
// follow, until a new level meets the other side. At that moment every vertex of the new level
// the other side has seen lies on a shortest path, at the same position, so the number of
// shortest paths is the sum of sigma_s(y) * sigma_t(y) over them, and one path is drawn
// uniformly by choosing y in proportion to that product and walking to either end.
class PathSampler {
public:
    PathSampler(const Csr& out, const Csr& in) : side_{Side(out, in), Side(in, out)} {}

    // Adds 1 to counts[v] for every inner vertex v of one shortest s-t path drawn uniformly;
    // nothing when t is unreachable.
    void sample(std::uint32_t s, std::uint32_t t, Random& rng, std::vector<std::uint32_t>& counts) {
        for (Side& sd : side_) sd.reset();
        side_[0].start(s);
        side_[1].start(t);
        met_.clear();
        while (met_.empty()) {
            const int k = side_[0].frontier_work() <= side_[1].frontier_work() ? 0 : 1;
            if (side_[k].frontier.empty()) return;
            side_[k].expand();
            for (std::uint32_t y : side_[k].frontier)
                if (side_[1 - k].dist[y] >= 0) met_.push_back(y);
        }
        const std::uint32_t y = pick_meeting(rng);
        if (y != s && y != t) ++counts[y];
        side_[0].walk_home(y, rng, counts);
        side_[1].walk_home(y, rng, counts);
    }

private:
    struct Side {
        Side(const Csr& a, const Csr& b)
            : ahead(a), behind(b), dist(a.offsets.size() - 1, -1), sigma(a.offsets.size() - 1, 0.0) {}
        const Csr& ahead;   // relations followed away from this side's end
        const Csr& behind;  // the same relations, followed back
        std::vector<std::int32_t> dist;
        std::vector<double> sigma;
        std::vector<std::uint32_t> seen, frontier, next;

        void reset() {
            for (std::uint32_t v : seen) dist[v] = -1, sigma[v] = 0.0;
            seen.clear();
        }
        void start(std::uint32_t v) {
            dist[v] = 0;
            sigma[v] = 1.0;
            seen.assign(1, v);
            frontier.assign(1, v);
        }
        std::size_t frontier_work() const {
            std::size_t w = 0;
            for (std::uint32_t v : frontier) w += ahead.offsets[v + 1] - ahead.offsets[v];
            return w;
        }
        void expand() {
            next.clear();
            for (std::uint32_t v : frontier)
                for (std::uint32_t i = ahead.offsets[v]; i < ahead.offsets[v + 1]; ++i) {
                    const std::uint32_t w = ahead.targets[i];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        seen.push_back(w);
                        next.push_back(w);
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            frontier.swap(next);
        }
        // From v back to this side's end, each step to a vertex one level closer chosen in
        // proportion to its path count; counts the vertices passed, not the end itself.
        void walk_home(std::uint32_t v, Random& rng, std::vector<std::uint32_t>& counts) const {
            while (dist[v] > 0) {
                double pick = rng.unit() * sigma[v];
                std::uint32_t chosen = v;
                for (std::uint32_t i = behind.offsets[v]; i < behind.offsets[v + 1]; ++i) {
                    const std::uint32_t u = behind.targets[i];
                    if (dist[u] != dist[v] - 1) continue;
                    chosen = u;
                    if ((pick -= sigma[u]) < 0.0) break;
                }
                v = chosen;
                if (dist[v] > 0) ++counts[v];
            }
        }
    };

    std::uint32_t pick_meeting(Random& rng) const {
        double total = 0.0;
        for (std::uint32_t y : met_) total += side_[0].sigma[y] * side_[1].sigma[y];
        double pick = rng.unit() * total;
        for (std::uint32_t y : met_)
            if ((pick -= side_[0].sigma[y] * side_[1].sigma[y]) < 0.0) return y;
        return met_.back();
    }

    Side side_[2];
    std::vector<std::uint32_t> met_;
};

// Components of the undirected view: for each vertex its component's representative.
std::vector<std::uint32_t> weak_components(const Projection& p, std::vector<std::size_t>& sizes) {
    std::vector<std::uint32_t> comp(p.n, UINT32_MAX), queue;
    for (std::uint32_t root = 0; root < p.n; ++root) {
        if (comp[root] != UINT32_MAX) continue;
        const auto id = static_cast<std::uint32_t>(sizes.size());
        sizes.push_back(0);
        queue.assign(1, root);
        comp[root] = id;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::uint32_t v = queue[head];
            ++sizes[id];
            for (const Csr* adj : {&p.out, &p.in})
                for (std::uint32_t i = adj->offsets[v]; i < adj->offsets[v + 1]; ++i)
                    if (const std::uint32_t w = adj->targets[i]; comp[w] == UINT32_MAX) {
                        comp[w] = id;
                        queue.push_back(w);
                    }
        }
    }
    return comp;
}

std::size_t eccentricity(const Csr& adj, std::uint32_t s, std::size_t n) {
    std::vector<std::int32_t> dist(n, -1);
    std::vector<std::uint32_t> queue{s};
    dist[s] = 0;
    std::int32_t far = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        far = std::max(far, dist[v]);
        for (std::uint32_t i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i)
            if (const std::uint32_t w = adj.targets[i]; dist[w] < 0) {
                dist[w] = dist[v] + 1;
                queue.push_back(w);
            }
    }
    return static_cast<std::size_t>(far);
}

}  // namespace

std::size_t rk_sample_size(double epsilon, double delta, std::size_t vd) {
    const double log_term = vd > 3 ? std::floor(std::log2(static_cast<double>(vd - 2))) : 0.0;
    return static_cast<std::size_t>(std::ceil(0.5 / (epsilon * epsilon) * (log_term + 1.0 + std::log(1.0 / delta))));
}

std::size_t harmonic_sample_size(double epsilon, double delta, std::size_t n) {
    if (n < 2) return n;
    const double scale = static_cast<double>(n) / static_cast<double>(n - 1);
    return static_cast<std::size_t>(
        std::ceil(scale * scale * std::log(2.0 * static_cast<double>(n) / delta) / (2.0 * epsilon * epsilon)));
}

std::size_t vertex_diameter_bound(const Projection& p) {
    std::vector<std::size_t> sizes;
    const std::vector<std::uint32_t> comp = weak_components(p, sizes);
    if (p.directed) return sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    std::size_t bound = 0;
    std::vector<bool> done(sizes.size(), false);
    for (std::uint32_t v = 0; v < p.n; ++v) {
        if (done[comp[v]]) continue;
        done[comp[v]] = true;
        bound = std::max(bound, std::min(sizes[comp[v]], 2 * eccentricity(p.out, v, p.n) + 1));
    }
    return bound;
}

ApproxScores approx_betweenness(const Projection& p, bool normalized, const ApproxOptions& o) {
    ApproxScores r;
    r.scores.assign(p.n, 0.0);
    if (p.n < 3) return r;
    r.vertex_diameter_bound = vertex_diameter_bound(p);
    r.samples = rk_sample_size(o.epsilon, o.delta, r.vertex_diameter_bound);
    if (r.samples >= p.n) {  // one search per entity is cheaper than the samples: be exact
        r.scores = betweenness_centrality(p, normalized, o.threads);
        r.samples = p.n;
        r.exact = true;
        return r;
    }
    std::vector<std::vector<std::uint32_t>> partial(kBlocks);
    for_each_block(kBlocks, o.threads, [&](std::size_t blk) {
        partial[blk].assign(p.n, 0);
        PathSampler sampler(p.out, p.in);
        for (std::size_t i = r.samples * blk / kBlocks; i < r.samples * (blk + 1) / kBlocks; ++i) {
            Random rng = stream(o.seed, i);
            const auto s = static_cast<std::uint32_t>(rng.below(p.n));
            auto t = static_cast<std::uint32_t>(rng.below(p.n - 1));
            if (t >= s) ++t;
            sampler.sample(s, t, rng, partial[blk]);
        }
    });
    const double n = static_cast<double>(p.n);
    // counts/r estimates sum_{s != t} sigma_st(v)/sigma_st / (n(n-1)); rescale to NetworkX's.
    double scale = n * (n - 1.0) / static_cast<double>(r.samples);
    if (normalized) scale /= (n - 1.0) * (n - 2.0);
    else if (!p.directed) scale /= 2.0;
    for (const auto& part : partial)
        for (std::size_t v = 0; v < p.n; ++v) r.scores[v] += part[v];
    for (double& x : r.scores) x *= scale;
    r.bound = o.epsilon * n * (n - 1.0) * (normalized ? 1.0 / ((n - 1.0) * (n - 2.0)) : (p.directed ? 1.0 : 0.5));
    return r;
}

std::vector<std::uint32_t> sample_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
    std::vector<std::uint32_t> out;
    if (k >= n) {
        out.resize(n);
        std::iota(out.begin(), out.end(), 0u);
        return out;
    }
    // Floyd: for j = n-k .. n-1 draw t in [0, j]; take t, or j when t is already taken. Every
    // k-subset comes out with the same probability.
    std::vector<bool> taken(n, false);
    Random rng = stream(seed, 0);
    for (std::size_t j = n - k; j < n; ++j) {
        const auto t = static_cast<std::size_t>(rng.below(j + 1));
        taken[taken[t] ? j : t] = true;
    }
    out.reserve(k);
    for (std::uint32_t v = 0; v < n; ++v)
        if (taken[v]) out.push_back(v);
    return out;
}

ApproxScores sampled_source_betweenness(const Projection& p, bool normalized, const SourceSample& sample,
                                        unsigned threads) {
    ApproxScores r;
    const std::vector<std::uint32_t> sources = sample_sources(p.n, sample.count, sample.seed);
    r.scores = betweenness_from_sources(p, sources, normalized, threads);
    r.samples = sources.size();
    r.exact = sources.size() == p.n;
    return r;
}

ApproxScores approx_harmonic(const Projection& p, DistanceDirection direction, const ApproxOptions& o) {
    ApproxScores r;
    r.scores.assign(p.n, 0.0);
    if (p.n < 2) return r;
    // Distances *to* v (NetworkX's default) are searches from the sources along the relations.
    const Csr& adj = direction == DistanceDirection::in ? p.out : p.in;
    r.samples = harmonic_sample_size(o.epsilon, o.delta, p.n);
    if (r.samples >= p.n) {  // as many sources as entities: compute it exactly
        r.scores = distance_centralities(p, direction, true, o.threads).harmonic;
        r.samples = p.n;
        r.exact = true;
        return r;
    }
    std::vector<std::vector<double>> partial(kBlocks);
    for_each_block(kBlocks, o.threads, [&](std::size_t blk) {
        partial[blk].assign(p.n, 0.0);
        std::vector<std::int32_t> dist(p.n, -1);
        std::vector<std::uint32_t> queue;
        for (std::size_t i = r.samples * blk / kBlocks; i < r.samples * (blk + 1) / kBlocks; ++i) {
            Random rng = stream(o.seed, i);
            const auto s = static_cast<std::uint32_t>(rng.below(p.n));
            for (std::uint32_t v : queue) dist[v] = -1;
            queue.assign(1, s);
            dist[s] = 0;
            for (std::size_t head = 0; head < queue.size(); ++head) {
                const std::uint32_t v = queue[head];
                if (v != s) partial[blk][v] += 1.0 / dist[v];
                for (std::uint32_t k = adj.offsets[v]; k < adj.offsets[v + 1]; ++k)
                    if (const std::uint32_t w = adj.targets[k]; dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.push_back(w);
                    }
            }
        }
    });
    const double scale = static_cast<double>(p.n) / static_cast<double>(r.samples);
    for (const auto& part : partial)
        for (std::size_t v = 0; v < p.n; ++v) r.scores[v] += part[v];
    for (double& x : r.scores) x *= scale;
    r.bound = o.epsilon * static_cast<double>(p.n - 1);
    return r;
}

}  // namespace pactgraph
