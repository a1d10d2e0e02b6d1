// A graph diff as text for people and JSON for programs.
#pragma once

#include <string>

#include "analysis/diff.hpp"

namespace pactgraph {

// The two sides being compared, for headings ("2020" and "2024", or two file names).
struct DiffSides {
    const PartnershipGraph& before;
    const PartnershipGraph& after;
    std::string before_name;
    std::string after_name;
};

std::string diff_text(const DiffSides& sides, const GraphDiff& d);
std::string diff_json(const DiffSides& sides, const GraphDiff& d);
// "2 entities added, 1 relation changed, …; 12 relations unchanged"
std::string diff_summary(const GraphDiff& d);

}  // namespace pactgraph
