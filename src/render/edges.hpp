// The edges a picture draws: one per relation, or with --merge-parallel one per group of
// parallel relations of the same type, status and exclusivity (Microsoft's $1B and $10B
// investments become one "$11B, 2019–2023" edge). Shared by the DOT and Mermaid writers, with
// the texts they put on nodes and edges (labels, tooltips, links).
#pragma once

#include <string>
#include <vector>

#include "model/graph.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

struct DrawnEdge {
    EntityId from = kNoEntity;
    EntityId to = kNoEntity;
    std::vector<RelationId> relations;  // at least one, in file order
};

// In file order of each group's first relation.
std::vector<DrawnEdge> drawn_edges(const PartnershipGraph& g, bool merge_parallel);

// Label lines: "invests in", an optional file label, "$11B, 2019–2023", "exclusive: SCOPE".
std::vector<std::string> edge_label_lines(const PartnershipGraph& g, const DrawnEdge& e);
// Provenance for a tooltip: per relation "A → B: type, amount, date, status", the note and
// every source (citation, publisher, date, confidence, URL).
std::string edge_tooltip(const PartnershipGraph& g, const DrawnEdge& e);
// The first http(s) source URL of the edge's relations; "" when none.
std::string edge_link(const PartnershipGraph& g, const DrawnEdge& e);

std::string entity_tooltip(const PartnershipGraph& g, EntityId v);
// The entity's URL when it is http(s); "" otherwise.
std::string entity_link(const PartnershipGraph& g, EntityId v);

// The strongest mark among the edge's relations (conflict > removed > added > changed >
// highlight > faded > none).
Mark edge_mark(const RenderOptions& o, const DrawnEdge& e);
Mark entity_mark(const RenderOptions& o, EntityId v);
// True when the picture marks changes (added, removed, changed: diff pictures): colour then
// shows the change, so edges of no mark are drawn in a neutral colour, not their type's.
bool marks_show_change(const RenderOptions& o);

// Breaks text into lines of at most `width` characters at spaces (longer words stay whole).
std::vector<std::string> wrap_words(const std::string& text, std::size_t width);

}  // namespace pactgraph
