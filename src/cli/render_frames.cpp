#include "cli/render_frames.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "analysis/conflicts.hpp"
#include "analysis/time_slice.hpp"
#include "cli/graph_input.hpp"
#include "query/insight_pictures.hpp"
#include "render/render.hpp"
#include "cli/file_output.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph::cli {

namespace {

OutputFormat frame_format(const RenderCli& cli) {
    if (!cli.format) return OutputFormat::svg;
    const OutputFormat f = *cli.format;
    if (f == OutputFormat::mermaid || f == OutputFormat::dot || f == OutputFormat::json)
        throw UsageError("--frames draws pictures; expected -T svg, png or pdf");
    return f;
}

}  // namespace

int write_frames(const FrameRequest& request, const RenderCli& cli, const PartnershipGraph& g,
                  Io& io) {
    if (cli.output.empty() || cli.auto_output)
        throw UsageError("--frames writes one file per year; pass -o DIR/ (a directory)");
    const OutputFormat format = frame_format(cli);
    const auto frames = yearly_frames(g, request.undated);
    if (frames.empty()) throw UsageError("--frames: no relation in the graph has a date");
    if (!cli.check) std::filesystem::create_directories(cli.output);
    // One layout of the whole graph, edges and labels included: each frame draws its part of it.
    const FixedLayout layout = fixed_layout(g, to_render_options(cli, g));
    const std::string title = cli.title_set ? cli.title : g.info().title;
    int status = 0;
    for (const Frame& f : frames) {
        RenderOptions o = to_render_options(cli, f.graph);
        o.positions = layout.positions;
        o.routes = layout.routes;
        o.title = (title.empty() ? std::string() : title + " — ") + "end of " + std::to_string(f.year);
        if (request.highlight_conflicts) mark_conflicts(f.graph, find_conflicts(f.graph), o);
        const std::string path =
            (std::filesystem::path(cli.output) / (std::to_string(f.year) + std::string(extension_for(format)))).string();
        status = std::max(status, deliver_file(path, render_graph(f.graph, o, format).bytes, cli.check, io));
        if (!request.quiet) io.err << unknown_start_note(f.as_of, f.unknown, request.undated);
        if (!cli.check) io.err << "wrote " << path << '\n';
    }
    return status;
}

}  // namespace pactgraph::cli
