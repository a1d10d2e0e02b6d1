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
    std::vector<Diagnostic> listed;  // the first `limit` warnings, in file order
    std::size_t unlisted = 0;        // how many more there are (counted, never worded)
};

// Every warning, or only the first `limit` of them worded and the rest counted: an imported
// million-relation CSV without sources has a million warnings, and wording each costs more
// than reading the file.
Validation validate(const PartnershipGraph& g, std::size_t limit);
inline std::vector<Diagnostic> validate(const PartnershipGraph& g) {
    return validate(g, std::numeric_limits<std::size_t>::max()).listed;
}

}  // namespace pactgraph
