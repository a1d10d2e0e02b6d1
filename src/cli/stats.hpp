// `pactgraph stats FILE`: counts by kind, relation type and status, date range, amounts.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_stats(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
