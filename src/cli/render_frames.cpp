#include "cli/render_frames.hpp"

#include <filesystem>
#include <ostream>

#include "analysis/conflicts.hpp"
#include "analysis/time_slice.hpp"
#include "cli/graph_input.hpp"
#include "query/insight_pictures.hpp"
#include "render/render.hpp"
#include "support/atomic_file.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph::cli {

namespace {

OutputFormat frame_format(const RenderCli& cli) {
    if (cli.format.empty()) return OutputFormat::svg;
    const OutputFormat f = parse_format(cli.format);
    if (f == OutputFormat::mermaid || f == OutputFormat::dot || f == OutputFormat::json)
        throw UsageError("--frames draws pictures; expected -T svg, png or pdf");
    return f;
}

}  // namespace

void write_frames(const FrameRequest& request, const RenderCli& cli, const PartnershipGraph& g,
                  Io& io) {
    if (cli.output.empty() || cli.auto_output)
        throw UsageError("--frames writes one file per year; pass -o DIR/ (a directory)");
    const OutputFormat format = frame_format(cli);
    const auto frames = yearly_frames(g, request.undated);
    if (frames.empty()) throw UsageError("--frames: no relation in the graph has a date");
    std::filesystem::create_directories(cli.output);
    const auto positions = layout_positions(g, to_render_options(cli, g));
    const std::string title = cli.title_set ? cli.title : g.info().title;
    for (const Frame& f : frames) {
        RenderOptions o = to_render_options(cli, f.graph);
        o.positions = positions;
        o.title = (title.empty() ? std::string() : title + " — ") + "end of " + std::to_string(f.year);
        if (request.highlight_conflicts) mark_conflicts(f.graph, find_conflicts(f.graph), o);
        const std::string path =
            (std::filesystem::path(cli.output) / (std::to_string(f.year) + std::string(extension_for(format)))).string();
        write_file_atomically(path, render_graph(f.graph, o, format).bytes);
        if (!request.quiet) io.err << unknown_start_note(f.as_of, f.unknown, request.undated);
        io.err << "wrote " << path << '\n';
    }
}

}  // namespace pactgraph::cli
