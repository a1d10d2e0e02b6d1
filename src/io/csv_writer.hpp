// Writes a graph as a pair of CSV files (RFC 4180, comma, CRLF-free LF lines) that
// read_csv_graph() reads back: nodes (id,name,kind,roles,aliases,tags,url,note + one column per
// attribute key) and edges (source,target,type,label,amount_usd,date,end_date,status,exclusive,
// scope,note, the source_* columns + one column per attribute key). See docs/formats.md.
#pragma once

#include <string>
#include <string_view>

#include "model/graph.hpp"

namespace pactgraph {

std::string write_csv_nodes(const PartnershipGraph& g);
std::string write_csv_edges(const PartnershipGraph& g);

// Appends `field` to `out`, quoted when it holds the delimiter, a quote, a line break or
// leading/trailing spaces.
void append_csv_field(std::string& out, std::string_view field, char delimiter = ',');

// Number text for files: whole numbers without a fraction, else the shortest text that reads
// back to the same double.
std::string number_text(double v);

}  // namespace pactgraph
