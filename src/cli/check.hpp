// `pactgraph check FILE`: validates a graph file and prints a one-line summary.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_check(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
