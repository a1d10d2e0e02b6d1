#include "query/subgraph.hpp"

#include "model/graph.hpp"

namespace pactgraph {

namespace {

PartnershipGraph ego_graph(const PartnershipGraph& g, const SubgraphSpec& s) {
    const Neighborhood n = neighborhood(g, resolve_entity(g, *s.ego), s.direction, s.depth);
    return filtered(g, [&](EntityId v) { return n.depth_of[v] >= 0; }, [](RelationEdge) { return true; });
}

PartnershipGraph path_graph(const PartnershipGraph& g, const SubgraphSpec& s) {
    const EntityId from = resolve_entity(g, s.path->first), to = resolve_entity(g, s.path->second);
    PathsResult r;
    if (s.all_paths) r = all_simple_paths(g, from, to, s.path_options);
    else if (auto p = shortest_path(g, from, to, s.path_options)) r.paths.push_back(*p);
    std::vector<bool> entities(g.entity_count(), false), relations(g.relation_count(), false);
    for (const Path& p : r.paths)
        for (const Hop& h : p.hops) {
            entities[h.from] = entities[h.to] = true;
            for (RelationEdge e : h.relations) relations[g.relation(e).id] = true;
        }
    if (from == to) entities[from] = true;
    return filtered_by_masks(g, entities, relations);
}

}  // namespace

PartnershipGraph matched_subgraph(const PartnershipGraph& g, const MatchResult& r) {
    std::vector<bool> entities(g.entity_count(), false), relations(g.relation_count(), false);
    for (const Match& m : r.matches) {
        for (EntityId v : m.nodes) entities[v] = true;
        for (RelationEdge e : m.edges) relations[g.relation(e).id] = true;
    }
    return filtered_by_masks(g, entities, relations);
}

PartnershipGraph select_subgraph(const PartnershipGraph& g, const SubgraphSpec& s) {
    if (s.ego) return ego_graph(g, s);
    if (s.path) return path_graph(g, s);
    return g;
}

}  // namespace pactgraph
