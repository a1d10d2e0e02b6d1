// Stats as text for people and as JSON for programs.
#pragma once

#include <string>

#include "analysis/stats.hpp"

namespace pactgraph {

std::string stats_text(const PartnershipGraph& g, const GraphStats& s);
std::string stats_json(const PartnershipGraph& g, const GraphStats& s);

}  // namespace pactgraph
