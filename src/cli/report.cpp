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
    bool check = false;
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
    add_check_flag(*cmd, opts->check);
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
        picture.description_notes.push_back(conflicts_sentence(r.graph, parts.conflicts));
        parts.diagram_svg = render_graph(r.graph, picture, OutputFormat::svg).bytes;
        const auto svg_path = std::filesystem::path(opts->output).replace_extension(".svg");
        parts.diagram_file = svg_path.filename().string();
        const bool md = format == ReportFormat::md;
        const std::string text = md ? report_markdown(r.graph, parts) : report_html(r.graph, parts);
        int status = 0;
        if (md) status = deliver_file(svg_path.string(), parts.diagram_svg, opts->check, ctx.io);
        status = std::max(status, deliver_file(opts->output, text, opts->check, ctx.io));
        ctx.status = status;
        if (opts->check) return;
        ctx.io.err << "wrote " << opts->output << (md ? " and " + svg_path.string() : "") << '\n';
    });
}

}  // namespace pactgraph::cli
