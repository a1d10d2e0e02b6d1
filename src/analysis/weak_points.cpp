#include "analysis/weak_points.hpp"

#include <algorithm>
#include <boost/graph/biconnected_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <tuple>

namespace pactgraph {

namespace {

using EdgeIndex = boost::property<boost::edge_index_t, std::size_t>;
using Undirected =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeIndex>;

// One undirected edge per distinct pair of different entities, with its relations.
struct Pair {
    EntityId a, b;
    RelationEdge first;     // the pair's first relation in file order
    std::size_t count = 0;  // relations joining the pair, either way
};

std::vector<Pair> pairs_of(const PartnershipGraph& g) {
    std::vector<std::tuple<EntityId, EntityId, RelationId>> all;
    for (RelationEdge e : g.relations()) {
        EntityId a = g.source(e), b = g.target(e);
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        all.emplace_back(a, b, g.relation(e).id);
    }
    std::sort(all.begin(), all.end());
    std::vector<Pair> pairs;
    for (const auto& [a, b, id] : all) {
        if (!pairs.empty() && pairs.back().a == a && pairs.back().b == b)
            ++pairs.back().count;
        else
            pairs.push_back({a, b, g.relations()[id], 1});
    }
    return pairs;
}

// The depth-first forest Boost walked: discover times (from 1), parents, and per vertex the
// size and the smallest vertex of its subtree. A subtree is a contiguous run of `order`.
struct Forest {
    std::vector<std::size_t> time;
    std::vector<std::size_t> low;
    std::vector<EntityId> parent;  // itself for a root
    std::vector<EntityId> order;   // vertices by discover time
    std::vector<std::size_t> size;
    std::vector<EntityId> smallest;

    std::vector<EntityId> root;  // the first vertex of the vertex's component

    void append_subtree(EntityId c, std::vector<EntityId>& out) const {
        out.insert(out.end(), order.begin() + static_cast<std::ptrdiff_t>(time[c] - 1),
                   order.begin() + static_cast<std::ptrdiff_t>(time[c] - 1 + size[c]));
    }
};

void complete(Forest& f) {
    const std::size_t n = f.time.size();
    f.order.assign(n, 0);
    for (EntityId v = 0; v < n; ++v) f.order[f.time[v] - 1] = v;
    f.size.assign(n, 1);
    f.smallest.resize(n);
    f.root.resize(n);
    for (EntityId v : f.order) f.root[v] = f.parent[v] == v ? v : f.root[f.parent[v]];
    for (EntityId v = 0; v < n; ++v) f.smallest[v] = v;
    for (std::size_t i = n; i-- > 0;) {
        const EntityId v = f.order[i], p = f.parent[v];
        if (p == v) continue;
        f.size[p] += f.size[v];
        f.smallest[p] = std::min(f.smallest[p], f.smallest[v]);
    }
}

// A part left after a removal: a subtree (child != kNoEntity) or the rest of the component.
struct Part {
    EntityId child;
    std::size_t size;
    EntityId smallest;
};

bool stays_before(const Part& a, const Part& b) {
    return a.size != b.size ? a.size > b.size : a.smallest < b.smallest;
}

// Everything in the parts except the one that stays; `removed` is left out of the rest.
std::vector<EntityId> cut_off(const Forest& f, const std::vector<Part>& parts, EntityId root,
                              EntityId removed) {
    const auto stays = std::min_element(parts.begin(), parts.end(), stays_before);
    std::vector<EntityId> out;
    std::vector<bool> in_subtree;
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (it == stays) continue;
        if (it->child != kNoEntity) {
            f.append_subtree(it->child, out);
            continue;
        }
        // The rest of the component: its run minus the separated subtrees and `removed`.
        std::vector<EntityId> skip;
        for (const Part& p : parts)
            if (p.child != kNoEntity) f.append_subtree(p.child, skip);
        skip.push_back(removed);
        std::sort(skip.begin(), skip.end());
        std::vector<EntityId> all;
        f.append_subtree(root, all);
        for (EntityId v : all)
            if (!std::binary_search(skip.begin(), skip.end(), v)) out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

ArticulationPoint articulation(const Forest& f, const Undirected& u, EntityId v) {
    const EntityId root = f.root[v];
    std::vector<Part> parts;
    std::size_t separated = 0;
    for (auto w : boost::make_iterator_range(boost::adjacent_vertices(v, u)))
        if (w != v && f.parent[w] == v && f.low[w] >= f.time[v]) {
            parts.push_back({w, f.size[w], f.smallest[w]});
            separated += f.size[w];
        }
    if (root != v) parts.push_back({kNoEntity, f.size[root] - 1 - separated, root});
    return {v, parts.size(), cut_off(f, parts, root, v)};
}

}  // namespace

WeakPoints find_weak_points(const PartnershipGraph& g) {
    const std::size_t n = g.entity_count();
    const std::vector<Pair> pairs = pairs_of(g);
    Undirected u(n);
    for (std::size_t i = 0; i < pairs.size(); ++i) boost::add_edge(pairs[i].a, pairs[i].b, i, u);

    std::vector<std::size_t> component(pairs.size());
    Forest f;
    f.time.assign(n, 0);
    f.low.assign(n, 0);
    f.parent.assign(n, 0);
    std::vector<EntityId> points;
    const auto index = boost::get(boost::vertex_index, u);
    const std::size_t count =
        boost::biconnected_components(
            u, boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, u)),
            std::back_inserter(points),
            boost::discover_time_map(boost::make_iterator_property_map(f.time.begin(), index))
                .lowpoint_map(boost::make_iterator_property_map(f.low.begin(), index))
                .predecessor_map(boost::make_iterator_property_map(f.parent.begin(), index)))
            .first;
    complete(f);

    WeakPoints w;
    w.is_articulation_point.assign(n, false);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (EntityId v : points) {
        w.is_articulation_point[v] = true;
        w.articulation_points.push_back(articulation(f, u, v));
    }

    // A bridge: a biconnected component of a single edge, whose pair has a single relation.
    std::vector<std::size_t> edges_in(count, 0);
    for (std::size_t c : component) ++edges_in[c];
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const Pair& p = pairs[i];
        if (edges_in[component[i]] != 1 || p.count != 1) continue;
        const EntityId child = f.parent[p.b] == p.a ? p.b : p.a;
        const EntityId root = f.root[child];
        const std::vector<Part> parts = {
            {child, f.size[child], f.smallest[child]},
            {kNoEntity, f.size[root] - f.size[child], root}};
        w.bridges.push_back({p.first, cut_off(f, parts, root, kNoEntity)});
    }
    std::sort(w.bridges.begin(), w.bridges.end(), [&](const Bridge& a, const Bridge& b) {
        return g.relation(a.relation).id < g.relation(b.relation).id;
    });
    return w;
}

}  // namespace pactgraph
