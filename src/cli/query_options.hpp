// Options the query commands (neighbors, paths, subgraph, match) share: the output format and
// the direction flags.
#pragma once

#include <string>

#include "analysis/paths.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

// --format table|json|tsv (default table; "text" is accepted for table).
void add_format_option(CLI::App& cmd, std::string& format);

// --out, --in, --both (default `fallback`).
void add_direction_flags(CLI::App& cmd, Direction& direction);

}  // namespace pactgraph::cli
