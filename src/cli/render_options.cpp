#include "cli/render_options.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "analysis/communities.hpp"
#include "cli/file_output.hpp"
#include "cli/options.hpp"
#include "analysis/conflicts.hpp"
#include "format/conflicts_format.hpp"
#include "render/render.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph::cli {

void add_render_options(CLI::App& cmd, RenderCli& o, bool long_format) {
    std::vector<std::string> names = o.own_formats;
    for (const std::string& f : format_names())
        if (std::find(names.begin(), names.end(), f) == names.end()) names.push_back(f);
    const std::string fallback = o.own_formats.empty() ? "dot" : o.own_formats.front();
    cmd.add_option_function<std::string>(
           long_format ? "-T,--format" : "-T",
           [&o](const std::string& v) {
               if (std::find(o.own_formats.begin(), o.own_formats.end(), v) != o.own_formats.end())
                   o.own_format = v;
               else
                   o.format = kOutputFormatNames.parse(v);
           },
           "output format (default: from -o's extension, else " + fallback + ")")
        ->check(choice_check("format", names))
        ->type_name("FORMAT");
    add_enum_option(cmd, "-K,--engine", o.engine, kEngineNames,
                    "layout engine (default: dot, or sfdp for large graphs)")
        ->type_name("ENGINE");
    cmd.add_option("-o,--output", o.output, "write to FILE (atomically) instead of standard output")
        ->type_name("FILE");
    cmd.add_flag("-O", o.auto_output, "write next to the input: graphs/x.toml -> graphs/x.FORMAT");
    const auto attr = [&cmd](const char* flag, std::vector<std::string>& into, const char* what) {
        cmd.add_option(flag, into, std::string("set a default ") + what +
                                       " attribute (safe ones only, e.g. fontsize=14); repeatable")
            ->type_name("NAME=VALUE")
            ->allow_extra_args(false);
    };
    attr("-G", o.graph_attributes, "graph");
    attr("-N", o.node_attributes, "node");
    attr("-E", o.edge_attributes, "edge");
    add_enum_option(cmd, "--rankdir", o.rankdir, kRankDirNames,
                    "direction of the layout (default: the one that gives the squarer picture)");
    add_enum_option(cmd, "--theme", o.theme, kThemeNames, "colours for a light or a dark page");
    add_enum_option(cmd, "--cluster-by", o.cluster_by, kClusterByNames,
                    "draw boxes around entities of one kind, one (first) role, or none");
    cmd.add_flag("--no-legend", o.no_legend, "leave the legend out");
    cmd.add_option("--title", o.title, "title on the picture (default: the graph's title; \"\" for none)")
        ->type_name("TEXT")
        ->each([&o](const std::string&) { o.title_set = true; });
    cmd.add_flag("--merge-parallel", o.merge_parallel,
                 "draw parallel relations of one type and status as one edge ($1B + $10B -> $11B)");
    cmd.add_option("--highlight", o.highlight,
                   "emphasise these entities (ids or aliases) and their relations; fade the rest")
        ->type_name("ID[,ID...]")
        ->delimiter(',');
    cmd.add_option("--dpi", o.dpi, "PNG resolution in dots per inch (default: 192, twice Graphviz's 96; "
                                   "-Gdpi=N sets it too)")
        ->type_name("N")
        ->check(CLI::Range(24.0, 1200.0));
    add_check_flag(cmd, o.check);
}

bool has_picture_request(const RenderCli& o) {
    if (!o.own_format.empty()) return false;
    return o.format || o.auto_output || (!o.output.empty() && format_for_extension(o.output));
}

OutputFormat output_format(const RenderCli& o) {
    if (o.format) return *o.format;
    // An output named without an extension gets the default format (docs/rendering.md); an
    // extension that names no format is refused: it is likely a typo (.sgv).
    if (!o.output.empty() && o.output != "-" && std::filesystem::path(o.output).has_extension()) {
        if (auto f = format_for_extension(o.output)) return *f;
        throw UsageError("cannot tell the format from '" + o.output + "'; pass -T FORMAT (" +
                         join_choices(format_names(), ", ") + ")");
    }
    return OutputFormat::dot;
}

EntityGroups community_groups(const PartnershipGraph& g) {
    return EntityGroups{"community", louvain_communities(g).of};
}

RenderOptions to_render_options(const RenderCli& o, const PartnershipGraph& g) {
    RenderOptions r;
    r.engine = o.engine;
    r.rankdir = o.rankdir;
    r.theme = o.theme;
    r.cluster_by = o.cluster_by;
    if (o.cluster_by == ClusterBy::community) r.groups = community_groups(g);
    r.legend = !o.no_legend;
    r.merge_parallel = o.merge_parallel;
    r.dpi = o.dpi;
    if (o.title_set) r.title = o.title;
    for (const auto& a : o.graph_attributes) r.graph_attributes.push_back(parse_attribute(a, AttributeTarget::graph));
    for (const auto& a : o.node_attributes) r.node_attributes.push_back(parse_attribute(a, AttributeTarget::node));
    for (const auto& a : o.edge_attributes) r.edge_attributes.push_back(parse_attribute(a, AttributeTarget::edge));
    for_option("--highlight", [&] { apply_highlight(g, o.highlight, r); });
    r.description_notes.push_back(conflicts_sentence(g, find_conflicts(g)));
    return r;
}

int write_rendered(const RenderCli& o, const PartnershipGraph& g, const RenderOptions& options,
                   const GraphSource& input, Io& io) {
    if (o.auto_output && !o.output.empty()) throw UsageError("-o and -O exclude each other; pass one");
    const OutputFormat format = output_format(o);
    if (too_large_to_lay_out(g, format))
        throw UsageError(std::to_string(g.entity_count()) + " entities are too many to lay out (more than " +
                         std::to_string(kLayoutMaxEntities) + "); draw the most central ones with "
                         "--top 50 --by pagerank, narrow it with --kinds/--types/--where, or write -T dot");
    const bool to_stdout = !o.auto_output && (o.output.empty() || o.output == "-");
    if (o.check && to_stdout) throw UsageError("--check compares a file: pass -o FILE or -O");
    const Rendered r = render_graph(g, options, format);
    if (!r.note.empty())
        io.err << r.note << (r.engine_fallback ? " (pass -K dot to insist)" : "") << '\n';
    if (to_stdout) {
        io.out << r.bytes;
        return 0;
    }
    const std::string path = o.auto_output ? input.stem() + std::string(extension_for(format)) : o.output;
    return deliver_file(path, r.bytes, o.check, io);
}

}  // namespace pactgraph::cli
