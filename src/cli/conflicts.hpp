// `pactgraph conflicts FILE`: exclusivity conflicts with their chains, sources and severity;
// exit 1 when there are any, so it can gate CI.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_conflicts(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
