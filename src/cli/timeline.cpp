#include "cli/timeline.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "analysis/timeline.hpp"
#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/timeline_format.hpp"

namespace pactgraph::cli {

namespace {

struct TimelineOptions {
    GraphInput input;
    TextFormat format = TextFormat::table;
    bool dated_only = false;
};

}  // namespace

void setup_timeline(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<TimelineOptions>();
    CLI::App* cmd = app.add_subcommand(
        "timeline", "list the relations in date order with amounts and statuses (undated last)");
    add_graph_input(*cmd, opts->input);
    add_format_option(*cmd, opts->format,
                      {{"text", TextFormat::table}, {"markdown", TextFormat::markdown},
                       {"tsv", TextFormat::tsv}, {"csv", TextFormat::csv}, {"json", TextFormat::json}},
                      "output format");
    cmd->add_flag("--dated-only", opts->dated_only, "leave out relations without a date");
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        ctx.io.out << format_timeline(r.graph, timeline(r.graph, !opts->dated_only), opts->format);
    });
}

}  // namespace pactgraph::cli
