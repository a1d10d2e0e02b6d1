// Neighbourhoods and paths between entities: the answers behind `neighbors`, `paths` and
// `subgraph --ego/--path`. Pure computations returning values; callers format them.
//
// A path is a sequence of hops between distinct entities. Parallel relations between the same
// two entities (Microsoft's 2019 and 2023 investments in OpenAI) are one hop; the hop lists
// them all, most significant first (largest disclosed amount, then latest date, then file order).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/view.hpp"
#include "model/graph.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

enum class PathDirection { out, in, both };
inline constexpr EnumNames<PathDirection, 3> kPathDirectionNames{
    "direction",
    {{{PathDirection::out, "out"}, {PathDirection::in, "in"}, {PathDirection::both, "both"}}}};

// One relation reached while walking out from the centre: it joins `via` (at depth - 1) to
// `entity` (at `depth`).
struct NeighborStep {
    EntityId entity = kNoEntity;
    EntityId via = kNoEntity;
    int depth = 0;
    RelationEdge relation;
};

struct Neighborhood {
    EntityId center = kNoEntity;
    std::vector<EntityId> entities;  // reached within the depth, centre excluded; by depth, then id
    std::vector<int> depth_of;       // per entity of the graph; -1 when not reached
    std::vector<NeighborStep> steps; // by depth, then entity id, then file order
};

// The view neighbourhoods and path searches run on: the directed, unweighted analysis view,
// project(g, false, false). Commands build it once and ask it every question.
Projection path_view(const PartnershipGraph& g);

// Entities within `depth` hops of `center`, following relations out of (`out`), into (`in`) or
// either way from each entity, and the relations that lead from one ring to the next. A
// symmetric relation (PartnershipGraph::symmetric) is followed both ways whatever the direction;
// so are the searches below. `view` is path_view(g); the overload without it builds it.
Neighborhood neighborhood(const PartnershipGraph& g, const Projection& view, EntityId center,
                          PathDirection direction, int depth);
Neighborhood neighborhood(const PartnershipGraph& g, EntityId center, PathDirection direction, int depth);

enum class PathWeight { hops, amount };
inline constexpr EnumNames<PathWeight, 2> kPathWeightNames{
    "weight", {{{PathWeight::hops, "hops"}, {PathWeight::amount, "amount"}}}};

struct PathOptions {
    bool undirected = false;          // follow relations against their direction too
    PathWeight weight = PathWeight::hops;
    int max_hops = 4;                 // --all: the longest path considered
    std::size_t limit = 100;          // --all: paths kept; the rest are counted
    std::size_t step_budget = 2'000'000;  // --all: search steps before giving up counting
};

struct Hop {
    EntityId from = kNoEntity;
    EntityId to = kNoEntity;
    std::vector<RelationEdge> relations;  // most significant first; at least one
};

struct Path {
    std::vector<Hop> hops;
    double cost = 0;  // hops, or the sum of the hops' amount costs
};

struct PathsResult {
    std::vector<Path> paths;  // shortest first, then by entity ids
    std::size_t more = 0;     // paths found beyond the limit and not kept
    bool search_stopped = false;  // the step budget ran out: `more` is a lower bound
};

// The cost of following a relation under --weight amount: $1B / amount, so a $50B deal is 50 times
// closer than a $1B one; nullopt (not followed) when the amount is undisclosed or zero.
std::optional<double> amount_cost(const Relation& r);

// The shortest path (fewest hops, or least amount cost) from `from` to `to`; nullopt when none;
// no hops when from == to. Among equally short paths, the one whose entities come first by id
// (analysis/path_search.hpp, which also answers many questions on one view).
std::optional<Path> shortest_path(const PartnershipGraph& g, const Projection& view, EntityId from,
                                  EntityId to, const PathOptions& options);
std::optional<Path> shortest_path(const PartnershipGraph& g, EntityId from, EntityId to,
                                  const PathOptions& options);

// All simple paths of at most options.max_hops hops, shortest first, then by entity ids,
// keeping options.limit.
PathsResult all_simple_paths(const PartnershipGraph& g, const Projection& view, EntityId from,
                             EntityId to, const PathOptions& options);
PathsResult all_simple_paths(const PartnershipGraph& g, EntityId from, EntityId to,
                             const PathOptions& options);

// The path through `entities` (consecutive ones joined by a relation the options may follow),
// each hop with all its relations, most significant first, and the path's cost.
Path path_through(const PartnershipGraph& g, const std::vector<EntityId>& entities,
                  const PathOptions& options);

}  // namespace pactgraph
