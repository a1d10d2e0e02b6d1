// Shortest paths on the analysis view by bidirectional search: breadth-first for hops, Dijkstra
// for amount costs. Each query costs time proportional to the part of the graph the two searches
// explore (the balls around FROM and TO until they meet), not to the graph: the per-entity
// scratch is allocated once, when the search is made, and only what a query touched is reset.
//
// Which path among equally short ones: the one whose entities come first by id, compared from
// FROM (the first hop's entity id, then the second's, ...): what a breadth-first search from
// FROM visiting neighbours in id order would find. Under --weight amount, costs are sums of
// floating-point numbers, and costs that agree to 12 significant digits count as equal.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/paths.hpp"
#include "analysis/view.hpp"

namespace pactgraph {

class ShortestPathSearch {
public:
    // `view` is the directed, unweighted view of `g` (path_view(g)); both must outlive the search.
    ShortestPathSearch(const PartnershipGraph& g, const Projection& view);
    // A search without the model: `view` may hold only the adjacency (adjacency_view), and
    // `entity_id` names each vertex (ties between equally short paths go by id). It answers
    // shortest_entities by hops only: costs by amount and whole paths need the model.
    using EntityIdOf = std::function<std::string_view(EntityId)>;
    ShortestPathSearch(const Projection& view, EntityIdOf entity_id);

    // The shortest path from `from` to `to` (fewest hops, or least amount cost); nullopt when
    // there is none; no hops when from == to.
    std::optional<Path> shortest(EntityId from, EntityId to, const PathOptions& options);
    // The entities of that path, FROM and TO included; empty when there is none.
    std::vector<EntityId> shortest_entities(EntityId from, EntityId to, const PathOptions& options);

    // How many entities the last query labelled, both searches together: its cost.
    std::size_t explored() const { return side_[0].touched.size() + side_[1].touched.size(); }

private:
    struct Side {
        std::vector<double> dist;            // +inf: not reached
        std::vector<std::uint8_t> settled;   // Dijkstra: distance final
        std::vector<std::uint32_t> touched;  // labelled, in the order reached
        std::vector<std::uint32_t> order;    // final distances, in nondecreasing order
    };
    struct Arc {
        std::uint32_t to;
        double cost;
    };

    void reset();
    void label(int side, std::uint32_t v, double d);
    template <typename Visit>
    void for_each_arc(int side, std::uint32_t v, Visit visit) const;
    double arc_cost(const Csr& c, std::uint32_t arc) const;
    bool breadth_first(std::uint32_t from, std::uint32_t to);
    bool dijkstra(std::uint32_t from, std::uint32_t to);
    void distances_to_target();
    double to_target(std::uint32_t v) const;
    std::vector<EntityId> walk(std::uint32_t from, std::uint32_t to) const;

    const PartnershipGraph* g_;  // null: the search without the model
    const Projection& view_;
    EntityIdOf entity_id_;
    Side side_[2];                    // 0: from FROM along the relations, 1: from TO against them
    std::vector<double> to_target_;   // forward side: the length of a walk to TO found
    std::vector<std::uint32_t> to_target_set_;
    PathOptions options_;
    std::size_t complete_forward_ = 0;  // hops: forward levels reached completely (BFS)
};

}  // namespace pactgraph
