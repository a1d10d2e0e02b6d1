// `pactgraph structure FILE`: components, density, reciprocity, k-cores, clustering, Burt's
// brokerage measures and the weak points of the deal web, as NetworkX computes them.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_structure(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
