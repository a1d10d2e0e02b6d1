// Stable relation ids, derived from the file so that `whatif --end RELATION` can name a deal:
// "from-type-to" (entity ids and the type name, e.g. "microsoft-invests_in-openai"), and for
// the second, third … relation deriving the same text, in file order, "#2", "#3" …
// ("microsoft-invests_in-openai#2"). The text of the others does not change when a relation is
// added after them in the file. A relation with its own `id = "…"` in the file has that id; a
// derived id never takes a text the file gives to another relation (it moves on to the next "#n").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

// Indexed by RelationId (file order); all distinct.
std::vector<std::string> relation_ids(const PartnershipGraph& g);

// The relation with that derived id (exact, case-insensitive), if any.
std::optional<RelationEdge> find_relation(const PartnershipGraph& g, std::string_view id);

}  // namespace pactgraph
