#include "cli/subgraph.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "cli/render_options.hpp"
#include "io/toml_writer.hpp"
#include "query/subgraph.hpp"

namespace pactgraph::cli {

namespace {

struct SubgraphOptions {
    GraphInput input;
    SubgraphSpec spec;
    std::string ego;
    std::vector<std::string> path;
    RenderCli render;
};

}  // namespace

void setup_subgraph(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<SubgraphOptions>();
    CLI::App* cmd = app.add_subcommand(
        "subgraph", "write a part of the graph (an entity's neighbourhood, the paths between two, or "
                    "what the filters keep) as a graph file that pactgraph reads again, or draw it with -T");
    add_graph_input(*cmd, opts->input);
    auto* ego = cmd->add_option("--ego", opts->ego, "keep ID, the entities within --depth hops and the relations among them")
                    ->type_name("ID");
    cmd->add_option("--depth", opts->spec.depth, "with --ego: how many hops out")->check(CLI::Range(0, 1000))->capture_default_str();
    add_direction_flags(*cmd, opts->spec.direction);
    auto* path = cmd->add_option("--path", opts->path, "keep the entities and relations on the shortest path FROM TO")
                     ->type_name("FROM TO")->expected(2);
    path->excludes(ego);
    cmd->add_flag("--all", opts->spec.all_paths, "with --path: every simple path of at most --max-hops hops");
    cmd->add_option("--max-hops", opts->spec.path_options.max_hops, "with --path --all: the longest path")
        ->check(CLI::Range(1, 100))->capture_default_str();
    cmd->add_flag("--undirected", opts->spec.path_options.undirected, "with --path: follow relations either way");
    add_path_weight_option(*cmd, opts->spec.path_options.weight, "with --path: hops, or amount (as in `paths`)");
    opts->render.own_formats = {"toml"};
    add_render_options(*cmd, opts->render);
    cmd->callback([opts, &ctx] {
        std::vector<std::string> named = opts->path;
        if (!opts->ego.empty()) named.push_back(opts->ego);
        const LoadResult r = load_input(opts->input, ctx.io, named);
        if (!opts->ego.empty()) opts->spec.ego = opts->ego;
        if (opts->path.size() == 2) opts->spec.path = std::make_pair(opts->path[0], opts->path[1]);
        opts->spec.path_options.limit = 1000000;
        const PartnershipGraph part = select_subgraph(r.graph, opts->spec);
        if (part.entity_count() == 0) {
            ctx.io.err << "nothing selected: " << (opts->spec.path ? "no path between the two entities" : "the filters keep no entity")
                       << "; no graph written\n";
            return;
        }
        if (has_picture_request(opts->render)) {
            ctx.status = write_rendered(opts->render, part, to_render_options(opts->render, part), opts->input.source(), ctx.io);
            return;
        }
        ctx.status = write_text(opts->render.output,
                                to_toml(part, "Part of " + r.graph.info().source_name + ", written by pactgraph subgraph."),
                                ctx.io, opts->render.check);
    });
}

}  // namespace pactgraph::cli
