// Layout and output through Graphviz's own libraries (cgraph + gvc, linked in-process; the `dot`
// executable is never run). DOT text in, bytes out. Every Graphviz handle lives in a move-only
// RAII wrapper (graphviz.cpp) and every return code is checked; failures throw Error with
// Graphviz's own message.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "render/render_options.hpp"

namespace pactgraph {

// Lays out `dot_text` with `engine` and renders it as `format` ("svg", "png", "pdf", "json",
// "dot", … any Graphviz output format). Throws Error when Graphviz cannot parse, lay out or
// render.
std::string graphviz_render(std::string_view dot_text, LayoutEngine engine, std::string_view format);

// Lays out `dot_text` once and returns every node's centre in points, by node name (entity id).
// Pass the result as RenderOptions::positions to draw other graphs (yearly frames, diffs) with
// the same entities in the same places.
std::map<std::string, Point> graphviz_positions(std::string_view dot_text, LayoutEngine engine);

struct GraphvizLayout {
    std::map<std::string, Point> nodes;      // by node name
    std::map<std::string, EdgeRoute> edges;  // by edge_key()
};

// "TAIL->HEAD#N": the N-th edge (from 0, in the order written) from node TAIL to node HEAD.
std::string edge_key(std::string_view tail, std::string_view head, std::size_t n);

// Lays `dot_text` out once and returns every node's centre and every edge's route.
GraphvizLayout graphviz_layout(std::string_view dot_text, LayoutEngine engine);

// Renders DOT whose nodes and edges all carry positions (pos, lp) without moving anything
// (Graphviz's nop2 layout).
std::string graphviz_render_as_laid_out(std::string_view dot_text, std::string_view format);

// Lays `dot_text` out and returns the drawing's width (x) and height (y) in points.
Point graphviz_size(std::string_view dot_text, LayoutEngine engine);

}  // namespace pactgraph
