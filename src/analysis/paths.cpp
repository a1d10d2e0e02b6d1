#include "analysis/paths.hpp"

#include <algorithm>
#include <unordered_map>

#include "analysis/path_search.hpp"

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

// The entities a search may step to from each entity, distinct, without the entity itself, in
// id order; computed on first use and kept, so repeated visits cost nothing.
class SortedSteps {
public:
    SortedSteps(const PartnershipGraph& g, const Projection& view, const PathOptions& o)
        : g_(g), view_(view), options_(o) {}

    const std::vector<EntityId>& from(EntityId u) {
        auto [it, fresh] = cache_.try_emplace(u);
        if (fresh) it->second = compute(static_cast<std::uint32_t>(u));
        return it->second;
    }

private:
    bool usable(const Csr& c, std::uint32_t arc) const {
        if (options_.weight == PathWeight::hops) return true;
        for (std::uint32_t k = c.relation_offsets[arc]; k < c.relation_offsets[arc + 1]; ++k)
            if (followable(g_.relation(g_.relations()[c.relations[k]]), options_)) return true;
        return false;
    }

    std::vector<EntityId> compute(std::uint32_t u) const {
        std::vector<EntityId> out;
        for (const Csr* c : {&view_.out, &view_.in}) {
            for (std::uint32_t i = c->offsets[u]; i < c->offsets[u + 1]; ++i)
                if (c->targets[i] != u && usable(*c, i)) out.push_back(c->targets[i]);
            if (!options_.undirected) break;
        }
        std::sort(out.begin(), out.end(), [&](EntityId a, EntityId b) { return id_less(g_, a, b); });
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    const PartnershipGraph& g_;
    const Projection& view_;
    const PathOptions& options_;
    std::unordered_map<EntityId, std::vector<EntityId>> cache_;
};

// Depth-first enumeration of the simple paths of exactly `length` hops (iterative deepening
// gives shortest-first order; neighbours in id order give id order within a length).
class SimplePaths {
public:
    SimplePaths(SortedSteps& steps, std::size_t n, EntityId to, const PathOptions& o)
        : steps_(steps), to_(to), options_(o), on_path_(n, false) {}

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
        if (++steps_taken_ > options_.step_budget) {
            stopped = true;
            return;
        }
        const EntityId u = path_.back();
        for (const EntityId v : steps_.from(u)) {
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

    SortedSteps& steps_;
    EntityId to_;
    const PathOptions& options_;
    std::vector<bool> on_path_;
    std::vector<EntityId> path_;
    std::size_t steps_taken_ = 0;
};

}  // namespace

Projection path_view(const PartnershipGraph& g) { return project(g, false, false); }

Neighborhood neighborhood(const PartnershipGraph& g, const Projection& view, EntityId center,
                          PathDirection direction, int depth) {
    Neighborhood n;
    n.center = center;
    n.depth_of.assign(g.entity_count(), -1);
    n.depth_of[center] = 0;
    std::vector<EntityId> ring{center};
    for (int d = 1; d <= depth && !ring.empty(); ++d) {
        std::vector<EntityId> next_ring;
        // Every relation of arc `i` of `c`, out of `via`; `skip_symmetric` leaves out those the
        // other direction's arcs list too.
        const auto reach = [&](EntityId via, const Csr& c, std::uint32_t i, bool skip_symmetric) {
            const EntityId w = c.targets[i];
            if (w == via) return;
            for (std::uint32_t k = c.relation_offsets[i]; k < c.relation_offsets[i + 1]; ++k) {
                const RelationEdge e = g.relations()[c.relations[k]];
                if (skip_symmetric && g.symmetric(e)) continue;
                if (n.depth_of[w] == -1) {
                    n.depth_of[w] = d;
                    next_ring.push_back(w);
                }
                if (n.depth_of[w] == d) n.steps.push_back({w, via, d, e});
            }
        };
        // Out-arcs list the relations out of u and the symmetric ones into it; in-arcs the
        // relations into u and the symmetric ones out of it.
        for (EntityId u : ring) {
            if (direction != PathDirection::in)
                for (std::uint32_t i = view.out.offsets[u]; i < view.out.offsets[u + 1]; ++i)
                    reach(u, view.out, i, false);
            if (direction != PathDirection::out)
                for (std::uint32_t i = view.in.offsets[u]; i < view.in.offsets[u + 1]; ++i)
                    reach(u, view.in, i, direction == PathDirection::both);
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

Neighborhood neighborhood(const PartnershipGraph& g, EntityId center, PathDirection direction, int depth) {
    return neighborhood(g, path_view(g), center, direction, depth);
}

std::optional<double> amount_cost(const Relation& r) {
    if (!r.has_amount() || r.amount_usd <= 0) return std::nullopt;
    return 1e9 / r.amount_usd;
}

Path path_through(const PartnershipGraph& g, const std::vector<EntityId>& entities, const PathOptions& o) {
    Path p;
    for (std::size_t i = 0; i + 1 < entities.size(); ++i) {
        p.hops.push_back(make_hop(g, entities[i], entities[i + 1], o));
        p.cost += hop_cost(g, p.hops.back(), o);
    }
    return p;
}

std::optional<Path> shortest_path(const PartnershipGraph& g, const Projection& view, EntityId from,
                                  EntityId to, const PathOptions& o) {
    return ShortestPathSearch(g, view).shortest(from, to, o);
}

std::optional<Path> shortest_path(const PartnershipGraph& g, EntityId from, EntityId to, const PathOptions& o) {
    return shortest_path(g, path_view(g), from, to, o);
}

PathsResult all_simple_paths(const PartnershipGraph& g, const Projection& view, EntityId from,
                             EntityId to, const PathOptions& o) {
    SortedSteps steps(g, view, o);
    SimplePaths search(steps, g.entity_count(), to, o);
    for (int length = 1; length <= o.max_hops && !search.stopped && from != to; ++length)
        search.run(from, static_cast<std::size_t>(length));
    PathsResult result;
    for (const auto& entities : search.found) result.paths.push_back(path_through(g, entities, o));
    result.more = search.more;
    result.search_stopped = search.stopped;
    return result;
}

PathsResult all_simple_paths(const PartnershipGraph& g, EntityId from, EntityId to, const PathOptions& o) {
    return all_simple_paths(g, path_view(g), from, to, o);
}

}  // namespace pactgraph
