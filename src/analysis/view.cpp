#include "analysis/view.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace pactgraph {

namespace {

constexpr std::size_t kMaxIndex = std::numeric_limits<std::uint32_t>::max();

// The relations as compact arrays, read from the model in one pass: the model's relations
// live in separate nodes, so every later pass reads these instead.
struct RelationArrays {
    std::vector<std::uint32_t> from, to;
    std::vector<std::uint8_t> both_ways;  // the view has an arc each way (not for a self-loop)
    std::vector<double> weight;           // weighted: what the relation adds to its arc(s)
};

RelationArrays relation_arrays(const PartnershipGraph& g, bool undirected, bool weighted) {
    const std::size_t m = g.relation_count();
    RelationArrays a;
    a.from.resize(m);
    a.to.resize(m);
    a.both_ways.resize(m);
    if (weighted) a.weight.resize(m);
    const Vocabulary& vocabulary = g.vocabulary();
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationId k = r.id;  // the relation's position in file order
        const bool symmetric = vocabulary.type(r.type).symmetric;
        a.from[k] = static_cast<std::uint32_t>(g.source(e));
        a.to[k] = static_cast<std::uint32_t>(g.target(e));
        a.both_ways[k] = a.from[k] != a.to[k] && (undirected || symmetric);
        if (!weighted) continue;
        const double w = r.has_amount() ? r.amount_usd : 0.0;
        // NetworkX adds a symmetric self-loop to a DiGraph twice, so its amount counts twice.
        a.weight[k] = !undirected && symmetric && a.from[k] == a.to[k] ? 2 * w : w;
    }
    return a;
}

// The relation ends of the view, each packed as (to << 32 | relation id) and grouped by `from`
// (ends.offsets): every relation from -> to, and to -> from when it goes both ways. Within an
// entity they are sorted, so by target, then file order.
struct Ends {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint64_t> keys;
};

std::uint64_t end_key(std::uint32_t to, RelationId id) { return (std::uint64_t{to} << 32) | id; }

Ends relation_ends(const RelationArrays& a, std::size_t n) {
    const std::size_t m = a.from.size();
    Ends ends;
    ends.offsets.assign(n + 1, 0);
    std::size_t count = m;
    for (std::size_t k = 0; k < m; ++k) {
        ++ends.offsets[a.from[k] + 1];
        if (a.both_ways[k]) ++ends.offsets[a.to[k] + 1], ++count;
    }
    check_view_fits(n, count);
    for (std::size_t v = 0; v < n; ++v) ends.offsets[v + 1] += ends.offsets[v];
    ends.keys.resize(count);
    std::vector<std::uint32_t> next(ends.offsets.begin(), ends.offsets.end() - 1);
    for (std::size_t k = 0; k < m; ++k) {
        const auto id = static_cast<RelationId>(k);
        ends.keys[next[a.from[k]]++] = end_key(a.to[k], id);
        if (a.both_ways[k]) ends.keys[next[a.to[k]]++] = end_key(a.from[k], id);
    }
    for (std::size_t v = 0; v < n; ++v)
        if (ends.offsets[v + 1] - ends.offsets[v] > 1)
            std::sort(ends.keys.begin() + ends.offsets[v], ends.keys.begin() + ends.offsets[v + 1]);
    return ends;
}

// CSR of the ends: runs of equal (from, to) become one arc.
Csr csr_of(std::size_t n, const Ends& ends, const std::vector<double>& weight, bool keep) {
    const bool weighted = !weight.empty();
    Csr c;
    std::vector<std::uint32_t> offsets(n + 1, 0), targets;
    targets.reserve(ends.keys.size());
    if (keep) c.relation_offsets.reserve(ends.keys.size() + 1);
    else c.relation_offsets.clear();
    if (weighted) c.weights.reserve(ends.keys.size());
    if (keep) c.relations.resize(ends.keys.size());
    for (std::size_t v = 0; v < n; ++v) {
        for (std::uint32_t i = ends.offsets[v]; i < ends.offsets[v + 1]; ++i) {
            const auto to = static_cast<std::uint32_t>(ends.keys[i] >> 32);
            const auto id = static_cast<RelationId>(ends.keys[i]);
            if (i == ends.offsets[v] || targets.back() != to) {
                if (keep && !targets.empty()) c.relation_offsets.push_back(i);
                targets.push_back(to);
                if (weighted) c.weights.push_back(0.0);
            }
            if (weighted) c.weights.back() += weight[id];
            if (keep) c.relations[i] = id;
        }
        offsets[v + 1] = static_cast<std::uint32_t>(targets.size());
    }
    if (keep && !targets.empty()) c.relation_offsets.push_back(static_cast<std::uint32_t>(ends.keys.size()));
    targets.shrink_to_fit();
    c.offsets = std::move(offsets);
    c.targets = std::move(targets);
    c.relation_offsets.shrink_to_fit();
    c.weights.shrink_to_fit();
    return c;
}

// The same arcs seen from their other end: in(v) lists the u of every arc u -> v, ascending,
// with the arc's weight and its relations (when `out` lists them).
Csr transposed(std::size_t n, const Csr& out) {
    const bool keep = !out.relation_offsets.empty();
    Csr in;
    std::vector<std::uint32_t> offsets(n + 1, 0);
    for (std::uint32_t t : out.targets) ++offsets[t + 1];
    for (std::size_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
    const std::size_t arcs = out.arc_count();
    std::vector<std::uint32_t> targets(arcs);
    if (!out.weights.empty()) in.weights.resize(arcs);
    std::vector<std::uint32_t> position(keep ? arcs : 0);  // where out's arc i lands in `in`
    std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
    for (std::size_t u = 0; u < n; ++u)
        for (std::uint32_t i = out.offsets[u]; i < out.offsets[u + 1]; ++i) {
            const std::uint32_t at = next[out.targets[i]]++;
            if (keep) position[i] = at;
            targets[at] = static_cast<std::uint32_t>(u);
            if (!out.weights.empty()) in.weights[at] = out.weights[i];
        }
    in.offsets = std::move(offsets);
    in.targets = std::move(targets);
    if (!keep) {
        in.relation_offsets.clear();
        return in;
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

Projection project(const PartnershipGraph& g, bool undirected, bool weighted, ArcRelations relations) {
    Projection p;
    p.n = g.entity_count();
    p.directed = !undirected;
    p.weighted = weighted;
    check_view_fits(p.n, 0);
    {
        const RelationArrays arrays = relation_arrays(g, undirected, weighted);
        p.out = csr_of(p.n, relation_ends(arrays, p.n), arrays.weight, relations == ArcRelations::kept);
    }
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

Projection adjacency_view(std::size_t n, U32Array out_offsets, U32Array out_targets, U32Array in_offsets,
                          U32Array in_targets) {
    if (out_offsets.size() != n + 1 || in_offsets.size() != n + 1 || out_offsets.back() != out_targets.size() ||
        in_offsets.back() != in_targets.size())
        throw std::logic_error("adjacency_view: offsets do not match the vertices and targets");
    Projection p;
    p.n = n;
    p.out.offsets = std::move(out_offsets);
    p.out.targets = std::move(out_targets);
    p.in.offsets = std::move(in_offsets);
    p.in.targets = std::move(in_targets);
    return p;
}

}  // namespace pactgraph
