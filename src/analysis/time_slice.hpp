// The graph as of a date, in one place for every time view (--as-of, diff --from/--to, yearly
// frames). A relation is in force on DATE when it started by DATE (date <= DATE) and had not
// ended before it (no end_date, or end_date >= DATE); a relation without a date has no known
// start and counts as in force. Partial dates compare by their first day ("2023" is
// 2023-01-01). An entity is kept when a relation of it is in force, or when none of its
// relations carries a date (or it has none).
#pragma once

#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

bool in_force_on(const Relation& r, const PartialDate& day);

// Narrows `keep_entity` to the entities the rule above keeps, given the relations kept.
void keep_entities_in_force(const PartnershipGraph& g, const std::vector<bool>& kept_relations,
                            std::vector<bool>& keep_entity);

// The graph as of `day` (its info() is the file's, unchanged).
PartnershipGraph as_of(const PartnershipGraph& g, const PartialDate& day);

struct Frame {
    int year = 0;
    PartialDate as_of;  // the last day of the year
    PartnershipGraph graph;
};
// One frame per year from the first to the last year any relation starts or ends: the graph as
// of 31 December of that year.
std::vector<Frame> yearly_frames(const PartnershipGraph& g);

}  // namespace pactgraph
