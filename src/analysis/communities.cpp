#include "analysis/communities.hpp"

#include <algorithm>
#include <deque>
#include <numeric>
#include <random>
#include <tuple>

namespace pactgraph {

namespace {

// A weighted undirected graph of one Louvain level: CSR listing each edge from both ends,
// self-loops apart. k[v] is the weighted degree, a self-loop counted twice (NetworkX's degree).
struct Level {
    std::size_t n = 0;
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint32_t> nbr;
    std::vector<double> w;
    std::vector<double> self;
    std::vector<double> k;
    double m = 0;  // total edge weight
};

struct Arc {
    std::uint32_t from, to;
    double w;
};

// Builds a level from arcs listed from both ends (self-loops once, as from == to): a bucket
// pass by `from`, then each row's repeated neighbours summed (rows keep first-seen order).
Level level_of(std::size_t n, const std::vector<Arc>& arcs) {
    Level l;
    l.n = n;
    l.self.assign(n, 0);
    l.k.assign(n, 0);
    std::vector<std::uint32_t> start(n + 1, 0);
    for (const Arc& a : arcs) ++start[a.from + 1];
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    std::vector<std::uint32_t> to(arcs.size());
    std::vector<double> w(arcs.size());
    {
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (const Arc& a : arcs) {
            to[next[a.from]] = a.to;
            w[next[a.from]++] = a.w;
        }
    }
    std::vector<std::uint32_t> at(n, UINT32_MAX);  // position of a neighbour in the current row
    l.offsets.assign(1, 0);
    l.nbr.reserve(arcs.size());
    l.w.reserve(arcs.size());
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::size_t row = l.nbr.size();
        for (std::uint32_t i = start[v]; i < start[v + 1]; ++i) {
            if (to[i] == v) {
                l.self[v] += w[i];
                l.k[v] += 2 * w[i];
                continue;
            }
            l.k[v] += w[i];
            if (at[to[i]] == UINT32_MAX) {
                at[to[i]] = static_cast<std::uint32_t>(l.nbr.size());
                l.nbr.push_back(to[i]);
                l.w.push_back(w[i]);
            } else {
                l.w[at[to[i]]] += w[i];
            }
        }
        for (std::size_t i = row; i < l.nbr.size(); ++i) at[l.nbr[i]] = UINT32_MAX;
        l.offsets.push_back(static_cast<std::uint32_t>(l.nbr.size()));
    }
    l.m = std::accumulate(l.k.begin(), l.k.end(), 0.0) / 2;
    return l;
}

Level original_level(const PartnershipGraph& g, CommunityWeight weight) {
    std::vector<Arc> arcs;
    arcs.reserve(2 * g.relation_count());
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const double w = weight == CommunityWeight::count ? 1.0 : (r.has_amount() ? r.amount_usd : 0.0);
        const auto a = static_cast<std::uint32_t>(g.source(e)), b = static_cast<std::uint32_t>(g.target(e));
        arcs.push_back({a, b, w});
        if (a != b) arcs.push_back({b, a, w});
    }
    return level_of(g.entity_count(), arcs);
}

// Numbers communities 0, 1, … in order of their first node; returns how many.
std::size_t renumber(std::vector<std::uint32_t>& com) {
    std::vector<std::uint32_t> to(com.size(), UINT32_MAX);
    std::uint32_t next = 0;
    for (std::uint32_t& c : com) {
        if (to[c] == UINT32_MAX) to[c] = next++;
        c = to[c];
    }
    return next;
}

// Σ_c in_c / m - γ (tot_c / 2m)², in_c counting each edge inside c once.
double level_modularity(const Level& l, const std::vector<std::uint32_t>& com, double gamma) {
    if (l.m <= 0) return 0;
    std::vector<double> in(l.n, 0), tot(l.n, 0);
    for (std::uint32_t v = 0; v < l.n; ++v) {
        in[com[v]] += l.self[v];
        tot[com[v]] += l.k[v];
        for (std::uint32_t i = l.offsets[v]; i < l.offsets[v + 1]; ++i)
            if (com[l.nbr[i]] == com[v]) in[com[v]] += l.w[i] / 2;
    }
    double q = 0;
    for (std::size_t c = 0; c < l.n; ++c)
        q += in[c] / l.m - gamma * tot[c] * tot[c] / (4 * l.m * l.m);
    return q;
}

// The nodes in a random order that depends only on the generator (std::shuffle's does not).
std::vector<std::uint32_t> shuffled(std::size_t n, std::mt19937_64& rng) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    return order;
}

// NetworkX's _one_level: moves nodes to the neighbouring community with the best positive
// gain, starting from `com`, until no node gains by moving. NetworkX visits every node again
// after any move; this visits the nodes in the shuffled order once, then only the neighbours of
// moved nodes outside their new community (the queue of Traag et al.'s Leiden algorithm), which
// ends where no such node gains and spares the hundred near-empty passes of a large graph.
// True if any node moved.
bool one_level(const Level& l, std::vector<std::uint32_t>& com, double gamma, std::mt19937_64& rng) {
    std::vector<double> tot(l.n, 0), to_com(l.n, 0);
    for (std::size_t v = 0; v < l.n; ++v) tot[com[v]] += l.k[v];
    std::vector<std::uint32_t> touched;
    const std::vector<std::uint32_t> order = shuffled(l.n, rng);
    std::deque<std::uint32_t> queue(order.begin(), order.end());
    std::vector<std::uint8_t> queued(l.n, 1);
    const double m = l.m, m2 = 2 * m * m;
    bool improved = false;
    // A guard against rounding ping-pong between equal gains; never reached in the tests.
    for (std::size_t visits = 0, limit = 1000 * (l.n + 1); !queue.empty() && visits < limit; ++visits) {
        const std::uint32_t u = queue.front();
        queue.pop_front();
        queued[u] = 0;
        for (std::uint32_t i = l.offsets[u]; i < l.offsets[u + 1]; ++i) {
            const std::uint32_t c = com[l.nbr[i]];
            if (to_com[c] == 0) touched.push_back(c);
            to_com[c] += l.w[i];
        }
        const std::uint32_t from = com[u];
        const double k = l.k[u];
        tot[from] -= k;
        const double remove_cost = -to_com[from] / m + gamma * tot[from] * k / m2;
        std::uint32_t best = from;
        double best_gain = 0;
        for (std::uint32_t c : touched) {
            const double gain = remove_cost + to_com[c] / m - gamma * tot[c] * k / m2;
            if (gain > best_gain) {
                best_gain = gain;
                best = c;
            }
        }
        tot[best] += k;
        for (std::uint32_t c : touched) to_com[c] = 0;
        touched.clear();
        if (best == from) continue;
        com[u] = best;
        improved = true;
        for (std::uint32_t i = l.offsets[u]; i < l.offsets[u + 1]; ++i) {
            const std::uint32_t x = l.nbr[i];
            if (!queued[x] && com[x] != best) {
                queued[x] = 1;
                queue.push_back(x);
            }
        }
    }
    return improved;
}

// One node per community (com renumbered), edge weights summed, inner edges as self-loops.
Level aggregate(const Level& l, std::vector<std::uint32_t>& com) {
    const std::size_t k = renumber(com);
    std::vector<Arc> arcs;
    for (std::uint32_t v = 0; v < l.n; ++v) {
        if (l.self[v] != 0) arcs.push_back({com[v], com[v], l.self[v]});
        for (std::uint32_t i = l.offsets[v]; i < l.offsets[v + 1]; ++i) {
            const std::uint32_t u = l.nbr[i];
            if (com[u] != com[v])
                arcs.push_back({com[v], com[u], l.w[i]});
            else if (v < u)
                arcs.push_back({com[v], com[v], l.w[i]});
        }
    }
    return level_of(k, arcs);
}

// Louvain from the partition `part` of the original graph (values: community of each entity):
// levels until one gains no more than the threshold. Returns the levels run.
std::size_t louvain_from(const Level& original, std::vector<std::uint32_t>& part,
                         const CommunityOptions& o, std::mt19937_64& rng) {
    Level l = aggregate(original, part);
    double mod = level_modularity(original, part, o.resolution);
    std::size_t levels = 0;
    for (;;) {
        std::vector<std::uint32_t> com(l.n);
        std::iota(com.begin(), com.end(), 0u);
        if (!one_level(l, com, o.resolution, rng)) return levels;
        ++levels;
        const double new_mod = level_modularity(l, com, o.resolution);
        Level next = aggregate(l, com);  // renumbers com
        for (std::uint32_t& c : part) c = com[c];
        if (new_mod - mod <= o.threshold) return levels;
        mod = new_mod;
        l = std::move(next);
    }
}

std::vector<std::vector<EntityId>> grouped(std::vector<std::uint32_t> part) {
    const std::size_t k = renumber(part);
    std::vector<std::vector<EntityId>> groups(k);
    for (EntityId v = 0; v < part.size(); ++v) groups[part[v]].push_back(v);
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return groups;
}

std::vector<CommunityLink> links_of(const PartnershipGraph& g, const std::vector<std::uint32_t>& of) {
    std::vector<CommunityLink> links;
    for (RelationEdge e : g.relations()) {
        std::uint32_t a = of[g.source(e)], b = of[g.target(e)];
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        const Relation& r = g.relation(e);
        links.push_back({a, b, 1, r.has_amount() ? r.amount_usd : 0.0});
    }
    std::sort(links.begin(), links.end(),
              [](const auto& x, const auto& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    std::vector<CommunityLink> merged;
    for (const CommunityLink& l : links) {
        if (!merged.empty() && merged.back().a == l.a && merged.back().b == l.b) {
            ++merged.back().relations;
            merged.back().amount_usd += l.amount_usd;
        } else {
            merged.push_back(l);
        }
    }
    return merged;
}

}  // namespace

double modularity(const PartnershipGraph& g, const std::vector<std::uint32_t>& of,
                  double resolution, CommunityWeight weight) {
    std::vector<std::uint32_t> com = of;
    renumber(com);
    return level_modularity(original_level(g, weight), com, resolution);
}

namespace {

// One seeded Louvain run, then single-entity moves on the original graph and Louvain again
// while they raise modularity. Returns the levels run.
std::size_t one_run(const Level& original, std::vector<std::uint32_t>& part,
                    const CommunityOptions& o, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::size_t levels = 0;
    double mod = level_modularity(original, part, o.resolution);
    for (;;) {
        levels += louvain_from(original, part, o, rng);
        std::vector<std::uint32_t> moved = part;
        if (!one_level(original, moved, o.resolution, rng)) break;
        const double before = level_modularity(original, part, o.resolution);
        const double after = level_modularity(original, moved, o.resolution);
        if (after <= before) break;
        part = std::move(moved);
        if (after - mod <= o.threshold) break;
        mod = after;
    }
    return levels;
}

// The seeds of the runs: the given one, then splitmix64 steps from it.
std::uint64_t run_seed(std::uint64_t seed, unsigned run) {
    if (run == 0) return seed;
    std::uint64_t z = seed + run * 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

}  // namespace

CommunityResult louvain_communities(const PartnershipGraph& g, const CommunityOptions& o) {
    const Level original = original_level(g, o.weight);
    std::vector<std::uint32_t> identity(g.entity_count());
    std::iota(identity.begin(), identity.end(), 0u);
    std::vector<std::uint32_t> best = identity;
    CommunityResult r;
    if (original.m > 0) {
        double best_q = -1;
        const std::size_t size = g.entity_count() + g.relation_count();
        const std::size_t runs = o.runs > 0 ? o.runs : std::clamp<std::size_t>(300000 / size, 1, 32);
        for (unsigned run = 0; run < runs; ++run) {
            std::vector<std::uint32_t> part = identity;
            r.levels += one_run(original, part, o, run_seed(o.seed, run));
            const double q = level_modularity(original, part, o.resolution);
            if (q > best_q) best_q = q, best = std::move(part);
        }
    }
    r.communities = grouped(best);
    r.of.assign(g.entity_count(), 0);
    for (std::uint32_t c = 0; c < r.communities.size(); ++c)
        for (EntityId v : r.communities[c]) r.of[v] = c;
    r.modularity = level_modularity(original, r.of, o.resolution);
    r.links = links_of(g, r.of);
    return r;
}

}  // namespace pactgraph
