#include "analysis/view.hpp"

#include <algorithm>
#include <functional>
#include <future>
#include <limits>
#include <stdexcept>
#include <string>
#include <system_error>

namespace pactgraph {

namespace {

constexpr std::size_t kMaxIndex = std::numeric_limits<std::uint32_t>::max();

// What each relation adds to the view, read in one pass over the relations in file order:
// whether it is an arc each way too (not a self-loop; undirected, or of a symmetric type) and,
// weighted, what it adds to its arc(s).
struct RelationTraits {
    std::vector<std::uint8_t> both_ways;
    std::vector<double> weight;
    std::size_t ends = 0;  // relation ends in the view: a relation once, one both ways twice
};

RelationTraits relation_traits(const PartnershipGraph& g, bool undirected, bool weighted) {
    RelationTraits t;
    t.both_ways.resize(g.relation_count());
    if (weighted) t.weight.resize(g.relation_count());
    const Vocabulary& vocabulary = g.vocabulary();
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationId k = r.id;  // the relation's position in file order
        const bool symmetric = vocabulary.type(r.type).symmetric;
        const bool loop = g.source(e) == g.target(e);
        t.both_ways[k] = !loop && (undirected || symmetric);
        t.ends += 1 + t.both_ways[k];
        if (!weighted) continue;
        const double w = r.has_amount() ? r.amount_usd : 0.0;
        // NetworkX adds a symmetric self-loop to a DiGraph twice, so its amount counts twice.
        t.weight[k] = !undirected && symmetric && loop ? 2 * w : w;
    }
    return t;
}

std::uint64_t end_key(std::uint32_t to, RelationId id) { return (std::uint64_t{to} << 32) | id; }

// Every entity's relation ends, grouped by entity (v's in [offsets[v], offsets[v + 1])), each as
// key(other end, relation id). Outgoing: every relation from v, and every one to v that goes
// both ways; incoming, the same seen from the other end: every relation to v, and every one from
// v that goes both ways. Sorted out of the relations in file order by counting, so the model's
// own lists of relations are not needed (nor made).
enum class Side { outgoing, incoming };

template <typename Key>
struct EndsByEntity {
    std::vector<std::uint32_t> offsets;
    std::vector<Key> keys;
};

template <typename Key, typename MakeKey>
EndsByEntity<Key> ends_by_entity(const PartnershipGraph& g, const RelationTraits& t, Side side, MakeKey key) {
    const std::size_t n = g.entity_count();
    const RelationList relations = g.relations();
    const bool in = side == Side::incoming;
    const auto near = [&](RelationEdge e) { return static_cast<std::uint32_t>(in ? g.target(e) : g.source(e)); };
    const auto far = [&](RelationEdge e) { return static_cast<std::uint32_t>(in ? g.source(e) : g.target(e)); };
    EndsByEntity<Key> out;
    out.offsets.assign(n + 1, 0);
    for (std::size_t k = 0; k < relations.size(); ++k) {
        ++out.offsets[near(relations[k]) + 1];
        if (t.both_ways[k]) ++out.offsets[far(relations[k]) + 1];
    }
    for (std::size_t v = 0; v < n; ++v) out.offsets[v + 1] += out.offsets[v];
    out.keys.resize(t.ends);
    std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
    for (std::size_t k = 0; k < relations.size(); ++k) {
        const std::uint32_t a = near(relations[k]), b = far(relations[k]);
        const auto id = static_cast<RelationId>(k);
        out.keys[next[a]++] = key(b, id);
        if (t.both_ways[k]) out.keys[next[b]++] = key(a, id);
    }
    return out;
}

// One side's arcs of an unweighted view without their relations: each entity's other ends,
// sorted and made distinct in place, so the array of ends becomes the array of targets (no
// second array of them is written).
Csr distinct_ends(const PartnershipGraph& g, const RelationTraits& t, Side side) {
    EndsByEntity<std::uint32_t> ends =
        ends_by_entity<std::uint32_t>(g, t, side, [](std::uint32_t other, RelationId) { return other; });
    std::vector<std::uint32_t>& targets = ends.keys;
    std::size_t kept = 0;
    std::uint32_t first = 0;
    for (std::size_t v = 0; v + 1 < ends.offsets.size(); ++v) {
        const std::uint32_t last = ends.offsets[v + 1];
        std::sort(targets.begin() + first, targets.begin() + last);
        ends.offsets[v] = static_cast<std::uint32_t>(kept);
        for (std::uint32_t i = first; i < last; ++i)
            if (i == first || targets[i] != targets[kept - 1]) targets[kept++] = targets[i];
        first = last;
    }
    ends.offsets.back() = static_cast<std::uint32_t>(kept);
    targets.resize(kept);
    Csr c;
    c.relation_offsets.clear();
    c.offsets = std::move(ends.offsets);
    c.targets = std::move(targets);
    return c;
}

// The out-arcs: each entity's ends, sorted (by other end, then file order), and each run of
// ends to the same entity made one arc.
Csr out_arcs(const PartnershipGraph& g, const RelationTraits& t, bool keep) {
    const std::size_t n = g.entity_count();
    const bool weighted = !t.weight.empty();
    if (!weighted && !keep) return distinct_ends(g, t, Side::outgoing);
    Csr c;
    std::vector<std::uint32_t> offsets(n + 1, 0), targets;
    EndsByEntity<std::uint64_t> ends = ends_by_entity<std::uint64_t>(g, t, Side::outgoing, end_key);
    targets.reserve(t.ends);  // what parallel relations leave unused is never written
    if (keep) {
        c.relation_offsets.reserve(t.ends + 1);
        c.relations.reserve(t.ends);
    } else {
        c.relation_offsets.clear();
    }
    if (weighted) c.weights.reserve(t.ends);
    for (std::size_t v = 0; v < n; ++v) {
        const auto first = ends.keys.begin() + ends.offsets[v], last = ends.keys.begin() + ends.offsets[v + 1];
        if (last - first > 1) std::sort(first, last);
        for (auto it = first; it != last; ++it) {
            const auto to = static_cast<std::uint32_t>(*it >> 32);
            const auto id = static_cast<RelationId>(*it);
            if (it == first || targets.back() != to) {
                if (keep && !targets.empty()) c.relation_offsets.push_back(static_cast<std::uint32_t>(c.relations.size()));
                targets.push_back(to);
                if (weighted) c.weights.push_back(0.0);
            }
            if (weighted) c.weights.back() += t.weight[id];
            if (keep) c.relations.push_back(id);
        }
        offsets[v + 1] = static_cast<std::uint32_t>(targets.size());
    }
    if (keep && !targets.empty()) c.relation_offsets.push_back(static_cast<std::uint32_t>(c.relations.size()));
    c.offsets = std::move(offsets);
    c.targets = std::move(targets);
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
        const RelationTraits traits = relation_traits(g, undirected, weighted);
        check_view_fits(p.n, traits.ends);
        if (!undirected && !weighted && relations == ArcRelations::dropped) {
            // Both sides from the relations, the incoming one on another thread when one can be had.
            std::future<Csr> in;
            try {
                in = std::async(std::launch::async, distinct_ends, std::cref(g), std::cref(traits), Side::incoming);
            } catch (const std::system_error&) {
                p.in = distinct_ends(g, traits, Side::incoming);
            }
            p.out = distinct_ends(g, traits, Side::outgoing);
            if (in.valid()) p.in = in.get();
        } else {
            p.out = out_arcs(g, traits, relations == ArcRelations::kept);
            p.in = undirected ? p.out : transposed(p.n, p.out);
        }
    }
    p.self_loop.assign(p.n, 0);
    if (weighted) p.self_weight.assign(p.n, 0.0);
    for (std::size_t v = 0; v < p.n; ++v)
        for (std::uint32_t i = p.out.offsets[v]; i < p.out.offsets[v + 1]; ++i)
            if (p.out.targets[i] == v) {
                p.self_loop[v] = 1;
                if (weighted) p.self_weight[v] = p.out.weights[i];
            }
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
