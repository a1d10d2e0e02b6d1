// The filters every command shares (--as-of, --where, --types, --kinds), as one value that
// selects part of a graph. Semantics (documented in docs/queries.md):
//
//   --kinds K,…   keeps the entities of those kinds and the relations between them
//                 (vertex-induced).
//   --types T,…   keeps the relations of those types and the entities at their ends
//                 (edge-induced: an entity with no relation of those types is dropped).
//   --where EXPR  keeps the relations that satisfy EXPR and the entities at their ends
//                 (edge-induced, like --types).
//   --as-of DATE  keeps the relations in force on DATE: started by DATE (date <= DATE) and not
//                 ended before it (no end_date, or end_date >= DATE); a relation without a date
//                 has no known start and is kept. Partial dates compare by their first day
//                 ("2023" is 2023-01-01). Keeps the entities that then had a relation, and
//                 those none of whose relations carry a date (or that have no relations).
//
// All given filters apply together (a relation must pass each one).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

struct GraphFilter {
    std::optional<PartialDate> as_of;
    std::optional<std::string> where;
    std::vector<std::string> types;
    std::vector<std::string> kinds;

    bool empty() const { return !as_of && !where && types.empty() && kinds.empty(); }
};

// Parses an --as-of value; throws UsageError naming the expected forms.
PartialDate parse_as_of(const std::string& text);

// True when `r` was in force on `day` (see above).
bool in_force_on(const Relation& r, const PartialDate& day);

// The part of `g` the filter keeps. Throws UsageError for an unknown type or kind (with "did
// you mean") and InputError for a bad --where expression.
PartnershipGraph apply_filter(const PartnershipGraph& g, const GraphFilter& filter);

}  // namespace pactgraph
