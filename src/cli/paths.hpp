// `pactgraph paths FILE FROM TO`: the shortest path, or all simple paths up to a bound.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_paths(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
