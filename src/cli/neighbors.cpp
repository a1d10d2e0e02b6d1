#include "cli/neighbors.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/query_format.hpp"

namespace pactgraph::cli {

namespace {

struct NeighborsOptions {
    GraphInput input;
    std::string id;
    PathDirection direction = PathDirection::both;
    int depth = 1;
    TextFormat format = TextFormat::table;
    bool timings = false;
};

}  // namespace

void setup_neighbors(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<NeighborsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "neighbors", "list the entities around ID and the relations that connect them (type, amount, date, "
                     "status, source)");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("ID", opts->id, "an entity: its id, an alias or its name")->required();
    add_direction_flags(*cmd, opts->direction);
    cmd->add_option("--depth", opts->depth, "how many hops out")->check(CLI::Range(1, 1000))->capture_default_str();
    add_format_option(*cmd, opts->format, kQueryFormats,
                      "table for people, json for programs (schema: docs/queries.md), tsv for cut/awk");
    add_timings_flag(*cmd, opts->timings);
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io, {opts->id});
        const Stopwatch build;
        const Projection view = path_view(r.graph);
        if (opts->timings) ctx.io.err << "time view " << build.seconds() << "\n";
        const Stopwatch clock;
        const Neighborhood n =
            neighborhood(r.graph, view, resolve_entity(r.graph, opts->id), opts->direction, opts->depth);
        if (opts->timings) ctx.io.err << "time query " << clock.seconds() << "\n";
        ctx.io.out << neighbors_report(r.graph, n, opts->direction, opts->depth, opts->format);
        if (n.steps.empty())
            ctx.io.err << "no neighbors of " << r.graph.entity(n.center).id << " (direction "
                       << kPathDirectionNames.name(opts->direction) << ")\n";
    });
}

}  // namespace pactgraph::cli
