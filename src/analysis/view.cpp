#include "analysis/view.hpp"

#include <algorithm>
#include <limits>
#include <string>

namespace pactgraph {

namespace {

constexpr std::size_t kMaxIndex = std::numeric_limits<std::uint32_t>::max();

// The relation ends of the view, each packed as (to << 32 | relation id) and grouped by `from`
// (ends.offsets): every relation from -> to, and to -> from for a symmetric one (directed) or
// for every one (undirected). Within an entity they are sorted, so by target, then file order.
struct Ends {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint64_t> keys;
};

std::uint64_t end_key(std::uint32_t to, RelationId id) { return (std::uint64_t{to} << 32) | id; }

template <typename Visit>
void for_each_end(const PartnershipGraph& g, bool undirected, Visit visit) {
    for (RelationEdge e : g.relations()) {
        const auto from = static_cast<std::uint32_t>(g.source(e));
        const auto to = static_cast<std::uint32_t>(g.target(e));
        const RelationId id = g.relation(e).id;
        visit(from, to, id);
        if (from != to && (undirected || g.symmetric(e))) visit(to, from, id);
    }
}

Ends relation_ends(const PartnershipGraph& g, std::size_t n, bool undirected) {
    Ends ends;
    ends.offsets.assign(n + 1, 0);
    std::size_t count = 0;
    for_each_end(g, undirected, [&](std::uint32_t from, std::uint32_t, RelationId) {
        ++ends.offsets[from + 1];
        ++count;
    });
    check_view_fits(n, count);
    for (std::size_t v = 0; v < n; ++v) ends.offsets[v + 1] += ends.offsets[v];
    ends.keys.resize(count);
    std::vector<std::uint32_t> next(ends.offsets.begin(), ends.offsets.end() - 1);
    for_each_end(g, undirected, [&](std::uint32_t from, std::uint32_t to, RelationId id) {
        ends.keys[next[from]++] = end_key(to, id);
    });
    for (std::size_t v = 0; v < n; ++v)
        std::sort(ends.keys.begin() + ends.offsets[v], ends.keys.begin() + ends.offsets[v + 1]);
    return ends;
}

// What a relation adds to its arc's weight: its disclosed amount (0 when undisclosed), twice
// for a symmetric self-loop of the directed view (NetworkX adds it to the DiGraph twice).
double end_weight(const PartnershipGraph& g, RelationId id, bool undirected) {
    const RelationEdge e = g.relations()[id];
    const Relation& r = g.relation(e);
    const double w = r.has_amount() ? r.amount_usd : 0.0;
    return !undirected && g.symmetric(e) && g.source(e) == g.target(e) ? 2 * w : w;
}

// CSR of the ends: runs of equal (from, to) become one arc.
Csr csr_of(const PartnershipGraph& g, std::size_t n, Ends ends, bool undirected, bool weighted) {
    Csr c;
    c.offsets.assign(n + 1, 0);
    c.relations.resize(ends.keys.size());
    for (std::size_t v = 0; v < n; ++v) {
        for (std::uint32_t i = ends.offsets[v]; i < ends.offsets[v + 1]; ++i) {
            const auto to = static_cast<std::uint32_t>(ends.keys[i] >> 32);
            const auto id = static_cast<RelationId>(ends.keys[i]);
            if (i == ends.offsets[v] || c.targets.back() != to) {
                if (!c.targets.empty()) c.relation_offsets.push_back(i);
                c.targets.push_back(to);
                if (weighted) c.weights.push_back(0.0);
            }
            if (weighted) c.weights.back() += end_weight(g, id, undirected);
            c.relations[i] = id;
        }
        c.offsets[v + 1] = static_cast<std::uint32_t>(c.targets.size());
    }
    if (!c.targets.empty()) c.relation_offsets.push_back(static_cast<std::uint32_t>(ends.keys.size()));
    return c;
}

// The same arcs seen from their other end: in(v) lists the u of every arc u -> v, ascending,
// with the arc's relations and weight.
Csr transposed(std::size_t n, const Csr& out) {
    Csr in;
    in.offsets.assign(n + 1, 0);
    for (std::uint32_t t : out.targets) ++in.offsets[t + 1];
    for (std::size_t v = 0; v < n; ++v) in.offsets[v + 1] += in.offsets[v];
    const std::size_t arcs = out.arc_count();
    in.targets.resize(arcs);
    if (!out.weights.empty()) in.weights.resize(arcs);
    std::vector<std::uint32_t> position(arcs);  // where out's arc i lands in `in`
    std::vector<std::uint32_t> next(in.offsets.begin(), in.offsets.end() - 1);
    for (std::size_t u = 0; u < n; ++u)
        for (std::uint32_t i = out.offsets[u]; i < out.offsets[u + 1]; ++i) {
            const std::uint32_t at = next[out.targets[i]]++;
            position[i] = at;
            in.targets[at] = static_cast<std::uint32_t>(u);
            if (!out.weights.empty()) in.weights[at] = out.weights[i];
        }
    in.relation_offsets.assign(arcs + 1, 0);
    for (std::size_t i = 0; i < arcs; ++i)
        in.relation_offsets[position[i] + 1] = out.relation_offsets[i + 1] - out.relation_offsets[i];
    for (std::size_t k = 0; k < arcs; ++k) in.relation_offsets[k + 1] += in.relation_offsets[k];
    in.relations.resize(out.relations.size());
    for (std::size_t i = 0; i < arcs; ++i) {
        std::uint32_t to = in.relation_offsets[position[i]];
        for (std::uint32_t k = out.relation_offsets[i]; k < out.relation_offsets[i + 1]; ++k)
            in.relations[to++] = out.relations[k];
    }
    return in;
}

}  // namespace

void check_view_fits(std::size_t entities, std::size_t arcs) {
    if (entities >= kMaxIndex)
        throw ViewTooLargeError("error: " + std::to_string(entities) +
                                " entities do not fit the analysis view's 32-bit ids (at most " +
                                std::to_string(kMaxIndex - 1) +
                                "); analyse a part of the graph: filter it by kind or type");
    if (arcs > kMaxIndex)
        throw ViewTooLargeError("error: " + std::to_string(arcs) +
                                " relation ends (a symmetric relation counts twice) do not fit the "
                                "analysis view's 32-bit offsets (at most " + std::to_string(kMaxIndex) +
                                "); analyse a part of the graph: filter it by kind or type");
}

Projection project(const PartnershipGraph& g, bool undirected, bool weighted) {
    Projection p;
    p.n = g.entity_count();
    p.directed = !undirected;
    p.weighted = weighted;
    check_view_fits(p.n, 0);
    p.out = csr_of(g, p.n, relation_ends(g, p.n, undirected), undirected, weighted);
    p.self_loop.assign(p.n, 0);
    if (weighted) p.self_weight.assign(p.n, 0.0);
    for (std::size_t v = 0; v < p.n; ++v)
        for (std::uint32_t i = p.out.offsets[v]; i < p.out.offsets[v + 1]; ++i)
            if (p.out.targets[i] == v) {
                p.self_loop[v] = 1;
                if (weighted) p.self_weight[v] = p.out.weights[i];
            }
    p.in = undirected ? p.out : transposed(p.n, p.out);
    return p;
}

}  // namespace pactgraph
