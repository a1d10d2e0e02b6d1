// Checks of a loaded graph that are warnings, not errors: a relation without a source, an
// exclusivity without a scope, an end date before its start date.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

struct Validation {
    std::vector<Diagnostic> listed;  // the first warnings, in file order
    std::size_t total = 0;           // all of them, listed or not
};

// The warnings, the first `max_listed` of them made into diagnostics: a graph of a million
// relations without sources has a million warnings, and only a few are ever shown.
Validation validate(const PartnershipGraph& g, std::size_t max_listed);
// Every warning.
inline std::vector<Diagnostic> validate(const PartnershipGraph& g) {
    return validate(g, std::numeric_limits<std::size_t>::max()).listed;
}

}  // namespace pactgraph
