// The renderer's front door: a graph and options in, the bytes of one output format out.
// DOT and Mermaid are written directly; SVG, PNG, PDF and JSON go through Graphviz's libraries.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/graph.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

// Above these sizes dot (Graphviz 2.4x) takes more than a few seconds (11.7 s measured on
// 200 entities / 600 relations), so the automatic choice is sfdp.
inline constexpr std::size_t kDotMaxEntities = 150;
inline constexpr std::size_t kDotMaxRelations = 400;
// Beyond this many entities even sfdp runs for minutes and the picture is a hairball: callers
// refuse to lay it out (DOT and Mermaid text, which need no layout, are still written).
inline constexpr std::size_t kLayoutMaxEntities = 5000;
// True when `format` needs a layout and `g` is too large for one.
bool too_large_to_lay_out(const PartnershipGraph& g, OutputFormat format);

struct EngineChoice {
    LayoutEngine engine = LayoutEngine::dot;
    std::string note;  // why it is not the one asked for or the default; "" when it is
    bool fallback = false;  // sfdp, because the graph is too large for dot
};

// The engine to lay out with: the requested one; neato when positions are fixed; otherwise dot,
// or sfdp (with a note saying why) when the graph is too large for dot.
EngineChoice choose_engine(const PartnershipGraph& g, const RenderOptions& options);

// The rank direction: the one asked for; else, for dot layouts of graphs dot handles quickly,
// whichever of TB and LR gives the picture whose sides are closer to equal (a flat, wide TB
// layout of a graph with few ranks becomes LR); else TB.
RankDir choose_rankdir(const PartnershipGraph& g, const RenderOptions& options);

struct Rendered {
    std::string bytes;
    std::string note;  // for standard error (e.g. the sfdp fallback); "" when nothing to say
    bool engine_fallback = false;  // sfdp was chosen because the graph is too large for dot
};

// Renders `g` in `format`. Throws Error (Graphviz failures) or UsageError (Mermaid limits).
Rendered render_graph(const PartnershipGraph& g, const RenderOptions& options, OutputFormat format);

// Lays `g` out once (with the engine choose_engine picks) and returns each entity's position by
// id, ready for RenderOptions::positions of later pictures.
std::map<std::string, Point> layout_positions(const PartnershipGraph& g, const RenderOptions& options);

// The same layout with every edge's route too, for RenderOptions::positions and ::routes: a
// picture of a part of `g` drawn with both keeps every entity, edge and label where it was.
struct FixedLayout {
    std::map<std::string, Point> positions;
    std::map<std::string, EdgeRoute> routes;
};
FixedLayout fixed_layout(const PartnershipGraph& g, const RenderOptions& options);

// --highlight: marks the entities named (ids or aliases) and their relations as `highlight`,
// everything else as `faded`. Throws UsageError for an unknown id (with "did you mean").
void apply_highlight(const PartnershipGraph& g, const std::vector<std::string>& ids,
                     RenderOptions& options);

}  // namespace pactgraph
