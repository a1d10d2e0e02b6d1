#include "analysis/time_slice.hpp"

#include "analysis/timeline.hpp"

namespace pactgraph {

bool in_force_on(const Relation& r, const PartialDate& day) {
    const bool started = r.date.empty() || r.date <= day;
    const bool not_ended = r.end_date.empty() || r.end_date >= day;
    return started && not_ended;
}

void keep_entities_in_force(const PartnershipGraph& g, const std::vector<bool>& kept_relations,
                            std::vector<bool>& keep) {
    std::vector<bool> touched(g.entity_count(), false), dated(g.entity_count(), false);
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        for (EntityId v : {g.source(e), g.target(e)}) {
            if (kept_relations[r.id]) touched[v] = true;
            if (!r.date.empty() || !r.end_date.empty()) dated[v] = true;
        }
    }
    for (EntityId v = 0; v < g.entity_count(); ++v) keep[v] = keep[v] && (touched[v] || !dated[v]);
}

PartnershipGraph as_of(const PartnershipGraph& g, const PartialDate& day) {
    std::vector<bool> keep_relation(g.relation_count()), keep_entity(g.entity_count(), true);
    for (RelationEdge e : g.relations()) keep_relation[g.relation(e).id] = in_force_on(g.relation(e), day);
    keep_entities_in_force(g, keep_relation, keep_entity);
    return filtered_by_masks(g, keep_entity, keep_relation);
}

std::vector<Frame> yearly_frames(const PartnershipGraph& g) {
    const std::vector<int> years = relation_years(g);
    std::vector<Frame> frames;
    if (years.empty()) return frames;
    for (int y = years.front(); y <= years.back(); ++y) {
        const PartialDate last_day = *PartialDate::from_parts(y, 12, 31);
        frames.push_back({y, last_day, as_of(g, last_day)});
        frames.back().graph.info().as_of = last_day;  // the subtitle says which day it shows
    }
    return frames;
}

}  // namespace pactgraph
