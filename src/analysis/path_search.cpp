// Bidirectional breadth-first search and bidirectional Dijkstra on the analysis view, and the
// walk that picks, among the shortest paths found, the one whose entities come first by id.
//
// Why the walk can pick it from what the two searches saw: when the searches stop, every entity
// on a shortest path has an exact distance on one side at least (forward: from FROM; backward: to
// TO). The forward entities then get the length of the best walk to TO through what was seen,
// exact for those on shortest paths and longer for the others, and the walk from FROM takes at
// each step the neighbour with the least remaining length, the smallest id among ties.
#include "analysis/path_search.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>

namespace pactgraph {

namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();
// Amount costs that agree to this relative difference count as equal (ties go by id).
constexpr double kCostTolerance = 1e-12;

}  // namespace

ShortestPathSearch::ShortestPathSearch(const PartnershipGraph& g, const Projection& view)
    : ShortestPathSearch(view, [&g](EntityId v) { return std::string_view(g.entity(v).id); }) {
    if (view.n != g.entity_count()) throw std::logic_error("ShortestPathSearch needs the graph's directed view");
    g_ = &g;
}

ShortestPathSearch::ShortestPathSearch(const Projection& view, EntityIdOf entity_id)
    : g_(nullptr), view_(view), entity_id_(std::move(entity_id)) {
    if (!view.directed) throw std::logic_error("ShortestPathSearch needs a directed view");
    for (Side& s : side_) {
        s.dist.assign(view.n, kUnreached);
        s.settled.assign(view.n, 0);
    }
    to_target_.assign(view.n, kUnreached);
}

void ShortestPathSearch::reset() {
    for (Side& s : side_) {
        for (std::uint32_t v : s.touched) {
            s.dist[v] = kUnreached;
            s.settled[v] = 0;
        }
        s.touched.clear();
        s.order.clear();
    }
    for (std::uint32_t v : to_target_set_) to_target_[v] = kUnreached;
    to_target_set_.clear();
}

void ShortestPathSearch::label(int side, std::uint32_t v, double d) {
    Side& s = side_[side];
    if (s.dist[v] == kUnreached) s.touched.push_back(v);
    s.dist[v] = d;
}

// The cost of following arc `arc` of `c` under the options: 1 per hop, or under amount the
// cheapest of its relations with a disclosed amount (+inf when it has none).
double ShortestPathSearch::arc_cost(const Csr& c, std::uint32_t arc) const {
    if (options_.weight == PathWeight::hops) return 1.0;
    if (!g_) throw std::logic_error("ShortestPathSearch: costs by amount need the model");
    double best = kUnreached;
    for (std::uint32_t k = c.relation_offsets[arc]; k < c.relation_offsets[arc + 1]; ++k)
        if (const auto cost = amount_cost(g_->relation(g_->relations()[c.relations[k]])))
            best = std::min(best, *cost);
    return best;
}

// Calls visit(w, cost) for every arc the search on `side` may follow out of v: forward along
// the relations, backward against them; both ways when undirected. Self-loops are left out.
template <typename Visit>
void ShortestPathSearch::for_each_arc(int side, std::uint32_t v, Visit visit) const {
    const Csr* first = side == 0 ? &view_.out : &view_.in;
    const Csr* second = side == 0 ? &view_.in : &view_.out;
    for (const Csr* c : {first, second}) {
        for (std::uint32_t i = c->offsets[v]; i < c->offsets[v + 1]; ++i) {
            const std::uint32_t w = c->targets[i];
            if (w == v) continue;
            const double cost = arc_cost(*c, i);
            if (cost != kUnreached) visit(w, cost);
        }
        if (!options_.undirected) break;
    }
}

// Whole levels are added on the side whose frontier has fewer arcs to follow; the search stops
// at the first entity both sides have reached. Levels 0..complete_forward_ of the forward side
// are then complete, as are those the backward side labelled before its current one: every
// entity on a shortest path is among them.
bool ShortestPathSearch::breadth_first(std::uint32_t from, std::uint32_t to) {
    std::vector<std::uint32_t> frontier[2] = {{from}, {to}}, next;
    double level[2] = {0, 0};
    const auto work = [&](int k) {
        std::size_t w = 0;
        const Csr& c = k == 0 ? view_.out : view_.in;
        const Csr& d = k == 0 ? view_.in : view_.out;
        for (std::uint32_t v : frontier[k]) w += c.degree(v) + (options_.undirected ? d.degree(v) : 0);
        return w;
    };
    while (!frontier[0].empty() && !frontier[1].empty()) {
        const int k = work(0) <= work(1) ? 0 : 1;
        Side& here = side_[k];
        const Side& there = side_[1 - k];
        next.clear();
        bool met = false;
        for (std::size_t f = 0; f < frontier[k].size() && !met; ++f)
            for_each_arc(k, frontier[k][f], [&](std::uint32_t w, double) {
                if (met || here.dist[w] != kUnreached) return;
                label(k, w, level[k] + 1);
                next.push_back(w);
                met = there.dist[w] != kUnreached;
            });
        if (k == 0) complete_forward_ = static_cast<std::size_t>(level[0]) + (met ? 0 : 1);
        if (met) return true;
        level[k] += 1;
        frontier[k].swap(next);
    }
    return false;
}

// Nodes are settled on the side with the smaller queue; mu is the shortest FROM-TO walk seen
// through an arc between the two sides. The search goes on until the two queues' smallest
// distances add up to more than mu (plus the tie tolerance), so that every entity on a path of
// that cost is settled on one side at least.
bool ShortestPathSearch::dijkstra(std::uint32_t from, std::uint32_t to) {
    using Entry = std::pair<double, std::uint32_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue[2];
    queue[0].push({0.0, from});
    queue[1].push({0.0, to});
    double mu = kUnreached;
    const auto top = [&](int k) {
        while (!queue[k].empty() && side_[k].settled[queue[k].top().second]) queue[k].pop();
        return queue[k].empty() ? kUnreached : queue[k].top().first;
    };
    while (true) {
        const double top0 = top(0), top1 = top(1);
        if (top0 == kUnreached || top1 == kUnreached) break;
        if (mu != kUnreached && top0 + top1 > mu * (1 + kCostTolerance)) break;
        const int k = queue[0].size() <= queue[1].size() ? 0 : 1;
        // Named copies, not a structured binding: clang 14 (the fuzz build) cannot capture one.
        const double d = queue[k].top().first;
        const std::uint32_t v = queue[k].top().second;
        queue[k].pop();
        Side& here = side_[k];
        const Side& there = side_[1 - k];
        here.settled[v] = 1;
        here.order.push_back(v);
        for_each_arc(k, v, [&](std::uint32_t w, double cost) {
            if (d + cost < here.dist[w]) {
                label(k, w, d + cost);
                queue[k].push({d + cost, w});
            }
            if (there.dist[w] != kUnreached) mu = std::min(mu, here.dist[w] + there.dist[w]);
        });
    }
    return mu != kUnreached;
}

double ShortestPathSearch::to_target(std::uint32_t v) const {
    return std::min(side_[1].dist[v], to_target_[v]);
}

// For the forward entities, latest first: the length of the best walk to TO through entities
// whose remaining length is known (backward distances are exact, or lengths found before).
void ShortestPathSearch::distances_to_target() {
    const Side& forward = side_[0];
    const bool hops = options_.weight == PathWeight::hops;
    const std::vector<std::uint32_t>& order = hops ? forward.touched : forward.order;
    for (std::size_t i = order.size(); i-- > 0;) {
        const std::uint32_t x = order[i];
        if (hops && forward.dist[x] > static_cast<double>(complete_forward_)) continue;
        double best = side_[1].dist[x];
        for_each_arc(0, x, [&](std::uint32_t y, double cost) { best = std::min(best, cost + to_target(y)); });
        if (best == kUnreached) continue;
        to_target_[x] = best;
        to_target_set_.push_back(x);
    }
}

std::vector<EntityId> ShortestPathSearch::walk(std::uint32_t from, std::uint32_t to) const {
    const bool hops = options_.weight == PathWeight::hops;
    std::vector<EntityId> path{from};
    std::vector<Arc> steps;
    for (std::uint32_t x = from; x != to;) {
        if (path.size() > explored()) throw std::logic_error("shortest path walk does not end");
        steps.clear();
        double least = kUnreached;
        for_each_arc(0, x, [&](std::uint32_t y, double cost) {
            const double remaining = cost + to_target(y);
            if (remaining == kUnreached) return;
            steps.push_back({y, remaining});
            least = std::min(least, remaining);
        });
        if (steps.empty()) throw std::logic_error("shortest path walk is stuck");
        const double bound = hops ? least : least + least * kCostTolerance;
        std::uint32_t chosen = to;
        bool any = false;
        for (const Arc& s : steps)
            if (s.cost <= bound && (!any || entity_id_(s.to) < entity_id_(chosen))) {
                chosen = s.to;
                any = true;
            }
        path.push_back(chosen);
        x = chosen;
    }
    return path;
}

std::vector<EntityId> ShortestPathSearch::shortest_entities(EntityId from, EntityId to,
                                                            const PathOptions& options) {
    reset();
    options_ = options;
    complete_forward_ = 0;
    const auto s = static_cast<std::uint32_t>(from), t = static_cast<std::uint32_t>(to);
    if (from == to) return {from};
    label(0, s, 0.0);
    label(1, t, 0.0);
    const bool found = options.weight == PathWeight::hops ? breadth_first(s, t) : dijkstra(s, t);
    if (!found) return {};
    distances_to_target();
    return walk(s, t);
}

std::optional<Path> ShortestPathSearch::shortest(EntityId from, EntityId to, const PathOptions& options) {
    const std::vector<EntityId> entities = shortest_entities(from, to, options);
    if (entities.empty()) return std::nullopt;
    if (!g_) throw std::logic_error("ShortestPathSearch: whole paths need the model");
    return path_through(*g_, entities, options);
}

}  // namespace pactgraph
