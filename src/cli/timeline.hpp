// `pactgraph timeline FILE`: the relations in date order with amounts and statuses.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_timeline(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
