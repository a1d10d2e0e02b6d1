// Communities of the deal web: Louvain modularity on the undirected view, as
// nx.community.louvain_communities(G.to_undirected-like Graph, weight, resolution, seed) does it,
// and modularity exactly as nx.community.modularity computes it.
//
// The undirected view: one edge per unordered pair of entities that some relation joins, in
// either direction, weighing the number of those relations (default) or the sum of their
// disclosed amounts in US dollars (undisclosed: 0). A relation from an entity to itself is a
// self-loop of the same weight, which NetworkX's Graph keeps and counts twice in a degree.
//
// The algorithm is NetworkX's (Blondel et al. 2008): visit the nodes in a seeded random order,
// move each to the neighbouring community with the largest positive modularity gain until no
// move gains (after the first sweep only the neighbours of moved nodes are visited again, as in
// Leiden's fast local moving), merge each community into one node, repeat while a level raises
// modularity by more than `threshold`. pactgraph then moves single entities of the original graph while that
// raises modularity, and runs Louvain again from there, so a run never ends below its plain
// Louvain partition; and it keeps the best of `runs` runs. The random orders come from a fixed
// generator (mt19937_64, own shuffle), so a seed gives the same communities on every platform,
// but not NetworkX's (its order is Python's `random`).
#pragma once

#include <cstdint>
#include <vector>

#include "model/graph.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

enum class CommunityWeight : std::uint8_t { count, amount };
inline constexpr EnumNames<CommunityWeight, 2> kCommunityWeightNames{
    "community weight", {{{CommunityWeight::count, "count"}, {CommunityWeight::amount, "amount"}}}};

struct CommunityOptions {
    double resolution = 1.0;  // γ: above 1 favours smaller communities
    std::uint64_t seed = 0;
    CommunityWeight weight = CommunityWeight::count;
    double threshold = 1e-7;  // as NetworkX: stop when a level gains no more than this
    // Independent runs (the first with `seed`, the others with seeds derived from it); the
    // partition of highest modularity wins, the earliest on a tie. Louvain's result depends on
    // the visiting order; several orders make a poor draw unlikely. 0: by size, as many as fit
    // in about the work of 300,000 entities and relations, between 1 and 32 (karate: 32; 10,000
    // entities and 50,000 relations: 5; a million relations: 1).
    unsigned runs = 0;
};

// Relations between two communities (a < b), or within one (a == b is not listed).
struct CommunityLink {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::size_t relations = 0;
    double amount_usd = 0;  // disclosed amounts summed
};

struct CommunityResult {
    // Members sorted by EntityId (file order); communities by size, largest first, then by
    // their first member.
    std::vector<std::vector<EntityId>> communities;
    std::vector<std::uint32_t> of;  // of[entity] = index into communities
    double modularity = 0;          // 0 when the view has no weight at all
    std::vector<CommunityLink> links;  // by (a, b)
    std::size_t levels = 0;            // Louvain levels run (all rounds and runs together)
};

CommunityResult louvain_communities(const PartnershipGraph& g, const CommunityOptions& options = {});

// nx.community.modularity(G, communities, weight, resolution) on the undirected view;
// `of[entity]` names each entity's community (any numbering). 0 without weight.
double modularity(const PartnershipGraph& g, const std::vector<std::uint32_t>& of,
                  double resolution = 1.0, CommunityWeight weight = CommunityWeight::count);

}  // namespace pactgraph
