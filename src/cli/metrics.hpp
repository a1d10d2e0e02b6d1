// `pactgraph metrics FILE`: centrality measures per entity, as NetworkX computes them.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_metrics(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
