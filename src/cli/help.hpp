// `pactgraph help [COMMAND]`, and the words of a command-line error: which command it was in,
// "did you mean" for a mistyped command or option, and which --help to read.
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace pactgraph::cli {

// Registers `help`; call after every other command, so it can offer their names.
void setup_help(CLI::App& app, Context& ctx);

// The full text for a parse error of `app` run with `args`, ending with a newline:
//   error: render: unknown option '--them'; did you mean '--theme'?
//   Run 'pactgraph render --help' for its options.
std::string parse_error_text(CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args);

}  // namespace pactgraph::cli
