// `pactgraph diff FILE --from DATE --to DATE` and `pactgraph diff OLD NEW`: entities and
// relations added, removed and changed, as text or JSON.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_diff(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
