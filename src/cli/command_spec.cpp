#include "cli/command_spec.hpp"

#include <CLI/CLI.hpp>

#include "cli/options.hpp"

namespace pactgraph::cli {

namespace {

// "FORMAT:{dot,svg}" -> "FORMAT": CLI11 appends validators' descriptions to the type name.
std::string bare_type_name(const CLI::Option& o) {
    const std::string t = o.get_type_name();
    return t.substr(0, t.find(':'));
}

bool names_entities(const std::string& value_name) {
    return value_name == "ID" || value_name == "FROM" || value_name == "TO" ||
           value_name.rfind("ID[", 0) == 0 || value_name == "FROM TO";
}

OptionSpec option_spec(CLI::Option& o) {
    OptionSpec s;
    for (const auto& n : o.get_snames()) s.names.push_back("-" + n);
    for (const auto& n : o.get_lnames()) s.names.push_back("--" + n);
    if (o.get_type_size_max() > 0) s.value_name = bare_type_name(o);
    s.choices = option_choices(o);
    s.takes_ids = names_entities(s.value_name);
    s.description = o.get_description();
    return s;
}

}  // namespace

std::vector<CommandSpec> command_specs(CLI::App& app) {
    std::vector<CommandSpec> out;
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        CommandSpec c;
        c.name = sub->get_name();
        c.description = sub->get_description();
        c.footer = sub->get_footer();
        c.hidden = sub->get_group().empty();
        for (CLI::Option* o : sub->get_options()) {
            if (o->get_positional()) {
                c.positionals.push_back({o->get_name(), names_entities(o->get_name()), o->get_description()});
                for (const auto& w : option_choices(*o)) c.argument_choices.push_back(w);
            } else {
                c.options.push_back(option_spec(*o));
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::string> visible_command_names(const std::vector<CommandSpec>& specs) {
    std::vector<std::string> names;
    for (const auto& c : specs)
        if (!c.hidden) names.push_back(c.name);
    return names;
}

}  // namespace pactgraph::cli
