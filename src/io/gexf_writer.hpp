// GEXF 1.2 for Gephi: kinds, types, statuses and amounts as typed attributes, and each
// relation's dates as Gephi's `start`/`end` (YYYY-MM-DD, mode="dynamic", timeformat="date"), so
// Gephi's timeline plays the deals in order. Write only; see docs/formats.md.
#pragma once

#include <string>

#include "model/graph.hpp"

namespace pactgraph {

std::string write_gexf(const PartnershipGraph& g);

}  // namespace pactgraph
