// How insights commands (conflicts, timeline, diff, report) name relations and their sources, in
// text and JSON, so every command says "azure -[exclusive_cloud_for]-> openai-api" the same way.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "model/graph.hpp"

namespace pactgraph {

// "azure -[exclusive_cloud_for]-> openai-api"
std::string relation_arrow(const PartnershipGraph& g, RelationEdge e);
// "signed, 2026, $50B, exclusive" — the facts that are present, in that order.
std::string relation_facts(const PartnershipGraph& g, RelationEdge e);
// "https://… (Publisher, 2025-09-11; confirmed)" or "citation (…)".
std::string source_text(const Source& s);
// A display name with its id: "Microsoft Azure (azure)"; just the id when they are the same.
std::string entity_label(const PartnershipGraph& g, EntityId v);

nlohmann::ordered_json source_json(const Source& s);
// from, to, type, status, exclusive, scope, date, end_date, amount_usd, label, sources, line.
nlohmann::ordered_json relation_json(const PartnershipGraph& g, RelationEdge e);

}  // namespace pactgraph
