#include "cli/report.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>

#include "analysis/conflicts.hpp"
#include "analysis/timeline.hpp"
#include "cli/graph_input.hpp"
#include "query/insight_pictures.hpp"
#include "format/report.hpp"
#include "render/render.hpp"
#include "support/atomic_file.hpp"
#include "support/diagnostics.hpp"
#include "support/enum_names.hpp"
#include "cli/options.hpp"

namespace pactgraph::cli {

namespace {

enum class ReportFormat : std::uint8_t { md, html };
constexpr EnumNames<ReportFormat, 2> kReportFormatNames{
    "report format", {{{ReportFormat::md, "md"}, {ReportFormat::html, "html"}}}};

struct ReportOptions {
    GraphInput input;
    std::string output;
    std::optional<ReportFormat> format;  // none: from the extension of -o
};

// From --format or the output's extension.
ReportFormat report_format(const ReportOptions& o) {
    if (o.format) return *o.format;
    const std::string ext = extension_of(o.output);
    if (ext == "md" || ext == "markdown") return ReportFormat::md;
    if (ext == "html" || ext == "htm") return ReportFormat::html;
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
    add_enum_option(*cmd, "--format", opts->format, kReportFormatNames,
                    "md or html (default: from the -o extension)");
    cmd->callback([opts, &ctx] {
        const ReportFormat format = report_format(*opts);
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
        parts.diagram_svg = render_graph(r.graph, picture, OutputFormat::svg).bytes;
        const auto svg_path = std::filesystem::path(opts->output).replace_extension(".svg");
        parts.diagram_file = svg_path.filename().string();
        if (format == ReportFormat::md) write_file_atomically(svg_path.string(), parts.diagram_svg);
        write_file_atomically(opts->output, format == ReportFormat::md ? report_markdown(r.graph, parts)
                                                           : report_html(r.graph, parts));
        ctx.io.err << "wrote " << opts->output << (format == ReportFormat::md ? " and " + svg_path.string() : "") << '\n';
    });
}

}  // namespace pactgraph::cli
