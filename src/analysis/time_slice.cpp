#include "analysis/time_slice.hpp"

#include "analysis/timeline.hpp"

namespace pactgraph {

namespace {

InForce started_by(const Relation& r, const PartialDate& day) {
    if (r.date.empty()) return InForce::unknown;
    switch (r.date_bound) {
        case DateBound::on_or_after: return day < r.date ? InForce::no : InForce::unknown;
        case DateBound::before: return day >= r.date ? InForce::yes : InForce::unknown;
        default: return r.date <= day ? InForce::yes : InForce::no;
    }
}

bool has_any_date(const Relation& r) { return !r.date.empty() || !r.end_date.empty(); }

}  // namespace

InForce in_force_state(const Relation& r, const PartialDate& day) {
    if (!r.end_date.empty() && r.end_date < day) return InForce::no;
    return started_by(r, day);
}

bool in_force_on(const Relation& r, const PartialDate& day, UndatedPolicy policy) {
    const InForce s = in_force_state(r, day);
    return s == InForce::yes || (s == InForce::unknown && policy == UndatedPolicy::include);
}

std::size_t count_unknown_on(const PartnershipGraph& g, const PartialDate& day) {
    std::size_t n = 0;
    for (RelationEdge e : g.relations()) n += in_force_state(g.relation(e), day) == InForce::unknown;
    return n;
}

void keep_entities_in_force(const PartnershipGraph& g, const std::vector<bool>& kept_relations,
                            std::vector<bool>& keep) {
    std::vector<bool> touched(g.entity_count(), false), dated(g.entity_count(), false);
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        for (EntityId v : {g.source(e), g.target(e)}) {
            if (kept_relations[r.id]) touched[v] = true;
            if (has_any_date(r)) dated[v] = true;
        }
    }
    for (EntityId v = 0; v < g.entity_count(); ++v) keep[v] = keep[v] && (touched[v] || !dated[v]);
}

PartnershipGraph as_of(const PartnershipGraph& g, const PartialDate& day, UndatedPolicy policy) {
    std::vector<bool> keep_relation(g.relation_count()), keep_entity(g.entity_count(), true);
    for (RelationEdge e : g.relations())
        keep_relation[g.relation(e).id] = in_force_on(g.relation(e), day, policy);
    keep_entities_in_force(g, keep_relation, keep_entity);
    PartnershipGraph out = filtered_by_masks(g, keep_entity, keep_relation);
    out.info().as_of = day;
    return out;
}

std::vector<Frame> yearly_frames(const PartnershipGraph& g, UndatedPolicy policy) {
    const std::vector<int> years = relation_years(g);
    std::vector<Frame> frames;
    if (years.empty()) return frames;
    for (int y = years.front(); y <= years.back(); ++y) {
        const PartialDate last_day = *PartialDate::from_parts(y, 12, 31);
        frames.push_back({y, last_day, as_of(g, last_day, policy), count_unknown_on(g, last_day)});
    }
    return frames;
}

}  // namespace pactgraph
