// The command line: builds the CLI11 app with every subcommand, runs it on `args` (without the
// program name) and returns the exit status: 0 ok, 1 findings, 2 bad input or usage, 3 internal.
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"

namespace pactgraph::cli {

int run(const std::vector<std::string>& args, Io& io);

}  // namespace pactgraph::cli
