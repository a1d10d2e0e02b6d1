// analysis/match: subgraph monomorphism over typed predicates, checked against a brute-force
// enumeration on small graphs.
//   triangle a -> b -> c -> a, plus a -> c, plus a parallel a -> b
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "analysis/match.hpp"
#include "io/graph_reader.hpp"

using namespace pactgraph;

namespace {
PartnershipGraph graph() {
    std::string text;
    for (const char* id : {"a", "b", "c"}) text += "[[entity]]\nid = \"" + std::string(id) + "\"\nkind = \"company\"\n";
    for (const auto& [f, t] : std::vector<std::pair<std::string, std::string>>{{"a", "b"}, {"b", "c"}, {"c", "a"}, {"a", "c"}, {"a", "b"}})
        text += "[[relation]]\nfrom = \"" + f + "\"\nto = \"" + t + "\"\ntype = \"owns\"\nsource = \"s\"\n";
    return load_graph("-", text).graph;
}

MatchPattern any_path(std::size_t nodes) {
    MatchPattern p;
    p.node_count = nodes;
    for (std::size_t i = 0; i + 1 < nodes; ++i) p.edges.push_back({i, i + 1});
    p.node_ok = [](std::size_t, EntityId) { return true; };
    p.edge_ok = [](std::size_t, RelationEdge) { return true; };
    return p;
}

// Brute force: every assignment of distinct entities and every choice of relations.
std::size_t brute_force_paths(const PartnershipGraph& g, std::size_t nodes) {
    std::size_t count = 0;
    const std::size_t n = g.entity_count();
    std::vector<EntityId> pick(nodes);
    std::function<void(std::size_t)> go = [&](std::size_t k) {
        if (k == nodes) {
            std::size_t ways = 1;
            for (std::size_t i = 0; i + 1 < nodes; ++i) {
                std::size_t between = 0;
                for (RelationEdge e : g.relations())
                    between += g.source(e) == pick[i] && g.target(e) == pick[i + 1];
                ways *= between;
            }
            count += ways;
            return;
        }
        for (EntityId v = 0; v < n; ++v) {
            if (std::find(pick.begin(), pick.begin() + static_cast<long>(k), v) != pick.begin() + static_cast<long>(k)) continue;
            pick[k] = v;
            go(k + 1);
        }
    };
    go(0);
    return count;
}
}  // namespace

TEST_CASE("Matches are one per choice of distinct entities and parallel relations", "[analysis][match]") {
    const PartnershipGraph g = graph();
    for (std::size_t nodes : {2u, 3u}) {
        INFO(nodes << " nodes");
        CHECK(match_pattern(g, any_path(nodes), 1000).matches.size() == brute_force_paths(g, nodes));
    }
    CHECK(match_pattern(g, any_path(2), 1000).matches.size() == 5);  // every relation once
}

TEST_CASE("Predicates restrict nodes and edges; the limit truncates", "[analysis][match]") {
    const PartnershipGraph g = graph();
    MatchPattern from_a = any_path(2);
    from_a.node_ok = [&](std::size_t i, EntityId v) { return i != 0 || g.entity(v).id == "a"; };
    CHECK(match_pattern(g, from_a, 1000).matches.size() == 3);  // a->b twice, a->c
    const MatchResult cut = match_pattern(g, any_path(2), 2);
    CHECK(cut.matches.size() == 2);
    CHECK(cut.truncated);
}
