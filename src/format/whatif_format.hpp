// `whatif` answers as text for people and JSON for programs: the changes, what they removed,
// the conflicts that go or come, the entities that lose reach to the tracked kind, the
// components that split, and the largest PageRank moves.
#pragma once

#include <string>
#include <vector>

#include "analysis/whatif.hpp"

namespace pactgraph {

std::string whatif_text(const PartnershipGraph& before, const std::vector<WhatIfChange>& changes,
                        const WhatIfResult& r, const WhatIfOptions& options);
std::string whatif_json(const PartnershipGraph& before, const std::vector<WhatIfChange>& changes,
                        const WhatIfResult& r, const WhatIfOptions& options);

// Every relation's derived id with its wording, one a line ("microsoft-invests_in-openai
// Microsoft → OpenAI: invests in, $1B, 2019, closed"), to pick one for `--end`.
std::string relation_id_list(const PartnershipGraph& g);

}  // namespace pactgraph
