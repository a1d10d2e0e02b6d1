// Mermaid flowchart output that GitHub renders inside Markdown: the same labels, kind shapes,
// type colours and status line styles where Mermaid can express them. Node ids are generated
// (n0, n1, …) and every label is entity-escaped, so no entity name can break the syntax.
#pragma once

#include <cstddef>
#include <string>

#include "model/graph.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

// GitHub's limits for a Mermaid block (its maxEdges and maxTextSize settings).
inline constexpr std::size_t kMermaidMaxEdges = 500;
inline constexpr std::size_t kMermaidMaxChars = 50000;

// The flowchart text. Throws UsageError naming the limit and suggesting a filter when the
// diagram would exceed GitHub's limits.
std::string to_mermaid(const PartnershipGraph& g, const RenderOptions& options);

}  // namespace pactgraph
