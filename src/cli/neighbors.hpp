// `pactgraph neighbors FILE ID`: the entities around ID and the relations that connect them.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_neighbors(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
