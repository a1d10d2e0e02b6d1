// `structure`: the shape measures (analysis/structure.hpp) and the weak points
// (analysis/weak_points.hpp) of one graph, with its entities ranked for a table. The answer is
// data; format/structure_format.hpp writes it.
//
// The ranking puts brokers first: the largest effective size (Burt's non-redundant contacts),
// then the lowest constraint, then file order; entities without a value (no neighbour but
// themselves) come last.
#pragma once

#include <vector>

#include "analysis/structure.hpp"
#include "analysis/weak_points.hpp"

namespace pactgraph {

struct StructureRequest {
    bool weighted = false;  // constraint and effective size weighed by disclosed amounts
    std::size_t top = 0;    // 0: every entity
};

struct StructureAnswer {
    StructureResult measures;
    WeakPoints weak_points;
    std::vector<EntityId> rows;  // ranked, cut to `top`
    std::size_t pairs = 0;       // distinct directed pairs of the projection (a symmetric relation: both ways)
    std::size_t max_core = 0;
    bool weighted = false;
};

StructureAnswer answer_structure(const PartnershipGraph& g, const StructureRequest& request);

// The ranking order of `answer_structure`, for any set of measures.
std::vector<EntityId> rank_brokers(const StructureResult& s);

}  // namespace pactgraph
