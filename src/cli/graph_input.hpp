// The graph-file argument every command takes, and loading it: warnings go to standard error.
// Filters shared by every command (--as-of, --where, --types, --kinds) plug in here.
#pragma once

#include <string>

#include "cli/context.hpp"
#include "io/graph_reader.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

struct GraphInput {
    std::string path = "-";
    std::string format;  // empty: from the extension
    bool quiet = false;  // no warnings on standard error
};

// Adds the FILE positional (default "-": standard input) and --input-format, --quiet.
void add_graph_input(CLI::App& cmd, GraphInput& input);

// Loads the graph; prints its warnings to io.err unless quiet. Throws on bad input.
LoadResult load_input(const GraphInput& input, Io& io);

}  // namespace pactgraph::cli
