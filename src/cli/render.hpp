// `pactgraph render FILE`: the diagram of the graph as DOT, SVG, PNG, PDF, Mermaid or Graphviz
// JSON (see docs/rendering.md).
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_render(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
