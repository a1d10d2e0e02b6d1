// Writes a graph as a pair of CSV files (RFC 4180, comma, CRLF-free LF lines) that
// read_csv_graph() reads back: nodes (id,name,kind,roles,aliases,tags,url,note + one column per
// attribute key) and edges (source,target,type,label,amount_usd,date,end_date,status,exclusive,
// scope,note, the source_* columns + one column per attribute key). See docs/formats.md.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "model/graph.hpp"

namespace pactgraph {

std::string write_csv_nodes(const PartnershipGraph& g);
std::string write_csv_edges(const PartnershipGraph& g);

// The same files for tools beyond one machine (the CSV reader reads them back too):
// Neo4j's `neo4j-admin database import` (id:ID, :LABEL from the kind, typed properties;
// :START_ID, :END_ID, :TYPE) and GraphFrames/Spark (id; src, dst, relationship).
std::string write_neo4j_nodes(const PartnershipGraph& g);
std::string write_neo4j_relationships(const PartnershipGraph& g);
std::string write_graphframes_vertices(const PartnershipGraph& g);
std::string write_graphframes_edges(const PartnershipGraph& g);

// Appends `field` to `out`, quoted when it holds the delimiter, a quote, a line break or
// leading/trailing spaces.
void append_csv_field(std::string& out, std::string_view field, char delimiter = ',');

// A relation's sources as five text columns (CSV columns, GraphML keys): line i of each column
// is source i. ImportBuilder::sources() reads them back.
inline constexpr std::array<std::string_view, 5> kSourceColumns = {
    "source_url", "source_citation", "source_publisher", "source_date", "source_confidence"};
std::array<std::string, 5> source_columns(const std::vector<Source>& sources);

// Number text for files: whole numbers without a fraction, else the shortest text that reads
// back to the same double.
std::string number_text(double v);

}  // namespace pactgraph
