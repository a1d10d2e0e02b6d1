// The shape of the deal web: components, density, reciprocity, k-cores, clustering and Burt's
// brokerage measures, with NetworkX 2.8's definitions (see docs/structure.md). Pure: takes the
// graph, returns values indexed by EntityId; callers print them.
//
// Which graph each measure sees (the same projection as analysis/centrality's `project`):
//  - the DiGraph of distinct (from, to) pairs: parallel relations (two deals between the same
//    pair, same direction) count once; a relation's type, status and dates are not looked at.
//  - Self-loops (an entity related to itself) count in density and reciprocity, as NetworkX
//    counts them; every other measure leaves them out (NetworkX's core_number refuses them and its
//    clustering drops them; a tie to oneself brokers nothing).
//  - Weak components, articulation points and bridges use the undirected view (weak_points.hpp).
//  - Constraint and effective size can weigh a pair by the summed disclosed amounts of its
//    relations (`weighted`; undisclosed: 0), as NetworkX's `weight="weight"`. Everything else is
//    unweighted.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

// Component numbers are 0, 1, 2 … in the order of each component's first entity in file order,
// so the component holding the file's first entity is 0.
struct Components {
    std::vector<std::uint32_t> of;  // of[entity] = component number
    std::uint32_t count = 0;
    std::vector<std::uint32_t> sizes;  // sizes[component]
};

// Weakly connected components (Boost connected_components on the undirected view), as
// nx.weakly_connected_components.
Components weak_components(const PartnershipGraph& g);
// Strongly connected components (Boost strong_components), as nx.strongly_connected_components.
Components strong_components(const PartnershipGraph& g);

struct StructureOptions {
    bool weighted = false;  // constraint and effective size weighed by amount
};

struct StructureResult {
    Components weak;
    Components strong;
    double density = 0;                   // nx.density(DiGraph): pairs / (n (n-1)); 0 when n <= 1
    std::optional<double> reciprocity;    // nx.overall_reciprocity; none without relations
    // nx.reciprocity(G, v): 2 |pred ∩ succ| / (|pred| + |succ|); none for an isolated entity.
    std::vector<std::optional<double>> entity_reciprocity;
    std::vector<std::uint32_t> core_number;  // nx.core_number(DiGraph): degree = in + out
    std::vector<double> clustering;          // nx.clustering(DiGraph), unweighted
    // nx.constraint / nx.effective_size (directed). None for an entity with no neighbour but
    // itself. NetworkX 2.8 also returns NaN for an entity with predecessors only (it tests
    // `len(G[v]) == 0`, the successors); pactgraph gives such an entity the value of the same
    // formula (nx.local_constraint summed, nx's redundancy summed), so a product that others
    // host still shows how constrained it is.
    std::vector<std::optional<double>> constraint;
    std::vector<std::optional<double>> effective_size;
};

StructureResult compute_structure(const PartnershipGraph& g, const StructureOptions& options = {});

// The single measures, for callers that need one of them.
std::vector<std::uint32_t> core_numbers(const PartnershipGraph& g);
std::vector<double> directed_clustering(const PartnershipGraph& g);
struct Brokerage {
    std::vector<std::optional<double>> constraint;
    std::vector<std::optional<double>> effective_size;
};
Brokerage brokerage(const PartnershipGraph& g, bool weighted);

}  // namespace pactgraph
