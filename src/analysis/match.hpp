// Pattern matching: every way a small directed pattern graph embeds in the graph (subgraph
// monomorphism: distinct pattern nodes map to distinct entities, each pattern edge to its own
// relation), answered with Boost.Graph's VF2 (vf2_subgraph_mono). The predicates are plain
// functions, so the pattern language (query/pattern.hpp) stays above this layer.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

struct MatchPattern {
    struct Edge {
        std::size_t from = 0;
        std::size_t to = 0;
    };
    std::size_t node_count = 0;
    std::vector<Edge> edges;
    std::function<bool(std::size_t node, EntityId v)> node_ok;         // kinds and attributes
    std::function<bool(std::size_t edge, RelationEdge e)> edge_ok;     // types and attributes
};

struct Match {
    std::vector<EntityId> nodes;      // per pattern node
    std::vector<RelationEdge> edges;  // per pattern edge
};

struct MatchResult {
    std::vector<Match> matches;  // ordered by the entity ids of the nodes, then relation file order
    bool truncated = false;      // more than `limit` matches exist
};

// All matches, up to `limit`. Parallel relations give one match per choice of relation. A
// symmetric relation matches a pattern edge in either direction (Match::edges holds the relation
// as written).
MatchResult match_pattern(const PartnershipGraph& g, const MatchPattern& pattern, std::size_t limit);

}  // namespace pactgraph
