// Checks of a loaded graph that are warnings, not errors: a relation without a source, an
// exclusivity without a scope, an end date before its start date.
#pragma once

#include <vector>

#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

std::vector<Diagnostic> validate(const PartnershipGraph& g);

}  // namespace pactgraph
