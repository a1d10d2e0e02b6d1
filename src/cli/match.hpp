// `pactgraph match FILE PATTERN`: where a Cypher-like pattern occurs (VF2 subgraph monomorphism).
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_match(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
