#include "cli/render.hpp"

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/graph_input.hpp"
#include "analysis/conflicts.hpp"
#include "cli/options.hpp"
#include "cli/render_frames.hpp"
#include "query/metrics_query.hpp"
#include "cli/render_options.hpp"

#include "query/insight_pictures.hpp"

namespace pactgraph::cli {

namespace {

struct RenderCommandOptions {
    GraphInput input;
    RenderCli render;
    std::optional<Metric> size_by;  // see docs/metrics.md
    std::optional<Metric> color_by;
    bool color_by_community = false;
    bool highlight_conflicts = false;
    std::optional<FrameKind> frames;
    std::size_t top = 0;      // 0: every entity
    Metric by = Metric::pagerank;
};

// A metric's scores as a node scale; a measure that does not converge is refused naming `option`.
EntityScale scale_by(const PartnershipGraph& g, Metric m, const char* option) {
    const std::string name(metric_name(m));
    try {
        return EntityScale{name, metric_scores(g, m)};
    } catch (const NotConvergedError& e) {
        throw UsageError(std::string(option) + ": " + name + " does not converge on this graph (" +
                         std::to_string(e.iterations()) + " iterations, as NetworkX); pick "
                         "another metric (see docs/metrics.md)");
    }
}

// --top N --by METRIC: the N most central entities and the relations among them.
PartnershipGraph most_central(const PartnershipGraph& g, std::size_t top, Metric by, Io& io) {
    if (is_path_measure(by) && exact_paths_too_costly(g.entity_count(), g.relation_count()))
        throw UsageError("--by: exact " + std::string(metric_name(by)) + " on " +
                         std::to_string(g.entity_count()) + " entities would take minutes to hours; "
                         "rank by pagerank or degree");
    if (top >= g.entity_count()) return g;
    io.err << "drawing the " << top << " of " << g.entity_count() << " entities with the highest "
           << metric_name(by) << "\n";
    return top_subgraph(g, scale_by(g, by, "--by").values, top);
}

}  // namespace

void setup_render(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<RenderCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "render", "draw the graph as DOT, SVG, PNG, PDF, Mermaid or Graphviz JSON (Graphviz's "
                  "-T/-K/-o conventions; see docs/rendering.md)");
    add_graph_input(*cmd, opts->input);
    add_render_options(*cmd, opts->render);
    add_enum_option(*cmd, "--size-by", opts->size_by, kMetricNames,
                    "scale nodes by a centrality metric (pagerank, betweenness, degree, …; docs/metrics.md)")
        ->type_name("METRIC");
    std::vector<std::string> color_choices = metric_names();
    color_choices.push_back("community");
    cmd->add_option_function<std::string>(
           "--color-by",
           [o = opts.get()](const std::string& v) {
               if (v == "community") o->color_by_community = true;
               else o->color_by = kMetricNames.parse(v);
           },
           "shade nodes by a centrality metric, or fill each Louvain community with its own colour")
        ->check(choice_check("metric", color_choices))
        ->type_name("METRIC|community");
    cmd->add_flag("--highlight-conflicts", opts->highlight_conflicts,
                  "draw exclusivity conflicts and their linking chains in the conflict style");
    add_enum_option(*cmd, "--frames", opts->frames, kFrameKindNames,
                    "yearly: one picture per year into -o DIR/, same positions in every frame");
    cmd->add_option("--top", opts->top, "draw only the N most central entities (by --by) and the "
                    "relations among them: a large graph that still makes sense")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}).description(""));
    add_enum_option(*cmd, "--by", opts->by, kMetricNames, "with --top: the centrality metric that ranks them")
        ->type_name("METRIC");
    cmd->footer("Examples:\n"
                "  pactgraph render graphs/openai-frontier.toml -o out.svg\n"
                "  pactgraph render graphs/openai-frontier.toml -T png -o out.png --theme dark\n"
                "  pactgraph render graphs/openai-frontier.toml -T mermaid --merge-parallel\n"
                "  pactgraph render graphs/openai-frontier.toml -o out.png --size-by pagerank\n"
                "  pactgraph render graphs/openai-frontier.toml --highlight-conflicts -o conflicts.svg\n"
                "  pactgraph render graphs/ai-compute-web.toml --cluster-by community --color-by community -o blocs.svg\n"
                "  pactgraph render graphs/openai-frontier.toml --frames yearly -o frames/\n"
                "  pactgraph render big.toml --top 50 --by pagerank -o core.svg\n"
                "  pactgraph render graphs/openai-frontier.toml -o docs/deals.svg --check   # CI: exit 1 when stale");
    cmd->callback([opts, &ctx] {
        LoadResult r = load_input(opts->input, ctx.io);
        // A file has at least one entity, so only the filters can empty it. The picture is still
        // written (a valid, empty one), so that scripts drawing many selections keep going.
        if (r.graph.entity_count() == 0)
            ctx.io.err << "note: the filters leave no entity to draw; the picture is empty\n";
        if (opts->top > 0) r.graph = most_central(r.graph, opts->top, opts->by, ctx.io);
        if (opts->frames) {
            ctx.status = write_frames({*opts->frames, opts->highlight_conflicts, opts->input.undated, opts->input.quiet},
                                      opts->render, r.graph, ctx.io);
            return;
        }
        RenderOptions options = to_render_options(opts->render, r.graph);
        if (opts->size_by) options.size_by = scale_by(r.graph, *opts->size_by, "--size-by");
        if (opts->color_by) options.color_by = scale_by(r.graph, *opts->color_by, "--color-by");
        if (opts->color_by_community) {
            if (!options.groups) options.groups = community_groups(r.graph);
            options.color_by_group = true;
        }
        if (opts->highlight_conflicts) mark_conflicts(r.graph, find_conflicts(r.graph), options);
        ctx.status = write_rendered(opts->render, r.graph, options, opts->input.source(), ctx.io);
    });
}

}  // namespace pactgraph::cli
