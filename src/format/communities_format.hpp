// `communities` answers as text: each community with its members, the relations between
// communities and the modularity reached; JSON ({"modularity", "communities": [[id, …], …],
// "links"}); or one row per entity (TSV, CSV) for programs.
#pragma once

#include <string>

#include "analysis/communities.hpp"
#include "format/text_format.hpp"

namespace pactgraph {

// `settings`: what was computed ("resolution 1, seed 0, weighted by count"), for the heading.
std::string communities_text(const PartnershipGraph& g, const CommunityResult& r, TextFormat format,
                             const std::string& settings);

}  // namespace pactgraph
