#include "cli/paths.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/query_options.hpp"
#include "query/query_report.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph::cli {

namespace {

struct PathsOptions {
    GraphInput input;
    std::string from, to, weight = "hops", format = "table";
    bool all = false;
    bool timings = false;
    PathOptions analysis;
};

}  // namespace

void setup_paths(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<PathsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "paths", "how FROM reaches TO: the shortest path, or --all simple paths up to --max-hops");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("FROM", opts->from, "an entity id or alias")->required();
    cmd->add_option("TO", opts->to, "an entity id or alias")->required();
    cmd->add_flag("--all", opts->all, "all simple paths of at most --max-hops hops, shortest first");
    cmd->add_option("--max-hops", opts->analysis.max_hops, "with --all: the longest path")
        ->check(CLI::Range(1, 100))->capture_default_str();
    cmd->add_option("--limit", opts->analysis.limit, "with --all: paths printed; the rest are counted")
        ->check(CLI::Range(1, 1000000))->capture_default_str();
    cmd->add_flag("--undirected", opts->analysis.undirected, "follow relations either way (how are they connected at all)");
    cmd->add_option("--weight", opts->weight,
                    "hops, or amount: follow only disclosed amounts, a relation costing $1B/amount (big deals are close)")
        ->check(CLI::IsMember({"hops", "amount"}))->capture_default_str();
    add_format_option(*cmd, opts->format);
    add_timings_flag(*cmd, opts->timings);
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        const PartnershipGraph& g = r.graph;
        const QueryFormat format = parse_query_format(opts->format);
        PathsQuery q{find_entity(g, opts->from), find_entity(g, opts->to), opts->all, opts->analysis};
        if (q.from == q.to) throw UsageError("FROM and TO are the same entity '" + g.entity(q.from).id + "'");
        q.options.weight = opts->weight == "amount" ? PathWeight::amount : PathWeight::hops;
        const Stopwatch clock;
        PathsResult result;
        if (q.all) result = all_simple_paths(g, q.from, q.to, q.options);
        else if (auto p = shortest_path(g, q.from, q.to, q.options)) result.paths.push_back(*p);
        if (opts->timings) ctx.io.err << "time query " << clock.seconds() << "\n";
        ctx.io.out << paths_report(g, q, result, format);
        ctx.io.err << paths_notice(g, q, result);
    });
}

}  // namespace pactgraph::cli
