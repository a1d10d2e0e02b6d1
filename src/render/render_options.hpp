// What a picture of the graph should look like: output format, layout engine, theme, clusters,
// extra Graphviz attributes (safe ones only), and the hooks other commands use to add meaning to
// the picture: per-entity scales (node size, node shade), per-entity and per-relation marks
// (highlight, conflict, diff), and fixed node positions (yearly frames that keep their layout).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/enum_names.hpp"

namespace pactgraph {

enum class OutputFormat : std::uint8_t { dot, svg, png, pdf, mermaid, json };
enum class LayoutEngine : std::uint8_t { dot, neato, fdp, sfdp, circo, twopi };
// auto: an SVG that follows the reader's prefers-color-scheme (light in other formats).
enum class Theme : std::uint8_t { light, dark, auto_ };
enum class ClusterBy : std::uint8_t { none, kind, role, community };
enum class RankDir : std::uint8_t { LR, TB };

// How one entity or relation stands out. `none` draws the plain style; the others override it
// and get a legend entry when present. `faded` greys out the context of a highlight.
enum class Mark : std::uint8_t { none, highlight, faded, conflict, added, removed, changed };

inline constexpr EnumNames<OutputFormat, 6> kOutputFormatNames{
    "format",
    {{{OutputFormat::dot, "dot"},
      {OutputFormat::svg, "svg"},
      {OutputFormat::png, "png"},
      {OutputFormat::pdf, "pdf"},
      {OutputFormat::mermaid, "mermaid"},
      {OutputFormat::json, "json"}}}};
inline constexpr EnumNames<LayoutEngine, 6> kEngineNames{
    "layout engine",
    {{{LayoutEngine::dot, "dot"},
      {LayoutEngine::neato, "neato"},
      {LayoutEngine::fdp, "fdp"},
      {LayoutEngine::sfdp, "sfdp"},
      {LayoutEngine::circo, "circo"},
      {LayoutEngine::twopi, "twopi"}}}};
inline constexpr EnumNames<Theme, 3> kThemeNames{
    "theme", {{{Theme::light, "light"}, {Theme::dark, "dark"}, {Theme::auto_, "auto"}}}};
inline constexpr EnumNames<ClusterBy, 4> kClusterByNames{
    "cluster grouping",
    {{{ClusterBy::none, "none"}, {ClusterBy::kind, "kind"}, {ClusterBy::role, "role"},
      {ClusterBy::community, "community"}}}};
inline constexpr EnumNames<RankDir, 2> kRankDirNames{"rank direction", {{{RankDir::LR, "LR"}, {RankDir::TB, "TB"}}}};
inline constexpr EnumNames<Mark, 7> kMarkNames{"mark",
                                               {{{Mark::none, "none"},
                                                 {Mark::highlight, "highlight"},
                                                 {Mark::faded, "faded"},
                                                 {Mark::conflict, "conflict"},
                                                 {Mark::added, "added"},
                                                 {Mark::removed, "removed"},
                                                 {Mark::changed, "changed"}}}};

// One number per entity (indexed by EntityId) and the metric's name for the legend.
// NaN values are drawn as "no value" (smallest size, neutral shade).
struct EntityScale {
    std::string metric;
    std::vector<double> values;
};

// A group number per entity (indexed by EntityId; 0, 1, 2 …) and what the groups are, e.g.
// communities computed by the command. ClusterBy::community draws each group as a cluster
// ("community 1" …); RenderOptions::color_by_group fills each with its own colour.
struct EntityGroups {
    std::string name;
    std::vector<std::uint32_t> of;
};

// A node position in points (Graphviz's unit, y up), as layout_positions() returns it.
struct Point {
    double x = 0;
    double y = 0;
};

// A laid-out edge as Graphviz writes it: its spline ("pos") and its label's centre ("lp").
struct EdgeRoute {
    std::string spline;
    std::string label_pos;
};

struct Attribute {
    std::string name;
    std::string value;
};

// PNG's default resolution: twice Graphviz's 96, sharp on high-density screens.
inline constexpr double kPngDpi = 192;

struct RenderOptions {
    // nullopt: dot, or sfdp when the graph is too large for dot (see choose_engine()).
    std::optional<LayoutEngine> engine;
    // nullopt: whichever of TB and LR gives the squarer picture (render_graph decides; writers
    // called directly use TB).
    std::optional<RankDir> rankdir;
    Theme theme = Theme::light;
    ClusterBy cluster_by = ClusterBy::none;
    bool legend = true;
    bool merge_parallel = false;  // one edge per (from, to, type, status, exclusive)
    std::optional<std::string> title;  // replaces the graph's own title ("" hides it)
    // Pixels per inch of PNG output (nullopt: kPngDpi); other formats ignore it. -Gdpi wins.
    std::optional<double> dpi;

    // -G/-N/-E: checked by check_attribute() before they get here.
    std::vector<Attribute> graph_attributes;
    std::vector<Attribute> node_attributes;
    std::vector<Attribute> edge_attributes;

    // Hooks (all optional; empty vectors mean "none").
    std::optional<EntityScale> size_by;   // node size grows with the value
    std::optional<EntityScale> color_by;  // node fill shade follows the value
    std::optional<EntityGroups> groups;   // for ClusterBy::community and color_by_group
    bool color_by_group = false;          // node fill by group (a categorical palette)
    std::vector<Mark> entity_marks;       // indexed by EntityId
    std::vector<Mark> relation_marks;     // indexed by RelationId
    // Fixed positions by entity id (points). When set, entities found here are pinned
    // (pos="x,y!") and the picture is laid out with neato -n; the others are placed by neato.
    std::map<std::string, Point> positions;
    // With positions: fixed edge routes by edge key (edge_key()). When every edge drawn has one,
    // the picture is drawn exactly as laid out (Graphviz's nop2 engine: nothing moves), so a
    // yearly frame is the whole picture minus what is not in force yet, labels where they were.
    std::map<std::string, EdgeRoute> routes;
    // Sentences a command adds to the SVG's description (e.g. the exclusivity conflicts found).
    std::vector<std::string> description_notes;
};

inline std::string_view format_name(OutputFormat f) { return kOutputFormatNames.name(f); }
inline std::string_view engine_name(LayoutEngine e) { return kEngineNames.name(e); }
inline std::string_view mark_name(Mark m) { return kMarkNames.name(m); }
inline std::vector<std::string> format_names() { return kOutputFormatNames.names(); }
inline std::vector<std::string> engine_names() { return kEngineNames.names(); }
// Parse a name; throw InvalidChoice listing the valid ones (with "did you mean").
inline OutputFormat parse_format(std::string_view name) { return kOutputFormatNames.parse(name); }
inline LayoutEngine parse_engine(std::string_view name) { return kEngineNames.parse(name); }

// The format an output file name implies (.svg, .png, .pdf, .dot/.gv, .mmd/.mermaid, .json);
// nullopt when the extension says nothing we write.
std::optional<OutputFormat> format_for_extension(std::string_view path);
// The usual extension of a format, with its dot (".svg", ".mmd").
std::string_view extension_for(OutputFormat f);

enum class AttributeTarget : std::uint8_t { graph, node, edge };

// Parses "name=value" for -G/-N/-E and checks it against the safe list: attributes that make
// Graphviz read local files (image, shapefile, fontpath, imagepath, stylesheet, …) or emit links
// are refused, with the reason. Throws UsageError.
Attribute parse_attribute(std::string_view text, AttributeTarget target);

}  // namespace pactgraph
