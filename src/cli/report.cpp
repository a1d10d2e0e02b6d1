#include "cli/report.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>

#include "analysis/conflicts.hpp"
#include "analysis/timeline.hpp"
#include "cli/graph_input.hpp"
#include "query/insight_pictures.hpp"
#include "format/conflicts_format.hpp"
#include "format/report.hpp"
#include "render/render.hpp"
#include "cli/file_output.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph::cli {

namespace {

struct ReportOptions {
    GraphInput input;
    std::string output;
    std::string format;  // empty: from the extension of -o
    bool check = false;
};

// "md" or "html", from --format or the output's extension.
std::string report_format(const ReportOptions& o) {
    if (!o.format.empty()) return o.format;
    const std::string ext = std::filesystem::path(o.output).extension().string();
    if (ext == ".md" || ext == ".markdown") return "md";
    if (ext == ".html" || ext == ".htm") return "html";
    throw UsageError("report: cannot tell the format of '" + o.output +
                     "'; expected a name ending in .md or .html, or --format md|html");
}

}  // namespace

void setup_report(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<ReportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "report", "write one document about the graph: diagram, metrics, conflicts, timeline and "
                  "sources (Markdown with the SVG beside it, or one self-contained HTML file)");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("-o,--output", opts->output, "the report file: NAME.md (NAME.svg is written "
                                                 "beside it) or NAME.html")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--format", opts->format, "md or html (default: from the -o extension)")
        ->check(CLI::IsMember({"md", "html"}));
    add_check_flag(*cmd, opts->check);
    cmd->callback([opts, &ctx] {
        const std::string format = report_format(*opts);
        const LoadResult r = load_input(opts->input, ctx.io);
        ReportParts parts;
        parts.source_name = opts->input.source().display_name;
        parts.conflicts = find_conflicts(r.graph);
        parts.timeline = timeline(r.graph);
        parts.metrics = report_metrics_table(r.graph);
        parts.metrics_caption = kReportMetricsCaption;
        RenderOptions picture;
        picture.title = "";  // the report's own heading names the graph
        mark_conflicts(r.graph, parts.conflicts, picture);
        picture.description_notes.push_back(conflicts_sentence(r.graph, parts.conflicts));
        parts.diagram_svg = render_graph(r.graph, picture, OutputFormat::svg).bytes;
        const auto svg_path = std::filesystem::path(opts->output).replace_extension(".svg");
        parts.diagram_file = svg_path.filename().string();
        const std::string text = format == "md" ? report_markdown(r.graph, parts) : report_html(r.graph, parts);
        int status = 0;
        if (format == "md") status = deliver_file(svg_path.string(), parts.diagram_svg, opts->check, ctx.io);
        status = std::max(status, deliver_file(opts->output, text, opts->check, ctx.io));
        ctx.status = status;
        if (opts->check) return;
        ctx.io.err << "wrote " << opts->output << (format == "md" ? " and " + svg_path.string() : "") << '\n';
    });
}

}  // namespace pactgraph::cli
