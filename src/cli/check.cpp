#include "cli/check.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "support/text.hpp"

namespace pactgraph::cli {

namespace {

struct CheckOptions {
    GraphInput input;  // its --strict also makes warnings errors here
};

int run_check(const CheckOptions& opts, Io& io) {
    const LoadResult r = load_input(opts.input, io);
    const std::string name = r.graph.info().source_name;
    const std::size_t w = r.warnings.size();
    io.out << name << ": ok: " << count_noun(r.graph.entity_count(), "entity", "entities") << ", "
           << count_noun(r.graph.relation_count(), "relation") << ", " << count_noun(w, "warning")
           << '\n';
    if (opts.input.strict && w > 0) {
        io.err << "error: --strict: " << count_noun(w, "warning") << " treated as errors\n";
        return 2;
    }
    return 0;
}

}  // namespace

void setup_check(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand("check", "validate a graph file and print a one-line summary");
    add_graph_input(*cmd, opts->input);
    // The shared --strict (unknown kinds and types are errors) means, for check, also: exit 2
    // when there are warnings (a missing source, …).
    cmd->get_option("--strict")->description(
        "exit 2 when there are warnings (a missing source, …); in CSV, JSON, GraphML or DOT input, "
        "unknown entity kinds and relation types are errors");
    cmd->callback([opts, &ctx] { ctx.status = run_check(*opts, ctx.io); });
}

}  // namespace pactgraph::cli
