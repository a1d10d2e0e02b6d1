#include "analysis/paths.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/property_map/property_map.hpp>

namespace pactgraph {

namespace {

bool id_less(const PartnershipGraph& g, EntityId a, EntityId b) { return g.entity(a).id < g.entity(b).id; }

// Most significant first: larger disclosed amount, then later date, then file order.
bool more_significant(const PartnershipGraph& g, RelationEdge a, RelationEdge b) {
    const Relation& x = g.relation(a);
    const Relation& y = g.relation(b);
    if (x.has_amount() != y.has_amount()) return x.has_amount();
    if (x.has_amount() && x.amount_usd != y.amount_usd) return x.amount_usd > y.amount_usd;
    if (x.date != y.date) return x.date > y.date;
    return x.id < y.id;
}

bool followable(const Relation& r, const PathOptions& o) {
    return o.weight == PathWeight::hops || amount_cost(r).has_value();
}

// One hop the searches may take, as a compressed sparse row graph: arcs sorted by source, then
// by the target's id (so ties in searches go by id), one arc per pair of entities carrying the
// cost of the cheapest relation between them (1 per hop under --weight hops).
using SearchGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, double>;

SearchGraph search_graph(const PartnershipGraph& g, const PathOptions& o) {
    std::vector<EntityId> by_id(g.entity_count());
    for (EntityId v = 0; v < by_id.size(); ++v) by_id[v] = v;
    std::sort(by_id.begin(), by_id.end(), [&](EntityId a, EntityId b) { return id_less(g, a, b); });
    std::vector<std::size_t> rank(g.entity_count());
    for (std::size_t i = 0; i < by_id.size(); ++i) rank[by_id[i]] = i;
    struct Arc {
        EntityId from, to;
        double cost;
    };
    std::vector<Arc> arcs;
    arcs.reserve(g.relation_count() * (o.undirected ? 2 : 1));
    for (RelationEdge e : g.relations()) {
        const EntityId s = g.source(e), t = g.target(e);
        if (s == t || !followable(g.relation(e), o)) continue;
        const double cost = o.weight == PathWeight::hops ? 1.0 : *amount_cost(g.relation(e));
        arcs.push_back({s, t, cost});
        if (o.undirected || g.symmetric(e)) arcs.push_back({t, s, cost});
    }
    std::sort(arcs.begin(), arcs.end(), [&](const Arc& a, const Arc& b) {
        if (a.from != b.from) return a.from < b.from;
        return a.to != b.to ? rank[a.to] < rank[b.to] : a.cost < b.cost;
    });
    arcs.erase(std::unique(arcs.begin(), arcs.end(),
                           [](const Arc& a, const Arc& b) { return a.from == b.from && a.to == b.to; }),
               arcs.end());
    std::vector<std::pair<EntityId, EntityId>> ends;
    std::vector<double> costs;
    ends.reserve(arcs.size());
    costs.reserve(arcs.size());
    for (const Arc& a : arcs) {
        ends.emplace_back(a.from, a.to);
        costs.push_back(a.cost);
    }
    return SearchGraph(boost::edges_are_sorted, ends.begin(), ends.end(), costs.begin(), g.entity_count());
}

Hop make_hop(const PartnershipGraph& g, EntityId from, EntityId to, const PathOptions& o) {
    Hop h{from, to, {}};
    const Graph& gr = g.graph();
    for (auto [it, end] = boost::out_edges(from, gr); it != end; ++it)
        if (boost::target(*it, gr) == to && followable(gr[*it], o)) h.relations.push_back(*it);
    for (auto [it, end] = boost::in_edges(from, gr); it != end; ++it)
        if (boost::source(*it, gr) == to && followable(gr[*it], o) && (o.undirected || g.symmetric(*it)))
            h.relations.push_back(*it);
    std::sort(h.relations.begin(), h.relations.end(),
              [&](RelationEdge a, RelationEdge b) { return more_significant(g, a, b); });
    return h;
}

double hop_cost(const PartnershipGraph& g, const Hop& h, const PathOptions& o) {
    return o.weight == PathWeight::hops ? 1.0 : *amount_cost(g.relation(h.relations.front()));
}

Path make_path(const PartnershipGraph& g, const std::vector<EntityId>& entities, const PathOptions& o) {
    Path p;
    for (std::size_t i = 0; i + 1 < entities.size(); ++i) {
        p.hops.push_back(make_hop(g, entities[i], entities[i + 1], o));
        p.cost += hop_cost(g, p.hops.back(), o);
    }
    return p;
}

// Depth-first enumeration of the simple paths of exactly `length` hops (iterative deepening
// gives shortest-first order; sorted adjacency gives id order within a length).
class SimplePaths {
public:
    SimplePaths(const SearchGraph& next, EntityId to, const PathOptions& o)
        : next_(next), to_(to), options_(o), on_path_(boost::num_vertices(next), false) {}

    void run(EntityId from, std::size_t length) {
        path_.assign(1, from);
        on_path_[from] = true;
        extend(length);
        on_path_[from] = false;
    }

    std::vector<std::vector<EntityId>> found;
    std::size_t more = 0;
    bool stopped = false;

private:
    void extend(std::size_t length) {
        if (stopped) return;
        if (++steps_ > options_.step_budget) {
            stopped = true;
            return;
        }
        const EntityId u = path_.back();
        for (auto [it, end] = boost::adjacent_vertices(u, next_); it != end; ++it) {
            const EntityId v = *it;
            if (on_path_[v]) continue;
            if (path_.size() == length) {  // the last hop must reach the target
                if (v == to_) record();
                continue;
            }
            if (v == to_) continue;
            path_.push_back(v);
            on_path_[v] = true;
            extend(length);
            on_path_[v] = false;
            path_.pop_back();
            if (stopped) return;
        }
    }

    void record() {
        if (found.size() >= options_.limit) {
            ++more;
            return;
        }
        found.push_back(path_);
        found.back().push_back(to_);
    }

    const SearchGraph& next_;
    EntityId to_;
    const PathOptions& options_;
    std::vector<bool> on_path_;
    std::vector<EntityId> path_;
    std::size_t steps_ = 0;
};

}  // namespace

Neighborhood neighborhood(const PartnershipGraph& g, EntityId center, PathDirection direction, int depth) {
    const Graph& gr = g.graph();
    Neighborhood n;
    n.center = center;
    n.depth_of.assign(g.entity_count(), -1);
    n.depth_of[center] = 0;
    std::vector<EntityId> ring{center};
    for (int d = 1; d <= depth && !ring.empty(); ++d) {
        std::vector<EntityId> next_ring;
        const auto reach = [&](EntityId via, EntityId w, RelationEdge e) {
            if (w == via) return;
            if (n.depth_of[w] == -1) {
                n.depth_of[w] = d;
                next_ring.push_back(w);
            }
            if (n.depth_of[w] == d) n.steps.push_back({w, via, d, e});
        };
        for (EntityId u : ring) {  // a symmetric relation is followed whatever the direction
            for (auto [it, end] = boost::out_edges(u, gr); it != end; ++it)
                if (direction != PathDirection::in || g.symmetric(*it)) reach(u, boost::target(*it, gr), *it);
            for (auto [it, end] = boost::in_edges(u, gr); it != end; ++it)
                if (direction != PathDirection::out || g.symmetric(*it)) reach(u, boost::source(*it, gr), *it);
        }
        std::sort(next_ring.begin(), next_ring.end(), [&](EntityId a, EntityId b) { return id_less(g, a, b); });
        n.entities.insert(n.entities.end(), next_ring.begin(), next_ring.end());
        ring = std::move(next_ring);
    }
    std::stable_sort(n.steps.begin(), n.steps.end(), [&](const NeighborStep& a, const NeighborStep& b) {
        if (a.depth != b.depth) return a.depth < b.depth;
        if (a.entity != b.entity) return id_less(g, a.entity, b.entity);
        if (a.via != b.via) return id_less(g, a.via, b.via);
        return g.relation(a.relation).id < g.relation(b.relation).id;
    });
    return n;
}

std::optional<double> amount_cost(const Relation& r) {
    if (!r.has_amount() || r.amount_usd <= 0) return std::nullopt;
    return 1e9 / r.amount_usd;
}

std::optional<Path> shortest_path(const PartnershipGraph& g, EntityId from, EntityId to, const PathOptions& o) {
    const SearchGraph s = search_graph(g, o);
    std::vector<EntityId> pred(g.entity_count());
    for (EntityId v = 0; v < pred.size(); ++v) pred[v] = v;
    const auto pred_map = boost::make_iterator_property_map(pred.begin(), boost::get(boost::vertex_index, s));
    if (o.weight == PathWeight::hops) {
        boost::breadth_first_search(
            s, from, boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(pred_map, boost::on_tree_edge()))));
    } else {
        std::vector<double> dist(g.entity_count());
        boost::dijkstra_shortest_paths(
            s, from,
            boost::predecessor_map(pred_map)
                .distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, s)))
                .weight_map(boost::get(boost::edge_bundle, s)));
    }
    if (from != to && pred[to] == to) return std::nullopt;
    std::vector<EntityId> entities{to};
    while (entities.back() != from) entities.push_back(pred[entities.back()]);
    std::reverse(entities.begin(), entities.end());
    return make_path(g, entities, o);
}

PathsResult all_simple_paths(const PartnershipGraph& g, EntityId from, EntityId to, const PathOptions& o) {
    const SearchGraph next = search_graph(g, o);
    SimplePaths search(next, to, o);
    for (int length = 1; length <= o.max_hops && !search.stopped && from != to; ++length)
        search.run(from, static_cast<std::size_t>(length));
    PathsResult result;
    for (const auto& entities : search.found) result.paths.push_back(make_path(g, entities, o));
    result.more = search.more;
    result.search_stopped = search.stopped;
    return result;
}

}  // namespace pactgraph
