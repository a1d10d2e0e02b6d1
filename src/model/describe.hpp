// How pactgraph words a relation, an entity and a source, in one place for every output: tables,
// reports, tooltips. Two registers, each used everywhere it fits:
//   by id   "azure -[exclusive_cloud_for]-> openai-api (signed, 2019, exclusive)": text that
//           programs and people read side by side with the file (tables, reports, errors);
//   by name "Microsoft Azure → OpenAI API: exclusive cloud for, 2019, signed": pictures, where
//           the file's ids mean nothing to the reader.
#pragma once

#include <string>
#include <string_view>

#include "model/graph.hpp"

namespace pactgraph {

// "azure -[exclusive_cloud_for]-> openai-api"
std::string relation_arrow(const PartnershipGraph& g, RelationEdge e);
// "signed, 2026, $50B, exclusive": the facts that are present, in that order.
std::string relation_facts(const PartnershipGraph& g, RelationEdge e);
// "Microsoft → OpenAI: invests in, $1B, 2019, closed" (names, words, for pictures).
std::string relation_sentence(const PartnershipGraph& g, RelationEdge e);
// A relation type as words: "exclusive_cloud_for" -> "exclusive cloud for".
std::string type_words(std::string_view type_name);

// A display name with its id: "Microsoft Azure (azure)"; just the id when they are the same.
std::string entity_label(const PartnershipGraph& g, EntityId v);

// Where a claim comes from, URL first (text, reports: the URL is what one follows):
// "https://… (Publisher, 2025-09-11; confirmed)" or "citation (…)".
std::string source_text(const Source& s);
// The same facts for a tooltip, URL last and only when it is a safe http(s) link:
// "Citation; Publisher; 2025-09-11; confirmed; https://…".
std::string source_tooltip(const Source& s);

}  // namespace pactgraph
