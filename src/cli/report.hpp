// `pactgraph report FILE -o report.md|report.html`: one document with the diagram, metrics,
// conflicts, timeline and sources.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_report(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
