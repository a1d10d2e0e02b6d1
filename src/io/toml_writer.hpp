// Writes a PartnershipGraph as a graph file in the TOML format of docs/format.md, so that
// reading the text back gives the same graph (entities, relations, every field, the sources and
// the declared vocabulary). Used by `subgraph` to save the part of a graph it selects.
#pragma once

#include <string>

#include "model/graph.hpp"

namespace pactgraph {

// The whole graph as TOML text. `comment` (may be empty) becomes leading `#` lines.
std::string to_toml(const PartnershipGraph& g, const std::string& comment = {});

}  // namespace pactgraph
