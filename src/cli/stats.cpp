#include "cli/stats.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "analysis/stats.hpp"
#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/stats_format.hpp"

namespace pactgraph::cli {

namespace {

struct StatsOptions {
    GraphInput input;
    TextFormat format = TextFormat::table;
};

}  // namespace

void setup_stats(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<StatsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "stats", "print counts by entity kind, relation type and status, the date range and the "
                 "disclosed amounts");
    add_graph_input(*cmd, opts->input);
    add_format_option(*cmd, opts->format, {{"text", TextFormat::table}, {"json", TextFormat::json}},
                      "output format");
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        const GraphStats s = compute_stats(r.graph);
        ctx.io.out << (opts->format == TextFormat::json ? stats_json(r.graph, s) : stats_text(r.graph, s));
    });
}

}  // namespace pactgraph::cli
