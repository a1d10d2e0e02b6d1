#include "cli/render_options.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <ostream>

#include "analysis/communities.hpp"
#include "cli/options.hpp"
#include "render/render.hpp"
#include "support/atomic_file.hpp"
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
}

bool has_picture_request(const RenderCli& o) {
    if (!o.own_format.empty()) return false;
    return o.format || o.auto_output || (!o.output.empty() && format_for_extension(o.output));
}

OutputFormat output_format(const RenderCli& o) {
    if (o.format) return *o.format;
    if (!o.output.empty() && o.output != "-") {
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
    if (o.title_set) r.title = o.title;
    for (const auto& a : o.graph_attributes) r.graph_attributes.push_back(parse_attribute(a, AttributeTarget::graph));
    for (const auto& a : o.node_attributes) r.node_attributes.push_back(parse_attribute(a, AttributeTarget::node));
    for (const auto& a : o.edge_attributes) r.edge_attributes.push_back(parse_attribute(a, AttributeTarget::edge));
    for_option("--highlight", [&] { apply_highlight(g, o.highlight, r); });
    return r;
}

void write_rendered(const RenderCli& o, const PartnershipGraph& g, const RenderOptions& options,
                    const GraphSource& input, Io& io) {
    if (o.auto_output && !o.output.empty()) throw UsageError("-o and -O exclude each other; pass one");
    const OutputFormat format = output_format(o);
    const Rendered r = render_graph(g, options, format);
    if (!r.note.empty())
        io.err << r.note << (r.engine_fallback ? " (pass -K dot to insist)" : "") << '\n';
    if (o.auto_output) write_file_atomically(input.stem() + std::string(extension_for(format)), r.bytes);
    else if (!o.output.empty() && o.output != "-") write_file_atomically(o.output, r.bytes);
    else io.out << r.bytes;
}

}  // namespace pactgraph::cli
