// Shell completion: `pactgraph completion bash|zsh|fish` prints a script generated from the
// command definitions (cli/command_spec.hpp); the scripts call the hidden
// `pactgraph __complete-ids FILE` for entity ids. Also the hidden `__man-page` (cli/man_page.hpp),
// which the build runs to install pactgraph.1.
#pragma once

#include <string>
#include <vector>

#include "cli/command_spec.hpp"
#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_completion(CLI::App& app, Context& ctx);

// The scripts themselves (each ends with a newline).
std::string bash_completion(const std::vector<CommandSpec>& commands);
std::string zsh_completion(const std::vector<CommandSpec>& commands);
std::string fish_completion(const std::vector<CommandSpec>& commands);

}  // namespace pactgraph::cli
