// The data a styled DOT carries besides its styling, so that pactgraph's own `-T dot` reads back
// with every field (io/dot_reader.cpp maps them back): `pactgraph_*` attributes, which Graphviz
// keeps but never draws or writes into SVG. The graph gets pactgraph_data="1" so the reader
// knows to take these and ignore the styling. See docs/formats.md.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

using DotData = std::vector<std::pair<std::string, std::string>>;

// The marker and the title, description and as_of of the graph.
DotData graph_dot_data(const PartnershipGraph& g);
// kind, roles/aliases/tags (one per line), url, note, attributes ("pactgraph_attr_" + key).
DotData entity_dot_data(const PartnershipGraph& g, EntityId v);
// type, label, amount_usd, date, end_date, status, exclusive, scope, note, sources
// (pactgraph_sourceN_url … with N from 1), attributes; pactgraph_reversed when the statement
// is written head -> tail (see dot_writer.cpp).
DotData relation_dot_data(const PartnershipGraph& g, RelationEdge e, bool reversed);

}  // namespace pactgraph
