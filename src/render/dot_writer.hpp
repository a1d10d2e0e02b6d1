// The pure half of rendering: a PartnershipGraph and RenderOptions in, styled DOT text out (no
// Graphviz calls). `pactgraph render -T dot` prints it, and the graphviz module lays it out.
// Every name, label and note goes through dot_quote/xml_escape; only http(s) links are emitted;
// no attribute that names a file is ever written.
#pragma once

#include <string>
#include <vector>

#include "model/graph.hpp"
#include "render/edges.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

// The DOT for `g`. `engine` is the layout the DOT is meant for (written as `layout=` when it is
// not dot, so `dot -Tsvg` on the text draws the same picture).
std::string to_dot(const PartnershipGraph& g, const RenderOptions& options,
                   LayoutEngine engine = LayoutEngine::dot);

// The legend as a Graphviz HTML-like label (a table), listing only what the picture shows:
// kinds, relation types, line styles, exclusivity, marks and scales. "" when there is nothing.
std::string legend_label(const PartnershipGraph& g, const RenderOptions& options,
                         const std::vector<DrawnEdge>& edges);

// Each entity's value of `scale` mapped to [0,1] over the finite values (NaN stays NaN; all
// equal gives 0.5).
std::vector<double> normalized(const EntityScale& scale, std::size_t entity_count);

}  // namespace pactgraph
