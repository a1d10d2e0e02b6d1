// `subgraph`: which part of a (filtered) graph to keep.
//   --ego ID --depth K   ID and the entities within K hops (either way, or --in/--out), with every
//                        relation among them (induced, like NetworkX's ego_graph).
//   --path FROM TO       the entities on the shortest path (or on every simple path with --all),
//                        with the relations of those hops (parallel ones included).
//   neither              the whole graph (after the shared filters).
#pragma once

#include <optional>
#include <string>

#include "analysis/match.hpp"
#include "analysis/paths.hpp"

namespace pactgraph {

struct SubgraphSpec {
    std::optional<std::string> ego;
    int depth = 1;
    PathDirection direction = PathDirection::both;
    std::optional<std::pair<std::string, std::string>> path;
    bool all_paths = false;
    PathOptions path_options;
};

// Throws UsageError for an unknown id. May return a graph with no entities (no path).
PartnershipGraph select_subgraph(const PartnershipGraph& g, const SubgraphSpec& spec);

}  // namespace pactgraph

namespace pactgraph {

// The entities and relations the matches use (for `match -T`).
PartnershipGraph matched_subgraph(const PartnershipGraph& g, const MatchResult& r);

}  // namespace pactgraph
