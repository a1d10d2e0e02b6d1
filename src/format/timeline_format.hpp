// The timeline as a table (text, Markdown, TSV, CSV) and as JSON.
#pragma once

#include <string>
#include <vector>

#include "model/graph.hpp"
#include "format/table.hpp"
#include "format/text_format.hpp"

namespace pactgraph {

// Columns: date, end, from, type, to, amount, status, label (undated rows show "undated").
Table timeline_table(const PartnershipGraph& g, const std::vector<RelationEdge>& rows);
std::string timeline_json(const PartnershipGraph& g, const std::vector<RelationEdge>& rows);
std::string format_timeline(const PartnershipGraph& g, const std::vector<RelationEdge>& rows,
                            TextFormat format);

}  // namespace pactgraph
