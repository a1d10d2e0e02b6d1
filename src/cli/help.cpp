#include "cli/help.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>

#include "cli/command_spec.hpp"
#include "cli/options.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph::cli {

namespace {

std::vector<std::string> command_names(CLI::App& app) {
    return visible_command_names(command_specs(app));
}

std::string unknown_command(const std::string& word, const std::vector<std::string>& names) {
    return "unknown command '" + word + "'" + did_you_mean(word, names) + " (commands: " +
           join_choices(names, ", ") + ")";
}

// The command a parse error happened in, if one was named.
CLI::App* command_of(CLI::App& app) {
    const auto chosen = app.get_subcommands();
    return chosen.empty() ? nullptr : chosen.front();
}

// The options `cmd` knows, with their dashes.
std::vector<std::string> option_names(CLI::App& cmd) {
    std::vector<std::string> names;
    for (const CLI::Option* o : cmd.get_options()) {
        for (const auto& n : o->get_lnames()) names.push_back("--" + n);
        for (const auto& n : o->get_snames()) names.push_back("-" + n);
    }
    return names;
}

// "unknown option '--them'; did you mean '--theme'?" for the first word left over that looks
// like an option; "" when none does (surplus arguments keep CLI11's words).
std::string unknown_option(CLI::App& cmd) {
    for (std::string word : cmd.remaining()) {
        if (word.size() < 2 || word[0] != '-' || word == "-") continue;
        word = word.substr(0, word.find('='));
        return "unknown option '" + word + "'" + did_you_mean(word, option_names(cmd));
    }
    return {};
}

void run_help(CLI::App& app, const std::string& command, Io& io) {
    if (command.empty()) {  // app.help() would describe the command running: help itself
        io.out << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
        return;
    }
    const auto names = command_names(app);
    if (std::find(names.begin(), names.end(), command) == names.end())
        throw UsageError(unknown_command(command, names));
    io.out << app.get_subcommand(command)->help(app.get_name());
}

}  // namespace

void setup_help(CLI::App& app, Context& ctx) {
    auto command = std::make_shared<std::string>();
    std::vector<std::string> names = command_names(app);
    names.push_back("help");
    CLI::App* cmd = app.add_subcommand("help", "print the help of a command (or the list of commands)");
    cmd->add_option("COMMAND", *command, "the command to explain")->check(choices_hint(names));
    cmd->callback([command, &app, &ctx] { run_help(app, *command, ctx.io); });
}

std::string parse_error_text(CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args) {
    CLI::App* cmd = command_of(app);
    if (!cmd) {
        std::string text = e.what();
        const auto names = command_names(app);
        if (!args.empty() && args[0].rfind('-', 0) != 0 &&
            std::find(names.begin(), names.end(), args[0]) == names.end())
            text = unknown_command(args[0], names);
        return "error: " + text + "\nRun 'pactgraph --help' for usage.\n";
    }
    std::string text = dynamic_cast<const CLI::ExtrasError*>(&e) ? unknown_option(*cmd) : "";
    if (text.empty()) text = e.what();
    return "error: " + cmd->get_name() + ": " + text + "\nRun 'pactgraph " + cmd->get_name() +
           " --help' for its options.\n";
}

}  // namespace pactgraph::cli
