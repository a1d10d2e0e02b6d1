#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <istream>
#include <iterator>
#include <ostream>

#include "cli/check.hpp"
#include "cli/completion.hpp"
#include "cli/communities.hpp"
#include "cli/conflicts.hpp"
#include "cli/convert.hpp"
#include "cli/diff.hpp"
#include "cli/embed.hpp"
#include "cli/help.hpp"
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
    setup_convert(app, ctx);
    setup_match(app, ctx);
    setup_report(app, ctx);
    setup_structure(app, ctx);
    setup_communities(app, ctx);
    setup_whatif(app, ctx);
    setup_embed(app, ctx);
    setup_completion(app, ctx);
    setup_help(app, ctx);  // last: it offers the others' names
}

}  // namespace

int run(const std::vector<std::string>& args, Io& io) {
    CLI::App app{"pactgraph: map the deals around AI companies as a graph; draw it, measure it, "
                 "query it", "pactgraph"};
    app.set_version_flag("--version", std::string("pactgraph ") + PACTGRAPH_VERSION);
    app.require_subcommand(1);
    app.footer("Exit status: 0 ok, 1 findings (e.g. conflicts), 2 bad input or usage.\n"
               "Run 'pactgraph help COMMAND' (or 'pactgraph COMMAND --help') for a command's options.");
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
        io.err << parse_error_text(app, e, args);
        return static_cast<int>(ExitCode::bad_input);
    } catch (const Error& e) {
        io.err << e.what() << '\n';
        return static_cast<int>(e.exit_code());
    } catch (const std::bad_alloc&) {
        if (!io.memory_limit.empty()) {
            io.err << "error: the graph needs more memory than " << io.memory_limit
                   << " allows; raise the limit, or give a smaller graph (a CSV edge list takes about "
                      "150 bytes per relation to read, 200 to analyse)\n";
            return static_cast<int>(ExitCode::bad_input);
        }
        io.err << "error: out of memory\n";
        return 3;
    } catch (const std::exception& e) {
        io.err << "internal error: " << e.what() << '\n';
        return 3;
    }
    return ctx.status;
}

}  // namespace pactgraph::cli
