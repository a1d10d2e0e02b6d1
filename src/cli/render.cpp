#include "cli/render.hpp"

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/graph_input.hpp"
#include "analysis/conflicts.hpp"
#include "cli/render_frames.hpp"
#include "cli/render_options.hpp"
#include "query/metrics_report.hpp"
#include "query/insight_pictures.hpp"

namespace pactgraph::cli {

namespace {

struct RenderCommandOptions {
    GraphInput input;
    RenderCli render;
    std::string size_by;   // a metric name (see docs/metrics.md)
    std::string color_by;
    bool highlight_conflicts = false;
    std::string frames;
};

}  // namespace

void setup_render(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<RenderCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "render", "draw the graph as DOT, SVG, PNG, PDF, Mermaid or Graphviz JSON (Graphviz's "
                  "-T/-K/-o conventions; see docs/rendering.md)");
    add_graph_input(*cmd, opts->input);
    add_render_options(*cmd, opts->render);
    cmd->add_option("--size-by", opts->size_by, "scale nodes by a centrality metric (pagerank, "
                    "betweenness, degree, …; docs/metrics.md)")->type_name("METRIC");
    cmd->add_option("--color-by", opts->color_by, "shade nodes by a centrality metric")
        ->type_name("METRIC");
    cmd->add_flag("--highlight-conflicts", opts->highlight_conflicts,
                  "draw exclusivity conflicts and their linking chains in the conflict style");
    cmd->add_option("--frames", opts->frames,
                    "yearly: one picture per year into -o DIR/, same positions in every frame")
        ->check(CLI::IsMember({"yearly"}));
    cmd->footer("Examples:\n"
                "  pactgraph render graphs/openai-frontier.toml -o out.svg\n"
                "  pactgraph render graphs/openai-frontier.toml -T png -o out.png --theme dark\n"
                "  pactgraph render graphs/openai-frontier.toml -T mermaid --merge-parallel\n"
                "  pactgraph render graphs/openai-frontier.toml -o out.png --size-by pagerank\n"
                "  pactgraph render graphs/openai-frontier.toml --highlight-conflicts -o conflicts.svg\n"
                "  pactgraph render graphs/openai-frontier.toml --frames yearly -o frames/");
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        if (!opts->frames.empty())
            return write_frames({opts->frames, opts->highlight_conflicts}, opts->render, r.graph, ctx.io);
        RenderOptions options = to_render_options(opts->render, r.graph);
        if (!opts->size_by.empty())
            options.size_by = EntityScale{opts->size_by,
                                          metric_scores(r.graph, opts->size_by, "--size-by")};
        if (!opts->color_by.empty())
            options.color_by = EntityScale{opts->color_by,
                                           metric_scores(r.graph, opts->color_by, "--color-by")};
        if (opts->highlight_conflicts) mark_conflicts(r.graph, find_conflicts(r.graph), options);
        write_rendered(opts->render, r.graph, options, opts->input.path, ctx.io);
    });
}

}  // namespace pactgraph::cli
