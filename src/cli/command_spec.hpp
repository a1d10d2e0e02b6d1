// The commands and options as plain data, read from the CLI11 definitions that parse them, so
// that the shell completion scripts and the man page never drift from --help.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace pactgraph::cli {

struct OptionSpec {
    std::vector<std::string> names;    // "-T", "--format" (dashes included)
    std::string value_name;            // "FORMAT"; empty for a flag
    std::vector<std::string> choices;  // the words the value is chosen from, if a list
    bool takes_ids = false;            // the value names entities of the graph file
    std::string description;
};

struct PositionalSpec {
    std::string name;  // "FILE", "ID", "FROM"
    bool takes_ids = false;
    std::string description;
};

struct CommandSpec {
    std::string name;
    std::string description;
    std::string footer;  // examples
    std::vector<OptionSpec> options;
    std::vector<PositionalSpec> positionals;
    std::vector<std::string> argument_choices;  // words a positional is chosen from (help, completion)
    bool hidden = false;                        // for scripts, not in --help
};

// Every subcommand of `app` in the order --help lists them (hidden ones too, marked).
std::vector<CommandSpec> command_specs(CLI::App& app);

// The visible commands' names.
std::vector<std::string> visible_command_names(const std::vector<CommandSpec>& specs);

}  // namespace pactgraph::cli
