#include "analysis/whatif.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <set>
#include <tuple>
#include <utility>

#include "analysis/centrality.hpp"
#include "analysis/structure.hpp"

namespace pactgraph {

namespace {

// Marks `v` and, with `owned`, what it owns through `owns` relations, transitively.
void mark_with_owned(const PartnershipGraph& g, EntityId v, bool owned, std::vector<bool>& marked) {
    const auto owns = g.vocabulary().find_type("owns");
    std::vector<EntityId> stack{v};
    while (!stack.empty()) {
        const EntityId x = stack.back();
        stack.pop_back();
        if (marked[x]) continue;
        marked[x] = true;
        if (!owned || !owns) continue;
        for (auto e : boost::make_iterator_range(boost::out_edges(x, g.graph())))
            if (g.relation(e).type == *owns) stack.push_back(g.target(e));
    }
}

// Applies the changes: fills the masks and the voided relations of `r`, builds `r.after`.
void apply(const PartnershipGraph& g, const std::vector<WhatIfChange>& changes,
           const WhatIfOptions& o, WhatIfResult& r) {
    std::vector<bool> removed(g.entity_count(), false), holders(g.entity_count(), false),
        ended(g.relation_count(), false), voided(g.relation_count(), false);
    for (const WhatIfChange& c : changes) {
        switch (c.kind) {
            case WhatIfChange::Kind::remove_entity: mark_with_owned(g, c.entity, o.with_owned, removed); break;
            case WhatIfChange::Kind::end_relation: ended.at(c.relation) = true; break;
            case WhatIfChange::Kind::void_exclusivity: mark_with_owned(g, c.entity, o.with_owned, holders); break;
        }
    }
    for (RelationEdge e : g.relations())
        voided[g.relation(e).id] = holders[g.source(e)] && g.relation(e).exclusive;
    std::vector<bool> keep_entity(g.entity_count()), keep_relation(g.relation_count());
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        keep_entity[v] = !removed[v];
        if (removed[v]) r.removed_entities.push_back(v);
        else r.entity_before.push_back(v);
    }
    for (RelationEdge e : g.relations()) {
        const RelationId id = g.relation(e).id;
        keep_relation[id] = !ended[id] && !removed[g.source(e)] && !removed[g.target(e)];
        if (keep_relation[id]) r.relation_before.push_back(id);
        else r.removed_relations.push_back(id);
    }
    r.after = filtered_by_masks(g, keep_entity, keep_relation);
    for (RelationId after_id = 0; after_id < r.relation_before.size(); ++after_id)
        if (voided[r.relation_before[after_id]]) {
            r.after.set_exclusive(r.after.relations()[after_id], false);
            r.voided_exclusivities.push_back(r.relation_before[after_id]);
        }
}

using ConflictKey = std::pair<RelationId, RelationId>;

ConflictKey key_of(const PartnershipGraph& g, const Conflict& c, const std::vector<RelationId>* map) {
    RelationId a = g.relation(c.first).id, b = g.relation(c.second).id;
    if (map) a = (*map)[a], b = (*map)[b];
    return {a, b};
}

void compare_conflicts(const PartnershipGraph& g, const WhatIfOptions& o, WhatIfResult& r) {
    const ConflictReport before = find_conflicts(g, o.conflicts);
    const ConflictReport after = find_conflicts(r.after, o.conflicts);
    std::set<ConflictKey> before_keys, after_keys;
    for (const Conflict& c : before.conflicts) before_keys.insert(key_of(g, c, nullptr));
    for (const Conflict& c : after.conflicts) after_keys.insert(key_of(r.after, c, &r.relation_before));
    for (const Conflict& c : before.conflicts)
        if (!after_keys.count(key_of(g, c, nullptr))) r.conflicts_gone.push_back(c);
    for (const Conflict& c : after.conflicts)
        if (!before_keys.count(key_of(r.after, c, &r.relation_before)))
            r.conflicts_appeared.push_back(c);
}

// For each entity, a nearest entity of `kind` that reaches it along relations (itself for an
// entity of that kind), or kNoEntity: a breadth-first search from all of them at once, seeded
// in file order.
std::vector<EntityId> reached_by(const PartnershipGraph& g, KindId kind) {
    std::vector<EntityId> by(g.entity_count(), kNoEntity);
    std::deque<EntityId> queue;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        if (g.entity(v).kind == kind) {
            by[v] = v;
            queue.push_back(v);
        }
    while (!queue.empty()) {
        const EntityId x = queue.front();
        queue.pop_front();
        for (auto e : boost::make_iterator_range(boost::out_edges(x, g.graph())))
            if (by[g.target(e)] == kNoEntity) {
                by[g.target(e)] = by[x];
                queue.push_back(g.target(e));
            }
    }
    return by;
}

// The entities of `kind` related to v either way (sorted, each once), in `g`'s ids.
std::vector<EntityId> direct_of_kind(const PartnershipGraph& g, EntityId v, KindId kind) {
    std::vector<EntityId> out;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g.graph())))
        if (g.entity(g.target(e)).kind == kind) out.push_back(g.target(e));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g.graph())))
        if (g.entity(g.source(e)).kind == kind) out.push_back(g.source(e));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void compare_kind_reach(const PartnershipGraph& g, const WhatIfOptions& o, WhatIfResult& r) {
    const auto kind = g.vocabulary().find_kind(o.kind);
    if (!kind) return;
    const std::vector<EntityId> before = reached_by(g, *kind), after = reached_by(r.after, *kind);
    for (EntityId a = 0; a < r.entity_before.size(); ++a) {
        const EntityId v = r.entity_before[a];
        if (g.entity(v).kind == *kind) continue;
        KindLoss loss{v, {}, before[v] != kNoEntity,
                      after[a] == kNoEntity ? kNoEntity : r.entity_before[after[a]]};
        std::vector<EntityId> now;
        for (EntityId x : direct_of_kind(r.after, a, *kind)) now.push_back(r.entity_before[x]);
        for (EntityId x : direct_of_kind(g, v, *kind))
            if (!std::binary_search(now.begin(), now.end(), x)) loss.lost_direct.push_back(x);
        if (!loss.lost_direct.empty() || loss.lost_all()) r.kind_losses.push_back(std::move(loss));
    }
}

void compare_components(const PartnershipGraph& g, WhatIfResult& r) {
    const Components before = weak_components(g), after = weak_components(r.after);
    // (component before, component after, entity): after-components are numbered by their
    // first entity, so sorting keeps the parts in file order.
    std::vector<std::tuple<std::uint32_t, std::uint32_t, EntityId>> rows;
    for (EntityId a = 0; a < r.entity_before.size(); ++a)
        rows.emplace_back(before.of[r.entity_before[a]], after.of[a], r.entity_before[a]);
    std::sort(rows.begin(), rows.end());
    for (std::size_t i = 0; i < rows.size();) {
        ComponentSplit split{std::get<0>(rows[i]), {}};
        for (; i < rows.size() && std::get<0>(rows[i]) == split.component; ++i) {
            if (split.parts.empty() || std::get<1>(rows[i - 1]) != std::get<1>(rows[i]))
                split.parts.emplace_back();
            split.parts.back().push_back(std::get<2>(rows[i]));
        }
        if (split.parts.size() < 2) continue;
        std::stable_sort(split.parts.begin(), split.parts.end(),
                         [](const auto& x, const auto& y) { return x.size() > y.size(); });
        r.splits.push_back(std::move(split));
    }
}

std::vector<double> pagerank_of(const PartnershipGraph& g) {
    if (g.entity_count() == 0) return {};
    return pagerank(project(g, false, false), 0.85, 1e-6, 100);
}

void compare_pagerank(const PartnershipGraph& g, const WhatIfOptions& o, WhatIfResult& r) {
    const std::vector<double> before = pagerank_of(g), after = pagerank_of(r.after);
    std::vector<CentralityMove> moves;
    for (EntityId a = 0; a < r.entity_before.size(); ++a)
        moves.push_back({r.entity_before[a], before[r.entity_before[a]], after[a]});
    std::stable_sort(moves.begin(), moves.end(), [](const auto& x, const auto& y) {
        return std::abs(x.after - x.before) > std::abs(y.after - y.before);
    });
    if (moves.size() > o.top_moves) moves.resize(o.top_moves);
    r.pagerank_moves = std::move(moves);
}

}  // namespace

WhatIfResult what_if(const PartnershipGraph& g, const std::vector<WhatIfChange>& changes,
                     const WhatIfOptions& o) {
    WhatIfResult r;
    apply(g, changes, o, r);
    compare_conflicts(g, o, r);
    compare_kind_reach(g, o, r);
    compare_components(g, r);
    compare_pagerank(g, o, r);
    return r;
}

}  // namespace pactgraph
