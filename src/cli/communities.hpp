// `pactgraph communities FILE`: Louvain modularity communities of the undirected view, seeded
// and deterministic, as NetworkX's louvain_communities computes them.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_communities(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
