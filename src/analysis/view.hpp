// The compact analysis view: the partnership graph as compressed sparse row arrays, built once
// per command from the model and read by every algorithm of analysis/ (the centrality
// measures, structure, shortest paths, neighbourhoods).
//
// Vertices are EntityIds stored as 32-bit integers; an arc is a distinct ordered pair of
// entities (NetworkX's DiGraph) or unordered pair (its Graph), listing the relations it stands
// for, so the rich fields stay in the model and are reached by relation id. A symmetric relation
// (agreement, partners_with, a file's own symmetric types) is an arc each way, as every traversal
// follows it both ways.
#pragma once

#include <cstdint>
#include <vector>

#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

// One direction of adjacency. Vertex v's arcs are offsets[v] .. offsets[v+1]-1; their targets
// ascend (by EntityId, i.e. file order). Arc i stands for relations[relation_offsets[i]] ..
// relations[relation_offsets[i+1]-1], in file order.
struct Csr {
    std::vector<std::uint32_t> offsets{0};  // size n+1
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;            // parallel to targets, or empty (unweighted)
    std::vector<std::uint32_t> relation_offsets{0};  // size arcs+1
    std::vector<RelationId> relations;

    std::size_t arc_count() const { return targets.size(); }
    std::uint32_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
};

// The view every measure and search runs on: n vertices (= entities, same ids).
// Directed: `out` lists successors, `in` predecessors; a symmetric relation gives an arc each
// way. Undirected: both list the neighbours (a self-loop once). With `weighted`, an arc's weight
// is the summed disclosed amounts of its relations (undisclosed: 0; in the directed view a
// symmetric relation adds its amount to each of its two arcs, as NetworkX's G.add_edge(a, b) and
// G.add_edge(b, a) would).
struct Projection {
    std::size_t n = 0;
    bool directed = true;
    bool weighted = false;
    Csr out;
    Csr in;
    std::vector<std::uint8_t> self_loop;  // 1 where v -> v is a pair
    std::vector<double> self_weight;      // weighted only: the self-loop's weight

    std::size_t pair_count() const { return out.targets.size(); }  // undirected: twice, less loops
};

// Builds the view in time linear in entities + relations (two counting sorts, no comparisons).
// Throws ViewTooLargeError when the graph does not fit 32-bit ids.
Projection project(const PartnershipGraph& g, bool undirected, bool weighted);

// More entities or relations than 32-bit vertex ids and arc offsets can hold.
class ViewTooLargeError : public Error {
public:
    explicit ViewTooLargeError(const std::string& what) : Error(what) {}
};

// The check project() makes: `entities` vertices and `arcs` relation ends (a relation once, a
// symmetric one twice) must fit 32-bit ids. Throws ViewTooLargeError saying which limit.
void check_view_fits(std::size_t entities, std::size_t arcs);

}  // namespace pactgraph
