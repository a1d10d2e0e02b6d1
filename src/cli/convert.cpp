#include "cli/convert.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

#include "analysis/paths.hpp"
#include "cli/file_output.hpp"
#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "io/csv_writer.hpp"
#include "io/gexf_writer.hpp"
#include "io/graphml.hpp"
#include "io/json_graph.hpp"
#include "io/snapshot_writer.hpp"
#include "io/toml_writer.hpp"
#include "render/render.hpp"
#include "support/enum_names.hpp"
#include "support/suggest.hpp"

namespace pactgraph::cli {

namespace {

inline constexpr EnumNames<ConvertFormat, 9> kConvertFormatNames{
    "output format",
    {{{ConvertFormat::toml, "toml"},
      {ConvertFormat::csv, "csv"},
      {ConvertFormat::json, "json"},
      {ConvertFormat::graphml, "graphml"},
      {ConvertFormat::gexf, "gexf"},
      {ConvertFormat::neo4j, "neo4j"},
      {ConvertFormat::graphframes, "graphframes"},
      {ConvertFormat::dot, "dot"},
      {ConvertFormat::pgsnap, "pgsnap"}}}};

struct ConvertOptions {
    GraphInput input;
    std::optional<ConvertFormat> format;  // -T; none: from -o's extension
    std::string output;                   // -o; empty: standard output
    bool check = false;
};

bool names_directory(const std::string& output) {
    return output.back() == '/' || std::filesystem::is_directory(output);
}

// The two files of a two-file format: DIR/first + DIR/second, or BASE.first + BASE.second.
std::pair<std::string, std::string> pair_names(const std::string& output, const char* first,
                                               const char* second) {
    if (output.empty() || output == "-")
        throw UsageError("this format is two files; pass -o DIR/ or -o BASE (see docs/formats.md)");
    if (names_directory(output)) {
        const std::string dir = output.back() == '/' ? output : output + "/";
        return {dir + first, dir + second};
    }
    std::string base = output;
    if (base.size() > 4 && base.compare(base.size() - 4, 4, ".csv") == 0) base.resize(base.size() - 4);
    return {base + "." + first, base + "." + second};
}

std::vector<ConvertedFile> two_files(const std::string& output, const char* first, std::string first_text,
                                     const char* second, std::string second_text) {
    const auto [a, b] = pair_names(output, first, second);
    return {{a, std::move(first_text)}, {b, std::move(second_text)}};
}

// The snapshot keeps the path view too, so that `paths` can search it without the model (a
// graph whose view would not fit 32-bit ids is stored without it).
std::string snapshot_text(const PartnershipGraph& g, const std::vector<Diagnostic>& warnings) {
    std::optional<Projection> view;
    try {
        view = path_view(g);
    } catch (const ViewTooLargeError&) {
        return write_snapshot(g, warnings);
    }
    const snapshot::Adjacency adjacency{view->out.offsets, view->out.targets, view->in.offsets, view->in.targets};
    return write_snapshot(g, warnings, &adjacency);
}

std::string one_file_text(const PartnershipGraph& g, const std::vector<Diagnostic>& warnings,
                          ConvertFormat format) {
    switch (format) {
        case ConvertFormat::toml:
            return to_toml(g, "Converted from " + g.info().source_name + " by pactgraph convert.");
        case ConvertFormat::json: return write_node_link_json(g);
        case ConvertFormat::graphml: return write_graphml(g);
        case ConvertFormat::gexf: return write_gexf(g);
        case ConvertFormat::pgsnap: return snapshot_text(g, warnings);
        default: return render_graph(g, RenderOptions{}, OutputFormat::dot).bytes;
    }
}

int run_convert(const ConvertOptions& opts, Io& io) {
    const ConvertFormat format = opts.format ? *opts.format : [&] {
        if (auto f = convert_format_for(opts.output)) return *f;
        if (opts.output.empty() || opts.output == "-")
            throw UsageError("-T: name the output format when writing to standard output (" +
                             join_choices(kConvertFormatNames.names(), ", ") + ")");
        throw UsageError("cannot tell the format from '" + opts.output + "'; pass -T FORMAT (" +
                         join_choices(kConvertFormatNames.names(), ", ") + ")");
    }();
    if (opts.check && (opts.output.empty() || opts.output == "-"))
        throw UsageError("--check compares a file: pass -o FILE");
    const LoadResult r = load_input(opts.input, io);
    int status = 0;
    for (const ConvertedFile& f : converted_files(r.graph, format, opts.output, r.warnings)) {
        if (f.path == "-") io.out << f.text;
        else status = std::max(status, deliver_file(f.path, f.text, opts.check, io));
    }
    return status;
}

}  // namespace

std::optional<ConvertFormat> convert_format_for(const std::string& output) {
    if (output.empty() || output == "-" || names_directory(output)) return std::nullopt;
    const std::string ext = std::filesystem::path(output).extension().string();
    if (ext == ".gv") return ConvertFormat::dot;
    if (ext.size() < 2) return std::nullopt;
    const auto f = kConvertFormatNames.find(ext.substr(1));
    if (f == ConvertFormat::neo4j || f == ConvertFormat::graphframes) return std::nullopt;
    return f;
}

std::vector<ConvertedFile> converted_files(const PartnershipGraph& g, ConvertFormat format,
                                           const std::string& output,
                                           const std::vector<Diagnostic>& warnings) {
    switch (format) {
        case ConvertFormat::csv:
            return two_files(output, "nodes.csv", write_csv_nodes(g), "edges.csv", write_csv_edges(g));
        case ConvertFormat::neo4j:
            return two_files(output, "nodes.csv", write_neo4j_nodes(g), "relationships.csv",
                             write_neo4j_relationships(g));
        case ConvertFormat::graphframes:
            return two_files(output, "vertices.csv", write_graphframes_vertices(g), "edges.csv",
                             write_graphframes_edges(g));
        default:
            if (!output.empty() && output != "-" && names_directory(output))
                throw UsageError("'" + output + "' is a directory; name the output file");
            return {{output.empty() ? "-" : output, one_file_text(g, warnings, format)}};
    }
}

void setup_convert(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<ConvertOptions>();
    CLI::App* cmd = app.add_subcommand(
        "convert", "read a graph in any readable format and write it as TOML, CSV, JSON (NetworkX), "
                   "GraphML, GEXF, Neo4j or GraphFrames CSV, DOT, or a binary snapshot that every "
                   "command reads fast (see docs/formats.md)");
    add_graph_input(*cmd, opts->input);
    add_enum_option(*cmd, "-T,--format", opts->format, kConvertFormatNames,
                    "output format (default: from -o's extension)")
        ->type_name("FORMAT");
    cmd->add_option("-o,--output", opts->output,
                    "write to FILE (atomically); two-file formats: DIR/ or BASE (BASE.nodes.csv, "
                    "BASE.edges.csv); none or -: standard output")
        ->type_name("FILE");
    add_check_flag(*cmd, opts->check);
    cmd->footer("Examples:\n"
                "  pactgraph convert graphs/openai-frontier.toml -o g.json\n"
                "  pactgraph convert --nodes nodes.csv --edges edges.csv -o g.toml\n"
                "  pactgraph convert - --input-format csv -o g.toml < edges.csv\n"
                "  pactgraph convert g.toml -T neo4j -o import/\n"
                "  pactgraph convert big.csv -o big.pgsnap");
    cmd->callback([opts, &ctx] { ctx.status = run_convert(*opts, ctx.io); });
}

}  // namespace pactgraph::cli
