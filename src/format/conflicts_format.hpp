// Conflicts as text that explains each finding, and as JSON for programs.
#pragma once

#include <string>

#include "analysis/conflicts.hpp"

namespace pactgraph {

std::string conflicts_text(const PartnershipGraph& g, const ConflictReport& report);
std::string conflicts_json(const PartnershipGraph& g, const ConflictReport& report);
// "1 conflict: 0 direct, 0 through a link, 1 through a claimed link"
std::string conflicts_summary(const ConflictReport& report);
// One sentence for a picture's description: "Exclusivity conflicts (1): Microsoft Azure vs Amazon
// Web Services over OpenAI stateless APIs (overlap through a claimed link)." or "No exclusivity
// conflicts (2 exclusive relations checked)."
std::string conflicts_sentence(const PartnershipGraph& g, const ConflictReport& report);
// One sentence: why the two relations collide.
std::string conflict_explanation(const PartnershipGraph& g, const Conflict& c);
// "a -[part_of]-> b -[part_of]-> a"
std::string cycle_text(const PartnershipGraph& g, const LinkCycle& cycle);

}  // namespace pactgraph
