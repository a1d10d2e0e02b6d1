// The render options every picture-making command shares (-T -K -o -O -G -N -E --rankdir
// --theme --cluster-by --no-legend --title --merge-parallel --highlight --dpi --check), and writing the result
// to standard output or, atomically, to a file. `render` uses them; so can `subgraph`, `match`
// and `diff`: add_render_options(cmd, opts) in setup, then in the callback
//   RenderOptions o = to_render_options(opts, graph);   // add marks/scales to `o` here
//   ctx.status = write_rendered(opts, graph, o, input_path, ctx.io);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "io/graph_source.hpp"
#include "model/graph.hpp"
#include "render/render_options.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

struct RenderCli {
    // -T, as a picture format; none: from -o's extension, else dot.
    std::optional<OutputFormat> format;
    // A command's own -T words, for output that is not a picture ("text" and "json" in diff,
    // "toml" in subgraph): set before add_render_options; -T's value lands in own_format.
    std::vector<std::string> own_formats;
    std::string own_format;
    std::optional<LayoutEngine> engine;  // -K; none: automatic (dot, sfdp for large graphs)
    std::string output;  // -o; empty: standard output
    bool auto_output = false;  // -O
    std::vector<std::string> graph_attributes, node_attributes, edge_attributes;
    std::optional<RankDir> rankdir;  // none: automatic
    Theme theme = Theme::light;
    ClusterBy cluster_by = ClusterBy::none;
    bool no_legend = false;
    std::string title;
    bool title_set = false;
    bool merge_parallel = false;
    std::vector<std::string> highlight;
    std::optional<double> dpi;  // --dpi: PNG resolution (default kPngDpi)
    bool check = false;         // --check: compare with the file instead of writing it
};

// Adds the options to `cmd`. A command with its own --format (match: table/json/tsv) passes
// `long_format = false` to get the picture format as -T only.
void add_render_options(CLI::App& cmd, RenderCli& opts, bool long_format = true);

// True when the user asked for a picture (-T with a picture format, -o with a picture
// extension, or -O) rather than the command's own output.
bool has_picture_request(const RenderCli& opts);

// The picture format: -T, else -o's extension, else dot. Throws UsageError when -o's extension
// names no format.
OutputFormat output_format(const RenderCli& opts);

// Checks and converts the options (engine, theme, -G/-N/-E, --highlight ids …). Throws UsageError.
RenderOptions to_render_options(const RenderCli& opts, const PartnershipGraph& g);

// Louvain communities (default settings, as `communities FILE`) as groups for the picture.
EntityGroups community_groups(const PartnershipGraph& g);

// Renders `g` with `options` and writes it: to -o (atomically), to the -O name derived from
// the input (graphs/x.toml -> graphs/x.svg; standard input -> noname.svg), or to io.out.
// Prints the renderer's note (e.g. the sfdp fallback) and the file written to io.err. With
// --check writes nothing and returns 1 when the file is stale (see file_output.hpp), else 0.
int write_rendered(const RenderCli& opts, const PartnershipGraph& g, const RenderOptions& options,
                    const GraphSource& input, Io& io);

}  // namespace pactgraph::cli
