// `structure` answers as text: a summary (components, density, reciprocity, the largest k-core,
// the weak points with what each cuts off) and a table of entities ranked as brokers; or, for
// programs, JSON ({"summary": …, "entities": [one object per entity]}), TSV or CSV with raw
// numbers (the summary then goes to the notes, for standard error).
#pragma once

#include <string>

#include "format/text_format.hpp"
#include "query/structure_query.hpp"

namespace pactgraph {

struct StructureText {
    std::string document;
    std::string note;  // for standard error: the summary beside a TSV/CSV table, explanations
};

// `explain`: how many of the top entities get a sentence saying what their numbers mean.
StructureText structure_text(const PartnershipGraph& g, const StructureAnswer& a, TextFormat format,
                             std::size_t explain = 0);

// "OpenAI (openai) cuts off SoftBank and NVIDIA" style lists: names joined for people.
std::string entity_names(const PartnershipGraph& g, const std::vector<EntityId>& entities,
                         std::size_t at_most = 6);

}  // namespace pactgraph
