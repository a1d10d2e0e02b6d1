// `pactgraph subgraph FILE`: a part of the graph (ego network, path, filters) as a graph file.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_subgraph(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
