#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <istream>
#include <iterator>
#include <ostream>

#include "cli/check.hpp"
#include "cli/communities.hpp"
#include "cli/conflicts.hpp"
#include "cli/diff.hpp"
#include "cli/match.hpp"
#include "cli/neighbors.hpp"
#include "cli/paths.hpp"
#include "cli/render.hpp"
#include "cli/metrics.hpp"
#include "cli/report.hpp"
#include "cli/stats.hpp"
#include "cli/structure.hpp"
#include "cli/subgraph.hpp"
#include "cli/timeline.hpp"
#include "cli/whatif.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph::cli {

const std::string& Io::stdin_text() {
    if (!stdin_cache_)
        stdin_cache_.emplace(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return *stdin_cache_;
}

namespace {

// Every subcommand registers itself here; one line per command.
void setup_commands(CLI::App& app, Context& ctx) {
    setup_check(app, ctx);
    setup_stats(app, ctx);
    setup_conflicts(app, ctx);
    setup_timeline(app, ctx);
    setup_diff(app, ctx);
    setup_render(app, ctx);
    setup_metrics(app, ctx);
    setup_neighbors(app, ctx);
    setup_paths(app, ctx);
    setup_subgraph(app, ctx);
    setup_match(app, ctx);
    setup_report(app, ctx);
    setup_structure(app, ctx);
    setup_communities(app, ctx);
    setup_whatif(app, ctx);
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    return names;
}

// CLI11 says "The following arguments were not expected: amazn"; add "did you mean".
std::string with_suggestion(const CLI::App& app, const CLI::ParseError& e,
                            const std::vector<std::string>& args) {
    std::string text = e.what();
    if (!args.empty() && args[0].rfind('-', 0) != 0 && app.get_subcommands().empty()) {
        const auto names = command_names(app);
        if (std::find(names.begin(), names.end(), args[0]) == names.end())
            text = "unknown command '" + args[0] + "'" + did_you_mean(args[0], names) +
                   " (commands: " + join_choices(names, ", ") + ")";
    }
    return text;
}

}  // namespace

int run(const std::vector<std::string>& args, Io& io) {
    CLI::App app{"pactgraph: map the deals around AI companies as a graph; draw it, measure it, "
                 "query it", "pactgraph"};
    app.set_version_flag("--version", std::string("pactgraph ") + PACTGRAPH_VERSION);
    app.require_subcommand(1);
    app.footer("Exit status: 0 ok, 1 findings (e.g. conflicts), 2 bad input or usage.\n"
               "Run 'pactgraph COMMAND --help' for a command's options.");
    Context ctx{io};
    setup_commands(app, ctx);
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, io.out, io.err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, io.out, io.err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, io.out, io.err);
    } catch (const CLI::ValidationError& e) {
        // A value our own checks refused: the message already says what was expected.
        io.err << "error: " << e.what() << "\n";
        return static_cast<int>(ExitCode::bad_input);
    } catch (const CLI::ParseError& e) {
        io.err << "error: " << with_suggestion(app, e, args) << "\n"
               << "Run 'pactgraph --help' for usage.\n";
        return static_cast<int>(ExitCode::bad_input);
    } catch (const Error& e) {
        io.err << e.what() << '\n';
        return static_cast<int>(e.exit_code());
    } catch (const std::bad_alloc&) {
        io.err << "error: out of memory\n";
        return 3;
    } catch (const std::exception& e) {
        io.err << "internal error: " << e.what() << '\n';
        return 3;
    }
    return ctx.status;
}

}  // namespace pactgraph::cli
