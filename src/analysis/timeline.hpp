// The relations of a graph in date order: the deals as they happened. Pure.
#pragma once

#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

// Dated relations by start date (partial dates by their first day), then end date, then file
// order; relations without a date follow in file order when `include_undated`.
std::vector<RelationEdge> timeline(const PartnershipGraph& g, bool include_undated = true);

// The distinct years in which relations start (or, for date = ">=…", may start at the earliest) or
// end, ascending (for yearly frames). A "before" bound (date = "<2011") names no start year.
std::vector<int> relation_years(const PartnershipGraph& g);

}  // namespace pactgraph
