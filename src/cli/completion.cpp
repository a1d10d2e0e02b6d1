#include "cli/completion.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>
#include <set>

#include "cli/man_page.hpp"
#include "cli/options.hpp"
#include "io/graph_reader.hpp"

namespace pactgraph::cli {

namespace {

const std::vector<std::string> kShells = {"bash", "zsh", "fish"};

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// Shell words are our own option names and enum words (letters, digits, '-', '_'), so double
// quotes need no escaping; descriptions go through fish_quote.
std::string fish_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

// One line of a bash associative array: [key]="value".
void bash_entry(std::string& out, const std::string& key, const std::string& value) {
    out += "    [\"" + key + "\"]=\"" + value + "\"\n";
}

// The tables the bash function reads: per command its options, the options taking a value,
// those taking entity ids, their choices, and the words of a positional chosen from a list.
std::string bash_tables(const std::vector<CommandSpec>& commands) {
    std::string options, values, ids, choices, arguments, id_positionals;
    for (const auto& c : commands) {
        if (c.hidden) continue;
        std::vector<std::string> all, with_value, with_ids;
        for (const auto& o : c.options) {
            all.insert(all.end(), o.names.begin(), o.names.end());
            if (o.value_name.empty()) continue;
            with_value.insert(with_value.end(), o.names.begin(), o.names.end());
            if (o.takes_ids) with_ids.insert(with_ids.end(), o.names.begin(), o.names.end());
            if (!o.choices.empty())
                for (const auto& n : o.names) bash_entry(choices, c.name + " " + n, joined(o.choices));
        }
        bash_entry(options, c.name, joined(all));
        bash_entry(values, c.name, " " + joined(with_value) + " ");
        if (!with_ids.empty()) bash_entry(ids, c.name, " " + joined(with_ids) + " ");
        if (!c.argument_choices.empty()) bash_entry(arguments, c.name, joined(c.argument_choices));
        if (std::any_of(c.positionals.begin(), c.positionals.end(), [](const PositionalSpec& p) { return p.takes_ids; }))
            bash_entry(id_positionals, c.name, "1");
    }
    const auto table = [](const char* name, const std::string& body) {
        return std::string("typeset -gA ") + name + "=(\n" + body + ")\n";
    };
    return "_pactgraph_commands=\"" + joined(visible_command_names(commands)) + "\"\n" +
           table("_pactgraph_options", options) + table("_pactgraph_values", values) +
           table("_pactgraph_id_options", ids) + table("_pactgraph_choices", choices) +
           table("_pactgraph_arguments", arguments) + table("_pactgraph_id_positionals", id_positionals);
}

// The function that reads the tables: finds the command and the graph file among the words
// before the cursor, then completes an option's value, an option, or a positional.
constexpr const char* kBashFunction = R"BASH(
# Entity ids and aliases of the graph FILE (nothing when it does not read).
_pactgraph_ids() {
    [[ -n $1 ]] && command pactgraph __complete-ids "$1" 2>/dev/null
}

_pactgraph() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local cmd="" file="" i w pre=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if [[ -z $cmd ]]; then
            [[ $w != -* ]] && cmd=$w
            continue
        fi
        if [[ $w == -* ]]; then
            [[ $w != *=* && ${_pactgraph_values[$cmd]-} == *" $w "* ]] && i=$((i + 1))
            continue
        fi
        [[ -z $file && -f $w ]] && file=$w
    done
    COMPREPLY=()
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "$_pactgraph_commands --help --version" -- "$cur"))
        return 0
    fi
    [[ $cur == *,* ]] && pre=${cur%,*},
    local key="$cmd $prev"  # (a variable: zsh would keep quotes inside the subscript)
    if [[ $prev == -* && ${_pactgraph_values[$cmd]-} == *" $prev "* ]]; then
        if [[ -n ${_pactgraph_choices[$key]-} ]]; then
            COMPREPLY=($(compgen -P "$pre" -W "${_pactgraph_choices[$key]}" -- "${cur##*,}"))
        elif [[ ${_pactgraph_id_options[$cmd]-} == *" $prev "* ]]; then
            COMPREPLY=($(compgen -P "$pre" -W "$(_pactgraph_ids "$file")" -- "${cur##*,}"))
        fi
        return 0
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${_pactgraph_options[$cmd]-}" -- "$cur"))
    elif [[ -n ${_pactgraph_arguments[$cmd]-} ]]; then
        COMPREPLY=($(compgen -W "${_pactgraph_arguments[$cmd]}" -- "$cur"))
    elif [[ -n ${_pactgraph_id_positionals[$cmd]-} && -n $file ]]; then
        COMPREPLY=($(compgen -W "$(_pactgraph_ids "$file")" -- "$cur"))
    fi
    return 0
}
)BASH";

void run_completion(const std::string& shell, CLI::App& app, Io& io) {
    const auto specs = command_specs(app);
    if (shell == "bash") io.out << bash_completion(specs);
    else if (shell == "zsh") io.out << zsh_completion(specs);
    else io.out << fish_completion(specs);
}

// Ids and aliases of the file, sorted, one a line; silent on any error (the shell is typing).
// Aliases with a space are left out: shells split completion words at spaces.
void run_complete_ids(const std::string& file, Io& io) {
    try {
        const LoadResult r = load_graph(file, {}, {});
        std::set<std::string> words;
        for (const auto& id : r.graph.ids()) words.insert(id);
        for (EntityId v = 0; v < r.graph.entity_count(); ++v)
            for (const auto& a : r.graph.entity(v).aliases)
                if (a.find_first_of(" \t") == std::string::npos) words.insert(a);
        for (const auto& w : words) io.out << w << '\n';
    } catch (const std::exception&) {
    }
}

}  // namespace

std::string bash_completion(const std::vector<CommandSpec>& commands) {
    return "# bash completion for pactgraph, generated by `pactgraph completion bash`.\n"
           "# Install: pactgraph completion bash > ~/.local/share/bash-completion/completions/pactgraph\n" +
           bash_tables(commands) + kBashFunction +
           "complete -o bashdefault -o default -F _pactgraph pactgraph\n";
}

std::string zsh_completion(const std::vector<CommandSpec>& commands) {
    // zsh runs the bash function through its bash-completion emulation, so both shells
    // complete alike from one definition.
    return "#compdef pactgraph\n"
           "# zsh completion for pactgraph, generated by `pactgraph completion zsh`.\n"
           "# Install: pactgraph completion zsh > \"${fpath[1]}/_pactgraph\"\n"
           "autoload -U +X bashcompinit && bashcompinit\n" +
           bash_tables(commands) + kBashFunction +
           "complete -o bashdefault -o default -F _pactgraph pactgraph\n";
}

std::string fish_completion(const std::vector<CommandSpec>& commands) {
    std::string out =
        "# fish completion for pactgraph, generated by `pactgraph completion fish`.\n"
        "# Install: pactgraph completion fish > ~/.config/fish/completions/pactgraph.fish\n"
        "function __pactgraph_ids\n"
        "    for w in (commandline -opc)\n"
        "        if test -f \"$w\"\n"
        "            pactgraph __complete-ids \"$w\" 2>/dev/null\n"
        "            return\n"
        "        end\n"
        "    end\n"
        "end\n"
        "complete -c pactgraph -f\n"
        "complete -c pactgraph -n __fish_use_subcommand -l version -d 'print the version'\n";
    for (const auto& c : commands) {
        if (c.hidden) continue;
        const std::string in = " -n '__fish_seen_subcommand_from " + c.name + "'";
        out += "complete -c pactgraph -n __fish_use_subcommand -a " + c.name + " -d " +
               fish_quote(c.description.substr(0, c.description.find(" ("))) + "\n";
        for (const auto& o : c.options) {
            out += "complete -c pactgraph" + in;
            for (const auto& n : o.names)
                out += (n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : " -s " + n.substr(1));
            // -x (a value and no files) for a choice or an id, else -r -F (a value, a file name).
            if (!o.choices.empty()) out += " -x -a " + fish_quote(joined(o.choices));
            else if (o.takes_ids) out += " -x -a '(__pactgraph_ids)'";
            else if (!o.value_name.empty()) out += " -r -F";
            out += " -d " + fish_quote(o.description.substr(0, o.description.find(" ("))) + "\n";
        }
        if (!c.argument_choices.empty())
            out += "complete -c pactgraph" + in + " -a " + fish_quote(joined(c.argument_choices)) + "\n";
        else if (std::any_of(c.positionals.begin(), c.positionals.end(), [](const PositionalSpec& p) { return p.takes_ids; }))
            out += "complete -c pactgraph" + in + " -F -a '(__pactgraph_ids)'\n";
        else if (!c.positionals.empty())
            out += "complete -c pactgraph" + in + " -F\n";
    }
    return out;
}

void setup_completion(CLI::App& app, Context& ctx) {
    auto shell = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand(
        "completion", "print a shell completion script (commands, options, their choices, entity ids)");
    cmd->add_option("SHELL", *shell, "bash, zsh or fish")->required()->check(choice_check("shell", kShells));
    cmd->footer("Examples:\n"
                "  source <(pactgraph completion bash)\n"
                "  pactgraph completion fish > ~/.config/fish/completions/pactgraph.fish\n"
                "cmake --install puts them (and the man page) where shells look for them.");
    cmd->callback([shell, &app, &ctx] { run_completion(*shell, app, ctx.io); });

    auto file = std::make_shared<std::string>();
    CLI::App* ids = app.add_subcommand("__complete-ids", "entity ids and aliases of FILE, for completion");
    ids->group("");
    ids->add_option("FILE", *file)->required();
    ids->callback([file, &ctx] { run_complete_ids(*file, ctx.io); });

    CLI::App* man = app.add_subcommand("__man-page", "the man page, troff, from the option definitions");
    man->group("");
    man->callback([&app, &ctx] { ctx.io.out << man_page(app); });
}

}  // namespace pactgraph::cli
