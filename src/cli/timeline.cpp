#include "cli/timeline.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "analysis/timeline.hpp"
#include "cli/graph_input.hpp"
#include "query/timeline_report.hpp"

namespace pactgraph::cli {

namespace {

struct TimelineOptions {
    GraphInput input;
    std::string format = "text";
    bool dated_only = false;
};

}  // namespace

void setup_timeline(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<TimelineOptions>();
    CLI::App* cmd = app.add_subcommand(
        "timeline", "list the relations in date order with amounts and statuses (undated last)");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("--format", opts->format, "output format")
        ->check(CLI::IsMember({"text", "markdown", "tsv", "csv", "json"}))
        ->capture_default_str();
    cmd->add_flag("--dated-only", opts->dated_only, "leave out relations without a date");
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        ctx.io.out << format_timeline(r.graph, timeline(r.graph, !opts->dated_only), opts->format);
    });
}

}  // namespace pactgraph::cli
