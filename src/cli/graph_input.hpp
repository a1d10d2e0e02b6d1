// The graph-file argument every command takes, and loading it: warnings go to standard error.
// The filters shared by every command (--as-of, --where, --types, --kinds; see
// query/graph_filter.hpp and docs/queries.md) are added here too, so a command that takes its
// FILE through add_graph_input gets them without a line of its own.
#pragma once

#include <string>
#include <vector>

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
    // Shared filters; empty means "not given".
    std::string as_of;
    std::string where;
    bool where_given = false;
    std::vector<std::string> types;
    std::vector<std::string> kinds;
};

// Adds the FILE positional (default "-": standard input), --input-format, --quiet and the
// filters (--as-of, --where, --types, --kinds).
void add_graph_input(CLI::App& cmd, GraphInput& input);

// Loads the graph and applies the filters; prints its warnings to io.err unless quiet.
// Throws on bad input (a bad file, an unknown type or kind, a bad --where expression).
LoadResult load_input(const GraphInput& input, Io& io);

}  // namespace pactgraph::cli
