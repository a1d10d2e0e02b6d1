// The JSON objects for a relation and a source, shared by every command's JSON output, so a
// relation has one schema everywhere (docs/queries.md, docs/insights.md).
#pragma once

#include <nlohmann/json.hpp>

#include "model/graph.hpp"

namespace pactgraph {

nlohmann::ordered_json source_json(const Source& s);
// from, to, type, status, exclusive, scope, date, date_bound (only for a bound), end_date, amount_usd, label, sources, line.
nlohmann::ordered_json relation_json(const PartnershipGraph& g, RelationEdge e);

}  // namespace pactgraph
