#include "cli/render.hpp"

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/graph_input.hpp"
#include "cli/render_options.hpp"

namespace pactgraph::cli {

namespace {

struct RenderCommandOptions {
    GraphInput input;
    RenderCli render;
};

}  // namespace

void setup_render(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<RenderCommandOptions>();
    CLI::App* cmd = app.add_subcommand(
        "render", "draw the graph as DOT, SVG, PNG, PDF, Mermaid or Graphviz JSON (Graphviz's "
                  "-T/-K/-o conventions; see docs/rendering.md)");
    add_graph_input(*cmd, opts->input);
    add_render_options(*cmd, opts->render);
    cmd->footer("Examples:\n"
                "  pactgraph render graphs/openai-frontier.toml -o out.svg\n"
                "  pactgraph render graphs/openai-frontier.toml -T png -o out.png --theme dark\n"
                "  pactgraph render graphs/openai-frontier.toml -T mermaid --merge-parallel");
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        const RenderOptions options = to_render_options(opts->render, r.graph);
        write_rendered(opts->render, r.graph, options, opts->input.path, ctx.io);
    });
}

}  // namespace pactgraph::cli
